from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique import stories
from communique.cli import cli
from communique.model import Article, Dating, Related, Span
from tests.conftest import FIXTURES

STORY = FIXTURES / "story"


def _article(article_id: str, lead: str, related: list[str] = (), title: str | None = None):
    return Article(
        id=article_id,
        hash="",
        origin=article_id,
        kind="text",
        text=lead,
        paragraphs=[Span(0, len(lead), lead)],
        title=title,
        related=[Related(h) for h in related],
    )


def test_headline_resolves_to_the_lead_it_paraphrases() -> None:
    lead = "The first day of the Chilean foreign minister's visit to Peru was dominated by trade."
    assert (
        stories.headline_score("First Day of Chilean Foreign Minister's Visit to Peru", lead) == 1
    )
    assert stories.headline_score("Copper Exporters Watch Andean Talks Closely", lead) == 0
    assert stories.headline_score("Peru Visit", lead) == 0  # too short to tell


def test_headline_prefers_a_title_and_refuses_ties() -> None:
    a = _article("a", "Unrelated lead.", title="Storm Floods Coastal Towns in Northern Chile")
    b = _article("b", "Storm floods coastal towns in northern Chile, officials said.")
    candidates = [stories.Candidate(x.id, stories.article_lead(x)) for x in (a, b)]
    assert (
        stories.best_match("Storm Floods Coastal Towns in Northern Chile", candidates, "z") is None
    )
    assert (
        stories.best_match("Storm Floods Coastal Towns in Northern Chile", candidates[:1], "z")
        == "a"
    )


def test_story_partners_are_transitive_and_symmetric() -> None:
    a = _article("a", "x", ["h"])
    b = _article("b", "y", ["h"])
    c = _article("c", "z")
    a.related[0].article_id = "b"
    b.related[0].article_id = "c"
    partners = stories.story_partners([a, b, c])
    assert partners == {"a": {"b", "c"}, "b": {"a", "c"}, "c": {"a", "b"}}


def test_only_strong_datings_are_passed_on() -> None:
    article = _article("a", "Talks were held on May 3.")
    article.dating = Dating(
        "2020-05-03", "May 3 in the text; latest year not after the page timestamp"
    )
    assert stories.dating_hints(article) == ["--05-03"]
    article.dating = Dating("2016-05-03", "weekday: Tuesday matches 2016-05-03")
    assert "2016-05-03" in stories.dating_hints(article)


def _dating(output: str) -> dict[str, str]:
    articles = [json.loads(line) for line in output.splitlines() if line.strip()]
    return {Path(a["origin"]).stem: a["dating"]["date"] for a in articles}


@pytest.mark.slow
def test_a_story_dates_its_articles_together_in_extract() -> None:
    # "March 9-10" alone would be read as 2023 (the latest year before the timestamp);
    # the linked page says the talks were on a Tuesday, and March 9 was a Tuesday in 2021.
    result = CliRunner().invoke(
        cli,
        ["extract", "--json", str(STORY / "concessions.txt"), str(STORY / "first_day.txt")],
        catch_exceptions=False,
    )
    assert _dating(result.output) == {"concessions": "2021-03-09", "first_day": "2021-03-09"}


@pytest.mark.slow
def test_a_story_is_dated_across_separate_ingests(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    for name in ("concessions.txt", "first_day.txt"):  # one page per run, linked by the store
        result = runner.invoke(
            cli, ["ingest", str(STORY / name), "--db", db], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "c.db.report.json").read_text())
    assert report["redated_by_story"] == 2
    found = runner.invoke(cli, ["search", "fisheries", "--db", db, "--json"])
    dates = {Path(hit["origin"]).stem: hit["event_date"] for hit in json.loads(found.output)}
    assert dates == {"concessions": "2021-03-09", "first_day": "2021-03-09"}
