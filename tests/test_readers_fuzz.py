"""Property tests: no input, however broken, gets out of the readers as anything but a
Page or a coded Failure, and nothing that was complete is lost."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from communique.errors import BadInput
from communique.model import Failure, Page, PageKind
from communique.readers import read_inputs
from communique.readers.decode import decode_page
from communique.readers.warc import read_warc
from tests.test_readers import Pipe, Rec, warc_bytes

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SUFFIXES = ["", ".txt", ".html", ".warc", ".warc.gz", ".arc", ".jsonl", ".jsonl.gz", ".gz", ".png"]
ENCODING_LABELS = [None, "utf-8", "latin-1", "utf-16", "shift_jis", "base64", "x-bogus", ""]
ERROR_CODES = {"E101", "E102", "E103", "E104", "E105", "E106", "E107", "E108"}

# Bytes that look like the start of the formats the readers sniff, to reach deeper code.
PREFIXES = st.sampled_from(
    [b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b'{"text": ', b"<!doctype html>", b"\xef\xbb\xbf"]
)


def check_items(items: list[Page | Failure]) -> None:
    """Every item is a Page (whose decoding fails only with a coded error) or a Failure."""
    for item in items:
        if isinstance(item, Failure):
            assert item.code in ERROR_CODES and item.reason and item.origin
            continue
        assert isinstance(item, Page)
        with contextlib.suppress(BadInput):
            assert isinstance(decode_page(item), str)


@FUZZ
@given(prefix=PREFIXES, data=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES))
def test_any_file_gives_pages_or_failures(
    tmp_path: Path, prefix: bytes, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(prefix + data)
    check_items(list(read_inputs([str(path)], max_bytes=1500)))


@FUZZ
@given(prefix=PREFIXES, data=st.binary(max_size=2048), piped=st.booleans(), zipped=st.booleans())
def test_any_stdin_gives_pages_or_failures(
    prefix: bytes, data: bytes, piped: bool, zipped: bool
) -> None:
    content = gzip.compress(prefix + data) if zipped else prefix + data
    stream = Pipe(content) if piped else io.BytesIO(content)
    check_items(list(read_inputs(["-"], stdin=stream)))  # type: ignore[arg-type]


@FUZZ
@given(
    data=st.binary(max_size=4096),
    kind=st.sampled_from(["text", "html"]),
    encoding=st.sampled_from(ENCODING_LABELS),
)
def test_decode_page_raises_only_coded_errors(
    data: bytes, kind: PageKind, encoding: str | None
) -> None:
    page = Page(origin="fuzz", raw=data, kind=kind, encoding=encoding)
    try:
        text = decode_page(page)
    except BadInput as exc:
        assert exc.code in ERROR_CODES
    else:
        assert text.strip()


JSON_OBJECTS = st.dictionaries(
    st.sampled_from(["text", "html", "url", "title", "published", "source", "id", "extra"]),
    st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
    max_size=5,
).map(json.dumps)
GARBAGE_LINES = st.text(max_size=60).map(lambda t: t.replace("\n", " ").replace("\r", " "))


@FUZZ
@given(lines=st.lists(st.one_of(JSON_OBJECTS, GARBAGE_LINES), max_size=30), zipped=st.booleans())
def test_jsonl_gives_one_item_per_non_blank_line(
    tmp_path: Path, lines: list[str], zipped: bool
) -> None:
    data = "\n".join(lines).encode("utf-8", errors="replace")
    path = tmp_path / ("fuzz.jsonl.gz" if zipped else "fuzz.jsonl")
    path.write_bytes(gzip.compress(data) if zipped else data)
    items = list(read_inputs([str(path)]))
    physical = data.split(b"\n")
    expected = [n for n, line in enumerate(physical, 1) if line.strip(b" \t\r\n\f\v")]
    assert [item.origin for item in items] == [f"{path}:{n}" for n in expected]
    check_items(items)


def small_archive() -> list[Rec]:
    return [
        Rec("warcinfo", "", b""),
        *(
            Rec("response", f"https://site.example/{i}", f"<p>story {i}</p>".encode())
            for i in range(3)
        ),
        Rec("request", "https://site.example/x", b""),
        Rec("resource", "file:///notes.txt", b"a plain note", "text/plain"),
    ]


def expected_bodies(records: list[Rec]) -> list[tuple[bytes, int]]:
    """(body, index of its record) for each record the reader should turn into a page."""
    return [(r.body, i) for i, r in enumerate(records) if r.type in ("response", "resource")]


@pytest.mark.parametrize("compress", [False, True])
def test_warc_cut_at_every_length_keeps_every_complete_record(compress: bool) -> None:
    records = small_archive()
    data, ends = warc_bytes(records, compress=compress)
    pages_by_record = expected_bodies(records)
    for cut in range(len(data) + 1):
        items = list(read_warc(io.BytesIO(data[:cut]), "w", source=None, max_bytes=10_000))
        pages = [item for item in items if isinstance(item, Page)]
        failures = [item for item in items if isinstance(item, Failure)]
        complete = [body for body, index in pages_by_record if ends[index] <= cut]
        # never a partial page; every complete one, in order
        assert [p.raw for p in pages] == [body for body, _ in pages_by_record][: len(pages)]
        assert len(pages) >= len(complete), cut
        # at most one failure, and it comes last
        assert len(failures) <= 1 and (not failures or items[-1] is failures[0]), cut
        if failures and cut:
            assert failures[0].code == "E107", cut
        if cut < len(data) and len(pages) < len(pages_by_record) and cut not in ends and cut:
            # the cut is inside a record: a record is short, or (cut in the final bytes
            # of a record, which carry no content) every page came through
            assert failures or _cut_in_record_trailer(cut, ends, compress), cut


def _cut_in_record_trailer(cut: int, ends: list[int], compress: bool) -> bool:
    """A cut in the blank lines (or gzip trailer) after a record's content."""
    slack = 32 if compress else 4
    return any(end - slack <= cut < end for end in ends)


@FUZZ
@given(
    bodies=st.lists(st.binary(min_size=1, max_size=200), min_size=1, max_size=4),
    compress=st.booleans(),
    cut_share=st.floats(min_value=0, max_value=1),
)
def test_random_warc_cut_anywhere_never_raises(
    bodies: list[bytes], compress: bool, cut_share: float
) -> None:
    records = [Rec("resource", f"file:///{i}", body, "text/plain") for i, body in enumerate(bodies)]
    data, ends = warc_bytes(records, compress=compress)
    cut = int(len(data) * cut_share)
    items = list(read_warc(io.BytesIO(data[:cut]), "w", source=None, max_bytes=10_000))
    pages = [item.raw for item in items if isinstance(item, Page)]
    assert pages == bodies[: len(pages)]
    assert len(pages) >= sum(1 for end in ends if end <= cut)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6))
def test_damaged_warc_never_raises(flips: list[tuple[int, int]]) -> None:
    data = bytearray(warc_bytes(small_archive())[0])
    for position, value in flips:
        data[position % len(data)] = value
    check_items(list(read_warc(io.BytesIO(bytes(data)), "w", source=None, max_bytes=10_000)))
