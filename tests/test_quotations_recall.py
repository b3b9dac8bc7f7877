"""Reported speech beyond "X said that ...": more cues, clauses the parser hangs
elsewhere, and attributions that name no source (real model, sentences written here)."""

from __future__ import annotations

import pytest

from tests.quoting import by_cue as with_cue
from tests.quoting import quotes_of

pytestmark = pytest.mark.slow


def test_cue_after_quoted_words_ending_in_a_comma(analyse) -> None:
    text = 'The vote on the bridge was "a disgrace," the councillor said.'
    quote = with_cue(analyse, text, "said")
    assert quote.kind == "mixed"
    assert quote.text.startswith("The vote on the bridge was")
    assert quote.speaker is not None and quote.speaker.text == "the councillor"


def test_gerund_subject_after_said(analyse) -> None:
    text = "The engineer said adding a second pump would double the cost of the plant."
    quote = with_cue(analyse, text, "said")
    assert quote.text.startswith("adding a second pump")
    assert quote.text.endswith("the cost of the plant")


@pytest.mark.parametrize("cue", ["insisted", "recalled", "complained"])
def test_speech_verbs_with_an_object_report_it(analyse, cue: str) -> None:
    text = f"The old fisherman {cue} about the price of diesel at the harbour meeting."
    found = [q for q in quotes_of(analyse, text) if q.cue is not None and q.cue.text == cue]
    assert found, quotes_of(analyse, text)
    assert "the price of diesel" in found[0].text


def test_seems_takes_subject_and_complement_without_source(analyse) -> None:
    text = "The new coach seemed unhappy with the referee's decisions."
    quote = with_cue(analyse, text, "seemed")
    assert quote.speaker is None
    assert quote.spans[0] == (0, len("The new coach"))
    assert quote.text == "The new coach unhappy with the referee's decisions"


def test_it_seems_leaves_the_empty_subject_out(analyse) -> None:
    text = "It appears that the ferry will not run on Sunday."
    quote = with_cue(analyse, text, "appears")
    assert quote.speaker is None
    assert quote.text == "that the ferry will not run on Sunday"


def test_passive_expected_reports_subject_and_what_is_expected(analyse) -> None:
    text = "The museum is expected to reopen in the spring after the repairs."
    quote = with_cue(analyse, text, "expected")
    assert quote.speaker is None
    assert quote.text == "The museum to reopen in the spring after the repairs"


def test_when_asked_whether_reports_the_question(analyse) -> None:
    text = "When asked whether the mill would close, the manager shook his head."
    quote = with_cue(analyse, text, "asked")
    assert quote.speaker is None
    assert quote.text == "whether the mill would close"


def test_asked_if_hung_as_an_adverbial_clause_reports_the_question(analyse) -> None:
    text = "Asked if the bakery would reopen, the owner smiled and walked away."
    quote = with_cue(analyse, text, "Asked")
    assert quote.speaker is None
    assert quote.text == "if the bakery would reopen"


def test_when_asked_to_reports_the_request(analyse) -> None:
    text = "When asked to leave the crowded hall, the protesters sat down."
    quote = with_cue(analyse, text, "asked")
    assert quote.speaker is None
    assert quote.text == "to leave the crowded hall"


def test_continued_to_is_no_report(analyse) -> None:
    text = "The farmers continued to protest against the new water tax."
    assert all(q.cue is None or q.cue.text != "continued" for q in quotes_of(analyse, text))


def test_a_relative_pronoun_is_the_subject_of_a_longer_impression(analyse) -> None:
    text = "The council approved two bridges, which seem likely to open before the winter floods."
    quote = with_cue(analyse, text, "seem")
    assert quote.speaker is None
    assert len(quote.spans) == 2
    assert quote.text == "which likely to open before the winter floods"


def test_a_relative_which_seems_is_no_report(analyse) -> None:
    text = "They visited the old quarry, which seemed empty."
    assert all(q.cue is None or q.cue.text != "seemed" for q in quotes_of(analyse, text))


