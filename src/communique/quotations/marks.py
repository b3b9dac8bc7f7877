"""Quoted passages: pairing quotation marks into spans, without any linguistics.

A passage is found paragraph by paragraph.  Curly marks and guillemets say which way
they face; a straight mark is read from its neighbours (after a space it opens, before
one it closes).  Single marks count only outside a double-quoted passage, and a single
closing mark between two letters is an apostrophe.  A passage left open at the end of a
paragraph continues when the next paragraph opens with a quotation mark (the
journalistic convention for a quotation of several paragraphs); otherwise the stray
mark is ignored, so unbalanced marks never fail a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from communique.quotations import vocab

Role = Literal["open", "close", "none"]
# Stands in for the second apostrophe of a doubled one while marks are paired: neither a
# space nor a letter, so the mark before it reads as it would at that place.
FILLER = "\u2063"


@dataclass(slots=True)
class Quoted:
    """One quoted passage: its inner spans (one per paragraph), marks excluded."""

    fragments: list[tuple[int, int]]
    opened: int  # offset of the first opening mark
    closed: int | None  # offset of the last closing mark; None when it was never closed
    double: bool = True  # false for single marks
    continued: list[int] = field(default_factory=list)  # reopening marks of later paragraphs

    @property
    def start(self) -> int:
        return self.opened

    @property
    def end(self) -> int:
        """End of the passage including its closing mark."""
        return self.closed + 1 if self.closed is not None else self.fragments[-1][1]


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of every non-blank line: a paragraph in plain-text news."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def find_quoted(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quoted]:
    """Every quoted passage of ``text`` in text order (see the module docstring)."""
    text = _with_doubled_singles_as_doubles(text)
    passages: list[Quoted] = []
    carry: Quoted | None = None  # a passage left open at the end of the previous paragraph
    for start, end in paragraphs if paragraphs is not None else paragraph_bounds(text):
        pairs, unclosed = _scan_paragraph(text, start, end)
        first_mark = _first_visible(text, start, end)
        if carry is not None:
            carry, joined = _continue(carry, pairs, unclosed, first_mark, end, text, passages)
            if carry is not None:  # still open: it runs on into the next paragraph
                continue
            if joined:
                pairs = [p for p in pairs if p[0] != first_mark]
        for open_at, close_at, double in pairs:
            inner = _inner(text, open_at + 1, close_at)
            passages.append(Quoted([inner], open_at, close_at, double))
        if unclosed is not None:
            carry = Quoted([_inner(text, unclosed + 1, end)], unclosed, None)
    return sorted((p for p in passages if all(a < b for a, b in p.fragments)),
                  key=lambda p: p.opened)


def _continue(
    carry: Quoted,
    pairs: list[tuple[int, int, bool]],
    unclosed: int | None,
    first_mark: int,
    end: int,
    text: str,
    passages: list[Quoted],
) -> tuple[Quoted | None, bool]:
    """Extend a passage left open by the paragraph that reopens it.

    Returns the passage if it is still open, and whether this paragraph joined it.
    """
    opening = next((p for p in pairs if p[0] == first_mark and p[2]), None)
    if opening is not None:
        carry.fragments.append(_inner(text, first_mark + 1, opening[1]))
        carry.continued.append(first_mark)
        carry.closed = opening[1]
        passages.append(carry)
        return None, True
    if unclosed is not None and unclosed == first_mark:
        carry.fragments.append(_inner(text, first_mark + 1, end))
        carry.continued.append(first_mark)
        return carry, True
    return None, False  # the next paragraph does not reopen: the earlier mark was a stray one


def _with_doubled_singles_as_doubles(text: str) -> str:
    """Some papers write a double quotation mark as two apostrophes (''...''): read each
    pair as one straight double mark followed by a filler, so offsets stay the same."""
    if vocab.DOUBLED_SINGLE not in text:
        return text
    return text.replace(vocab.DOUBLED_SINGLE, '"' + FILLER)


def _first_visible(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The passage between two marks, without surrounding spaces."""
    while start < end and (text[start].isspace() or text[start] == FILLER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == FILLER):
        end -= 1
    return start, end


def _scan_paragraph(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Closed pairs ``(open, close, double)`` of one paragraph, and a double mark left open."""
    pairs: list[tuple[int, int, bool]] = []
    double_open: int | None = None
    single_open: int | None = None
    for i in range(start, end):
        char = text[i]
        if char in vocab.DOUBLE_OPENERS or char in vocab.DOUBLE_CLOSERS or char == '"':
            role = _double_role(text, i, start, end, double_open is not None)
            if role == "open":
                double_open, single_open = i, None  # an earlier unclosed mark was stray
            elif role == "close" and double_open is not None:
                pairs.append((double_open, i, True))
                double_open = None
        elif double_open is None and char in vocab.ALL_QUOTE_MARKS:
            role = _single_role(text, i, start, end, single_open is not None)
            if role == "open":
                single_open = i
            elif role == "close" and single_open is not None:
                pairs.append((single_open, i, False))
                single_open = None
    return pairs, double_open


def _neighbours(text: str, i: int, start: int, end: int) -> tuple[str, str]:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before, after


def _double_role(text: str, i: int, start: int, end: int, is_open: bool) -> Role:
    before, after = _neighbours(text, i, start, end)
    looks_opening = (before in vocab.BEFORE_OPENING or before in vocab.ALL_QUOTE_MARKS) and not (
        after.isspace()
    )
    looks_closing = not before.isspace() and (not after.isalnum())
    char = text[i]
    if char in vocab.DOUBLE_OPENERS:
        # A curly opener used as a closer (a common typing slip) is read from context.
        return "close" if is_open and looks_closing and not looks_opening else "open"
    if char in vocab.DOUBLE_CLOSERS:
        return "open" if not is_open and looks_opening and not looks_closing else "close"
    if is_open:
        return "open" if looks_opening and not looks_closing else "close"
    return "none" if looks_closing and not looks_opening else "open"


def _single_role(text: str, i: int, start: int, end: int, is_open: bool) -> Role:
    before, after = _neighbours(text, i, start, end)
    char = text[i]
    if before.isalnum() and after.isalnum():
        return "none"  # an apostrophe: don't, O'Brien
    opens = before in vocab.BEFORE_OPENING and after.isalnum()
    closes = not before.isspace() and not after.isalnum()
    if char in vocab.SINGLE_OPENERS:
        return "open" if opens or not is_open else "none"
    if is_open and closes:
        return "close"
    if char in vocab.SINGLE_AMBIGUOUS and opens and not is_open:
        return "open"
    return "none"
