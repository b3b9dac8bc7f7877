"""Reported speech, "according to" and mixed quotations on sentences written for these
tests (real model)."""

from __future__ import annotations

import pytest

from communique.quotations import frames
from tests.quoting import by_cue, quotes_of

pytestmark = pytest.mark.slow


def test_said_that_takes_the_clause(analyse) -> None:
    text = "The health minister said that the new hospital would open in the autumn."
    quote = by_cue(analyse, text, "said")
    assert quote.kind == "indirect"
    assert quote.text == "that the new hospital would open in the autumn"
    assert quote.speaker is not None and quote.speaker.text == "The health minister"


def test_told_someone_without_that(analyse) -> None:
    text = "Greta Holm told the committee the budget had been spent by October."
    quote = by_cue(analyse, text, "told")
    assert quote.text == "the budget had been spent by October"
    assert quote.speaker is not None and quote.speaker.text == "Greta Holm"


def test_cue_after_content_reaches_back_to_the_sentence_start_only(analyse) -> None:
    text = (
        "The river rose overnight. The ferry will not run before Thursday, the operator said."
    )
    quote = by_cue(analyse, text, "said")
    assert quote.text == "The ferry will not run before Thursday"
    assert quote.speaker is not None and quote.speaker.text == "the operator"


def test_bare_added_takes_the_previous_sentence(analyse) -> None:
    # The parser sees ", she added." as a sentence of its own after a quoted sentence.
    text = "Prices of rice have doubled since spring. , she added."
    quote = by_cue(analyse, text, "added")
    assert quote.text == "Prices of rice have doubled since spring."


def test_cue_inside_the_sentence_takes_both_sides(analyse) -> None:
    text = "The new levy, the finance minister said, will be collected from January onwards."
    quote = by_cue(analyse, text, "said")
    assert len(quote.spans) == 2
    assert quote.text == "The new levy will be collected from January onwards."


@pytest.mark.parametrize("verb", ["stressed", "warned", "confirmed", "noted", "argued"])
def test_reporting_verbs(analyse, verb: str) -> None:
    text = f"The ambassador {verb} that the talks would continue next month."
    quote = by_cue(analyse, text, verb)
    assert quote.text == "that the talks would continue next month"
    assert quote.speaker is not None and quote.speaker.text == "The ambassador"


def test_organisation_as_source(analyse) -> None:
    text = "Exports of timber fell by a third last year, the Nordic Wood Council reported."
    quote = by_cue(analyse, text, "reported")
    assert quote.speaker is not None and quote.speaker.text == "the Nordic Wood Council"


def test_according_to_at_the_start_and_at_the_end(analyse) -> None:
    text = (
        "According to the port authority, twelve ships were stuck in the ice.\n\n"
        "The bridge will cost more than planned, according to an engineer.\n"
    )
    found = quotes_of(analyse, text)
    first, second = [q for q in found if q.cue and q.cue.text.lower().startswith("according")]
    assert first.text == "twelve ships were stuck in the ice."
    assert first.speaker is not None and first.speaker.text == "the port authority"
    assert second.text == "The bridge will cost more than planned"
    assert second.speaker is not None and second.speaker.text == "an engineer"


def test_called_it_a_quoted_phrase_is_mixed(analyse) -> None:
    text = "The opposition leader called the deal “a gift to the banks” on Monday."
    quote = by_cue(analyse, text, "called")
    assert quote.kind == "mixed"
    assert quote.text == "the deal “a gift to the banks”"


def test_quoted_words_inside_reported_speech_make_it_mixed(analyse) -> None:
    text = "The mayor said the plan was “dead on arrival” and would be withdrawn."
    quote = by_cue(analyse, text, "said")
    assert quote.kind == "mixed"
    assert all(q.kind != "direct" for q in quotes_of(analyse, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "the council" is the subject of the quoted verb: the words after "said" start
        # reported speech, unlike a short phrase such as "told reporters"
        (
            "Ortiz said the council “made the wrong call” by closing the library.",
            "the council “made the wrong call” by closing the library",
        ),
        # "tell" is part of what Ortiz said, so its quoted words are part of the report
        (
            "Ortiz said the council should tell residents “the water is safe to drink” at once.",
            "the council should tell residents “the water is safe to drink” at once",
        ),
    ],
)
def test_quoted_words_inside_the_reported_clause_make_it_mixed(
    analyse, text: str, content: str
) -> None:
    quote = by_cue(analyse, text, "said")
    assert (quote.kind, quote.text) == ("mixed", content)
    assert all(q.kind != "direct" for q in quotes_of(analyse, text))


