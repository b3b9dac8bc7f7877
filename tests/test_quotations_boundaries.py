"""Where reported content stops and starts (real model, sentences written here)."""

from __future__ import annotations

import pytest

from tests.quoting import by_cue as with_cue
from tests.quoting import quotes_of

pytestmark = pytest.mark.slow


def test_a_trailing_relative_clause_is_the_writers_aside(analyse) -> None:
    text = "The mayor praised the new harbour wall, which was finished in 1998 by a Dutch firm."
    quote = with_cue(analyse, text, "praised")
    assert quote.text == "the new harbour wall"


def test_a_trailing_apposition_is_the_writers_aside(analyse) -> None:
    text = "The teachers rejected the proposal from the board, a plan to close two schools."
    quote = with_cue(analyse, text, "rejected")
    assert quote.text == "the proposal from the board"


def test_a_restrictive_relative_clause_stays(analyse) -> None:
    text = "The inspector said the houses that flooded last year must be rebuilt."
    quote = with_cue(analyse, text, "said")
    assert quote.text == "the houses that flooded last year must be rebuilt"


def test_a_report_in_the_aside_is_one_of_its_own(analyse) -> None:
    text = (
        "The farmers said the dam would flood the valley, which the engineers believe"
        " is unlikely."
    )
    found = {q.cue.text: q.text for q in quotes_of(analyse, text) if q.cue is not None}
    assert found["said"] == "the dam would flood the valley"
    assert "believe" in found


def test_the_description_of_a_speaker_named_after_the_cue_is_no_content(analyse) -> None:
    text = (
        "Even as the river rises, the levee will hold, said Ann Byrne, an engineer with"
        " the county water board."
    )
    quote = with_cue(analyse, text, "said")
    assert "engineer" not in quote.text
    assert quote.text.endswith("the levee will hold")
    assert quote.speaker is not None and quote.speaker.text == "Ann Byrne"


def test_asked_about_reports_the_topic_without_source(analyse) -> None:
    text = "When asked about the closing of the paper mill, the manager shook his head."
    quote = with_cue(analyse, text, "asked")
    assert quote.speaker is None
    assert quote.text == "the closing of the paper mill"


def test_an_apposition_that_describes_no_phrase_before_the_comma_stays(analyse) -> None:
    # The parser hangs "the new bridge" on "he": a list, not an aside.
    text = "The mayor said he and the governor differ on taxes, the new bridge and the budget."
    quote = with_cue(analyse, text, "said")
    assert quote.text == "he and the governor differ on taxes, the new bridge and the budget"


def test_a_clause_subject_parsed_as_the_verbs_object_starts_the_content(analyse) -> None:
    text = "The coach felt her anger at the referee was over the top."
    quote = with_cue(analyse, text, "felt")
    assert quote.text == "her anger at the referee was over the top"


def test_whom_a_verb_addresses_is_no_content(analyse) -> None:
    text = "The farmers reminded the minister that the harvest had failed."
    quote = with_cue(analyse, text, "reminded")
    assert quote.text == "that the harvest had failed"
    assert quote.speaker is not None and quote.speaker.text == "The farmers"


def test_a_stance_noun_with_a_holder_reports_its_object(analyse) -> None:
    text = "The mayor's attacks on the harbour council grew sharper over the summer."
    quote = with_cue(analyse, text, "attacks on")
    assert quote.text == "the harbour council"
    assert quote.speaker is not None and quote.speaker.text == "The mayor"


def test_a_stance_noun_without_holder_is_no_report(analyse) -> None:
    text = "The attacks on the harbour council grew sharper over the summer."
    assert all(q.cue is None or "attacks" not in q.cue.text for q in quotes_of(analyse, text))


def test_a_short_impression_with_no_source_is_no_report(analyse) -> None:
    assert quotes_of(analyse, "The new bridge seems odd.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union endorsed the mayor in December.",
        "The teachers' union endorsed the mayor during the debate on schools.",
    ],
)
def test_when_a_stance_was_taken_is_no_content(analyse, text: str) -> None:
    assert with_cue(analyse, text, "endorsed").text == "the mayor"


def test_a_phrase_of_the_object_stays_with_it(analyse) -> None:
    text = "The farmers praised a concert in support of the flood victims."
    quote = with_cue(analyse, text, "praised")
    assert quote.text == "a concert in support of the flood victims"


def test_quoted_words_inside_a_clause_make_a_mixed_report(analyse) -> None:
    text = 'The new tax was "a burden on every small farm in the valley," the minister said.'
    found = quotes_of(analyse, text)
    assert [q.kind for q in found] == ["mixed"]
    assert found[0].text.startswith("The new tax was")
    assert found[0].speaker is not None and found[0].speaker.text == "the minister"