def test_a_claim_someone_else_rejects_is_no_report_of_its_own(analyse) -> None:
    text = "Engineers rejected the claim that the old tunnel was safe."
    assert all(q.cue is None or q.cue.text != "claim" for q in quotes_of(analyse, text))


def test_a_cueless_quotation_keeps_the_previous_speaker(analyse) -> None:
    text = (
        "The builder said the bridge would be finished by June.\n\n"
        '"After that we move on to the school and the new library in the north."\n'
    )
    found = quotes_of(analyse, text)
    assert [q.kind for q in found] == ["indirect", "direct"]
    assert found[1].cue is None
    assert found[1].speaker is not None and found[1].speaker.text == "The builder"


def test_a_cueless_quotation_far_away_keeps_no_speaker(analyse) -> None:
    text = (
        "The builder said the bridge would be finished by June.\n\n"
        "The council met on Monday.\n\nThe vote was postponed.\n\n"
        '"After that we move on to the school and the new library in the north."\n'
    )
    found = quotes_of(analyse, text)
    assert found[-1].cue is None and found[-1].speaker is None


def test_a_report_inside_another_reports_content_is_part_of_it(analyse) -> None:
    text = "The union leader said the workers believe the factory will close in March."
    found = quotes_of(analyse, text)
    assert [q.cue.text for q in found if q.cue is not None] == ["said"]
    assert found[0].text == "the workers believe the factory will close in March"


def test_passive_said_to_names_no_source(analyse) -> None:
    text = "The old lighthouse is said to be the tallest on the coast."
    quote = with_cue(analyse, text, "said")
    assert quote.speaker is None
    assert quote.text == "The old lighthouse to be the tallest on the coast"


# id (what it shows), sentence, cue, content, speaker as written
REPORTS = [
    pytest.param(
        "The harbour authority is hoping that the new cranes will arrive before winter.",
        "hoping",
        "that the new cranes will arrive before winter",
        "The harbour authority",
        id="hoping_is_a_cue_whatever_its_lemma",
    ),
    pytest.param(
        "The shipping company said in a statement on Monday that two of its tankers had been"
        " delayed by the storm.",
        "said",
        "that two of its tankers had been delayed by the storm",
        "The shipping company",
        id="that_clause_after_in_a_statement",
    ),
    pytest.param(
        "The fire chief was adamant that the warehouse had been locked all night.",
        "adamant",
        "that the warehouse had been locked all night",
        "The fire chief",
        id="stance_adjective_with_that_clause",
    ),
    pytest.param(
        "Local farmers are worried about the falling price of milk.",
        "worried",
        "the falling price of milk",
        "Local farmers",
        id="stance_adjective_with_about",
    ),
    pytest.param(
        "Despite the mayor's claim that the old tunnel was safe, the road stayed closed.",
        "claim",
        "that the old tunnel was safe",
        "the mayor",
        id="claim_noun_with_possessor",
    ),
    pytest.param(
        "The coach made the argument that the season was far too long.",
        "argument",
        "that the season was far too long",
        "The coach",
        id="claim_noun_made_by_the_subject",
    ),
    pytest.param(
        "Shop owners fear a long strike at the port.",
        "fear",
        "a long strike at the port",
        "Shop owners",
        id="thinking_verb_with_an_object",
    ),
    pytest.param(
        "The referee noted the poor state of the pitch after the storm.",
        "noted",
        "the poor state of the pitch after the storm",
        "The referee",
        id="speech_verb_with_a_noun_object_reports_it",
    ),
    pytest.param(
        "The governor ended the debate by arguing that the dam was too expensive.",
        "arguing",
        "that the dam was too expensive",
        "The governor",
        id="gerund_after_a_preposition_takes_the_main_subject",
    ),
    pytest.param(
        "The ferry company issued a statement saying that all crossings were cancelled.",
        "saying",
        "that all crossings were cancelled",
        "The ferry company",
        id="a_statement_saying_speaks_for_whoever_issued_it",
    ),
    pytest.param(
        "Across town, banners saying that the tram is a waste of money hung from every bridge.",
        "saying",
        "that the tram is a waste of money",
        "banners",
        id="a_message_saying_with_no_sender_speaks_for_itself",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "speaker"), REPORTS)
