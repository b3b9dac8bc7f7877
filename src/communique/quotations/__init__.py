"""Quotations: who said what, direct and reported, attributed to resolved speakers.

Public entry point: :func:`find_quotes`.  The stage works in three steps:

1. :mod:`marks` pairs quotation marks into passages (no linguistics, never fails);
2. :mod:`direct` attributes passages through the cue beside them and joins split ones,
   and reads the speaker labels of transcripts ("SMITH: ...");
3. :mod:`reported` reads reported speech, "according to" and mixed quotations off the
   parse, outside what the direct quotations already cover.

Speakers are mentions as written ("he", "the spokesman"), resolved through the actors
stage's entities when one of their mentions overlaps the speaker.
"""

from __future__ import annotations

from communique.model import Analysis, Article, Entity, Quote
from communique.quotations.direct import find_direct, find_labelled
from communique.quotations.marks import find_quoted, paragraph_bounds
from communique.quotations.reported import find_reported

__all__ = ["find_quotes"]


def find_quotes(article: Article, analysis: Analysis, entities: list[Entity]) -> list[Quote]:
    """Direct, mixed and reported quotations of an article, in text order.

    Offsets in ``Quote.spans`` are ``[start, end)`` into ``article.text``; the quotation
    marks themselves are outside the spans.
    """
    text = article.text
    paragraphs = _lines(text, article)
    passages = find_quoted(text, paragraphs)
    direct = find_direct(text, analysis, passages, paragraphs, entities)
    labelled = find_labelled(text, analysis, paragraphs, direct.covered, entities)
    covered = direct.covered + [q.spans[0] for q in labelled]
    reported = find_reported(text, analysis, entities, direct.used_verbs, covered, passages)
    return sorted(direct.quotes + labelled + reported, key=lambda q: q.spans[0])


def _lines(text: str, article: Article) -> list[tuple[int, int]]:
    """Every non-blank line inside the article's paragraphs: a line break inside a block
    of plain text is a paragraph break for quotation marks (they never run across one
    unless the next line reopens them)."""
    lines = paragraph_bounds(text)
    if not article.paragraphs:
        return lines
    blocks = [(p.start, p.end) for p in article.paragraphs]
    return [(a, b) for a, b in lines if any(s <= a and b <= e for s, e in blocks)]
