"""What the readers recognise: suffixes, magic numbers, sniffing prefixes and limits.

Grouped by concept so that a new input format or a new kind of non-page file is one
line here, not a change to the reading code.
"""

from __future__ import annotations

import re

# --- Limits -------------------------------------------------------------------------

# Largest page accepted, in raw bytes.  News articles are a few hundred KB at most even
# with inline scripts; anything larger is a dump or a mistake and would stall the parser.
MAX_PAGE_BYTES = 5 * 1024 * 1024

# How much of the start of an input is looked at to guess its format.
SNIFF_BYTES = 4096

# Read buffer for streams the readers wrap (stdin, decompressed data).
STREAM_BUFFER_BYTES = 64 * 1024

# Longest error detail copied from a parser's exception into a failure's reason.
MAX_REASON_CHARS = 200

# Share of control bytes (other than tab, newline, carriage return, form feed, escape)
# above which a page is called binary.  Real text has next to none; compressed or
# executable data about 10% (27 of the 256 byte values).  Set well below that.
MAX_CONTROL_BYTE_SHARE = 0.05

# How many bytes from the start are checked for control bytes (enough for a verdict,
# cheap on a 5 MB page).
CONTROL_SAMPLE_BYTES = 8192

# When bytes are not valid UTF-8 and no other encoding fits, UTF-8 with replacement
# characters is still accepted if at most this share of the characters are replaced:
# one stray byte in a long article should not cost the article.
MAX_REPLACEMENT_SHARE = 0.001

# Bytes that are mostly valid UTF-8 are read as damaged UTF-8 (bad bytes -> U+FFFD) when
# valid multi-byte characters outnumber the bad bytes this many times over and the bad
# bytes are at most this share of the characters.  A legacy encoding (cp1252, KOI8-R)
# almost never forms valid multi-byte UTF-8 by chance, so the ratio tells them apart.
MIN_VALID_PER_BAD_UTF8 = 4
MAX_BAD_UTF8_SHARE = 0.01

# --- Suffixes (compared lower-cased) ------------------------------------------------

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
GZIP_SUFFIX = ".gz"

# Characters that make a command-line argument a glob pattern rather than a path.
GLOB_CHARS = frozenset("*?[")

# Files skipped without a word while walking a folder: clearly not pages.  A file named
# explicitly (or matched by a glob) is always read, and reported if it is binary.
NON_PAGE_SUFFIXES = frozenset(
    {
        # images
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".bmp",
        ".tif",
        ".tiff",
        ".ico",
        ".svg",
        ".heic",
        ".avif",
        # audio and video
        ".mp3",
        ".mp4",
        ".m4a",
        ".wav",
        ".ogg",
        ".oga",
        ".webm",
        ".mov",
        ".avi",
        ".mkv",
        ".flac",
        # fonts
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        # archives and compressed blobs that are not page containers
        ".zip",
        ".tar",
        ".tgz",
        ".bz2",
        ".xz",
        ".7z",
        ".rar",
        ".zst",
        # documents and binaries
        ".pdf",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".odt",
        ".exe",
        ".dll",
        ".so",
        ".dylib",
        ".bin",
        ".pyc",
        ".class",
        ".o",
        # page assets and databases
        ".css",
        ".js",
        ".map",
        ".db",
        ".sqlite",
        ".sqlite3",
        ".cdx",
        ".idx",
    }
)

# --- Sniffing -----------------------------------------------------------------------

GZIP_MAGIC = b"\x1f\x8b"
# The first bytes of a WARC and of an ARC file.
ARCHIVE_MAGIC = (b"WARC/", b"filedesc://")

# Start of an HTML document (after whitespace, a BOM, an XML declaration and comments).
HTML_START = re.compile(rb"(?:<!doctype\s+html|<html)(?:[\s>/]|$)", re.IGNORECASE)

XML_DECLARATION = re.compile(rb"<\?xml[^>]*>")
LEADING_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)

# Magic numbers of formats that are never a page.
BINARY_MAGIC = {
    "PNG image": b"\x89PNG\r\n\x1a\n",
    "JPEG image": b"\xff\xd8\xff",
    "GIF image": b"GIF87a",
    "animated GIF image": b"GIF89a",
    "PDF document": b"%PDF-",
    "ZIP archive": b"PK\x03\x04",
    "empty ZIP archive": b"PK\x05\x06",
    "gzip data": GZIP_MAGIC,
    "xz data": b"\xfd7zXZ\x00",
    "7-zip archive": b"7z\xbc\xaf\x27\x1c",
    "zstd data": b"\x28\xb5\x2f\xfd",
    "ELF executable": b"\x7fELF",
    "SQLite database": b"SQLite format 3\x00",
    "WebAssembly module": b"\x00asm",
    "OLE document": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
}

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# Control bytes that plain text does contain.
TEXT_CONTROL_BYTES = frozenset(b"\t\n\r\f\v\x1b")

# Encodings that accept any byte sequence: a declaration of one of these says little
# when the bytes happen to be valid UTF-8 (servers default to them).
PERMISSIVE_ENCODINGS = frozenset({"latin_1", "iso8859_1", "cp1252", "ascii"})

# charset-normalizer often finds several encodings that fit the bytes about equally
# well, and its first pick can be a rare one (ISO-8859-14 for French in cp1252).  Among
# the candidates whose chaos and coherence are within these margins of its first pick,
# the one earliest in this list of encodings common on the web wins.  Margins tuned on
# one news sentence in each of 9 languages in 13 legacy encodings (fr, cs, pl, de, ru,
# el, tr, es, en): 10 of 13 decoded right against 7 with the first pick alone; wide
# enough to bring cp1252 back for French, narrow enough to keep cp1250 for Czech.
COMMON_WEB_ENCODINGS = (
    "cp1252",
    "cp1251",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "cp1250",
    "koi8_r",
    "iso8859_2",
    "cp1253",
    "cp1254",
    "cp1256",
    "cp1255",
)
DETECTION_CHAOS_MARGIN = 0.01
DETECTION_COHERENCE_MARGIN = 0.025

# Encodings in which NUL bytes are normal (Python's canonical names start so).
WIDE_ENCODING_PREFIXES = ("utf_16", "utf_32")

# An HTML page's own declaration of its charset, in the first bytes.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
META_CHARSET_SCAN_BYTES = 2048

# --- WARC ---------------------------------------------------------------------------

# Record types that can carry a page, and whether the type has HTTP headers to read.
WARC_PAGE_RECORDS = {"response": True, "resource": False, "conversion": False}

# Headers that give a record's length: WARC, then ARC.
ARCHIVE_LENGTH_HEADERS = ("Content-Length", "length")

# Content types read as pages (media type only, lower-cased).
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_MEDIA_TYPES = frozenset({"text/plain"})

# HTTP statuses whose body is the page itself (redirects, errors and "not modified"
# carry no article).
PAGE_HTTP_STATUSES = range(200, 300)

# --- JSONL --------------------------------------------------------------------------

JSONL_TEXT_FIELD = "text"
JSONL_HTML_FIELD = "html"
# Optional fields copied onto the page: JSON key -> Page attribute.
JSONL_OPTIONAL_FIELDS = {
    "url": "url",
    "title": "title",
    "published": "published",
    "source": "source",
    "id": "record_id",
}
