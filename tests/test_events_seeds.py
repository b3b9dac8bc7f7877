"""The two seed pages (read from the shared folder at test time): events, modes, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import timex
from communique.actors import find_entities
from communique.events import find_events
from communique.model import Analysis, Article, Event, Page
from communique.pipeline import structure_page
from communique.quotations import find_quotes

pytestmark = pytest.mark.slow


def load(path: Path, analyse) -> tuple[Article, Analysis]:
    article = structure_page(Page(origin=str(path), raw=path.read_bytes(), kind="text"), None)
    analysis = analyse(article.text)
    article.entities = find_entities(article, analysis)
    article.quotes = find_quotes(article, analysis, article.entities)
    return article, analysis


@pytest.fixture(scope="module")
def seeds(seed_000: Path, seed_001: Path, analyse) -> dict[str, list[Event]]:
    first, first_analysis = load(seed_000, analyse)
    second, second_analysis = load(seed_001, analyse)
    # the story-level dating a store does: each article's clues help the other
    hints = timex.date_clues(second, second_analysis).related_hints()
    first.dating = timex.date_article(first, first_analysis, related_dates=hints)
    assert first.dating is not None and first.dating.date
    second.dating = timex.date_article(second, second_analysis,
                                       related_dates=[first.dating.date])
    return {
        "000": find_events(first, first_analysis, first.entities, first.dating),
        "001": find_events(second, second_analysis, second.entities, second.dating),
        "dates": [first.dating, second.dating],
    }


def countries(event: Event) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None,
            event.target.country if event.target else None)


def factual(events: list[Event], kind: str, trigger: str) -> list[Event]:
    return [e for e in events if e.type == kind and e.trigger.text == trigger
            and not e.negated and not e.hypothetical]


def test_story_is_dated_to_december_2016_despite_2020_timestamps(seeds) -> None:
    first, second = seeds["dates"]
    assert first.date == "2016-12-15" and "weekday: Thursday" in first.basis
    assert "after 2014" in first.basis
    assert second.date == "2016-12-15"


def test_visit_is_a_russian_consultation_with_japan(seeds) -> None:
    visits = factual(seeds["000"], "CONSULT", "visit")
    assert visits and countries(visits[0]) == ("RUS", "JPN")
    assert visits[0].date == "2016-12-15"


def test_talks_are_consultations_both_ways(seeds) -> None:
    talks = factual(seeds["000"], "CONSULT", "discussed")
    assert {("RUS", "JPN"), ("JPN", "RUS")} <= {countries(e) for e in talks}
    assert all(e.date == "2016-12-15" for e in talks)


def test_memorandum_and_deal_are_russian_japanese_agreements(seeds) -> None:
    signed = factual(seeds["000"], "AGREE", "signed")
    assert ("RUS", "JPN") in {countries(e) for e in signed}
    memorandum = [e for e in signed if "memorandum" in e.evidence.text]
    assert memorandum
    # "We signed ..." is the quoted Russian minister when the quotations stage knows him
    assert memorandum[0].source.country in ("RUS", None)


def test_fifty_contracts_are_hypothetical(seeds) -> None:
    contracts = [e for e in seeds["000"] if "contracts" in e.evidence.text
                 and e.trigger.text == "signed"]
    assert contracts and all(e.hypothetical and e.mode == "expected" for e in contracts)


def test_sovereignty_discussion_is_negated(seeds) -> None:
    negated = [e for e in seeds["000"] if e.type == "CONSULT" and e.negated
               and "sovereignty" in e.evidence.text]
    assert negated


def test_concessions_are_japan_conceding_to_russia(seeds) -> None:
    concede = [e for e in seeds["001"] if e.type == "CONCEDE"]
    assert concede and countries(concede[0]) == ("JPN", "RUS")
    assert (concede[0].date, concede[0].date_end) == ("2016-12-15", "2016-12-16")
    assert concede[0].goldstein is not None and concede[0].goldstein > 0
