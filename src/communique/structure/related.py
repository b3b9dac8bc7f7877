"""Related headlines and the tag (keyword) line.

Both sit after the body on a news page: a list of headline-like lines (links to other
stories) and a comma-separated list of short items.  Which lines are *after the body* is
the layout's decision; this module only reads the shape of one line:

* a tag line is a list of at least three short items (at most a few words each, none
  opening with a conjunction, none with a colon or a question), or any list after a
  label such as "Tags:".  A headline with commas ("Lula, Scholz Meet, but Talks Stall")
  fails on its long or conjunction-led pieces;
* a related header ("Related", "Read more") announces headlines and is itself dropped;
* "Read more: <headline>" carries one related headline inline.
"""

from __future__ import annotations

import re

from communique.structure import shape, vocab

_INNER_PUNCTUATION = re.compile(r"[:!?]")
_WORD_FULL_STOP = re.compile(r"\b[a-z]{4,}\.$")


def tag_items(line: str) -> list[str] | None:
    """The items of a tag line, or None when the line is not one."""
    label = vocab.TAG_LABEL.match(line)
    if label is None and (
        _separator_count(line) < vocab.TAG_MIN_ITEMS - 1 or shape.ends_sentence(line)
    ):
        return None
    body = line[label.end() :] if label else line
    items = [item.strip() for item in vocab.TAG_SEPARATORS.split(body) if item.strip()]
    if label:
        return items or None
    if len(items) < vocab.TAG_MIN_ITEMS or not all(_is_tag_item(item) for item in items):
        return None
    return items


def _separator_count(line: str) -> int:
    return sum(line.count(separator) for separator in vocab.TAG_SEPARATOR_CHARS)


def _is_tag_item(item: str) -> bool:
    found = shape.words(item)
    if not found or len(found) > vocab.TAG_MAX_WORDS:
        return False
    if found[0].lower() in vocab.TAG_ITEM_BAD_START:
        return False
    return not (_INNER_PUNCTUATION.search(item) or _WORD_FULL_STOP.search(item))


def is_related_header(line: str) -> bool:
    return vocab.RELATED_HEADER.match(line) is not None


def inline_related(line: str) -> str | None:
    """The headline of a "Read more: <headline>" line, or None."""
    match = vocab.RELATED_INLINE.match(line)
    if match is None:
        return None
    headline = match["headline"].strip()
    return headline if len(shape.words(headline)) <= vocab.HEADLINE_MAX_WORDS else None
