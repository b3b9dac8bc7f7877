"""WARC and ARC archives (plain or gzipped) -> one :class:`Page` per page record, streamed.

Only records that carry a page are read: ``response`` records with a 2xx HTTP status and
an HTML or plain-text content type, and ``resource``/``conversion`` records with such a
content type.  The charset of the content type goes to ``Page.encoding``; the WARC date
is the crawl date, not the publication date, so it is not kept.  A record is yielded
only once all its bytes are known to be there; a damaged or cut-off archive ends with
one :class:`TruncatedArchive` failure after every complete record before the damage.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from communique.errors import BadInput, BrokenRecord, EmptyInput, TruncatedArchive
from communique.model import Failure, Page, PageKind
from communique.readers import vocab
from communique.readers.text import (
    STREAM_ERRORS,
    failure,
    read_capped,
    rewind,
    source_for,
    stream_error,
)


def looks_like_warc(head: bytes) -> bool:
    """True when ``head`` opens a WARC or ARC file, plain or gzipped."""
    if head.startswith(vocab.ARCHIVE_MAGIC):
        return True
    return head.startswith(vocab.GZIP_MAGIC) and gunzip_head(head).startswith(vocab.ARCHIVE_MAGIC)


def gunzip_head(head: bytes) -> bytes:
    """As much of the decompressed data as the first compressed bytes give."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head)
    except zlib.error:
        return b""


def read_warc(
    stream: BinaryIO, origin: str, *, source: str | None, max_bytes: int
) -> Iterator[Page | Failure]:
    """Pages of the archive in ``stream``; origins are ``origin#N`` (N-th record, from 1)."""
    from warcio.archiveiterator import ArchiveIterator  # only WARC users need warcio

    try:
        head = stream.read(vocab.SNIFF_BYTES)
    except STREAM_ERRORS as exc:
        yield failure(origin, stream_error(exc))
        return
    if not head.strip():
        yield failure(origin, EmptyInput("archive has no records"))
        return
    records = ArchiveIterator(rewind(head, stream))
    number = 0
    while True:
        number += 1
        record_origin = f"{origin}#{number}"
        # warcio's errors on damaged input are many and undocumented (ArchiveLoadFailed,
        # header parser errors, AttributeError on a cut header, zlib errors...): any of
        # them ends the archive with one coded failure rather than stopping the batch.
        try:
            record = next(records, None)
            if record is None:
                if _has_unparsed_tail(records):
                    yield failure(record_origin, _archive_error(head, "a record's header is cut"))
                return
            item = _item_from_record(record, record_origin, source, max_bytes)
            records.read_to_end()
        except Exception as exc:
            yield failure(record_origin, _archive_error(head, f"{type(exc).__name__}: {exc}"))
            return
        if not _complete(record):
            yield failure(record_origin, _archive_error(head, f"record {number} is cut short"))
            return
        if item is not None:
            yield item


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``text/html; charset=UTF-8`` -> (``text/html``, ``UTF-8``)."""
    if not value:
        return "", None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, param_value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _item_from_record(
    record: Any, origin: str, source: str | None, max_bytes: int
) -> Page | Failure | None:
    content_type = _page_content_type(record)
    if content_type is None:
        return None
    media, charset = parse_content_type(content_type)
    kind = _kind_of_media(media)
    if kind is None:
        return None
    try:
        raw = read_capped(record.content_stream(), max_bytes)
    except BadInput as exc:
        return failure(origin, exc)
    except Exception as exc:
        # A damaged Content-Encoding or chunked body (zlib, brotli, chunk-size errors of
        # warcio's decoders): only this record is lost, the archive goes on.
        return failure(origin, BrokenRecord(_short(f"payload cannot be decoded: {exc}")))
    url = record.rec_headers.get_header("WARC-Target-URI")
    return Page(
        origin=origin,
        raw=raw,
        kind=kind,
        url=url,
        source=source_for(source, url),
        encoding=charset,
    )


def _page_content_type(record: Any) -> str | None:
    """The content type of a record that may hold a page, or None to skip the record."""
    has_http = vocab.WARC_PAGE_RECORDS.get(record.rec_type)
    if has_http is None:
        return None
    if not has_http:
        return record.rec_headers.get_header("Content-Type")
    http = record.http_headers
    if http is None or _status(http) not in vocab.PAGE_HTTP_STATUSES:
        return None
    return http.get_header("Content-Type")


def _status(http: Any) -> int:
    try:
        return int(http.get_statuscode())
    except (TypeError, ValueError):
        return 0


def _kind_of_media(media: str) -> PageKind | None:
    if media in vocab.HTML_MEDIA_TYPES:
        return "html"
    if media in vocab.TEXT_MEDIA_TYPES:
        return "text"
    return None


def _complete(record: Any) -> bool:
    """All of the record's declared bytes were there.

    No limit means no length header; an empty or garbled one (a header cut after its
    name, or a line of text taken for an ARC header) is read by warcio as length 0, so
    it is checked here.
    """
    for name in vocab.ARCHIVE_LENGTH_HEADERS:
        declared = record.rec_headers.get_header(name)
        if declared is not None and not declared.strip().isdigit():
            return False
    return getattr(record.raw_stream, "limit", None) == 0


def _opens_like_an_archive(head: bytes) -> bool:
    """True when ``head`` starts like a WARC/ARC, or is a cut-off start of one."""
    start = gunzip_head(head) if head.startswith(vocab.GZIP_MAGIC[:1]) else head
    return any(start.startswith(magic) or magic.startswith(start) for magic in vocab.ARCHIVE_MAGIC)


def _has_unparsed_tail(records: Any) -> bool:
    """True when the archive has bytes after its last complete record.

    warcio ends its iteration quietly when a record header stops half-way; what it
    read (``fh.tell()``) then goes past the end of the last record (``offset``).
    """
    try:
        return records.fh.tell() > records.offset
    except (AttributeError, OSError):
        return False


def _archive_error(head: bytes, detail: str) -> BadInput:
    detail = _short(detail)
    if _opens_like_an_archive(head):
        return TruncatedArchive(f"archive breaks off or is damaged here ({detail})")
    return BrokenRecord(f"not a WARC or ARC archive ({detail})")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= vocab.MAX_REASON_CHARS else text[: vocab.MAX_REASON_CHARS] + "…"
