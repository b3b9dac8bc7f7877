"""A page laid out unlike the seeds: navigation first, headline, relative time, byline,
image caption, a "More on this story" block and topic links (a page we wrote)."""

from __future__ import annotations

import pytest

from communique.model import Page
from communique.structure import build_article
from communique.structure.furniture import generic_reason
from tests.conftest import FIXTURES

PAGE = FIXTURES / "pages" / "nav_byline_relative_time.txt"


def _article():
    raw = PAGE.read_bytes()
    return build_article(Page(str(PAGE), raw, "text"), raw.decode("utf-8"), None)


def test_headline_above_byline_and_relative_time_is_the_title() -> None:
    article = _article()
    assert article.title == "Ukraine and Poland agree grain transit deal after months of dispute"
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["2 hours ago"] == "relative time"
    assert reasons["By Anna Kowalska, Warsaw correspondent"] == "byline"
    assert article.timestamp is None  # a relative time says when the page was read, not a date


def test_body_is_the_five_paragraphs_in_order() -> None:
    article = _article()
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].text.startswith("Ukraine and Poland have agreed to resume")
    assert article.paragraphs[-1].text.endswith("if prices fell further.")
    assert [r.headline for r in article.related] == [
        "Poland extends ban on Ukrainian grain imports",
        "Why Ukraine's grain matters to the world",
    ]
    for furniture in ("Skip to content", "Image caption", "Copyright", "Share"):
        assert furniture not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "By Friday, ministers will have agreed to a deal.",
        "By Tuesday, talks had collapsed",
        "He left 2 hours ago",
        "By the end of the year, the council will have met twice.",
    ],
)
def test_sentences_that_open_like_bylines_or_times_are_kept(line: str) -> None:
    assert generic_reason(line) is None
