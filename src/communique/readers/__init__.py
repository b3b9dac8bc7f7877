"""Input readers: files, folders, globs, WARC, JSONL and stdin -> :class:`Page`.

Public entry point: :func:`read_inputs`.  Every input is streamed, one page at a time;
an input that cannot be read becomes a :class:`Failure` (with a code from
``communique.errors``) and never stops the batch.

``Page.origin`` says where to find the page again: the file's path, ``path#N`` for the
N-th record of a WARC (from 1, every record counted), ``path:LINE`` for a JSONL line,
``-`` for stdin (``-#N``, ``-:LINE`` when stdin holds a WARC or JSONL).
"""

from __future__ import annotations

import gzip
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from communique.errors import UnreadableFile
from communique.model import Failure, Page
from communique.readers import vocab
from communique.readers.files import expand
from communique.readers.jsonl import looks_like_jsonl, read_jsonl
from communique.readers.text import (
    STREAM_ERRORS,
    failure,
    read_single_page,
    rewind,
    stream_error,
)
from communique.readers.warc import looks_like_warc, read_warc

STDIN = "-"

__all__ = ["STDIN", "read_file", "read_inputs", "read_stream"]


def read_inputs(
    paths: Sequence[str | os.PathLike[str]],
    *,
    stdin: BinaryIO | None = None,
    source: str | None = None,
    max_bytes: int = vocab.MAX_PAGE_BYTES,
) -> Iterator[Page | Failure]:
    """Every page under ``paths`` (``-`` reads ``stdin``), or a Failure per unreadable one.

    ``source`` names the publisher of every page; without it a page's source is its
    URL's host, when it has a URL.  Pages over ``max_bytes`` are refused (TooLarge).
    """
    for path in paths:
        argument = os.fspath(path)  # a Path works as well as a string
        if argument == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_stream(
                stream,
                STDIN,
                name="",
                source=source,
                max_bytes=max_bytes,
                sniff_jsonl=True,
                gunzip=True,
            )
            continue
        for item in expand(argument):
            if isinstance(item, Failure):
                yield item
            else:
                yield from read_file(item, source=source, max_bytes=max_bytes)


def read_file(
    path: Path, *, source: str | None, max_bytes: int = vocab.MAX_PAGE_BYTES
) -> Iterator[Page | Failure]:
    """The pages of one file: a WARC, a JSONL file, or a single text or HTML page."""
    origin = str(path)
    name = path.name.lower()
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the generator ends
    except OSError as exc:
        yield failure(origin, UnreadableFile(exc.strerror or str(exc)))
        return
    with handle:
        if name.endswith(vocab.WARC_SUFFIXES):
            yield from read_warc(handle, origin, source=source, max_bytes=max_bytes)
        elif name.endswith(vocab.JSONL_SUFFIXES):
            stream = _gunzipped(handle) if name.endswith(vocab.GZIP_SUFFIX) else handle
            yield from read_jsonl(stream, origin, source=source, max_bytes=max_bytes)
        else:
            yield from read_stream(
                handle,
                origin,
                name=name,
                source=source,
                max_bytes=max_bytes,
                gunzip=name.endswith(vocab.GZIP_SUFFIX),
                size=_regular_file_size(handle),
            )


def read_stream(
    stream: BinaryIO,
    origin: str,
    *,
    name: str,
    source: str | None,
    max_bytes: int = vocab.MAX_PAGE_BYTES,
    sniff_jsonl: bool = False,
    gunzip: bool = False,
    size: int | None = None,
) -> Iterator[Page | Failure]:
    """Pages of a stream whose format its name does not say: sniffed from its first bytes.

    A WARC (plain or gzipped) is read as one; other gzipped data, when ``gunzip``, is
    decompressed and sniffed again; JSONL is recognised only when ``sniff_jsonl``
    (stdin), since a text file may well start with a brace; anything else is one text
    or HTML page.  ``size``, when known, refuses an oversized page before reading it.
    """
    try:
        head = stream.read(vocab.SNIFF_BYTES)
    except STREAM_ERRORS as exc:
        yield failure(origin, stream_error(exc))
        return
    whole = rewind(head, stream)
    if looks_like_warc(head):
        yield from read_warc(whole, origin, source=source, max_bytes=max_bytes)
    elif gunzip and head.startswith(vocab.GZIP_MAGIC):
        yield from read_stream(
            _gunzipped(whole),
            origin,
            name=name.removesuffix(vocab.GZIP_SUFFIX),
            source=source,
            max_bytes=max_bytes,
            sniff_jsonl=sniff_jsonl,
            gunzip=False,
        )
    elif sniff_jsonl and looks_like_jsonl(head):
        yield from read_jsonl(whole, origin, source=source, max_bytes=max_bytes)
    else:
        yield read_single_page(
            whole, origin, name=name, source=source, max_bytes=max_bytes, size=size
        )


def _gunzipped(stream: BinaryIO) -> BinaryIO:
    return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]


def _regular_file_size(handle: BinaryIO) -> int | None:
    """The file's size, or None for a pipe or device (whose size means nothing)."""
    try:
        info = os.fstat(handle.fileno())
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None
