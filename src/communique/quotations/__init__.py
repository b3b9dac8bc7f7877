"""Quotations: who said what, direct and reported, attributed to resolved speakers.

Public entry point: :func:`find_quotes`.  The stage works in four steps:

1. :mod:`marks` pairs quotation marks into passages (no linguistics, never fails);
2. :mod:`direct` attributes passages through the cue beside them and joins split ones,
   and reads the speaker labels of transcripts ("SMITH: ..."), except on an opening line
   that :mod:`headlines` reads as a headline ("Okafor: Clinic funding secured");
3. :mod:`headlines` reads title-case headlines ("Farm Group Slams Tax Plan") by their
   surface, where the parser sees one long name;
4. :mod:`reported` reads reported speech, "according to" and mixed quotations off the
   parse, outside what the quotations above already cover.

Speakers are mentions as written ("he", "the spokesman"), resolved through the actors
stage's entities when one of their mentions overlaps the speaker.
"""

from __future__ import annotations

from dataclasses import replace

from communique.model import Analysis, Article, Entity, Quote
from communique.quotations import vocab
from communique.quotations.direct import find_direct, find_labelled
from communique.quotations.headlines import find_colon_headline, find_headlines
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
    opening = find_colon_headline(text, analysis, paragraphs, direct.covered, entities)
    covered = direct.covered + [q.spans[0] for q in opening]
    labelled = find_labelled(text, analysis, paragraphs, covered, entities)
    covered += [q.spans[0] for q in labelled]
    headlines = opening + find_headlines(text, analysis, paragraphs, covered, entities)
    covered += [(q.speaker.start, q.spans[0][1]) for q in headlines if q.speaker is not None]
    reported = find_reported(text, analysis, entities, direct.used_verbs, covered, passages)
    quotes = sorted(direct.quotes + labelled + headlines + reported, key=lambda q: q.spans[0])
    return _with_carried_speakers(text, quotes)


def _with_carried_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quotation standing alone with no cue goes on quoting the speaker of the quotation
    just before it, when nothing but one paragraph break lies between them."""
    carried: list[Quote] = []
    for quote in quotes:
        previous = carried[-1] if carried else None
        if (
            quote.kind == "direct" and quote.speaker is None and quote.cue is None
            and previous is not None and previous.speaker is not None
            and text.count("\n\n", previous.spans[-1][1], quote.spans[0][0])
            <= vocab.MAX_PARAGRAPH_BREAKS_TO_CARRY_SPEAKER
        ):
            quote = replace(quote, speaker=previous.speaker)
        carried.append(quote)
    return carried


def _lines(text: str, article: Article) -> list[tuple[int, int]]:
    """Every non-blank line inside the article's paragraphs: a line break inside a block
    of plain text is a paragraph break for quotation marks (they never run across one
    unless the next line reopens them)."""
    lines = paragraph_bounds(text)
    if not article.paragraphs:
        return lines
    blocks = [(p.start, p.end) for p in article.paragraphs]
    return [(a, b) for a, b in lines if any(s <= a and b <= e for s, e in blocks)]