def test_words_saying_when_before_the_marks_leave_a_quotation(analyse) -> None:
    text = "The envoy said Monday “we are close to a deal.”"
    assert [q.kind for q in quotes_of(analyse, text)] == ["direct"]


def test_first_person_inside_speech_is_no_report(analyse) -> None:
    text = "“I think the team deserves better,” the coach said."
    found = quotes_of(analyse, text)
    assert [q.kind for q in found] == ["direct"]


def test_first_person_outside_quotation_marks_is_the_writers_view(analyse) -> None:
    text = "I think the new ferry will never pay for itself."
    quote = by_cue(analyse, text, "think")
    assert quote.text == "the new ferry will never pay for itself"
    assert quote.speaker is not None and quote.speaker.text == "I"


def test_first_person_in_a_subordinate_or_denied_clause_is_no_view(analyse) -> None:
    text = "When we asked the clerk, the office was closed. I didn’t know the rules had changed."
    assert quotes_of(analyse, text) == []


def test_report_inside_a_relative_clause_leaves_out_speaker_and_cue(analyse) -> None:
    text = "The union ended a strike that the bosses said could hurt profits this year."
    quote = by_cue(analyse, text, "said")
    assert quote.spans[0] == (text.index("that"), text.index("that") + 4)
    assert quote.text.endswith("could hurt profits this year")
    assert "bosses" not in quote.text


def test_a_cue_with_an_object_of_its_own_reports_what_follows_it(analyse) -> None:
    text = "As the river rose, the mayor urged residents to leave their homes."
    quote = by_cue(analyse, text, "urged")
    assert quote.text == "residents to leave their homes"


def test_told_someone_to_reports_the_addressee_and_the_request(analyse) -> None:
    text = "When the storm hit the coast, the mayor told residents to leave their homes."
    quote = by_cue(analyse, text, "told")
    assert quote.text == "residents to leave their homes"


def test_passive_subject_is_not_the_speaker(analyse) -> None:
    # A passive report names no holder: the subject is part of what is expected.
    text = "The treaty is expected to be signed in Oslo next week."
    assert all(q.speaker is None for q in quotes_of(analyse, text))


def test_speech_verb_inside_a_direct_quote_is_not_reported(analyse) -> None:
    text = "“They said the road would be ready by May,” the farmer complained."
    found = quotes_of(analyse, text)
    assert len(found) == 1 and found[0].kind == "direct"


def test_stance_verbs_take_their_object(analyse) -> None:
    text = (
        "The dockworkers' union endorsed the new wage agreement.\n\n"
        "The mayor called for an inquiry into the flooding.\n"
    )
    endorsed = by_cue(analyse, text, "endorsed")
    assert endorsed.text == "the new wage agreement"
    assert endorsed.speaker is not None and endorsed.speaker.text == "The dockworkers' union"
    called = by_cue(analyse, text, "called")
    assert called.text == "an inquiry into the flooding"


def test_a_circumstance_after_a_stance_verb_is_no_content(analyse) -> None:
    text = "The candidate spoke in Denver and talked with farmers."
    assert quotes_of(analyse, text) == []


def test_a_second_speech_verb_on_the_content_is_a_report_of_its_own(analyse) -> None:
    text = (
        "The harbour master said the ferry would resume on Monday and predicted that fares "
        "would stay the same."
    )
    said, predicted = by_cue(analyse, text, "said"), by_cue(analyse, text, "predicted")
    assert said.text == "the ferry would resume on Monday"
    assert predicted.text == "that fares would stay the same"
    assert predicted.speaker is not None and predicted.speaker.text == "The harbour master"


def test_a_speaker_found_in_a_survey_speaks_through_the_verb(analyse) -> None:
    text = "Nearly a third of farmers in the latest survey said they expect lower milk prices."
    quote = by_cue(analyse, text, "said")
    assert quote.text == "they expect lower milk prices"


