"""Is it HTML?  Sniffing only: extraction of the article from HTML is structure's job."""

from __future__ import annotations

import re

from communique.model import PageKind
from communique.readers import vocab

_LEADING_NOISE = b" \t\n\r\f\v" + b"\xef\xbb\xbf"


def looks_like_html(head: bytes) -> bool:
    """True when ``head`` (the first bytes of a document) opens an HTML document.

    Whitespace, a UTF-8 byte-order mark, an XML declaration and comments may come first
    (XHTML pages and templated sites start that way).
    """
    start = head.lstrip(_LEADING_NOISE)
    start = _skip(vocab.XML_DECLARATION, start)
    while start.startswith(b"<!--"):
        skipped = _skip(vocab.LEADING_COMMENT, start)
        if skipped is start:  # an unclosed comment: nothing after it to look at
            return False
        start = skipped
    return vocab.HTML_START.match(start) is not None


def kind_for(name: str, head: bytes) -> PageKind:
    """``html`` for an HTML suffix or HTML content, else ``text``."""
    if name.lower().endswith(vocab.HTML_SUFFIXES) or looks_like_html(head):
        return "html"
    return "text"


def _skip(pattern: re.Pattern[bytes], data: bytes) -> bytes:
    match = pattern.match(data)
    return data[match.end() :].lstrip(_LEADING_NOISE) if match else data
