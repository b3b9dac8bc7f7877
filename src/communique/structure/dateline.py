"""The dateline that opens a wire story: "KYIV (Ukrinform) —", "LONDON, Nov 3 (Reuters) -".

An upper-case place (up to four words), optionally ", State" or ", date", optionally an
agency in brackets, then a dash, then the sentence.  It is looked for only at the start
of the first few paragraphs, and only the first one found counts.
"""

from __future__ import annotations

from communique.model import Dateline
from communique.structure import vocab


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """The dateline opening ``paragraph`` and the paragraph without it, or None."""
    match = vocab.DATELINE.match(paragraph)
    if match is None:
        return None
    place = match["place"].strip()
    rest = paragraph[match.end() :].lstrip()
    if len(place) > vocab.DATELINE_MAX_PLACE or not _starts_sentence(rest):
        return None
    if sum(c.isalpha() for c in place) < 2:
        return None
    agency = (match["agency"] or match["slashed"] or "").strip() or None
    return Dateline(raw=match["raw"].strip(), place=place, agency=agency), rest


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "\"'“‘«")


def find_dateline(paragraphs: list[str]) -> tuple[int, Dateline, str] | None:
    """(paragraph index, dateline, paragraph rest) for the first dateline, or None."""
    for index, paragraph in enumerate(paragraphs[: vocab.DATELINE_MAX_PARAGRAPH]):
        found = split_dateline(paragraph)
        if found is not None:
            return index, found[0], found[1]
    return None
