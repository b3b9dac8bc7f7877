"""Bytes -> text: encoding detection and refusal of what is not text."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from communique.errors import BinaryInput, EmptyInput, TooLarge, UndecodableInput
from communique.model import Page
from communique.readers import vocab

_WHITESPACE_BYTES = b" \t\n\r\f\v"
_REPLACEMENT = "\ufffd"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in vocab.TEXT_CONTROL_BYTES) + b"\x7f"
# Translation table that deletes every byte except control bytes, to count them in C.
_KEEP_ONLY_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def decode_page(page: Page, *, max_bytes: int = vocab.MAX_PAGE_BYTES) -> str:
    """The page's text; raises a coded BadInput (empty, binary, undecodable, too large).

    The text is returned exactly as decoded (only a byte-order mark is removed): no
    newline or space normalisation, so offsets stay offsets into the decoded file.

    Choice of encoding, first that applies:

    1. a byte-order mark (UTF-8, UTF-16, UTF-32);
    2. ``page.encoding`` (e.g. from an HTTP header) when Python knows it and the bytes
       decode with it -- except that a permissive single-byte declaration (latin-1,
       cp1252, ascii) loses to UTF-8 when the bytes are valid UTF-8, because servers
       send that default for pages that are really UTF-8;
    3. for HTML, the page's own ``<meta charset>`` under the same conditions;
    4. strict UTF-8 (the fast path: most pages);
    5. *damaged* UTF-8: valid multi-byte UTF-8 characters far outnumber the invalid
       bytes (``vocab.MIN_VALID_PER_BAD_UTF8``), which are few
       (``vocab.MAX_BAD_UTF8_SHARE``).  Such a file is UTF-8 with a few damaged bytes;
       re-reading all of it as cp1252 would garble every accented letter to save a
       few, so the invalid bytes become U+FFFD;
    6. charset-normalizer's best guess (cp1252, Shift-JIS, KOI8-R, ...);
    7. UTF-8 with U+FFFD when the replaced bytes are a tiny share
       (``vocab.MAX_REPLACEMENT_SHARE``): ASCII text with a stray byte;
    8. otherwise :class:`UndecodableInput`.
    """
    raw = page.raw
    if len(raw) > max_bytes:
        raise TooLarge(f"{len(raw):,} bytes, limit {max_bytes:,}")
    bom_text = _decode_with_bom(raw)
    if bom_text is not None:
        return _refuse_empty(bom_text)
    if not raw.strip(_WHITESPACE_BYTES):
        raise EmptyInput("no characters" if not raw else "only whitespace")
    wide_text = _decode_declared_wide(raw, page)
    if wide_text is not None:
        return _refuse_empty(wide_text)
    _refuse_binary(raw)
    return _refuse_empty(_decode_without_bom(raw, page))


def binary_kind(raw: bytes) -> str | None:
    """Why ``raw`` is not text (a known file format, NUL or control bytes), or None."""
    for name, magic in vocab.BINARY_MAGIC.items():
        if raw.startswith(magic):
            return name
    if b"\x00" in raw:  # a C-speed scan, cheap even on the largest page
        return "NUL bytes"
    sample = raw[: vocab.CONTROL_SAMPLE_BYTES]
    control = len(sample.translate(None, _KEEP_ONLY_CONTROL))
    if sample and control / len(sample) > vocab.MAX_CONTROL_BYTE_SHARE:
        return f"{control} control bytes in the first {len(sample)}"
    return None


def normal_encoding(name: str | None) -> str | None:
    """Python's canonical name for an encoding label, or None if it is unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name.replace("-", "_")
    except (LookupError, ValueError):
        return None


def _refuse_binary(raw: bytes) -> None:
    kind = binary_kind(raw)
    if kind:
        raise BinaryInput(kind)


def _refuse_empty(text: str) -> str:
    if not text.strip():
        raise EmptyInput("only whitespace")
    return text


def _decode_with_bom(raw: bytes) -> str | None:
    for bom, encoding in vocab.BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                detail = f"starts with a {encoding} mark but is not {encoding}"
                raise UndecodableInput(detail) from exc
    return None


def _decode_declared_wide(raw: bytes, page: Page) -> str | None:
    """UTF-16/32 declared by a header: NUL bytes are expected there, not a sign of binary."""
    encoding = normal_encoding(page.encoding)
    if encoding and encoding.startswith(vocab.WIDE_ENCODING_PREFIXES):
        return _try_declared(raw, encoding)
    return None


def _decode_without_bom(raw: bytes, page: Page) -> str:
    for declared in _declared_encodings(raw, page):
        text = _try_declared(raw, declared)
        if text is not None:
            return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(raw)
    if text is not None:
        return text
    return _detect(raw)


def _declared_encodings(raw: bytes, page: Page) -> list[str]:
    declared = [normal_encoding(page.encoding)]
    if page.kind == "html":
        match = vocab.META_CHARSET.search(raw, 0, vocab.META_CHARSET_SCAN_BYTES)
        if match:
            declared.append(normal_encoding(match.group(1).decode("ascii")))
    return [name for name in declared if name]


def _try_declared(raw: bytes, encoding: str) -> str | None:
    if encoding in vocab.PERMISSIVE_ENCODINGS and _is_utf8(raw):
        return raw.decode("utf-8")
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        # LookupError: a codec that only transforms bytes (e.g. "base64") is no charset.
        return None


def _likeliest_encoding(raw: bytes) -> str | None:
    """charset-normalizer's pick, or a common web encoding that fits about as well."""
    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    close = [
        match
        for match in matches
        if match.chaos <= best.chaos + vocab.DETECTION_CHAOS_MARGIN
        and match.coherence >= best.coherence - vocab.DETECTION_COHERENCE_MARGIN
    ]
    fitting = {name for match in close for name in match.could_be_from_charset}
    for name in vocab.COMMON_WEB_ENCODINGS:
        if name in fitting:
            return name
    return best.encoding


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few bad bytes: more valid multi-byte characters than bad bytes."""
    text, replaced = _utf8_replacing(raw)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    multibyte = non_ascii - replaced
    if (
        multibyte >= replaced * vocab.MIN_VALID_PER_BAD_UTF8
        and replaced <= len(text) * vocab.MAX_BAD_UTF8_SHARE
    ):
        return text
    return None


def _utf8_replacing(raw: bytes) -> tuple[str, int]:
    """UTF-8 decoding with U+FFFD for bad bytes, and how many were replaced."""
    text = raw.decode("utf-8", errors="replace")
    replaced = text.count(_REPLACEMENT) - raw.count(_REPLACEMENT.encode("utf-8"))
    return text, replaced


def _replacements_are_rare(text: str, replaced: int) -> bool:
    return replaced <= len(text) * vocab.MAX_REPLACEMENT_SHARE


def _detect(raw: bytes) -> str:
    encoding = _likeliest_encoding(raw)
    if encoding:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    # Last resort, for text that is ASCII but for a stray byte or two.
    text, replaced = _utf8_replacing(raw)
    if _replacements_are_rare(text, replaced):
        return text
    raise UndecodableInput("not UTF-8, and no other encoding fits")
