"""A cheap language guess: English when English function words are frequent enough."""

from __future__ import annotations

from communique.structure import shape, vocab


def guess_language(text: str) -> str | None:
    """ "en" when English function words dominate a sample of the text, else None."""
    found = [word.lower() for word in shape.words(text[: vocab.LANGUAGE_SAMPLE_CHARS])]
    hits = sum(1 for word in found if word in vocab.ENGLISH_FUNCTION_WORDS)
    if hits >= vocab.ENGLISH_MIN_HITS and hits >= vocab.ENGLISH_MIN_SHARE * len(found):
        return "en"
    return None
