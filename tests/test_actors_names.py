"""Name repairs and one label per name: hand-built analyses, so each rule is pinned alone."""

from __future__ import annotations

from communique.actors import find_entities, names
from communique.model import Analysis, Article, NamedSpan, Sentence, Token

# (text, tag, pos); a None tag marks a whitespace token.
Word = tuple[str, str, str]


def hand_analysis(words: list[Word], spans: list[tuple[int, int, str]]) -> Analysis:
    """Tokens joined by single spaces (or the whitespace a SPACE token holds), one sentence."""
    text, tokens = "", []
    for i, (word, tag, pos) in enumerate(words):
        if text and pos != "SPACE" and not text.endswith("\n"):
            text += " "
        start = len(text)
        text += word
        tokens.append(Token(i, word, start, len(text), word, pos, tag, "dep", i))
    named = [
        NamedSpan(tokens[a].start, tokens[b].end, text[tokens[a].start:tokens[b].end], label, a, b)
        for a, b, label in spans
    ]
    for span in named:
        for i in range(span.first_token, span.last_token + 1):
            tokens[i].ent_type = span.label
    sentence = Sentence(0, len(text), 0, len(tokens) - 1)
    return Analysis(text=text, tokens=tokens, sentences=[sentence], names=named)


def propn(word: str) -> Word:
    return (word, "NNP", "PROPN")


def other(word: str, tag: str = "VBD", pos: str = "VERB") -> Word:
    return (word, tag, pos)


def labelled(analysis: Analysis) -> list[tuple[str, str]]:
    spans = names.assign_labels(analysis, names.collect_names(analysis))
    return [(s.text, s.label) for s in spans]


def test_split_first_name_and_surname_become_one_person() -> None:
    words = [propn("Anton"), propn("Berezin"), other("said")]
    analysis = hand_analysis(words, [(0, 0, "ORG"), (1, 1, "PERSON")])
    assert labelled(analysis) == [("Anton Berezin", "PERSON")]


def test_untagged_proper_noun_before_a_person_joins_it_but_a_title_does_not() -> None:
    words = [propn("Governor"), propn("Ilse"), propn("Marlow"), other("spoke")]
    analysis = hand_analysis(words, [(2, 2, "PERSON")])
    assert labelled(analysis) == [("Ilse Marlow", "PERSON")]


def test_a_name_never_crosses_a_line_break() -> None:
    words = [propn("Aland"), propn("Islands"), ("\n", "_SP", "SPACE"), propn("Weather")]
    analysis = hand_analysis(words, [(0, 3, "GPE")])
    assert [s.text for s in names.collect_names(analysis)] == ["Aland Islands"]


def test_leading_the_and_possessive_are_trimmed() -> None:
    words = [other("the", "DT", "DET"), propn("Nordic"), propn("Council"),
             other("'s", "POS", "PART")]
    analysis = hand_analysis(words, [(0, 3, "ORG")])
    assert [s.text for s in names.collect_names(analysis)] == ["Nordic Council"]


def test_organisation_cut_before_for_is_extended_and_stops_at_bracket() -> None:
    words = [propn("Baltic"), propn("Fund"), other("for", "IN", "ADP"), propn("Green"),
             propn("Shipping"), other("(", "-LRB-", "PUNCT"), propn("BFGS"),
             other(")", "-RRB-", "PUNCT")]
    analysis = hand_analysis(words, [(0, 6, "ORG")])
    assert [s.text for s in names.collect_names(analysis)] == ["Baltic Fund for Green Shipping"]


def test_surname_tagged_org_elsewhere_is_the_person() -> None:
    words = [propn("Clara"), propn("Voss"), other("spoke"), other("and", "CC", "CCONJ"),
             propn("Voss"), other("left")]
    analysis = hand_analysis(words, [(0, 1, "PERSON"), (4, 4, "ORG")])
    assert labelled(analysis) == [("Clara Voss", "PERSON"), ("Voss", "PERSON")]


def test_gazetteer_town_tagged_person_is_a_place() -> None:
    words = [other("arrived"), other("from", "IN", "ADP"), propn("Hamamatsu")]
    analysis = hand_analysis(words, [(2, 2, "PERSON")])
    assert labelled(analysis) == [("Hamamatsu", "GPE")]


