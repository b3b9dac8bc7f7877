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


def test_an_undoubled_consonant_means_the_stem_ends_in_e(analyse) -> None:
    text = ("Farmers staged a march and are hoping for talks; the rebels waged war, "
            "planned raids, visited towns and were shopping for arms. The mayor hopes "
            "so and fixes the roads.")
    lemmas = {t.text: t.lemma for t in analyse(text).tokens}
    assert (lemmas["staged"], lemmas["hoping"], lemmas["waged"]) == ("stage", "hope", "wage")
    assert (lemmas["hopes"], lemmas["fixes"]) == ("hope", "fix")
    # doubled or unstressed endings keep their stem
    assert (lemmas["planned"], lemmas["visited"], lemmas["shopping"]) == ("plan", "visit", "shop")


def test_verb_lemma_only_repairs_a_stem_the_lexicon_knows_with_e() -> None:
    from communique.nlp import verb_lemma

    verbs = frozenset({"stage", "stag", "raid"})
    assert verb_lemma("staged", "stag", "VBD", verbs) == "stage"
    assert verb_lemma("raided", "raid", "VBD", verbs) == "raid"  # "raide" is no verb
    assert verb_lemma("stags", "stag", "NNS", verbs) == "stag"  # not a verb form
