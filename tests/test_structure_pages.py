"""Whole pages we wrote, from invented sites with other furniture and other layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.errors import NoText
from communique.model import Article, Page
from communique.structure import Furniture, build_article, furniture_key

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page_of(name: str) -> Page:
    path = PAGES / name
    return Page(
        origin=str(path), raw=path.read_bytes(), kind="html" if name.endswith(".html") else "text"
    )


def build(page: Page, furniture: Furniture | None = None) -> Article:
    return build_article(page, page.raw.decode("utf-8"), furniture)


def assert_spans_match(article: Article) -> None:
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
    assert article.text == "\n\n".join(span.text for span in article.paragraphs)


def test_wrapped_page_with_title_byline_and_labelled_tags() -> None:
    article = build(page_of("wrapped_title_labelled_tags.txt"))
    assert article.title == "Ferry Operators Agree to Restore Winter Timetable"
    assert article.timestamp is not None
    assert article.timestamp.value == "2023-02-14T07:45:00+01:00"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("PORTSMOUTH", "HGN")
    assert [h.text for h in article.headings] == ["What Changes for Passengers"]
    assert article.headings[0].before_paragraph == 2
    assert article.tags == ["ferries", "transport", "island communities", "regional news"]
    assert len(article.paragraphs) == 4
    assert article.paragraphs[0].text.startswith("Ferry operators on the southern coast agreed on")
    assert article.paragraphs[0].text.endswith("the regional transport board said.")
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["By Maren Tollefsen"] == "byline"
    assert reasons["Advertisement"] == "widget"
    for gone in ("Advertisement", "Photo:", "rights reserved", "Tweet", "Tags:"):
        assert gone not in article.text
    assert_spans_match(article)


def test_indented_wrapped_page_without_blank_lines() -> None:
    article = build(page_of("indented_wrapped_no_blank_lines.txt"))
    assert article.title == "Rail Strike Talks Collapse in Late-Night Session"
    assert article.timestamp is not None
    assert article.timestamp.value == "2023-03-07T18:02:00-05:00"
    assert article.dateline is not None and article.dateline.agency == "CP"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1].text.startswith("Both parties blamed")
    assert_spans_match(article)


def test_one_line_paragraphs_with_related_header() -> None:
    article = build(page_of("one_line_paragraphs_related_header.txt"))
    assert article.title == "Vineyards Count the Cost of a Late Frost"
    assert article.timestamp is not None
    assert article.timestamp.value == "2021-11-30T16:20:00+01:00"
    assert [h.text for h in article.headings] == ["Insurance Gaps"]
    assert len(article.related) == 3
    assert article.related[1].headline == "Why Are Cooperatives Merging Across the Region?"
    assert len(article.paragraphs) == 4
    for gone in ("cookie", "Follow us", "Share this", "Log in", "Related stories"):
        assert gone not in article.text
    assert_spans_match(article)


RECURRING = ["recurring_site_a.txt", "recurring_site_b.txt", "recurring_site_c.txt"]
BACKGROUND = "The county has been under financial pressure since the regional grant"


def test_recurring_lines_learned_from_the_corpus() -> None:
    pages = [page_of(name) for name in RECURRING]
    furniture = Furniture()
    for page in pages:
        furniture.observe(furniture_key(page), page.raw.decode("utf-8"))
    for page in pages:
        article = build(page, furniture)
        assert article.title is None
        assert article.related == []
        assert "Valley Courier" not in article.text
        assert "Obituaries" not in article.text
        assert any(BACKGROUND in p.text for p in article.paragraphs)  # reused paragraph stays
        assert any(d.reason.startswith("recurring line") for d in article.dropped)
        assert article.timestamp is not None and article.timestamp.value is not None
        assert_spans_match(article)


def test_same_page_alone_keeps_lines_no_rule_knows() -> None:
    article = build(page_of("recurring_site_a.txt"))
    reasons = {d.text: d.reason for d in article.dropped}
    assert reasons["Weather | Traffic | Jobs | Obituaries"] == "navigation"
    assert any(BACKGROUND in p.text for p in article.paragraphs)


def test_html_page_through_trafilatura() -> None:
    article = build(page_of("article_with_headings.html"))
    assert article.kind == "html"
    assert article.title == "Dam Talks Resume After Two-Year Pause"
    assert article.timestamp is not None
    assert article.timestamp.value == "2022-06-02T09:30:00+03:00"
    assert article.tags == ["water", "dams", "diplomacy"]
    assert [(h.text, h.before_paragraph) for h in article.headings] == [("Sticking Points", 2)]
    assert article.dateline is not None and article.dateline.place == "KHARTOUM"
    assert article.paragraphs[0].text.startswith("Negotiators from three countries")
    assert len(article.paragraphs) == 4
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.url == "https://riverside-wire.example/world/dam-talks-resume"
    assert_spans_match(article)


@pytest.mark.parametrize(
    "html", ["<html><body></body></html>", "<html><body><nav>Home</nav></body></html>"]
)
def test_html_without_text_raises_no_text(html: str) -> None:
    page = Page(origin="empty.html", raw=html.encode(), kind="html")
    with pytest.raises(NoText):
        build_article(page, html, None)
