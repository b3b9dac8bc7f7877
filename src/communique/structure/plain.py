"""Already-clean article text: paragraphs only, every offset an offset into the file.

Nothing is removed or rewritten; the only change allowed is a Unicode space becoming one
ASCII space, which keeps the length.  Paragraphs are the blocks between blank lines.
"""

from __future__ import annotations

from communique.model import Span
from communique.structure.lines import same_length_spaces


def plain_text(text: str) -> str:
    return same_length_spaces(text)


def plain_paragraphs(text: str) -> list[Span]:
    """Spans of the blank-line separated blocks of ``text``, trimmed of outer whitespace."""
    spans: list[Span] = []
    start: int | None = None
    end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            if start is None:
                start = offset + len(line) - len(line.lstrip())
            end = offset + len(line.rstrip())
        elif start is not None:
            spans.append(Span(start, end, text[start:end]))
            start = None
        offset += len(line)
    if start is not None:
        spans.append(Span(start, end, text[start:end]))
    return spans