def test_person_evidence_beats_the_gazetteer() -> None:
    # "Paris" is a city, but here it is a first name's surname with a title before it.
    words = [propn("Judge"), propn("Ellen"), propn("Paris"), other("ruled"), propn("Paris"),
             other("added")]
    analysis = hand_analysis(words, [(1, 2, "PERSON"), (4, 4, "GPE")])
    assert labelled(analysis) == [("Ellen Paris", "PERSON"), ("Paris", "PERSON")]


def test_unknown_name_after_place_preposition_keeps_model_place_label() -> None:
    words = [other("fishing"), other("off", "IN", "ADP"), propn("Qarnot"), other("and"),
             propn("Qarnot")]
    analysis = hand_analysis(words, [(2, 2, "LOC"), (4, 4, "PERSON")])
    assert labelled(analysis) == [("Qarnot", "LOC"), ("Qarnot", "LOC")]


def test_dates_and_numbers_are_not_actors() -> None:
    words = [propn("Monday"), other("three", "CD", "NUM")]
    analysis = hand_analysis(words, [(0, 0, "DATE"), (1, 1, "CARDINAL")])
    assert labelled(analysis) == []


def test_entities_are_numbered_in_order_of_first_mention() -> None:
    words = [propn("Clara"), propn("Voss"), other("visited"), propn("Hamamatsu"),
             other("and", "CC", "CCONJ"), propn("Voss"), other("left")]
    analysis = hand_analysis(words, [(0, 1, "PERSON"), (3, 3, "PERSON"), (5, 5, "ORG")])
    article = Article(id="t", hash="", origin="t", kind="text", text=analysis.text)
    entities = find_entities(article, analysis)
    assert [(e.id, e.name, e.type) for e in entities] == [
        ("e1", "Clara Voss", "PERSON"), ("e2", "Hamamatsu", "GPE")]
    assert entities[0].aliases() == ["Clara Voss", "Voss"]
    assert entities[1].country == "JPN"


def test_no_names_no_entities() -> None:
    analysis = Analysis(text="", tokens=[], sentences=[], names=[])
    assert find_entities(Article(id="t", hash="", origin="t", kind="text", text=""), analysis) == []


def test_plural_short_form_is_the_place_it_abbreviates() -> None:
    words = [propn("Falkland"), propn("Islands"), other("and", "CC", "CCONJ"),
             other("the", "DT", "DET"), ("Falklands", "NNPS", "PROPN")]
    analysis = hand_analysis(words, [(0, 1, "LOC"), (4, 4, "ORG")])
    article = Article(id="t", hash="", origin="t", kind="text", text=analysis.text)
    entities = find_entities(article, analysis)
    assert [(e.name, e.type) for e in entities] == [("Falkland Islands", "LOC")]
    assert entities[0].aliases() == ["Falkland Islands", "Falklands"]


def test_untagged_repeat_of_a_surname_is_the_person() -> None:
    words = [propn("Lena"), propn("Ortiz"), other("spoke"), other(".", ".", "PUNCT"),
             propn("Ortiz"), other("left")]
    analysis = hand_analysis(words, [(0, 1, "PERSON")])
    assert labelled(analysis) == [("Lena Ortiz", "PERSON"), ("Ortiz", "PERSON")]


def test_a_small_town_the_model_reads_as_a_person_is_the_person() -> None:
    # Navarro and Rocha are also towns (Argentina, Uruguay) of under 100,000 people.
    words = [propn("Navarro"), other("criticized"), propn("Rocha"), other("on"),
             other("Monday", "NNP", "PROPN")]
    analysis = hand_analysis(words, [(0, 0, "PERSON"), (2, 2, "PERSON")])
    assert labelled(analysis) == [("Navarro", "PERSON"), ("Rocha", "PERSON")]


def test_a_small_town_after_a_place_preposition_stays_a_place() -> None:
    words = [propn("Lena"), propn("Brandt"), other("spoke"), other("in", "IN", "ADP"),
             propn("Rocha")]
    analysis = hand_analysis(words, [(0, 1, "PERSON"), (4, 4, "PERSON")])
    assert ("Rocha", "GPE") in labelled(analysis)
