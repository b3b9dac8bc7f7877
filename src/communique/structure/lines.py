"""Lines and units of a text page.

A *line* is one physical line, cleaned (Unicode spaces -> plain spaces, invisible
characters removed, runs of spaces collapsed).  A *unit* is what a reader sees as one
piece: a paragraph, a heading, a headline.  Blank lines always separate units; on a
hard-wrapped page consecutive full lines are joined into one unit, on other pages each
line is a unit unless the next one visibly continues it (starts in lower case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.structure import vocab
from communique.structure.shape import is_title_case, words

_UNICODE_SPACE = re.compile(f"[{vocab.UNICODE_SPACES}]")
_INVISIBLE = re.compile(f"[{vocab.INVISIBLE_CHARS}]")
_RUNS_OF_SPACES = re.compile(r" {2,}")


@dataclass(slots=True)
class Line:
    text: str  # cleaned; "" for a blank line
    indent: int  # leading whitespace of the raw line, in characters
    heading: bool = False  # marked as a heading by the markup (HTML input)


@dataclass(slots=True)
class Unit:
    text: str
    lines: int  # how many physical lines were joined
    block: int  # index of the blank-line separated block it belongs to
    heading: bool = False  # marked as a heading by the markup (HTML input)


def same_length_spaces(text: str) -> str:
    """Every Unicode space (and tab) becomes one ASCII space: offsets are unchanged."""
    return _UNICODE_SPACE.sub(" ", text)


def clean_line(raw: str) -> str:
    if not raw.isascii():
        raw = _INVISIBLE.sub("", _UNICODE_SPACE.sub(" ", raw))
    elif "\t" in raw or "\f" in raw or "\v" in raw:
        raw = _UNICODE_SPACE.sub(" ", raw)
    return _RUNS_OF_SPACES.sub(" ", raw).strip()


def split_lines(text: str) -> list[Line]:
    # Normalising the whole page once is much cheaper than line by line.
    text = same_length_spaces(text)
    lines = []
    for raw in vocab.LINE_BREAKS.split(text):
        lines.append(Line(clean_line(raw), len(raw) - len(raw.lstrip(" "))))
    return lines


def wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped page was wrapped at, or None when it is not wrapped."""
    long_lines = [line for line in lines if len(line.text) >= vocab.WRAP_LONG_LINE]
    if len(long_lines) < vocab.WRAP_MIN_LINES:
        return None
    lengths = sorted(len(line.text) for line in long_lines)
    width = lengths[int(vocab.WRAP_WIDTH_PERCENTILE * (len(lengths) - 1))]
    if width > vocab.WRAP_MAX_WIDTH:
        return None
    full = [line for line in long_lines if len(line.text) >= vocab.WRAP_NEAR_WIDTH * width]
    if len(full) < vocab.WRAP_SHARE * len(long_lines):
        return None
    # Wrapping cuts sentences: most full lines of a wrapped page end mid-sentence.  A page
    # of short one-sentence lines ends nearly every line with punctuation.
    open_ended = sum(1 for line in full if not vocab.SENTENCE_END.search(line.text))
    return width if open_ended >= vocab.WRAP_OPEN_ENDED_SHARE * len(full) else None


def _continues(previous: Line, line: Line, width: int | None) -> bool:
    """Whether ``line`` continues the unit that ``previous`` is part of."""
    if width is not None:
        is_full = len(previous.text) >= vocab.WRAP_NEAR_WIDTH * width
        # Two Title Case lines in a row are a list of headlines, not a wrapped sentence.
        listed = is_title_case(previous.text) and is_title_case(line.text)
        return is_full and line.indent <= previous.indent and not listed
    if vocab.SENTENCE_END.search(previous.text):
        return False
    # Unwrapped: a line continues when it visibly does (lower case) or when the line before
    # is too long to be a heading or headline and stops mid-sentence (a soft wrap).
    return line.text[0].islower() or len(words(previous.text)) > vocab.HEADLINE_MAX_WORDS


def _join(left: str, right: str) -> str:
    # A word broken at a hyphen keeps its hyphen and no space ("Russian-" + "Japanese").
    if left.endswith("-") and right[:1].islower():
        return left + right
    return f"{left} {right}"


def units_of(lines: list[Line]) -> list[Unit]:
    """Group cleaned lines (blank ones separate blocks) into units, in order."""
    width = wrap_width(lines)
    units: list[Unit] = []
    block = 0
    previous: Line | None = None
    for line in lines:
        if not line.text:
            if previous is not None:
                block += 1
            previous = None
            continue
        if (
            previous is not None
            and not (line.heading or previous.heading)
            and _continues(previous, line, width)
        ):
            last = units[-1]
            last.text = _join(last.text, line.text)
            last.lines += 1
        else:
            units.append(Unit(line.text, 1, block, line.heading))
        previous = line
    return units