def test_thanked_reports_its_object(analyse) -> None:
    text = "The farmers thanked the council for the new bridge over the river."
    quote = with_cue(analyse, text, "thanked")
    assert quote.text.startswith("the council")
    assert quote.speaker is not None and quote.speaker.text == "The farmers"


def test_called_it_stops_before_a_second_verb(analyse) -> None:
    text = 'The mayor called the vote "a test of nerve" and compared it to the flood of 1953.'
    quote = with_cue(analyse, text, "called")
    assert quote.text == 'the vote "a test of nerve"'


def test_called_it_takes_every_quoted_name(analyse) -> None:
    text = 'The mayor called the bridge "a waste of money" and "a gift to the builders."'
    quote = with_cue(analyse, text, "called")
    assert quote.kind == "mixed"
    assert quote.text.startswith("the bridge")
    assert quote.text.rstrip('."”').endswith("a gift to the builders")


def test_called_it_takes_no_quoted_words_of_a_second_verb(analyse) -> None:
    text = 'The coach called the referee weak and accused him of "ruining the final for everyone."'
    quote = with_cue(analyse, text, "called")
    assert quote.kind == "indirect"
    assert quote.text == "the referee weak"


def test_called_it_ends_where_the_quoted_name_closes_on_a_comma(analyse) -> None:
    text = 'In a speech, the coach called the referee "blind as a bat," a remark that drew boos.'
    quote = with_cue(analyse, text, "called")
    assert quote.kind == "mixed"
    assert quote.text == 'the referee "blind as a bat,"'


def test_a_trailing_contrast_clause_is_the_writers_aside(analyse) -> None:
    text = (
        "The union said the strike would go ahead on Friday, while the rail operator"
        " hired extra coaches for the weekend."
    )
    quote = with_cue(analyse, text, "said")
    assert quote.text == "the strike would go ahead on Friday"


def test_a_contrast_marker_inside_the_content_stays(analyse) -> None:
    text = "The coach said that the team played well while the rain was falling."
    quote = with_cue(analyse, text, "said")
    assert quote.text.endswith("while the rain was falling")


def test_a_trailing_speech_participle_starts_a_report_of_its_own(analyse) -> None:
    text = (
        "The landlord insisted that the rent would stay the same, warning the tenants"
        " that the heating would be off in March."
    )
    found = {q.cue.text: q for q in quotes_of(analyse, text) if q.cue is not None}
    assert found["insisted"].text == "that the rent would stay the same"
    assert found["warning"].text == "that the heating would be off in March"
    # the participle adds to the report: the reporter speaks, not the content's subject
    speaker = found["warning"].speaker
    assert speaker is not None and speaker.text == "The landlord"


def test_quoted_words_in_reported_content_stay_whole(analyse) -> None:
    text = (
        "The chemist said the lab was “badly short of money for its staff, and it is"
        " unlikely to survive the winter.”"
    )
    quote = with_cue(analyse, text, "said")
    assert quote.text.endswith("survive the winter.”")
    assert quote.kind == "mixed"


def test_a_second_that_clause_after_but_is_reported_too(analyse) -> None:
    text = (
        "The governor said the state needs to fix the roads and build a new bridge,"
        " but that he would not raise taxes."
    )
    quote = with_cue(analyse, text, "said")
    assert quote.text.startswith("the state needs")
    assert quote.text.endswith("but that he would not raise taxes")


def test_a_condition_hung_on_the_cue_is_part_of_the_content(analyse) -> None:
    quote = with_cue(analyse, "Jones promised to cut the fees should he win the seat.", "promised")
    assert quote.text == "to cut the fees should he win the seat"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Critics attacked the mayor's loud pleas to ban trucks from the old town.",
            "attacked",
            "the mayor's loud pleas to ban trucks from the old town",
        ),
        (
            "Farmers opposed the creation of a new agency to manage water rights.",
            "opposed",
            "the creation of a new agency to manage water rights",
        ),
    ],
)
def test_an_infinitive_hung_on_the_cue_belongs_to_the_last_noun(
    analyse, text: str, cue: str, content: str
) -> None:
    # The parser hangs "to ban ..." on the verb; it says what the calls were for.
    assert with_cue(analyse, text, cue).text == content


def test_where_the_words_were_put_is_no_content(analyse) -> None:
    text = "The senator defended the budget in an interview with a local paper."
    assert with_cue(analyse, text, "defended").text == "the budget"


def test_an_apposition_heading_a_list_stays_in_the_content(analyse) -> None:
    # The parser reads "the food bank, the shelter and the clinic" as an apposition.
    text = (
        "The mayor said the grants went to three charities, the food bank, the shelter and "
        "the clinic."
    )
    quote = with_cue(analyse, text, "said")
    assert quote.text.endswith("the food bank, the shelter and the clinic")
