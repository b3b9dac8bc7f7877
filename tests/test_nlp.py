from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_analysis_offsets_point_into_the_text(analyse) -> None:
    text = "The council met on Monday.\n\nIts chair, Maria Okafor, spoke first."
    analysis = analyse(text)
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text
    first, second = analysis.sentences
    assert text[first.start : first.end] == "The council met on Monday."  # no blank lines
    assert text[second.start : second.end] == "Its chair, Maria Okafor, spoke first."
    assert any(n.text == "Maria Okafor" and n.label == "PERSON" for n in analysis.names)
    chair = next(t for t in analysis.tokens if t.text == "chair")
    assert analysis.tokens[chair.head].text == "spoke"
    assert analysis.token_at(text.index("Okafor")) is not None


def test_the_model_loads_once(analyse) -> None:
    from communique import nlp

    assert nlp.load_nlp() is nlp.load_nlp()
    assert nlp.model_info()["version"] == "3.8.0"
