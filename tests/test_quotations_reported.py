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


def test_first_person_inside_speech_is_no_report(analyse) -> None:
    text = "“I think the team deserves better,” the coach said."
    found = quotes_of(analyse, text)
    assert [q.kind for q in found] == ["direct"]


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