def test_report(analyse, text: str, cue: str, content: str, speaker: str) -> None:
    quote = with_cue(analyse, text, cue)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_survey_speaks_through_in(analyse) -> None:
    text = "In the latest survey, most farmers backed the new water levy by a wide margin."
    quote = with_cue(analyse, text, "In")
    assert quote.speaker is not None and quote.speaker.text == "the latest survey"
    assert quote.text.rstrip(".") == "most farmers backed the new water levy by a wide margin"


def test_a_finding_placed_in_a_survey_after_it(analyse) -> None:
    text = "The mayor leads her rival by six points in a poll of city voters."
    quote = with_cue(analyse, text, "in")
    assert quote.text.rstrip(".") == "The mayor leads her rival by six points"


def test_standing_in_the_polls_is_no_survey_speaking(analyse) -> None:
    text = "The senator has climbed steadily in the polls since the spring debate."
    assert not any(q.cue is not None and q.cue.text == "in" for q in quotes_of(analyse, text))


def test_a_named_source_seeking_something_holds_a_stance(analyse) -> None:
    text = "Maria Lindqvist sought a recount of the ballots in the northern district."
    quote = with_cue(analyse, text, "sought")
    assert quote.text.startswith("a recount of the ballots")
    assert quote.speaker is not None and quote.speaker.text == "Maria Lindqvist"


def test_an_unnamed_source_seeking_something_is_no_report(analyse) -> None:
    text = "The county sought extra funds for the repair of its roads."
    assert not any(q.cue is not None and q.cue.text == "sought" for q in quotes_of(analyse, text))


def test_research_finds_what_it_reports(analyse) -> None:
    quote = with_cue(analyse, "A recent survey found wide support for the new rail line.", "found")
    assert quote.text == "wide support for the new rail line"
    assert quote.speaker is not None and quote.speaker.text == "A recent survey"


def test_a_finding_set_after_its_content(analyse) -> None:
    text = (
        "Most of the grant money went to three firms in the capital, a review by the county"
        " found."
    )
    quote = with_cue(analyse, text, "found")
    assert quote.text == "Most of the grant money went to three firms in the capital"


def test_seeing_something_as_something_is_a_view(analyse) -> None:
    quote = with_cue(analyse, "Many farmers see the new levy as a tax on bread.", "see")
    assert quote.text == "the new levy as a tax on bread"
    assert quote.speaker is not None and quote.speaker.text == "Many farmers"


def test_seeing_without_as_is_no_view(analyse) -> None:
    text = "The children saw the ship when it left the port."
    assert all(q.cue is None or q.cue.text != "saw" for q in quotes_of(analyse, text))


def test_being_seen_as_something_is_a_view_of_nobody_named(analyse) -> None:
    text = "The vote is widely seen as a test of the new leader's strength."
    quote = with_cue(analyse, text, "seen")
    assert quote.speaker is None
    assert quote.spans[0] == (0, len("The vote"))
    assert quote.text.endswith("as a test of the new leader's strength")


def test_a_claim_noun_with_nobody_named_still_reports(analyse) -> None:
    text = "Amid fears that the old bridge would collapse, the road was closed for a week."
    quote = with_cue(analyse, text, "fears")
    assert quote.speaker is None
    assert quote.text == "that the old bridge would collapse"


def test_an_idea_with_nobody_named_is_no_report(analyse) -> None:
    text = "The idea that the old bridge would collapse was laughed off."
    assert quotes_of(analyse, text) == []


def test_seeming_like_something_is_an_impression(analyse) -> None:
    text = "The new plan seemed like a sensible way to cut the waiting lists."
    quote = with_cue(analyse, text, "seemed")
    assert quote.speaker is None
    assert quote.text.endswith("like a sensible way to cut the waiting lists")


def test_called_for_someone_to_act(analyse) -> None:
    quote = with_cue(analyse, "The union called for the minister to resign.", "called")
    assert quote.text == "the minister to resign"
    assert quote.speaker is not None and quote.speaker.text == "The union"
