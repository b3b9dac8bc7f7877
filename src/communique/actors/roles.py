"""Roles, affiliation, country and sector of a named person or organisation.

A person's role comes only from three places, each tied to the name by the parse:

- the title before the name: "Polish Deputy Prime Minister Anna Nowak", "professor Nowak"
  (leading nationality words and a possessive country give the country and are cut off the
  role; an institution such as "Pentagon" stays in the role and gives country and sector;
  a possessive person, "Scholz's spokesman Hebestreit", is remembered as the possessor);
- an apposition: "X, an expert from Y University in Z" (role, affiliation, place), and the
  reverse "the governor of Brazil's central bank, X";
- a "who" relative clause with a copula: "X, who is also the presidential envoy to Y".

A role must end in a known role noun (agent data or ``vocab.ROLE_NOUN_SECTORS``), so an
unrelated noun next to a name never becomes a role.  Sector: the body the person serves
(an institution in the title, then the affiliation), else the role's own sector.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.actors import gazetteer, vocab
from communique.actors.names import NameSpan, is_title_word, previous_word
from communique.model import Analysis, Token


@dataclass(slots=True)
class Description:
    roles: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    affiliation: str | None = None
    institution_sector: str | None = None
    possessor: NameSpan | None = None
    gendered_words: list[str] = field(default_factory=list)


class SpanIndex:
    """Which named span covers a token (built once per article)."""

    def __init__(self, spans: list[NameSpan]) -> None:
        self._by_token: dict[int, NameSpan] = {}
        for span in spans:
            for i in range(span.first, span.last + 1):
                self._by_token[i] = span

    def at(self, i: int) -> NameSpan | None:
        return self._by_token.get(i)


def _title_tokens(analysis: Analysis, span: NameSpan) -> tuple[list[int], int | None]:
    """Tokens of the title right before the name, and the index of a possessive "'s"."""
    tokens = analysis.tokens
    attached = set(range(span.first, span.last + 1))
    collected: list[int] = []
    i = previous_word(analysis, span.first)
    while i is not None and tokens[i].sent == tokens[span.first].sent:
        token = tokens[i]
        if token.tag == "POS":
            return collected[::-1], i
        if token.pos not in ("PROPN", "NOUN", "ADJ") or token.head not in attached:
            break
        if token.dep not in vocab.TITLE_MODIFIER_DEPS:
            break
        collected.append(i)
        attached.add(i)
        i = previous_word(analysis, i)
    return collected[::-1], None


def _country_word(analysis: Analysis, i: int, index: SpanIndex) -> str | None:
    token = analysis.tokens[i]
    if is_title_word(token.text):
        return None
    span = index.at(i)
    if span is not None and span.label in ("NORP", "GPE"):
        return gazetteer.country_of(span.text)
    return gazetteer.country_of(token.text) if token.pos in ("ADJ", "PROPN") else None


def _role_sector(role: str) -> str | None:
    """A known multi-word agent ("attorney general") first, then the head noun alone."""
    words = role.replace("'s", "").split()
    if not words:  # a role read as a bare possessive ("'s") names no sector
        return None
    phrase_sector = gazetteer.agent_sector(words, min_words=2)
    if phrase_sector:
        return phrase_sector
    head = words[-1].lower()
    if head in vocab.ROLE_NOUN_SECTORS:
        return vocab.ROLE_NOUN_SECTORS[head]
    return gazetteer.agent_sector(words[-1:])


def org_sector(analysis: Analysis, span: NameSpan) -> str | None:
    """Sector of an organisation from its name and a descriptor right after it."""
    known = gazetteer.institution(span.text)
    if known:
        return known[1]
    following = [t.text.lower() for t in analysis.tokens[span.last + 1 : span.last + 3]]
    own = span.key.split()
    for n in (2, 1):
        descriptors = (" ".join(following[:n]), " ".join(own[-n:]))
        if any(d in vocab.MEDIA_PHRASES for d in descriptors):
            return "MEDIA"
    head = org_head_word(span.text)
    return vocab.ORG_HEAD_SECTORS.get(head) or gazetteer.agent_sector([head])


def org_head_word(name: str) -> str:
    """ "Bank" in "Nordic Bank for Green Shipping": the last word before "for"/"of"."""
    words = name.lower().split()
    for n, word in enumerate(words[1:], start=1):
        if word in ("for", "of"):
            return words[n - 1]
    return words[-1]


def org_country(analysis: Analysis, span: NameSpan) -> str | None:
    """Country of an organisation: a known institution, a country word first in its name,
    or a possessive country / nationality adjective right before it."""
    known = gazetteer.institution(span.text)
    if known and known[0]:
        return known[0]
    first_word = analysis.tokens[span.first].text
    if gazetteer.is_country(first_word) or analysis.tokens[span.first].ent_type == "NORP":
        return gazetteer.country_of(first_word)
    i = previous_word(analysis, span.first)
    if i is not None and analysis.tokens[i].tag == "POS":
        i = previous_word(analysis, i)
    if i is not None and analysis.tokens[i].ent_type in vocab.COUNTRY_LABELS:
        return gazetteer.country_of(analysis.tokens[i].text)
    return None


def describe_person(analysis: Analysis, span: NameSpan, index: SpanIndex) -> Description:
    found = Description()
    _read_title(analysis, span, index, found)
    for child in analysis.children(span.last):
        token = analysis.tokens[child]
        if token.dep == "appos" and _singular_role_noun(token):
            _read_apposition(analysis, child, index, found)
        elif token.dep == "relcl":
            _read_relative_clause(analysis, child, index, found)
    head = analysis.tokens[span.last]
    if head.dep == "appos" and _singular_role_noun(analysis.tokens[head.head]):
        _read_reverse_apposition(analysis, span, head.head, index, found)
    if found.sector is None:
        found.sector = found.institution_sector
    for role in found.roles:
        found.sector = found.sector or _role_sector(role)
    return found


def _singular_role_noun(token: Token) -> bool:
    """ "an expert", "the governor"; not "four senators" (a group the person is one of)."""
    return token.pos == "NOUN" and token.tag == "NN" and is_title_word(token.lemma)


def _read_title(analysis: Analysis, span: NameSpan, index: SpanIndex, found: Description) -> None:
    title, possessive = _title_tokens(analysis, span)
    owner = previous_word(analysis, possessive) if possessive is not None else None
    if owner is not None:
        _read_possessor(analysis, owner, index, found)
    while title and _country_word(analysis, title[0], index):
        found.country = found.country or _country_word(analysis, title[0], index)
        title = title[1:]
    for i in title:
        _note_institution(analysis, analysis.tokens[i].text, index.at(i), found)
    words = [i for i in title if analysis.tokens[i].text.lower() not in vocab.HONORIFICS]
    found.gendered_words.extend(analysis.tokens[i].text.lower() for i in title)
    if words and is_title_word(analysis.tokens[words[-1]].text):
        start, end = analysis.tokens[words[0]].start, analysis.tokens[words[-1]].end
        found.roles.append(analysis.text[start:end])


def _note_institution(
    analysis: Analysis, text: str, span: NameSpan | None, found: Description
) -> None:
    """An organisation in a title ("Pentagon aide", "Acme's chief executive") is the body
    the person serves: affiliation, and its country and sector when known."""
    known = gazetteer.institution(span.text if span else text)
    if known:
        found.country = found.country or known[0]
        found.institution_sector = found.institution_sector or known[1]
    if span is not None and span.label == "ORG":
        found.affiliation = found.affiliation or span.text
        found.country = found.country or org_country(analysis, span)
        found.institution_sector = found.institution_sector or org_sector(analysis, span)


def _read_possessor(analysis: Analysis, i: int, index: SpanIndex, found: Description) -> None:
    owner = index.at(i)
    text = owner.text if owner else analysis.tokens[i].text
    country = gazetteer.country_of(text)
    if country and (owner is None or owner.label in vocab.COUNTRY_LABELS):
        found.country = found.country or country
    elif owner is not None and owner.label == "PERSON":
        found.possessor = owner
    else:
        _note_institution(analysis, text, owner, found)


def _modifier_role(analysis: Analysis, noun: int, index: SpanIndex, found: Description) -> str:
    """The noun with its adjective/compound modifiers, nationality words moved to country."""
    tokens = analysis.tokens
    modifiers = [
        k
        for k in analysis.children(noun)
        if k < noun and tokens[k].dep in ("amod", "compound") and tokens[k].pos != "DET"
    ]
    kept = []
    for k in modifiers:
        country = _country_word(analysis, k, index)
        if country:
            found.country = found.country or country
        else:
            kept.append(k)
    start = tokens[kept[0]].start if kept else tokens[noun].start
    return analysis.text[start : tokens[noun].end]


def _read_apposition(analysis: Analysis, noun: int, index: SpanIndex, found: Description) -> None:
    found.roles.append(_modifier_role(analysis, noun, index, found))
    _read_affiliations(analysis, noun, index, found)


def _read_affiliations(analysis: Analysis, noun: int, index: SpanIndex, found: Description) -> None:
    """ "expert from Y", "chairwoman of Y": Y is the affiliation (or the country)."""
    for prep in analysis.children(noun):
        if analysis.tokens[prep].text.lower() not in vocab.AFFILIATION_PREPOSITIONS:
            continue
        for obj in analysis.children(prep):
            _read_affiliation(analysis, obj, index, found)


def _read_affiliation(analysis: Analysis, obj: int, index: SpanIndex, found: Description) -> None:
    span = index.at(obj)
    if span is None:
        return
    if span.label in vocab.COUNTRY_LABELS:
        found.country = found.country or gazetteer.country_of(span.text)
        return
    if span.label != "ORG":
        return
    found.affiliation = found.affiliation or span.text
    found.country = found.country or org_country(analysis, span)
    found.institution_sector = found.institution_sector or org_sector(analysis, span)
    for prep in analysis.children(span.last):
        if analysis.tokens[prep].text.lower() in vocab.PLACE_OF_AFFILIATION_PREPOSITIONS:
            for place in analysis.children(prep):
                place_span = index.at(place)
                if place_span is not None and place_span.label in vocab.PLACE_LABELS:
                    found.country = found.country or gazetteer.country_of(place_span.text)


def _read_relative_clause(
    analysis: Analysis, verb: int, index: SpanIndex, found: Description
) -> None:
    tokens = analysis.tokens
    kids = analysis.children(verb)
    if not any(tokens[k].text.lower() in vocab.RELATIVE_PRONOUNS for k in kids):
        return
    if tokens[verb].lemma not in vocab.COPULA_LEMMAS:
        return
    for k in kids:
        if tokens[k].dep == "attr" and tokens[k].pos == "NOUN" and is_title_word(tokens[k].lemma):
            found.roles.append(_phrase(analysis, k))
            _read_affiliations(analysis, k, index, found)
            return


def _phrase(analysis: Analysis, head: int, exclude: set[int] | frozenset[int] = frozenset()) -> str:
    """The head's subtree as text: leading fillers dropped, cut at the first comma."""
    members = [k for k in analysis.subtree(head) if k not in exclude]
    tokens = analysis.tokens
    while members and (
        tokens[members[0]].text.lower() in vocab.ROLE_FILLER_WORDS
        or tokens[members[0]].pos == "PUNCT"
    ):
        members = members[1:]
    kept: list[int] = []
    for k in members:
        if tokens[k].pos == "PUNCT" and k > head:
            break
        if not kept or k == kept[-1] + 1:
            kept.append(k)
    if not kept:
        return tokens[head].text
    return " ".join(analysis.text[tokens[kept[0]].start : tokens[kept[-1]].end].split())


def _read_reverse_apposition(
    analysis: Analysis, span: NameSpan, noun: int, index: SpanIndex, found: Description
) -> None:
    if not is_title_word(analysis.tokens[noun].lemma):
        return
    name_part = set(analysis.subtree(span.last))
    # "Ukraine's deputy minister": the possessor gives the country, not part of the role
    owners = {
        k
        for c in analysis.children(noun)
        if analysis.tokens[c].dep == "poss"
        for k in analysis.subtree(c)
    }
    found.roles.append(_phrase(analysis, noun, name_part | owners))
    for k in analysis.subtree(noun):
        if k in name_part:
            continue
        place = index.at(k)
        if place is not None and place.label in vocab.COUNTRY_LABELS:
            found.country = found.country or gazetteer.country_of(place.text)
