"""Reports read off headlines (real model, headlines written here)."""

from __future__ import annotations

import pytest

from tests.quoting import quotes_of

pytestmark = pytest.mark.slow


def _headline_reports(analyse, headline: str) -> list[tuple[str, str, str]]:
    text = f"{headline}\n\nThe council met on Monday evening in the town hall.\n"
    return [
        (q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.text)
        for q in quotes_of(analyse, text)
    ]


def test_a_title_case_headline_names_speaker_cue_and_content(analyse) -> None:
    found = _headline_reports(analyse, "Farm Group Slams Water Tax Plan.")
    assert found == [("Farm Group", "Slams", "Water Tax Plan")]


def test_a_verb_ending_in_ies_is_read_back_to_its_lemma(analyse) -> None:
    found = _headline_reports(analyse, "Harbour Board Denies Ferry Fares Will Rise.")
    assert found == [("Harbour Board", "Denies", "Ferry Fares Will Rise")]


def test_a_plural_noun_that_looks_like_a_cue_makes_no_report(analyse) -> None:
    assert _headline_reports(analyse, "Coastal States Brace For Winter Storm.") == []


def test_a_headline_in_sentence_case_is_left_to_the_parser(analyse) -> None:
    found = _headline_reports(analyse, "Farm group slams the water tax plan.")
    assert found == [("Farm group", "slams", "the water tax plan")]


def test_an_opening_line_with_a_name_and_a_colon_reports_the_name(analyse) -> None:
    found = _headline_reports(analyse, "Okafor: Clinic funding secured for three more years.")
    assert found == [("Okafor", ":", "Clinic funding secured for three more years")]


def test_a_poll_before_the_colon_is_the_source(analyse) -> None:
    found = _headline_reports(analyse, "Poll: Voters in the north back the new bridge.")
    assert found == [("Poll", ":", "Voters in the north back the new bridge")]


@pytest.mark.parametrize(
    "headline",
    [
        "Okafor: Reformer or career politician?",  # a question about the label
        "Update: Clinic funding secured for three more years.",  # a notice, no speaker
    ],
)
def test_an_opening_line_that_asks_or_announces_reports_nothing(analyse, headline: str) -> None:
    assert _headline_reports(analyse, headline) == []


def test_a_colon_line_further_down_is_no_headline(analyse) -> None:
    text = (
        "The council met on Monday evening in the town hall.\n\n"
        "Okafor: Clinic funding secured for three more years\n\n"
        "The vote was close.\n"
    )
    assert [q for q in quotes_of(analyse, text) if q.cue and q.cue.text == ":"] == []
