"""HTML pages: trafilatura finds the article; our layout rules do the rest.

trafilatura returns the main text as Markdown (so ``#`` headings survive) with the
page's metadata: title, date (asked for with its time), tags and categories, URL.  The
Markdown lines become units, headings marked, and go through the same furniture,
heading, related and dateline rules as a text page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.errors import NoText
from communique.model import Timestamp
from communique.structure import vocab
from communique.structure.lines import Line, clean_line
from communique.structure.timestamp import parse_date_value

_HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.+?)\s*#*$")
_BULLET = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
_QUOTE_MARK = re.compile(r"^>\s?")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_DATE_PARAMS = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}


@dataclass(slots=True)
class HtmlArticle:
    lines: list[Line]
    title: str | None = None
    timestamp: Timestamp | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    source: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """Main text and metadata of an HTML page; raises NoText when there is no article."""
    import trafilatura  # heavy; only HTML input needs it

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_formatting=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NoText("trafilatura found no main text in the HTML")
    article = HtmlArticle(lines=[], title=_clean_or_none(doc.title), url=doc.url or url)
    article.source = _clean_or_none(doc.sitename)
    _read_markdown(text, article)
    if doc.date:
        article.timestamp = Timestamp(raw=doc.date, value=parse_date_value(doc.date))
    article.tags = _tags(list(doc.tags or []) + list(doc.categories or []))
    return article


def _read_markdown(text: str, article: HtmlArticle) -> None:
    for raw in vocab.LINE_BREAKS.split(text):
        line = clean_line(raw)
        heading = _HEADING.match(line)
        if heading:
            line = heading["text"]
        line = _EMPHASIS.sub(r"\2", _BULLET.sub("", _QUOTE_MARK.sub("", line)))
        article.lines.append(Line(line.strip(), 0, heading=heading is not None))


def _tags(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        for item in vocab.TAG_SEPARATORS.split(value or ""):
            item = clean_line(item)
            if item:
                seen.setdefault(item, None)
    return list(seen)


def _clean_or_none(value: str | None) -> str | None:
    cleaned = clean_line(value) if value else ""
    return cleaned or None
