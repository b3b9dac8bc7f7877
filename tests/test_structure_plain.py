from __future__ import annotations

import pytest

from communique.errors import NoText
from communique.model import Page
from communique.structure import build_article

TEXT = (
    "  12:34 GMT08 August 2020\nShare\n\n"
    "First\u00a0paragraph line one\nline two.\r\n\r\n\n  Second paragraph.  \n"
)


def test_plain_keeps_the_text_and_offsets() -> None:
    page = Page(origin="clean.txt", raw=TEXT.encode(), kind="text")
    article = build_article(page, TEXT, None, plain=True)
    assert len(article.text) == len(TEXT)
    assert article.text == TEXT.replace("\u00a0", " ")
    assert [p.text for p in article.paragraphs] == [
        "12:34 GMT08 August 2020\nShare",
        "First paragraph line one\nline two.",
        "Second paragraph.",
    ]
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
    assert article.title is None and article.timestamp is None and article.dateline is None
    assert article.headings == [] and article.related == [] and article.tags == []
    assert article.dropped == []


def test_plain_blank_text_has_no_text() -> None:
    page = Page(origin="blank.txt", raw=b" \n\n ", kind="text")
    with pytest.raises(NoText):
        build_article(page, " \n\n ", None, plain=True)
