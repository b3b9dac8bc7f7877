"""Speaker resolution through the actors stage's entities (built by hand here)."""

from __future__ import annotations

import pytest

from communique.model import Article, Entity, Mention
from communique.quotations import find_quotes
from tests.quoting import by_cue

pytestmark = pytest.mark.slow


def mention(text: str, phrase: str, kind: str = "name", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, kind)


def test_pronoun_and_role_noun_speakers_resolve_to_their_entity(analyse) -> None:
    text = (
        "Port director Amara Osei opened the new terminal on Friday.\n\n"
        "“We can now handle twice the cargo,” the director said.\n\n"
        "“The cranes arrived in March,” she added.\n"
    )
    osei = Entity(
        id="e1",
        name="Amara Osei",
        type="PERSON",
        mentions=[
            mention(text, "Amara Osei"),
            mention(text, "the director", "title"),
            mention(text, "she", "pronoun"),
        ],
    )
    other = Entity(id="e2", name="Friday Group", type="ORG", mentions=[])
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    quotes = [q for q in find_quotes(article, analyse(text), [other, osei]) if q.kind == "direct"]
    assert [(q.speaker.text, q.speaker.entity, q.speaker.name) for q in quotes if q.speaker] == [
        ("the director", "e1", "Amara Osei"),
        ("she", "e1", "Amara Osei"),
    ]


def test_unresolved_speaker_keeps_its_text(analyse) -> None:
    text = "“Nobody told us about the closure,” a shop owner said."
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    (quote,) = find_quotes(article, analyse(text), [])
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.entity, quote.speaker.name) == (
        "a shop owner", None, None,
    )


def test_relative_pronoun_speaker_is_kept_and_resolved_through_its_noun(analyse) -> None:
    text = "The delegation met Ilse Varga, who said the border would stay open all winter."
    mentions = [mention(text, "Ilse Varga")]
    varga = Entity(id="e1", name="Ilse Varga", type="PERSON", mentions=mentions)
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    quotes = find_quotes(article, analyse(text), [varga])
    said = [q for q in quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1 and said[0].speaker is not None
    assert (said[0].speaker.text, said[0].speaker.name) == ("who", "Ilse Varga")


def test_a_participle_adding_to_a_report_is_the_reporters(analyse) -> None:
    text = "The coach said the team would train on Sunday, adding that two players were injured."
    quote = by_cue(analyse, text, "adding")
    assert quote.speaker is not None and quote.speaker.text == "The coach"
