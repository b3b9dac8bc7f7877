from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.errors import BadInput
from communique.model import Page
from communique.structure import Furniture, build_article

LINES = st.sampled_from(
    [
        "",
        "Share Tweet Email",
        "12:34 GMT08 August 2020",
        "The Minister Arrives",
        "MOSCOW (Sputnik) — The talks began.",
        "Officials said the talks would continue on Friday, after a long delay.",
        "a, b, c, d",
        "Tags: x",
        "Read more: Something Happened Today",
        "\u00a0\u2009",
        "“Quoted,” he said.",
        "Related",
    ]
)
PAGE_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(LINES, st.text(max_size=60)), max_size=25).map("\n".join),
)


@settings(max_examples=300, deadline=None)
@given(PAGE_TEXT, st.booleans())
def test_build_article_never_raises_and_spans_match(text: str, plain: bool) -> None:
    page = Page(origin="any.txt", raw=text.encode("utf-8", "surrogatepass"), kind="text")
    furniture = Furniture()
    furniture.observe("any", text)
    try:
        article = build_article(page, text, furniture, plain=plain)
    except BadInput:
        return
    assert article.paragraphs
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
    if plain:
        assert len(article.text) == len(text)
    else:
        assert article.text == "\n\n".join(span.text for span in article.paragraphs)
        for heading in article.headings:
            assert 0 <= heading.before_paragraph <= len(article.paragraphs)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=300))
def test_html_never_raises_but_no_text(text: str) -> None:
    html = f"<html><body><article><p>{text}</p></article></body></html>"
    page = Page(origin="any.html", raw=html.encode("utf-8", "surrogatepass"), kind="html")
    try:
        article = build_article(page, html, None)
    except BadInput:
        return
    for span in article.paragraphs:
        assert article.text[span.start : span.end] == span.text
