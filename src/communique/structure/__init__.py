"""Page structure: timestamp, furniture, headings, related headlines, tags, dateline, title.

Public entry points: :func:`build_article`, :class:`Furniture` and :func:`furniture_key`.

A text page goes: lines (Unicode spaces normalised) -> furniture removed (generic rules,
then lines recurring across the source's pages) -> units (blank-line blocks, wrapped
lines joined) -> roles by shape and position (``layout``) -> the article, whose ``text``
is the paragraphs joined by a blank line.  An HTML page gets its main text and metadata
from trafilatura and then the same steps.  ``plain=True`` skips all of it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from communique.errors import NoText
from communique.model import Article, Page, Span, Timestamp, article_id_for
from communique.structure.furniture import Furniture, furniture_key, remove_furniture
from communique.structure.html import extract_html
from communique.structure.language import guess_language
from communique.structure.layout import Layout, lay_out
from communique.structure.lines import Line, split_lines, units_of
from communique.structure.plain import plain_paragraphs, plain_text
from communique.structure.timestamp import parse_date_value

__all__ = ["Furniture", "build_article", "furniture_key"]

PARAGRAPH_SEPARATOR = "\n\n"


def build_article(
    page: Page, text: str, furniture: Furniture | None, *, plain: bool = False
) -> Article:
    """Turn a decoded page into an :class:`Article`; raises NoText when no body is left."""
    if plain:
        return _plain_article(page, text)
    url, source = page.url, page.source
    if page.kind == "html":
        extracted = extract_html(text, page.url)
        lines, title, stamp = extracted.lines, page.title or extracted.title, extracted.timestamp
        url, tags = url or extracted.url, extracted.tags
        source = source or extracted.source
    else:
        lines, title, stamp, tags = split_lines(text), page.title, None, []
    layout = _lay_out_lines(lines, furniture, furniture_key(page), title)
    layout.timestamp = layout.timestamp or stamp or _published(page)
    layout.tags = layout.tags or tags
    article = _article(page, layout, url=url, source=source or _host(url))
    if page.kind == "text":
        article.furniture_lines = frozenset(Furniture.line_keys(text))
        article.furniture_source = furniture_key(page)
    return article


def _lay_out_lines(
    lines: list[Line], furniture: Furniture | None, source_key: str, title: str | None
) -> Layout:
    kept, dropped = remove_furniture(lines, furniture, source_key)
    layout = lay_out(units_of(kept), known_title=title)
    layout.dropped[:0] = dropped
    if not layout.paragraphs:
        raise NoText("nothing but page furniture on the page")
    return layout


def _article(page: Page, layout: Layout, *, url: str | None, source: str | None) -> Article:
    text = PARAGRAPH_SEPARATOR.join(layout.paragraphs)
    return Article(
        id=article_id_for(page.hash),
        hash=page.hash,
        origin=page.origin,
        record_id=page.record_id,
        kind=page.kind,
        text=text,
        paragraphs=_spans(layout.paragraphs),
        source=source,
        url=url,
        title=layout.title,
        language=guess_language(text),
        timestamp=layout.timestamp,
        dateline=layout.dateline,
        headings=layout.headings,
        related=layout.related,
        tags=layout.tags,
        dropped=layout.dropped,
        raw=page.raw,
    )


def _spans(paragraphs: list[str]) -> list[Span]:
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph), paragraph))
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return spans


def _plain_article(page: Page, text: str) -> Article:
    clean = plain_text(text)
    paragraphs = plain_paragraphs(clean)
    if not paragraphs:
        raise NoText("the plain text has no non-blank line")
    return Article(
        id=article_id_for(page.hash),
        hash=page.hash,
        origin=page.origin,
        record_id=page.record_id,
        kind=page.kind,
        text=clean,
        paragraphs=paragraphs,
        source=page.source or _host(page.url),
        url=page.url,
        language=guess_language(clean),
        raw=page.raw,
    )


def _published(page: Page) -> Timestamp | None:
    if not page.published:
        return None
    return Timestamp(raw=page.published, value=parse_date_value(page.published))


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
