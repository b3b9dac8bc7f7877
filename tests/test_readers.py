"""Input readers: every input built here in tmp_path; bad input becomes a coded Failure."""

from __future__ import annotations

import gzip
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.errors import BadInput, BinaryInput, EmptyInput
from communique.model import Failure, Page
from communique.readers import read_inputs
from communique.readers.decode import decode_page
from communique.readers.files import expand
from communique.readers.html import looks_like_html
from communique.readers.jsonl import looks_like_jsonl
from communique.readers.warc import looks_like_warc, parse_content_type

ARTICLE = "The council met on Tuesday.\n\nIts chair said the vote would be held in May.\n"
HTML = (
    "<!DOCTYPE html><html><head><title>Vote</title></head><body><p>Vote in May.</p></body></html>"
)


@dataclass(frozen=True)
class Rec:
    """One record to write into a test WARC."""

    type: str
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    http_extra: tuple[tuple[str, str], ...] = ()


def warc_bytes(records: list[Rec], *, compress: bool = False) -> tuple[bytes, list[int]]:
    """A WARC holding ``records``, and the offset where each record ends."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    ends = []
    for rec in records:
        writer.write_record(_record(writer, rec))
        ends.append(buffer.tell())
    return buffer.getvalue(), ends


def _record(writer: WARCWriter, rec: Rec):  # returns a warcio ArcWarcRecord
    if rec.type == "warcinfo":
        return writer.create_warcinfo_record("test.warc", {"software": "tests"})
    if rec.type == "response":
        http = StatusAndHeaders(
            rec.status, [("Content-Type", rec.content_type), *rec.http_extra], protocol="HTTP/1.1"
        )
        return writer.create_warc_record(
            rec.url, "response", payload=io.BytesIO(rec.body), http_headers=http
        )
    if rec.type == "request":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        return writer.create_warc_record(
            rec.url, "request", payload=io.BytesIO(b""), http_headers=http
        )
    return writer.create_warc_record(
        rec.url, rec.type, payload=io.BytesIO(rec.body), warc_content_type=rec.content_type
    )


def pages_and_failures(items: list[Page | Failure]) -> tuple[list[Page], list[Failure]]:
    return [i for i in items if isinstance(i, Page)], [i for i in items if isinstance(i, Failure)]


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- single files ----------------------------------------------------------------------


def test_text_file_is_one_text_page(tmp_path: Path) -> None:
    path = write(tmp_path / "note.txt", ARTICLE.encode())
    [page] = read_inputs([str(path)])
    assert isinstance(page, Page)
    assert (page.origin, page.kind, page.raw, page.source) == (
        str(path),
        "text",
        ARTICLE.encode(),
        None,
    )
    assert page.url is None and page.published is None


def test_html_is_recognised_by_suffix_and_by_content(tmp_path: Path) -> None:
    by_suffix = write(tmp_path / "a.htm", b"<p>no doctype here</p>")
    by_content = write(tmp_path / "b.txt", b"\n  <!doctype HTML>\n<html><p>x</p></html>")
    plain = write(tmp_path / "c.txt", b"Plain words; <html> mentioned later.")
    kinds = [page.kind for page in read_inputs([str(by_suffix), str(by_content), str(plain)])]
    assert kinds == ["html", "html", "text"]


def test_source_argument_names_every_page(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE.encode())
    [page] = read_inputs([path], source="Gazette")  # a Path works as well as a string
    assert page.source == "Gazette" and page.origin == str(path)


def test_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE.encode())
    items = list(read_inputs([str(tmp_path / "absent.txt"), str(good)]))
    assert isinstance(items[0], Failure)
    assert (items[0].code, items[0].origin) == ("E108", str(tmp_path / "absent.txt"))
    assert "no such file" in items[0].reason
    assert isinstance(items[1], Page)


def test_empty_file_reads_and_is_refused_by_decoding(tmp_path: Path) -> None:
    [page] = read_inputs([str(write(tmp_path / "empty.txt", b""))])
    with pytest.raises(EmptyInput):
        decode_page(page)


def test_fifty_megabyte_file_is_refused_quickly_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    after = write(tmp_path / "small.txt", ARTICLE.encode())
    started = time.perf_counter()
    items = list(read_inputs([str(path), str(after)]))
    assert time.perf_counter() - started < 1.0
    assert isinstance(items[0], Failure) and items[0].code == "E104"
    assert "52,428,800" in items[0].reason
    assert isinstance(items[1], Page)


def test_legacy_encodings_survive_reading(tmp_path: Path) -> None:
    french = "Le député a déclaré à l'Assemblée que le vote était reporté à l'été. " * 3
    japanese = "首相は記者会見で、来月の選挙について慎重な姿勢を示した。" * 3
    latin = write(tmp_path / "fr.txt", french.encode("cp1252"))
    sjis = write(tmp_path / "ja.txt", japanese.encode("shift_jis"))
    texts = [decode_page(page) for page in read_inputs([str(latin), str(sjis)])]
    assert texts == [french, japanese]


def test_gzipped_single_page_is_decompressed(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html.gz", gzip.compress(HTML.encode()))
    [page] = read_inputs([str(path)])
    assert (page.kind, page.raw) == ("html", HTML.encode())


# --- folders and globs -----------------------------------------------------------------


def test_folder_is_walked_sorted_recursively_skipping_hidden_and_non_pages(
    tmp_path: Path,
) -> None:
    write(tmp_path / "b.txt", b"b")
    write(tmp_path / "a" / "z.txt", b"az")
    write(tmp_path / "a" / "b.html", b"<html>ab</html>")
    write(tmp_path / ".hidden.txt", b"hidden")
    write(tmp_path / ".git" / "c.txt", b"in hidden folder")
    write(tmp_path / "photo.JPG", b"\xff\xd8\xff\xe0")
    write(tmp_path / "style.css", b"p { color: red }")
    odd = write(tmp_path / "blob.dat", b"\x00\x01\x02binary")
    items = list(read_inputs([str(tmp_path)]))
    origins = [item.origin for item in items]
    assert origins == [
        str(tmp_path / "a" / "b.html"),
        str(tmp_path / "a" / "z.txt"),
        str(tmp_path / "b.txt"),
        str(odd),
    ]
    # an unknown suffix is read, and its binary content reported when decoded
    with pytest.raises(BinaryInput):
        decode_page(items[-1])


def test_file_named_explicitly_is_read_even_with_a_non_page_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    [page] = read_inputs([str(path)])
    with pytest.raises(BinaryInput):
        decode_page(page)


def test_glob_is_expanded_sorted_and_without_repeats(tmp_path: Path) -> None:
    write(tmp_path / "x" / "2.txt", b"2")
    write(tmp_path / "x" / "1.txt", b"1")
    write(tmp_path / "x" / "deep" / "3.txt", b"3")
    write(tmp_path / "x" / "note.md", b"md")
    star = [p.raw for p in read_inputs([str(tmp_path / "x" / "*.txt")])]
    deep = [p.raw for p in read_inputs([str(tmp_path / "x" / "**")])]
    assert star == [b"1", b"2"]
    assert sorted(deep) == [b"1", b"2", b"3", b"md"] and len(deep) == 4


def test_glob_matching_nothing_is_a_failure(tmp_path: Path) -> None:
    [item] = read_inputs([str(tmp_path / "*.nothing")])
    assert isinstance(item, Failure) and item.code == "E108"


def test_walk_reports_links_it_does_not_follow(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    write(tmp_path / "real" / "page.txt", b"page")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    items = list(expand(str(tmp_path)))
    alias, dangling, page = items
    assert isinstance(alias, Failure) and alias.origin == str(tmp_path / "alias")
    assert isinstance(dangling, Failure) and dangling.origin == str(tmp_path / "dangling.txt")
    assert "link to a folder" in alias.reason and "link to nothing" in dangling.reason
    assert page == tmp_path / "real" / "page.txt"


# --- WARC ------------------------------------------------------------------------------


def mixed_archive() -> list[Rec]:
    return [
        Rec("warcinfo", "", b""),
        Rec("request", "https://www.example.org/a", b""),
        Rec(
            "response",
            "https://www.example.org/a",
            HTML.encode("cp1252"),
            "text/html; charset=windows-1252",
        ),
        Rec("response", "https://example.org/logo.png", b"\x89PNG", "image/png"),
        Rec("response", "https://example.org/gone", b"<html>404</html>", status="404 Not Found"),
        Rec("resource", "file:///notes/b.txt", ARTICLE.encode(), "text/plain"),
        Rec("conversion", "https://news.example.net/c", b"converted text", "text/plain"),
        Rec("metadata", "https://example.org/a", b"meta: data", "application/warc-fields"),
    ]


@pytest.mark.parametrize("compress", [False, True])
def test_warc_yields_page_records_only_with_url_source_and_charset(
    tmp_path: Path, compress: bool
) -> None:
    data, _ = warc_bytes(mixed_archive(), compress=compress)
    path = write(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), data)
    pages, failures = pages_and_failures(list(read_inputs([str(path)])))
    assert failures == []
    assert [p.origin for p in pages] == [f"{path}#3", f"{path}#6", f"{path}#7"]
    first, resource, conversion = pages
    assert (first.kind, first.url, first.source) == (
        "html",
        "https://www.example.org/a",
        "www.example.org",
    )
    assert first.encoding == "windows-1252" and first.raw == HTML.encode("cp1252")
    assert first.published is None  # the WARC date is the crawl date
    assert (resource.kind, resource.raw, resource.source) == ("text", ARTICLE.encode(), None)
    assert conversion.source == "news.example.net"


def test_warc_record_over_the_limit_is_refused_and_the_next_still_read(tmp_path: Path) -> None:
    records = [
        Rec("response", "https://a.example/1", b"<html>" + b"x" * 5000 + b"</html>"),
        Rec("response", "https://a.example/2", HTML.encode()),
    ]
    path = write(tmp_path / "big.warc", warc_bytes(records)[0])
    items = list(read_inputs([str(path)], max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["Failure", "Page"]
    assert items[0].code == "E104" and items[0].origin == f"{path}#1"


@pytest.mark.parametrize("compress", [False, True])
def test_truncated_warc_yields_records_before_the_cut_then_one_failure(
    tmp_path: Path, compress: bool
) -> None:
    records = [
        Rec("response", f"https://a.example/{i}", f"<html>page {i}</html>".encode())
        for i in range(3)
    ]
    data, ends = warc_bytes(records, compress=compress)
    cut = ends[1] + (ends[2] - ends[1]) // 2
    path = write(tmp_path / ("cut.warc.gz" if compress else "cut.warc"), data[:cut])
    items = list(read_inputs([str(path), str(write(tmp_path / "next.txt", b"next"))]))
    assert [i.raw for i in items[:2]] == [b"<html>page 0</html>", b"<html>page 1</html>"]
    assert isinstance(items[2], Failure)
    assert (items[2].code, items[2].origin) == ("E107", f"{path}#3")
    assert isinstance(items[3], Page) and items[3].raw == b"next"


def test_file_named_warc_that_is_not_one_is_a_broken_record(tmp_path: Path) -> None:
    path = write(tmp_path / "fake.warc", b"this is not an archive\n" * 5)
    [item] = read_inputs([str(path)])
    assert isinstance(item, Failure) and item.code == "E106"


def test_empty_warc_is_an_empty_input(tmp_path: Path) -> None:
    [item] = read_inputs([str(write(tmp_path / "none.warc.gz", b""))])
    assert isinstance(item, Failure) and item.code == "E101"


def test_warc_without_warc_suffix_is_sniffed(tmp_path: Path) -> None:
    data, _ = warc_bytes([Rec("response", "https://a.example/1", HTML.encode())], compress=True)
    [page] = read_inputs([str(write(tmp_path / "download.bin.gz", data))])
    assert page.url == "https://a.example/1"


def test_warc_payload_is_decompressed_per_its_content_encoding(tmp_path: Path) -> None:
    zipped = Rec(
        "response",
        "https://a.example/z",
        gzip.compress(HTML.encode()),
        http_extra=(("Content-Encoding", "gzip"),),
    )
    [page] = read_inputs([str(write(tmp_path / "z.warc", warc_bytes([zipped])[0]))])
    assert page.raw == HTML.encode()


def test_content_type_parsing() -> None:
    assert parse_content_type('text/HTML; Charset="ISO-8859-1"') == ("text/html", "ISO-8859-1")
    assert parse_content_type("text/plain") == ("text/plain", None)
    assert parse_content_type(None) == ("", None)


# --- JSONL -----------------------------------------------------------------------------


def jsonl_lines() -> list[str]:
    return [
        json.dumps(
            {
                "text": ARTICLE,
                "url": "https://www.paper.example/x",
                "title": "Vote",
                "published": "2024-05-01",
                "id": 17,
            }
        ),
        "",
        "{broken json",
        json.dumps({"html": HTML, "text": "ignored", "source": "The Paper"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "   ", "html": 5}),
    ]


def test_jsonl_gives_one_item_per_non_blank_line_with_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path / "pages.jsonl", "\n".join(jsonl_lines()).encode())
    items = list(read_inputs([str(path)]))
    assert [i.origin for i in items] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7)]
    assert [type(i).__name__ for i in items] == [
        "Page",
        "Failure",
        "Page",
        "Failure",
        "Failure",
        "Page",
    ]
    assert {i.code for i in items if isinstance(i, Failure)} == {"E106"}
    assert "line 3" in items[1].reason
    first, html = items[0], items[2]
    assert (first.kind, first.raw, first.title, first.published) == (
        "text",
        ARTICLE.encode(),
        "Vote",
        "2024-05-01",
    )
    assert (first.url, first.source, first.record_id) == (
        "https://www.paper.example/x",
        "www.paper.example",
        "17",
    )
    assert (html.kind, html.raw, html.source) == ("html", HTML.encode(), "The Paper")


def test_jsonl_source_argument_wins_over_the_record(tmp_path: Path) -> None:
    path = write(
        tmp_path / "p.ndjson", (json.dumps({"text": "t", "source": "Rec"}) + "\n").encode()
    )
    [page] = read_inputs([str(path)], source="Given")
    assert page.source == "Given"


def test_gzipped_jsonl_and_its_truncation(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"page {i} " * 200}) + "\n" for i in range(50)).encode()
    whole = write(tmp_path / "a.jsonl.gz", gzip.compress(lines))
    assert len(list(read_inputs([str(whole)]))) == 50
    compressed = gzip.compress(lines)
    cut = write(tmp_path / "b.jsonl.gz", compressed[: len(compressed) - 20])
    items = list(read_inputs([str(cut)]))
    assert all(isinstance(i, Page) for i in items[:-1]) and len(items) > 1
    assert isinstance(items[-1], Failure) and items[-1].code == "E107"


def test_overlong_jsonl_line_is_refused_and_reading_goes_on(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "x" * 3000}), json.dumps({"text": "short"})]
    path = write(tmp_path / "long.jsonl", "\n".join(lines).encode())
    items = list(read_inputs([str(path)], max_bytes=1000))
    assert isinstance(items[0], Failure) and items[0].code == "E104"
    assert isinstance(items[1], Page) and items[1].origin == f"{path}:2"


# --- stdin -----------------------------------------------------------------------------


def read_stdin(data: bytes) -> list[Page | Failure]:
    return list(read_inputs(["-"], stdin=io.BytesIO(data)))


def test_stdin_text_and_html() -> None:
    [text] = read_stdin(ARTICLE.encode())
    [html] = read_stdin(HTML.encode())
    assert (text.origin, text.kind, text.raw) == ("-", "text", ARTICLE.encode())
    assert html.kind == "html"


@pytest.mark.parametrize("compress", [False, True])
def test_stdin_warc_is_sniffed(compress: bool) -> None:
    data, _ = warc_bytes(mixed_archive(), compress=compress)
    assert [p.origin for p in read_stdin(data)] == ["-#3", "-#6", "-#7"]


def test_stdin_jsonl_is_sniffed_plain_and_gzipped() -> None:
    data = "\n".join(jsonl_lines()).encode()
    assert [i.origin for i in read_stdin(data)] == ["-:1", "-:3", "-:4", "-:5", "-:6", "-:7"]
    assert len(read_stdin(gzip.compress(data))) == 6
    piped = list(read_inputs(["-"], stdin=Pipe(gzip.compress(data))))  # type: ignore[arg-type]
    assert len(piped) == 6


def test_stdin_defaults_to_the_process_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    [page] = read_inputs(["-"])
    assert (page.origin, page.raw) == ("-", ARTICLE.encode())


class Pipe(io.RawIOBase):
    """A stream that cannot seek, like a shell pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return self._data.readinto(buffer)


