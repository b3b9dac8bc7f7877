"""The two seed pages: every direct quotation attributed to the right speaker mention."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import actors
from communique.model import Article, Quote
from communique.quotations import find_quotes

pytestmark = pytest.mark.slow

# Speaker mentions of the seeds' direct quotations, in text order, as written.
EXPECTED_SPEAKERS = {
    "000": ["Abe", "Ushakov", "Trutnev", "Lavrov", "Peskov", "the spokesman"],
    "001": ["professor Ueno", "he", "Ueno", "he", "Ueno", "he"],
}


def direct_quotes(path: Path, analyse) -> tuple[Article, list[Quote], list]:
    text = path.read_text(encoding="utf-8")
    article = Article(id=path.stem, hash="", origin=str(path), kind="text", text=text)
    analysis = analyse(text)
    entities = actors.find_entities(article, analysis)
    quotes = find_quotes(article, analysis, entities)
    return article, [q for q in quotes if q.kind == "direct"], entities


@pytest.mark.parametrize("seed", ["000", "001"])
def test_direct_quotes_have_the_right_speaker_spans(seed: str, seed_paths, analyse) -> None:
    path = next(p for p in seed_paths if p.name.startswith(f"{seed}_"))
    article, quotes, _ = direct_quotes(path, analyse)
    assert [q.speaker.text if q.speaker else None for q in quotes] == EXPECTED_SPEAKERS[seed]
    for quote in quotes:
        assert quote.speaker is not None
        assert article.text[quote.speaker.start:quote.speaker.end] == quote.speaker.text
        for start, end in quote.spans:
            assert 0 <= start < end <= len(article.text)


@pytest.mark.parametrize("seed", ["000", "001"])
def test_speakers_resolve_once_actors_find_entities(seed: str, seed_paths, analyse) -> None:
    path = next(p for p in seed_paths if p.name.startswith(f"{seed}_"))
    _, quotes, entities = direct_quotes(path, analyse)
    if not entities:
        pytest.skip("the actors stage finds no entities yet")
    surname = ""
    for quote, written in zip(quotes, EXPECTED_SPEAKERS[seed], strict=True):
        if written.split()[-1][0].isupper():
            surname = written.split()[-1]  # a role noun or pronoun refers back to it
        assert quote.speaker is not None and quote.speaker.name is not None, written
        assert quote.speaker.name.endswith(surname), (written, quote.speaker.name)
