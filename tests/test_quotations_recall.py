"""Reported speech beyond "X said that ...": more cues, clauses the parser hangs
elsewhere, and attributions that name no source (real model, sentences written here)."""

from __future__ import annotations

import pytest

from tests.quoting import by_cue as with_cue
from tests.quoting import quotes_of

pytestmark = pytest.mark.slow


def test_hoping_is_a_cue_whatever_its_lemma(analyse) -> None:
    text = "The harbour authority is hoping that the new cranes will arrive before winter."
    quote = with_cue(analyse, text, "hoping")
    assert quote.text == "that the new cranes will arrive before winter"
    assert quote.speaker is not None and quote.speaker.text == "The harbour authority"


def test_cue_after_quoted_words_ending_in_a_comma(analyse) -> None:
    text = 'The vote on the bridge was "a disgrace," the councillor said.'
    quote = with_cue(analyse, text, "said")
    assert quote.kind == "mixed"
    assert quote.text.startswith("The vote on the bridge was")
    assert quote.speaker is not None and quote.speaker.text == "the councillor"


def test_that_clause_after_in_a_statement(analyse) -> None:
    text = (
        "The shipping company said in a statement on Monday that two of its tankers "
        "had been delayed by the storm."
    )
    quote = with_cue(analyse, text, "said")
    assert quote.text == "that two of its tankers had been delayed by the storm"
    assert quote.speaker is not None and quote.speaker.text == "The shipping company"


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


def test_continued_to_is_no_report(analyse) -> None:
    text = "The farmers continued to protest against the new water tax."
    assert all(q.cue is None or q.cue.text != "continued" for q in quotes_of(analyse, text))


def test_a_relative_which_seems_is_no_report(analyse) -> None:
    text = "They visited the old quarry, which seemed empty."
    assert all(q.cue is None or q.cue.text != "seemed" for q in quotes_of(analyse, text))


def test_stance_adjective_with_that_clause(analyse) -> None:
    text = "The fire chief was adamant that the warehouse had been locked all night."
    quote = with_cue(analyse, text, "adamant")
    assert quote.text == "that the warehouse had been locked all night"
    assert quote.speaker is not None and quote.speaker.text == "The fire chief"


def test_stance_adjective_with_about(analyse) -> None:
    text = "Local farmers are worried about the falling price of milk."
    quote = with_cue(analyse, text, "worried")
    assert quote.text == "the falling price of milk"
    assert quote.speaker is not None and quote.speaker.text == "Local farmers"


def test_claim_noun_with_possessor(analyse) -> None:
    text = "Despite the mayor's claim that the old tunnel was safe, the road stayed closed."
    quote = with_cue(analyse, text, "claim")
    assert quote.text == "that the old tunnel was safe"
    assert quote.speaker is not None and quote.speaker.text == "the mayor"


def test_claim_noun_made_by_the_subject(analyse) -> None:
    text = "The coach made the argument that the season was far too long."
    quote = with_cue(analyse, text, "argument")
    assert quote.text == "that the season was far too long"
    assert quote.speaker is not None and quote.speaker.text == "The coach"


def test_claim_noun_without_holder_is_no_report(analyse) -> None:
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


def test_thinking_verb_with_an_object(analyse) -> None:
    text = "Shop owners fear a long strike at the port."
    quote = with_cue(analyse, text, "fear")
    assert quote.text == "a long strike at the port"
    assert quote.speaker is not None and quote.speaker.text == "Shop owners"


def test_speech_verb_with_a_noun_object_reports_it(analyse) -> None:
    text = "The referee noted the poor state of the pitch after the storm."
    quote = with_cue(analyse, text, "noted")
    assert quote.text == "the poor state of the pitch after the storm"
    assert quote.speaker is not None and quote.speaker.text == "The referee"


def test_gerund_after_a_preposition_takes_the_main_subject(analyse) -> None:
    text = "The governor ended the debate by arguing that the dam was too expensive."
    quote = with_cue(analyse, text, "arguing")
    assert quote.text == "that the dam was too expensive"
    assert quote.speaker is not None and quote.speaker.text == "The governor"


def test_a_statement_saying_speaks_for_whoever_issued_it(analyse) -> None:
    text = "The ferry company issued a statement saying that all crossings were cancelled."
    quote = with_cue(analyse, text, "saying")
    assert quote.text == "that all crossings were cancelled"
    assert quote.speaker is not None and quote.speaker.text == "The ferry company"


def test_a_message_saying_with_no_sender_speaks_for_itself(analyse) -> None:
    text = "Across town, banners saying that the tram is a waste of money hung from every bridge."
    quote = with_cue(analyse, text, "saying")
    assert quote.text == "that the tram is a waste of money"
    assert quote.speaker is not None and quote.speaker.text == "banners"
