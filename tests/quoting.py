"""Helpers shared by the quotation tests: run the stage on a sentence we wrote."""

from __future__ import annotations

from communique.model import Article, Quote
from communique.quotations import find_quotes


def quotes_of(analyse, text: str) -> list[Quote]:
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    return find_quotes(article, analyse(text), [])


def by_cue(analyse, text: str, cue: str) -> Quote:
    """The one quote whose cue is ``cue`` (fails, listing what was found, otherwise)."""
    found = [q for q in quotes_of(analyse, text) if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, [(q.cue, q.text) for q in quotes_of(analyse, text)]
    return found[0]
