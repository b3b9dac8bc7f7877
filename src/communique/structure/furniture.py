"""Furniture: the lines of a page that are the site's, not the article's.

Two kinds, both reported in ``Article.dropped`` with their reason:

* **Generic rules** (work on a single page, no corpus): button rows and widget labels
  (a short line made only of widget words, also when labels are glued together as in
  "standardsDiscussion"), lines of pure decoration, and notices matched by pattern:
  promos ("sign up to our channel"), cookie and legal notices, image credits,
  advertisement markers, reading aids, bylines and comment notices.  Each pattern has a
  longest line it may remove, so a body sentence that merely mentions a newsletter stays.

* **Recurring lines**, learned per source (:func:`furniture_key`) from the pages being
  ingested and from counts the store kept.  Every distinct candidate line of a page is
  counted once.  The recurrence rule depends on the line's shape:

  - a short line (<= 4 words) that does not end a sentence: furniture once it is seen
    in 2 pages of the source;
  - a headline-like line: in 3 pages (two stories may share a related headline);
  - anything else, i.e. a sentence: in 5 pages *and* in at least half the source's
    pages, so a background paragraph reused by a few wire stories is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from pathlib import PurePath
from urllib.parse import urlsplit

from communique.model import Dropped, Page
from communique.structure import shape, vocab
from communique.structure.lines import Line, clean_line
from communique.structure.timestamp import parse_timestamp

_RECORD_SUFFIX = re.compile(r"(?:#record-\d+|:\d+)$")
_HAS_TEXT = re.compile(r"[^\W_]")


def furniture_key(page: Page) -> str:
    """Which pages share furniture: the named source, else the URL host, else the folder."""
    if page.source:
        return page.source
    if page.url:
        host = urlsplit(page.url).hostname
        if host:
            return host.removeprefix("www.")
    return str(PurePath(_RECORD_SUFFIX.sub("", page.origin)).parent)


def line_key(line: str) -> str:
    return clean_line(line).casefold()


def generic_reason(line: str) -> str | None:
    """Why a (cleaned) line is furniture on any page, or None."""
    if not _HAS_TEXT.search(line):
        return "decoration"
    # Lines are cleaned (single spaces), so spaces count words closely enough for limits.
    rough_words = line.count(" ") + 1
    if rough_words > vocab.PROMO_MAX_WORDS:
        return None
    if rough_words <= vocab.WIDGET_MAX_WORDS * 2:
        labels = shape.words(vocab.GLUED_LABELS.sub(" ", line))
        if _is_widget_row([word.lower() for word in labels]):
            return "widget"
        if _is_navigation(line):
            return "navigation"
    lowered = line.lower()
    for reason, (pattern, max_words) in vocab.NOTICE_PATTERNS.items():
        seen = line if reason in vocab.CASED_NOTICES else lowered
        if rough_words <= max_words and pattern.search(seen):
            return reason
    return None


def _is_widget_row(labels: list[str]) -> bool:
    if not labels or len(labels) > vocab.WIDGET_MAX_WORDS:
        return False
    if not all(word in vocab.WIDGET_WORDS or word.isdigit() for word in labels):
        return False
    return any(
        word in vocab.WIDGET_WORDS and word not in vocab.TITLE_CASE_MINOR_WORDS for word in labels
    )


def _is_navigation(line: str) -> bool:
    items = [item for item in vocab.NAV_SEPARATORS.split(line) if item]
    return len(items) >= vocab.NAV_MIN_ITEMS and all(
        len(shape.words(item)) <= vocab.NAV_ITEM_MAX_WORDS for item in items
    )


class Furniture:
    """Lines that recur across pages of the same source, learned from a corpus."""

    def __init__(self) -> None:
        self._counts: dict[str, Counter[str]] = {}
        self._pages: Counter[str] = Counter()

    @staticmethod
    def line_keys(text: str) -> set[str]:
        """The normalised candidate lines of one page: what is counted and persisted."""
        keys = set()
        for raw in vocab.LINE_BREAKS.split(text):
            key = line_key(raw)
            if key and len(key) <= vocab.FURNITURE_MAX_KEY_CHARS:
                keys.add(key)
        return keys

    def observe(self, source_key: str, text: str) -> None:
        """Count each distinct candidate line of one page of ``source_key`` once."""
        self._counts.setdefault(source_key, Counter()).update(self.line_keys(text))
        self._pages[source_key] += 1

    def add_counts(self, source_key: str, counts: Mapping[str, int], pages: int) -> None:
        """Merge line counts (over ``pages`` pages) that a store kept for this source."""
        self._counts.setdefault(source_key, Counter()).update(counts)
        self._pages[source_key] += pages

    def counts(self, source_key: str) -> dict[str, int]:
        return dict(self._counts.get(source_key, {}))

    def pages(self, source_key: str) -> int:
        return self._pages[source_key]

    def reason(self, source_key: str, line: str) -> str | None:
        """Why ``line`` is furniture of ``source_key`` by recurrence, or None."""
        counts = self._counts.get(source_key)
        if not counts:
            return None
        key = line_key(line)
        seen = counts.get(key, 0)
        if seen < vocab.FURNITURE_MIN_PAGES_SHORT:
            return None
        pages = self._pages[source_key]
        if seen >= _pages_needed(key, pages):
            return f"recurring line ({seen} of {pages} pages of {source_key})"
        return None


def _pages_needed(key: str, pages: int) -> float:
    if not shape.ends_sentence(key) and len(shape.words(key)) <= vocab.FURNITURE_SHORT_MAX_WORDS:
        return vocab.FURNITURE_MIN_PAGES_SHORT
    # Shape is judged on the cased line elsewhere; here the key is case-folded, so a
    # headline is any short line that does not end a sentence.
    if not shape.ends_sentence(key) and len(shape.words(key)) <= vocab.HEADLINE_MAX_WORDS:
        return vocab.FURNITURE_MIN_PAGES_HEADLINE
    return max(vocab.FURNITURE_MIN_PAGES_SENTENCE, vocab.FURNITURE_MIN_SHARE_SENTENCE * pages)


def remove_furniture(
    lines: list[Line], furniture: Furniture | None, source_key: str
) -> tuple[list[Line], list[Dropped]]:
    """The lines that are not furniture (blank lines kept), and the dropped ones."""
    kept: list[Line] = []
    dropped: list[Dropped] = []
    for line in lines:
        reason = _line_reason(line.text, furniture, source_key) if line.text else None
        if reason is None:
            kept.append(line)
        else:
            dropped.append(Dropped(line.text, reason))
    return kept, dropped


def _line_reason(text: str, furniture: Furniture | None, source_key: str) -> str | None:
    reason = generic_reason(text)
    if reason is not None or furniture is None:
        return reason
    reason = furniture.reason(source_key, text)
    # Two pages published in the same minute share a timestamp line; it is still theirs.
    if reason is not None and parse_timestamp(text) is not None:
        return None
    return reason
