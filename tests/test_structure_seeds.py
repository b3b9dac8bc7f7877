"""Both seed pages end to end, alone (generic rules only) and with corpus-learned furniture.

The seeds are read from the shared folder at test time; the expectations below are
counts and positions of structure, checked the same way on any page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.model import Article, Page
from communique.structure import Furniture, build_article, furniture_key

WIDGET_LINES = ("Listen Live", "Get short URL", "Community standards", "Discussion")


def seed_page(path: Path) -> Page:
    return Page(origin=str(path), raw=path.read_bytes(), kind="text")


def structure(path: Path, corpus: list[Path] | None) -> Article:
    page = seed_page(path)
    furniture = None
    if corpus is not None:
        furniture = Furniture()
        for other in corpus:
            furniture.observe(furniture_key(seed_page(other)), other.read_text("utf-8"))
    return build_article(page, page.raw.decode("utf-8"), furniture)


@pytest.fixture(params=["alone", "corpus"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


def assert_common(article: Article, path: Path) -> None:
    assert article.title is None
    assert article.language == "en"
    assert article.raw == path.read_bytes()
    assert article.id == article.hash[:16]
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
        assert span.text == span.text.strip() and span.text
    assert article.text == "\n\n".join(span.text for span in article.paragraphs)
    assert "\u00a0" not in article.text
    for widget in WIDGET_LINES:
        assert widget not in article.text
    for heading in article.headings:
        assert heading.text not in article.text
    for related in article.related:
        assert related.headline not in article.text
    assert ", ".join(article.tags) not in article.text
    dropped = " ".join(d.text for d in article.dropped)
    assert "Listen Live" in dropped and "Get short URL" in dropped
    assert all(d.reason for d in article.dropped)


def test_seed_000(seed_000: Path, seed_paths: list[Path], mode: str) -> None:
    article = structure(seed_000, seed_paths if mode == "corpus" else None)
    assert_common(article, seed_000)
    assert article.timestamp is not None
    assert article.timestamp.raw == "12:34 GMT08 August 2020"
    assert article.timestamp.value == "2020-08-08T12:34:00+00:00"
    assert len(article.headings) == 5
    assert len(article.related) == 4
    assert len(article.tags) == 5
    assert article.paragraphs[0].text.startswith("The agenda of the first day")
    assert article.paragraphs[-1].text.endswith("attend on Friday.")
    assert article.dateline is not None
    assert article.dateline.raw == "MOSCOW (Sputnik) —"
    assert (article.dateline.place, article.dateline.agency) == ("MOSCOW", "Sputnik")
    assert article.paragraphs[1].text.startswith("Earlier in the day, Putin arrived")
    assert "(Sputnik)" not in article.text
    positions = [h.before_paragraph for h in article.headings]
    assert positions == sorted(positions) and all(
        0 < p < len(article.paragraphs) for p in positions
    )


def test_seed_001(seed_001: Path, seed_paths: list[Path], mode: str) -> None:
    article = structure(seed_001, seed_paths if mode == "corpus" else None)
    assert_common(article, seed_001)
    assert article.timestamp is not None
    assert article.timestamp.value == "2020-07-08T23:03:00+00:00"
    assert article.headings == []
    assert len(article.related) == 4
    assert len(article.tags) == 13
    assert article.dateline is None
    assert "Telegram" not in article.text
    assert any(d.reason == "promo" for d in article.dropped)
    assert article.paragraphs[0].text.startswith("Japan made some concessions")
    assert article.paragraphs[-1].text.endswith("as well.")
