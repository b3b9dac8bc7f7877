"""Group an article's name spans into entities (within-article identity of names).

Rules:

- persons: a name whose words appear, in order, inside a longer person name of the article
  ("Ortiz" in "Lena Ortiz", "Lula da Silva" in "Luiz Lula da Silva") belongs to it;
  when two longer names qualify ("John Smith", "Mary Smith"), the nearest one before the
  mention wins, else the nearest after it.  The canonical name is the longest form.
- countries: every name of one country ("Germany", "the Federal Republic of Germany") is
  one entity.
- organisations: an upper-case acronym in brackets right after a name ("... (NBGS)") is
  that organisation; a plural short form ("the Falklands") is its place; otherwise the same
  normalised text is the same entity.
"""

from __future__ import annotations

from communique.actors import gazetteer
from communique.actors.names import NameSpan, plural_short_forms
from communique.actors.vocab import HONORIFICS
from communique.model import Analysis


def _words(span: NameSpan) -> list[str]:
    return [w for w in span.key.split() if w not in HONORIFICS]


def _contains_in_order(longer: list[str], shorter: list[str]) -> bool:
    it = iter(longer)
    return all(word in it for word in shorter)


def _person_keys(people: list[NameSpan]) -> list[str]:
    """The key of each person span: the words of the longest name it belongs to."""
    words = [tuple(_words(span)) for span in people]
    longer_by_word: dict[str, list[int]] = {}
    for n, name in enumerate(words):
        if len(name) > 1:
            for word in set(name):
                longer_by_word.setdefault(word, []).append(n)

    def key(n: int) -> str:
        name = words[n]
        owners = [
            m for m in longer_by_word.get(name[-1], []) if name
            and len(words[m]) > len(name) and _contains_in_order(words[m], name)
        ] if name else []
        if not owners:
            return " ".join(name)
        before = [m for m in owners if people[m].start < people[n].start]
        nearest = (max(before, key=lambda m: people[m].start) if before
                   else min(owners, key=lambda m: people[m].start))
        return key(nearest)  # the owner is strictly longer, so this ends

    return [key(n) for n in range(len(people))]


def _acronyms(analysis: Analysis, spans: list[NameSpan]) -> dict[str, str]:
    """Acronym -> key of the name it follows in brackets: "Bank of X (BOX)"."""
    tokens = analysis.tokens
    found: dict[str, str] = {}
    for span in spans:
        i = span.last + 1
        if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")":
            acronym = tokens[i + 1].text
            if acronym.isupper() and len(acronym) > 1:
                found[acronym.lower()] = span.key
    return found


def acronym_spans(analysis: Analysis, spans: list[NameSpan]) -> list[NameSpan]:
    """Bracketed acronyms after an organisation name, as name spans of that organisation."""
    covered = {i for s in spans for i in range(s.first, s.last + 1)}
    extra = []
    for span in spans:
        i = span.last + 2
        if span.label == "ORG" and i in range(len(analysis.tokens)) and i not in covered:
            token = analysis.tokens[i]
            if analysis.tokens[i - 1].text == "(" and token.text.isupper() and len(token.text) > 1:
                extra.append(NameSpan(i, i, token.start, token.end, token.text, "ORG"))
    return extra


def group_names(analysis: Analysis, spans: list[NameSpan]) -> dict[str, list[NameSpan]]:
    """Entity key -> its name spans, in order of first mention."""
    people = [s for s in spans if s.label == "PERSON"]
    person_key = {id(span): key for span, key in zip(people, _person_keys(people), strict=True)}
    aliases = {**_acronyms(analysis, spans), **plural_short_forms(spans)}
    groups: dict[str, list[NameSpan]] = {}
    for span in sorted(spans, key=lambda s: s.start):
        if span.label == "PERSON":
            key = "PERSON:" + person_key[id(span)]
        elif span.label == "GPE" and gazetteer.is_country(span.text):
            key = "COUNTRY:" + (gazetteer.country_of(span.text) or span.key)
        else:
            key = f"{span.label}:" + aliases.get(span.key, span.key)
        groups.setdefault(key, []).append(span)
    return groups
