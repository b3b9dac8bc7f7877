"""Bytes -> text: encodings found or honoured, and non-text refused with a coded error."""

from __future__ import annotations

import pytest

from communique.errors import (
    BadInput,
    BinaryInput,
    EmptyInput,
    TooLarge,
    UndecodableInput,
)
from communique.model import Page, PageKind
from communique.readers.decode import binary_kind, decode_page, normal_encoding

FRENCH = (
    "Le ministre a déclaré mercredi que la réunion prévue à Genève serait reportée. "
    "« Nous espérons une décision rapide », a-t-il ajouté après une longue séance.\n"
)
RUSSIAN = "Министр иностранных дел заявил в среду, что переговоры возобновятся скоро.\n"
JAPANESE = "外務大臣は水曜日、交渉を来週再開すると述べた。詳しい日程はまだ決まっていない。\n"


def page(raw: bytes, kind: PageKind = "text", encoding: str | None = None) -> Page:
    return Page(origin="test", raw=raw, kind=kind, encoding=encoding)


def test_utf8_is_returned_exactly_with_its_newlines() -> None:
    text = "first line\r\nsecond line\rthird — done\n"
    assert decode_page(page(text.encode("utf-8"))) == text


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_byte_order_mark_picks_the_encoding_and_is_removed(encoding: str, bom: bytes) -> None:
    assert decode_page(page(bom + FRENCH.encode(encoding))) == FRENCH


def test_cp1252_text_is_detected() -> None:
    assert decode_page(page((FRENCH * 3).encode("cp1252"))) == FRENCH * 3


def test_shift_jis_text_is_detected() -> None:
    assert decode_page(page((JAPANESE * 3).encode("shift_jis"))) == JAPANESE * 3


def test_declared_encoding_is_honoured() -> None:
    # 0xA4 is the euro sign in ISO-8859-15 but a currency sign in cp1252 and latin-1.
    raw = "Le prix: 20 € par personne.".encode("iso-8859-15")
    assert decode_page(page(raw, encoding="ISO-8859-15")) == "Le prix: 20 € par personne."


def test_declared_encoding_that_python_does_not_know_is_ignored() -> None:
    assert decode_page(page(FRENCH.encode("utf-8"), encoding="x-no-such-charset")) == FRENCH


def test_declared_latin1_loses_to_valid_utf8() -> None:
    # Servers send ISO-8859-1 by default for pages that are really UTF-8.
    assert decode_page(page(FRENCH.encode("utf-8"), encoding="iso-8859-1")) == FRENCH


def test_declared_encoding_that_does_not_fit_the_bytes_falls_back() -> None:
    assert decode_page(page((JAPANESE * 2).encode("utf-8"), encoding="ascii")) == JAPANESE * 2


def test_declared_utf16_without_mark_is_not_called_binary() -> None:
    assert decode_page(page(FRENCH.encode("utf-16-le"), encoding="utf-16le")) == FRENCH


def test_html_meta_charset_is_honoured() -> None:
    html = f'<html><head><meta charset="windows-1251"></head><body>{RUSSIAN}</body></html>'
    assert RUSSIAN in decode_page(page(html.encode("cp1251"), kind="html"))


def test_meta_charset_is_not_read_from_plain_text() -> None:
    text = '<meta charset="koi8-r"> is how a page declares it: ' + FRENCH
    assert decode_page(page(text.encode("utf-8"))) == text


def test_one_damaged_byte_in_utf8_becomes_a_replacement_character() -> None:
    good = FRENCH.encode("utf-8")
    damaged = good[:40] + b"\xff" + good[40:]
    text = decode_page(page(damaged))
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == FRENCH  # nothing else garbled


def test_ascii_with_a_stray_byte_keeps_its_words() -> None:
    raw = ("The talks resumed on Monday in the capital. " * 30).encode() + b"\x81 end."
    assert decode_page(page(raw)).startswith("The talks resumed on Monday")


@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_or_blank_is_refused(raw: bytes) -> None:
    with pytest.raises(EmptyInput) as caught:
        decode_page(page(raw))
    assert caught.value.code == "E101"


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"hello\x00world" * 10,
        b"long text " * 2000 + b"\x00 a NUL far past the sample",
        bytes(range(1, 32)) * 20,
    ],
)
def test_binary_is_refused(raw: bytes) -> None:
    with pytest.raises(BinaryInput) as caught:
        decode_page(page(raw))
    assert caught.value.code == "E102"


def test_text_that_mentions_a_magic_word_is_not_binary() -> None:
    assert binary_kind(b"PNG images and PDF files are not pages.\n") is None


def test_over_the_limit_is_refused_before_decoding() -> None:
    with pytest.raises(TooLarge) as caught:
        decode_page(page(b"a" * 101), max_bytes=100)
    assert caught.value.code == "E104"
    assert decode_page(page(b"a" * 100), max_bytes=100) == "a" * 100


def test_mark_that_lies_is_undecodable() -> None:
    with pytest.raises(UndecodableInput) as caught:
        decode_page(page(b"\xef\xbb\xbf" + b"caf\xe9 " * 50))
    assert caught.value.code == "E103"


def test_every_refusal_is_a_bad_input() -> None:
    for error in (EmptyInput, BinaryInput, UndecodableInput, TooLarge):
        assert issubclass(error, BadInput)


def test_normal_encoding_names() -> None:
    assert normal_encoding("UTF-8") == "utf_8"
    assert normal_encoding(" windows-1252 ") == "cp1252"
    assert normal_encoding('"latin1"') == "iso8859_1"
    assert normal_encoding("no-such-thing") is None
    assert normal_encoding(None) is None