def test_a_clause_read_as_the_object_of_says_is_the_content(analyse) -> None:
    # The parser reads "the cost ... leaves" as "says [the cost]" with a relative clause.
    text = (
        "The mayor says the cost of the bridge that the council approved in May leaves "
        "little money for roads."
    )
    quote = by_cue(analyse, text, "says")
    assert quote.text.startswith("the cost of the bridge")


def test_of_two_subjects_in_a_misparse_the_one_nearest_the_verb_speaks(analyse) -> None:
    text = "Radio made it possible for listeners with odd hobbies to gather in clubs, she said."
    analysis = analyse(text)
    said = next(t.i for t in analysis.tokens if t.text == "said")
    listeners = next(t for t in analysis.tokens if t.text == "listeners")
    # What the parser sometimes does on longer sentences: a second subject for the cue.
    listeners.dep, listeners.head = "nsubj", said
    analysis._children = None
    assert analysis.tokens[frames.subject_of(analysis, said)].text == "she"


def test_a_stance_verb_joined_to_the_content_is_a_second_report(analyse) -> None:
    text = (
        "The nurse said the minister was careless with the figures and criticized him for"
        " closing the ward."
    )
    said, criticized = by_cue(analyse, text, "said"), by_cue(analyse, text, "criticized")
    assert said.text == "the minister was careless with the figures"
    assert criticized.text == "him for closing the ward"
    assert criticized.speaker is not None and criticized.speaker.text == "The nurse"


def test_as_the_source_noted_vouches_for_the_main_clause(analyse) -> None:
    text = "As the local paper noted, the new bridge cost twice the first estimate."
    quote = by_cue(analyse, text, "noted")
    assert quote.text == "the new bridge cost twice the first estimate"
    assert quote.speaker is not None and quote.speaker.text == "the local paper"


def test_as_the_source_reported_after_the_clause(analyse) -> None:
    text = "The new bridge cost twice the first estimate, as the local paper reported."
    quote = by_cue(analyse, text, "reported")
    assert quote.text == "The new bridge cost twice the first estimate"


def test_as_in_the_sense_of_while_is_no_source(analyse) -> None:
    text = (
        "The crowd in the old town square cheered loudly as the mayor replied to the angry"
        " questions."
    )
    assert all(q.cue is None or q.cue.text != "replied" for q in quotes_of(analyse, text))


def test_a_passive_stance_verb_takes_its_holder_from_the_by_phrase(analyse) -> None:
    text = "The new parking fees were criticized by the shop owners on Main Street."
    quote = by_cue(analyse, text, "criticized")
    assert quote.text == "The new parking fees"
    assert quote.speaker is not None and quote.speaker.text.startswith("the shop owners")


def test_content_stops_before_the_clause_that_carries_a_direct_quotation(analyse) -> None:
    text = (
        "Speaking to farmers at the county fair, the mayor said it was too soon to judge the"
        ' harvest but added, "We have had a good summer."'
    )
    reported = by_cue(analyse, text, "said")
    assert reported.text == "it was too soon to judge the harvest"
    assert by_cue(analyse, text, "added").text == "We have had a good summer."


def test_a_dangling_coordinator_is_not_content(analyse) -> None:
    text = (
        "The coach said the team was tired after the long trip but added:"
        ' "Nobody here is giving up."'
    )
    assert by_cue(analyse, text, "said").text == "the team was tired after the long trip"


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            '"The river is still rising," the engineer said, adding that the dam would hold.'
            ' "We have checked it twice."',
            "adding", "that the dam would hold", "the engineer",
        ),
        (
            '"The hall is full," said the organiser, who said more chairs were on the way.'
            ' "Nobody will be turned away."',
            "said", "more chairs were on the way", "who",
        ),
    ],
)
def test_a_report_between_the_passages_of_a_direct_quotation(
    analyse, text: str, cue: str, content: str, speaker: str
) -> None:
    reports = [q for q in quotes_of(analyse, text) if q.kind == "indirect"]
    assert [(q.cue.text, q.text) for q in reports if q.cue] == [(cue, content)]
    assert reports[0].speaker is not None and reports[0].speaker.text == speaker