@pytest.mark.parametrize("compress", [False, True])
def test_unseekable_stdin_is_sniffed_and_read_in_full(compress: bool) -> None:
    data, _ = warc_bytes(mixed_archive(), compress=compress)
    pages = list(read_inputs(["-"], stdin=Pipe(data)))  # type: ignore[arg-type]
    assert [p.origin for p in pages] == ["-#3", "-#6", "-#7"]
    big = ARTICLE.encode() * 2000  # well past the sniffed head
    [page] = read_inputs(["-"], stdin=Pipe(big))  # type: ignore[arg-type]
    assert page.raw == big


def test_stdin_text_starting_with_a_brace_is_not_jsonl() -> None:
    [page] = read_stdin(b"{Editor's note} The vote was held in May.\n")
    assert page.kind == "text" and page.origin == "-"


# --- sniffers ----------------------------------------------------------------------------


def test_sniffers() -> None:
    assert looks_like_html(b'<?xml version="1.0"?>\n<!-- generated -->\n<html xmlns="x">')
    assert not looks_like_html(b"<htmlish> is not a tag we know")
    assert looks_like_warc(b"WARC/1.1\r\n")
    assert looks_like_warc(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"))
    assert not looks_like_warc(gzip.compress(b"just text"))
    assert looks_like_jsonl(b'\n\n{"text": "a"}\n{"text": "b"}\n')
    assert looks_like_jsonl(b'\xef\xbb\xbf{"text": "a"}\n')
    assert not looks_like_jsonl(b"{not json} at all\nsecond line\n")


# --- the seed pages --------------------------------------------------------------------


def test_seed_folder_reads_as_two_text_pages(seed_paths: list[Path]) -> None:
    folder = seed_paths[0].parent
    pages = [item for item in read_inputs([str(folder)]) if str(item.origin).endswith(".txt")]
    assert [p.origin for p in pages] == [str(p) for p in seed_paths]
    assert all(isinstance(p, Page) and p.kind == "text" for p in pages)
    assert all(decode_page(p).strip() for p in pages)


# --- a batch of bad inputs ---------------------------------------------------------------


def test_bad_inputs_never_stop_the_batch_and_each_is_reported_once(tmp_path: Path) -> None:
    """Read, then decode: every bad input gives one coded failure, every good page arrives."""
    folder = tmp_path / "batch"
    write(folder / "a_good.txt", ARTICLE.encode())
    write(folder / "b_empty.txt", b"")
    write(folder / "c_binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with open(folder / "d_huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    write(folder / "e_latin.txt", ("Un député a parlé. " * 20).encode("cp1252"))
    write(folder / "f_broken.jsonl", b'{"text": "fine"}\n{oops\n')
    records = [Rec("response", f"https://a.example/{i}", b"<html>story</html>") for i in range(2)]
    data, ends = warc_bytes(records)
    write(folder / "g_cut.warc", data[: ends[0] + 40])
    write(folder / "h_good.html", HTML.encode())
    codes: dict[str, str] = {}
    decoded: list[str] = []
    for item in read_inputs([str(folder)]):
        name = Path(item.origin).name
        if isinstance(item, Failure):
            codes[name] = item.code
            continue
        try:
            decode_page(item)
            decoded.append(name)
        except BadInput as exc:
            codes[name] = exc.code
    assert codes == {
        "b_empty.txt": "E101",
        "c_binary.txt": "E102",
        "d_huge.txt": "E104",
        "f_broken.jsonl:2": "E106",
        "g_cut.warc#2": "E107",
    }
    assert decoded == [
        "a_good.txt",
        "e_latin.txt",
        "f_broken.jsonl:1",
        "g_cut.warc#1",
        "h_good.html",
    ]
