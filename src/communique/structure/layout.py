"""Roles of the units of a page, decided by shape and position.

The body runs from the first to the last unit that reads as prose (after furniture is
gone).  Around it:

* **above the body**: the timestamp line (the first short line that parses as one), the
  title (the first headline-like line of at least three words, unless the input already
  named the title), and whatever else is there, dropped as "before body";
* **inside the body**: prose units are paragraphs; a headline-like unit followed by
  prose is a heading (a run of three or more headline-like units is a list, kept as
  paragraphs); "Read more: <headline>" is a related headline; a related header turns
  the headline-like units after it into related headlines;
* **after the body**: tag lines become tags, headline-like lines related headlines,
  anything else is dropped as "after body".

The first dateline at the start of one of the first paragraphs is split off.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.model import Dateline, Dropped, Heading, Related, Timestamp
from communique.structure import related, shape, vocab
from communique.structure.dateline import find_dateline
from communique.structure.lines import Unit
from communique.structure.timestamp import parse_timestamp


@dataclass(slots=True)
class Layout:
    paragraphs: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    title: str | None = None
    timestamp: Timestamp | None = None
    dateline: Dateline | None = None
    related: list[Related] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)


def lay_out(units: list[Unit], *, known_title: str | None = None) -> Layout:
    """Assign every unit a role; ``known_title`` is a title the input already gave."""
    layout = Layout(title=known_title)
    is_prose = [_reads_as_prose(unit) for unit in units]
    first = _read_top(units, is_prose, layout, known_title)
    if first is None:
        _no_body(units, layout, known_title)
        return layout
    last = max(i for i in range(first, len(units)) if is_prose[i])
    _read_body(units[first : last + 1], is_prose[first : last + 1], layout)
    _read_tail(units[last + 1 :], layout)
    _split_dateline(layout)
    return layout


def _reads_as_prose(unit: Unit) -> bool:
    """Body text: not marked as a heading, not headline-like, not a list of tags or a link."""
    text = unit.text
    if unit.heading or not shape.is_prose(text):
        return False
    return related.tag_items(text) is None and related.inline_related(text) is None


def _read_top(
    units: list[Unit], is_prose: list[bool], layout: Layout, known_title: str | None
) -> int | None:
    """Handle the units above the body; return the index of the first body unit."""
    top: list[Unit] = []
    first = None
    for i, unit in enumerate(units):
        if layout.timestamp is None and not unit.heading:
            found = parse_timestamp(unit.text)
            if found is not None:
                layout.timestamp = found
                continue
        if is_prose[i]:
            first = i
            break
        top.append(unit)
    title_at = None if known_title else _title_index(top)
    for i, unit in enumerate(top):
        _top_unit(unit, layout, known_title, is_title=i == title_at)
    return first


def _title_index(top: list[Unit]) -> int | None:
    """The headline nearest the body: a site name or section label sits higher up."""
    for i in range(len(top) - 1, -1, -1):
        text = top[i].text
        if len(shape.words(text)) >= vocab.HEADLINE_MIN_WORDS and not vocab.TAG_LABEL.match(text):
            return i
    return None


def _top_unit(unit: Unit, layout: Layout, known_title: str | None, is_title: bool) -> None:
    text = unit.text
    if known_title and text.casefold() == known_title.casefold():
        layout.dropped.append(Dropped(text, "title"))
    elif _take_tags(text, layout, labelled_only=True):
        return
    elif is_title:
        layout.title = text
    elif unit.heading:
        layout.headings.append(Heading(text, 0))
    else:
        layout.dropped.append(Dropped(text, "before body"))


def _no_body(units: list[Unit], layout: Layout, known_title: str | None) -> None:
    """No unit reads as prose: every line left is body; only a given title stays."""
    layout.title = known_title
    layout.headings.clear()
    layout.dropped = [d for d in layout.dropped if d.reason == "title"]
    stamp = layout.timestamp.raw if layout.timestamp else None
    for unit in units:
        text = unit.text
        repeats_title = any(d.text == text for d in layout.dropped)
        if text == stamp or repeats_title or vocab.TAG_LABEL.match(text):
            continue
        layout.paragraphs.append(text)


def _read_body(units: list[Unit], is_prose: list[bool], layout: Layout) -> None:
    in_related = False
    runs = _run_lengths(is_prose)
    for i, unit in enumerate(units):
        text = unit.text
        if is_prose[i]:
            in_related = False
            layout.paragraphs.append(text)
        elif related.is_related_header(text):
            in_related = True
            layout.dropped.append(Dropped(text, "related header"))
        elif _take_aside(text, layout, in_related):
            continue
        elif unit.heading or runs[i] <= vocab.HEADING_MAX_RUN:
            layout.headings.append(Heading(text, len(layout.paragraphs)))
        else:
            layout.paragraphs.append(text)


def _take_aside(text: str, layout: Layout, in_related: bool) -> bool:
    """Non-prose lines inside the body that are metadata, not headings."""
    return (
        _take_related(text, layout, in_related)
        or _take_tags(text, layout, labelled_only=True)
        or _drop_late_timestamp(text, layout)
    )


def _run_lengths(is_prose: list[bool]) -> list[int]:
    """For each unit, the length of the run of non-prose units it is in (0 for prose)."""
    lengths = [0] * len(is_prose)
    start = 0
    while start < len(is_prose):
        if is_prose[start]:
            start += 1
            continue
        end = start
        while end < len(is_prose) and not is_prose[end]:
            end += 1
        lengths[start:end] = [end - start] * (end - start)
        start = end
    return lengths


def _drop_late_timestamp(text: str, layout: Layout) -> bool:
    """A date line inside or after the body ("Updated 9 May 2022") is neither heading nor body."""
    if parse_timestamp(text) is None:
        return False
    layout.dropped.append(Dropped(text, "timestamp below the top"))
    return True


def _read_tail(units: list[Unit], layout: Layout) -> None:
    for unit in units:
        text = unit.text
        if _take_tags(text, layout, labelled_only=False):
            continue
        if related.is_related_header(text):
            layout.dropped.append(Dropped(text, "related header"))
        elif _drop_late_timestamp(text, layout):
            continue
        elif not _take_related(text, layout, in_related_block=True):
            layout.dropped.append(Dropped(text, "after body"))


def _take_tags(text: str, layout: Layout, labelled_only: bool) -> bool:
    if labelled_only and not vocab.TAG_LABEL.match(text):
        return False
    items = related.tag_items(text)
    if items is None:
        return False
    layout.tags.extend(item for item in items if item not in layout.tags)
    return True


def _take_related(text: str, layout: Layout, in_related_block: bool) -> bool:
    headline = related.inline_related(text)
    if headline is None and in_related_block and _is_related_headline(text):
        headline = text
    if headline is None:
        return False
    layout.related.append(Related(headline))
    return True


def _is_related_headline(text: str) -> bool:
    return shape.is_headline_like(text) and len(shape.words(text)) >= vocab.HEADLINE_MIN_WORDS


def _split_dateline(layout: Layout) -> None:
    found = find_dateline(layout.paragraphs)
    if found is None:
        return
    index, dateline, rest = found
    layout.dateline = dateline
    layout.paragraphs[index] = rest
