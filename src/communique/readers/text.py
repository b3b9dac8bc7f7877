"""One page per file or stream (plain text or HTML), and what every reader shares:
capped reads, re-readable sniffed streams, naming a page's source, coded Failures."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from communique.errors import (
    BadInput,
    BrokenRecord,
    TooLarge,
    TruncatedArchive,
    UnreadableFile,
)
from communique.model import Failure, Page, PageKind
from communique.readers import vocab
from communique.readers.html import kind_for


def failure(origin: str, error: BadInput) -> Failure:
    """The Failure a reader yields for a coded error."""
    return error.as_failure(origin)


# What reading a file or a (decompressing) stream can raise.
STREAM_ERRORS = (OSError, EOFError, zlib.error)


def stream_error(exc: BaseException) -> BadInput:
    """The coded error for a failed read: cut-off or damaged compressed data, or I/O."""
    if isinstance(exc, EOFError):
        return TruncatedArchive(f"compressed data ends early ({exc})")
    if isinstance(exc, zlib.error | gzip.BadGzipFile):
        return BrokenRecord(f"damaged compressed data ({exc})")
    if isinstance(exc, OSError):
        return UnreadableFile(exc.strerror or str(exc))
    return UnreadableFile(str(exc))


def source_for(explicit: str | None, url: str | None) -> str | None:
    """The ``source`` the user gave, else the URL's host, else None."""
    if explicit:
        return explicit
    if not url:
        return None
    try:
        return urlsplit(url).hostname or None
    except ValueError:  # a malformed URL (e.g. a broken IPv6 literal) names no host
        return None


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """All of ``stream``, or :class:`TooLarge` as soon as it passes ``max_bytes``.

    Read in chunks: one ``read(max_bytes + 1)`` would allocate the whole limit for
    every small page.
    """
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(vocab.STREAM_BUFFER_BYTES):
        total += len(chunk)
        if total > max_bytes:
            raise TooLarge(f"more than {max_bytes:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


_PLAIN_STREAMS = (io.BufferedReader, io.BufferedRandom, io.BytesIO, io.FileIO)


def rewind(head: bytes, rest: BinaryIO) -> BinaryIO:
    """A stream that gives ``head`` again and then the rest: sniff a pipe, then read it.

    A file or an in-memory buffer is simply moved back.  Not a decompressing stream:
    it says it can seek, but seeking back means decompressing again from the start,
    and fails when the compressed stream underneath is a pipe.
    """
    if isinstance(rest, _PLAIN_STREAMS) and rest.seekable():
        rest.seek(-len(head), io.SEEK_CUR)
        return rest
    return io.BufferedReader(_Rewound(head, rest), buffer_size=vocab.STREAM_BUFFER_BYTES)


class _Rewound(io.RawIOBase):
    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer)) or b""
        buffer[: len(data)] = data
        return len(data)


def read_single_page(
    stream: BinaryIO,
    origin: str,
    *,
    name: str,
    source: str | None,
    max_bytes: int,
    size: int | None = None,
) -> Page | Failure:
    """The whole stream as one page: HTML when its name or first bytes say so, else text.

    ``size``, when known (a file), refuses an oversized page before anything is read.
    """
    try:
        if size is not None and size > max_bytes:
            raise TooLarge(f"{size:,} bytes, limit {max_bytes:,}")
        raw = read_capped(stream, max_bytes)
    except BadInput as exc:
        return failure(origin, exc)
    except STREAM_ERRORS as exc:
        return failure(origin, stream_error(exc))
    kind: PageKind = kind_for(name, raw[: vocab.SNIFF_BYTES])
    return Page(origin=origin, raw=raw, kind=kind, source=source)
