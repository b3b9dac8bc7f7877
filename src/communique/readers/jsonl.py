"""JSON Lines (``.jsonl``, ``.ndjson``, gzipped or not) -> one :class:`Page` per line.

Each non-blank line is one JSON object with the page in ``html`` or ``text`` (``html``
wins when both are there and non-blank: the page is then structured from its markup)
and optional ``url``, ``title``, ``published``, ``source`` and ``id``.  Every non-blank
line gives exactly one Page or one Failure, whose origin is ``path:LINE``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from communique.errors import BadInput, BrokenRecord, TooLarge
from communique.model import Failure, Page, PageKind
from communique.readers import vocab
from communique.readers.text import STREAM_ERRORS, failure, source_for, stream_error

_BLANK = b" \t\r\n\f\v"
_UTF8_BOM = b"\xef\xbb\xbf"
# The page fields, in order of preference.
_CONTENT_FIELDS: tuple[tuple[str, PageKind], ...] = (
    (vocab.JSONL_HTML_FIELD, "html"),
    (vocab.JSONL_TEXT_FIELD, "text"),
)


def looks_like_jsonl(head: bytes) -> bool:
    """True when the first non-blank line of ``head`` is (or starts) a JSON object."""
    start = head.removeprefix(_UTF8_BOM).lstrip(_BLANK)
    if not start.startswith(b"{"):
        return False
    line, newline, _ = start.partition(b"\n")
    if not newline:  # the first line goes on past the sniffed bytes
        return True
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def read_jsonl(
    stream: BinaryIO, origin: str, *, source: str | None, max_bytes: int
) -> Iterator[Page | Failure]:
    """One Page or Failure per non-blank line of ``stream``."""
    for number, line in _numbered_lines(stream, max_bytes):
        line_origin = f"{origin}:{number}"
        if isinstance(line, BadInput):
            yield failure(line_origin, line)
        elif line.strip(_BLANK):
            yield page_from_line(line, line_origin, number, source=source)


def page_from_line(line: bytes, origin: str, number: int, *, source: str | None) -> Page | Failure:
    """The page a JSONL line holds, or why it holds none."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return failure(origin, BrokenRecord(f"line {number} is not valid JSON ({exc})"))
    if not isinstance(record, dict):
        return failure(origin, BrokenRecord(f"line {number} is not a JSON object"))
    content = _content(record)
    if content is None:
        detail = f'line {number} has no "{vocab.JSONL_HTML_FIELD}" or "{vocab.JSONL_TEXT_FIELD}"'
        return failure(origin, BrokenRecord(detail + " string"))
    kind, value = content
    fields = {
        attr: _optional_str(record.get(key)) for key, attr in vocab.JSONL_OPTIONAL_FIELDS.items()
    }
    fields["source"] = source_for(source or fields["source"], fields["url"])
    # Lone surrogates (legal in JSON escapes, not in UTF-8) become "?" rather than
    # costing the page.
    raw = value.encode("utf-8", errors="replace")
    return Page(origin=origin, raw=raw, kind=kind, encoding="utf-8", **fields)


def _content(record: dict[str, Any]) -> tuple[PageKind, str] | None:
    strings = [
        (kind, record[key]) for key, kind in _CONTENT_FIELDS if isinstance(record.get(key), str)
    ]
    for kind, value in strings:
        if value.strip():
            return kind, value
    return strings[0] if strings else None


def _optional_str(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def _numbered_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | BadInput]]:
    """(line number from 1, line) pairs; an overlong line is skipped, not kept in memory."""
    number = 0
    while True:
        number += 1
        try:
            line = stream.readline(max_bytes + 1)
            overlong = len(line) > max_bytes
            if overlong:
                _skip_rest_of_line(stream, line)
        except STREAM_ERRORS as exc:
            yield number, stream_error(exc)
            return
        if not line:
            return
        yield number, TooLarge(f"line {number} is over {max_bytes:,} bytes") if overlong else line


def _skip_rest_of_line(stream: BinaryIO, line: bytes) -> None:
    while line and not line.endswith(b"\n"):
        line = stream.readline(vocab.STREAM_BUFFER_BYTES)
