"""Who an actor phrase stands for: its head, its conjuncts, the countries named in it
(names of several words, the model's spans, nationality words), its sector from the
agent tables, and the entity of the actors stage it mentions.  ``resolve_actor`` turns
a phrase into an :class:`~communique.model.EventActor`; ``actors_of`` does so for each
conjunct ("Hungarian and Romanian officials")."""

from __future__ import annotations

from communique.actors import entity_at
from communique.actors.gazetteer import is_country, is_place
from communique.events.lexicon import Lexicon
from communique.events.tree import agent_of, prep_object
from communique.events.vocab import (
    AGENT_SECTOR_FALLBACK,
    AUTHOR_PREPOSITIONS,
    DIVIDED_COUNTRY_HALVES,
    EMPTY_ACTOR_LEMMAS,
    INQUIRY_HEADS,
    PAIR_NOUNS,
    PAIR_PERSON_NOUNS,
    PATRON_PARTICIPLES,
    PLACE_LABELS,
    QUANTITY_NOUNS,
    TOPIC_NAMED_HEADS,
)
from communique.model import Analysis, Entity, EventActor, NamedSpan, Token

# Parts of a noun phrase that say who the actor is (not clauses about it).
PHRASE_DEPS = frozenset({
    "compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case", "prep", "pobj",
    "appos", "npadvmod",
})
# Modifiers that may name the actor's country whatever the head noun is ("Japanese
# business", "Russia's agency"); a prepositional phrase only does so for agent nouns
# ("officials in Tokyo", but not "the agenda of the visit to Japan").
COUNTRY_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "appos"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# Only these parts of a phrase may give it a country ("the Japanese side", "Russia's
# agency", "officials in Tokyo"); never a clause about the actor.
COUNTRY_LABELS = frozenset({"GPE", "NORP", "LOC"})  # LOC: "the West Bank", "Gaza Strip"
# Names looked up among known people and bodies.
NAMED_ACTOR_LABELS = frozenset({"PERSON", "ORG", "FAC"})
# Longest run of capitalised words looked up as one name ("Palestine Liberation
# Organization" is longer but the model spans it; runs catch what it misses).
MAX_NAME_RUN = 3


def conjuncts(analysis: Analysis, head: int) -> list[int]:
    out = [head]
    for child in analysis.children(head):
        if analysis.tokens[child].dep == "conj":
            out.extend(conjuncts(analysis, child))
    return out


def phrase_tokens(analysis: Analysis, head: int) -> list[int]:
    """The actor's own noun phrase: its head and modifiers, no clauses or conjuncts."""
    keep = [head]
    for child in analysis.children(head):
        if analysis.tokens[child].dep in PHRASE_DEPS:
            keep.extend(analysis.subtree(child))
    return sorted(keep)


def countries_in(lexicon: Lexicon, analysis: Analysis, tokens: list[int]) -> list[str]:
    """Countries named in a phrase, in text order ("Russia's ambassador to Britain" is
    Russia's): names of several words ("Downing Street", "Bosnian Serb") hide the words
    in them; then the model's spans, and single words it missed."""
    found: list[tuple[int, str | None]] = []
    covered: set[int] = set()
    for first, last, code in _multiword_names(lexicon, analysis, tokens):
        covered.update(range(first, last + 1))
        found.append((first, code))
    inside = set(tokens) - covered
    low, high = (min(tokens), max(tokens)) if tokens else (0, -1)
    for name in analysis.names:
        if name.last_token < low or name.first_token > high:
            continue  # outside the phrase: most of an article's names
        span = set(range(name.first_token, name.last_token + 1))
        code = _name_country(lexicon, analysis, name) \
            if inside.intersection(span) and not covered.intersection(span) else None
        if code:
            found.append((name.first_token, code))
            covered.update(span)
    # names the model missed or spanned with more ("Hungarian", "Hamas", "Israel Radio")
    for i in sorted(inside - covered):
        token = analysis.tokens[i]
        if token.pos in ("PROPN", "ADJ", "NOUN") and token.text[:1].isupper():
            found.append((i, lexicon.country(token.text) or lexicon.named_group(token.text)))
    return list(dict.fromkeys(code for _, code in sorted(found, key=lambda f: f[0]) if code))


def _name_country(lexicon: Lexicon, analysis: Analysis, name: NamedSpan) -> str | None:
    if name.label in COUNTRY_LABELS:
        return lexicon.country(name.text) or lexicon.named_group(name.text) or (
            lexicon.demonym(name.text) if name.label == "NORP" else None)
    if name.label in NAMED_ACTOR_LABELS:
        # "the State Department" stands for its government as a capital does; "President
        # Clinton" is known with his title when the surname alone is ambiguous
        if _modifies_common_noun(analysis, name):
            # "Riot police": a capitalised word before a common noun, not a surname
            return lexicon.known_name(name.text) or lexicon.country(name.text)
        forms = [name.text]
        if name.label == "PERSON":
            forms += [_with_title(analysis, name), _without_title(lexicon, analysis, name)]
        return next((code for form in forms if form for code in [lexicon.named_actor(form)]
                     if code), None) or lexicon.country(name.text)
    return None


def _modifies_common_noun(analysis: Analysis, name: NamedSpan) -> bool:
    """A sentence's first word, capitalised only for being first, before a common noun."""
    token = analysis.tokens[name.last_token]
    head = analysis.tokens[token.head]
    first = analysis.sentence_of(token.i).first_token == token.i
    return first and name.first_token == name.last_token and token.dep == "compound" \
        and head.pos == "NOUN" and head.text.islower()


def _without_title(lexicon: Lexicon, analysis: Analysis, name: NamedSpan) -> str | None:
    """"King Hussein" -> "Hussein": a span that starts with a title (an agent noun)."""
    first = analysis.tokens[name.first_token]
    if name.first_token == name.last_token or not lexicon.sector(first.text):
        return None
    return analysis.text[analysis.tokens[name.first_token + 1].start : name.end]


def _with_title(analysis: Analysis, name: NamedSpan) -> str | None:
    """The name with the capitalised word before it ("King Hussein"), if there is one."""
    before = name.first_token - 1
    if before < 0 or not analysis.tokens[before].text[:1].isupper() \
            or analysis.tokens[before].ent_type:
        return None
    return f"{analysis.tokens[before].text} {name.text}"


def _multiword_names(
    lexicon: Lexicon, analysis: Analysis, tokens: list[int]
) -> list[tuple[int, int, str]]:
    """Runs of words from a capitalised one that the tables know as one name, longest
    first ("Downing Street", "Bosnian Serb", "Clinton administration")."""
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for size in range(MAX_NAME_RUN, 1, -1):
        for first in tokens:
            span = range(first, first + size)
            if taken.intersection(span) or not analysis.tokens[first].text[:1].isupper() \
                    or not all(i in tokens for i in span):
                continue
            text = analysis.text[analysis.tokens[first].start : analysis.tokens[span[-1]].end]
            code = lexicon.country(text) or lexicon.known_name(text)
            if code:
                out.append((first, span[-1], code))
                taken.update(span)
    return sorted(out)


def _country_tokens(
    lexicon: Lexicon, analysis: Analysis, head: int, sector: str | None
) -> list[int]:
    """The parts of an actor's phrase that may say its country; a patron is not one
    ("Iranian-backed guerrillas" are not Iran's own)."""
    keep = [head]
    for child in analysis.children(head):
        token = analysis.tokens[child]
        if token.lemma.lower() in PATRON_PARTICIPLES:
            continue
        if token.dep in COUNTRY_MODIFIER_DEPS or (token.dep == "prep" and sector):
            keep.extend(analysis.subtree(child))
    return sorted(i for i in keep if not names_only_a_topic(lexicon, analysis, i))


def names_only_a_topic(lexicon: Lexicon, analysis: Analysis, word: int) -> bool:
    """A place name in a compound whose head names a body, meeting or accord ("the Mosul
    oversight committee", "the Havana embassy panel", "the Maine caucus organisers") or
    an inquiry ("the Iraq inquiry"): it says what the body is about, not whose it is.
    A country's own name still names the party of a body or accord, a nationality word
    always does."""
    token = analysis.tokens[word]
    if token.dep != "compound" or not token.text[:1].isupper() or token.ent_type == "NORP":
        return False
    place = _place_name(analysis, word)
    if place is None:
        return False
    head = _compound_head(analysis, word)
    if head in INQUIRY_HEADS:
        return True
    return head in TOPIC_NAMED_HEADS and not is_country(place)


def _place_name(analysis: Analysis, word: int) -> str | None:
    """The place a word names: the model's place span around it, or the word itself when
    the gazetteer knows it as a place (inside an organisation's name: "the Mosul
    Committee"; never a nationality: "the Indian High Commission")."""
    span = _name_span(analysis, word)
    if span is not None and span.label in PLACE_LABELS:
        return span.text
    text = analysis.tokens[word].text
    return text if is_place(text) or is_country(text) else None


def _name_span(analysis: Analysis, word: int) -> NamedSpan | None:
    return next((name for name in analysis.names
                 if name.first_token <= word <= name.last_token), None)


def _compound_head(analysis: Analysis, word: int) -> str:
    """The lemma of the first noun a chain of compounds leads to that is a topic head
    ("Havana" -> "embassy" -> "panel"), or of the last one."""
    index = word
    while analysis.tokens[index].dep == "compound" and analysis.tokens[index].head != index:
        index = analysis.tokens[index].head
        lemma = analysis.tokens[index].lemma.lower()
        if lemma in TOPIC_NAMED_HEADS or lemma in INQUIRY_HEADS:
            return lemma
    return analysis.tokens[index].lemma.lower()


def sector_of(lexicon: Lexicon, analysis: Analysis, head: int) -> str | None:
    token = analysis.tokens[head]
    compounds = [analysis.tokens[c].text.lower() for c in analysis.children(head)
                 if analysis.tokens[c].dep == "compound"]
    for form in [" ".join([*compounds[-1:], token.lemma.lower()]), token.lemma.lower(),
                 token.text.lower()]:
        sector = lexicon.sector(form)
        if sector:
            return sector
    return AGENT_SECTOR_FALLBACK.get(token.lemma.lower())


def resolve_actor(
    lexicon: Lexicon, analysis: Analysis, head: int, entities: list[Entity]
) -> list[EventActor]:
    """One actor per country named by a single head ("Russian and Japanese leaders")."""
    token = analysis.tokens[head]
    if token.lemma.lower() in EMPTY_ACTOR_LEMMAS or token.pos in ("VERB", "AUX"):
        return []
    tokens = phrase_tokens(analysis, head)
    text = analysis.text[analysis.tokens[tokens[0]].start : analysis.tokens[tokens[-1]].end]
    entity = entity_at(entities, token.start, token.end)
    sector = (entity.sector if entity else None) or sector_of(lexicon, analysis, head)
    if entity and entity.country and not lexicon.ambiguous(name_at(analysis, head)):
        country = _known_before_a_town(lexicon, entity) or entity.country
        return [EventActor(text, entity.id, entity.name, country, sector)]
    countries = countries_in(lexicon, analysis, _without_person_names(
        lexicon, analysis, _country_tokens(lexicon, analysis, head, sector), entity)) \
        or _half_of_divided_country(lexicon, analysis, head)
    if not countries and _names_a_pair(analysis, head):
        return [EventActor(text, e.id, e.name, e.country, e.sector or sector)
                for e in _last_pair(entities, token)]
    name = entity.name if entity else None
    entity_id = entity.id if entity else None
    if not countries:
        if entity or sector or token.pos == "PROPN" or token.text.lower() in PERSONAL_PRONOUNS:
            return [EventActor(text, entity_id, name, None, sector)]
        return []  # "the prospects", "trade": not an actor
    if len(countries) > 1 and _coordinated_modifiers(analysis, head):
        return [EventActor(text, entity_id, name, code, sector) for code in countries]
    return [EventActor(text, entity_id, name, countries[0], sector)]


def _without_person_names(
    lexicon: Lexicon, analysis: Analysis, tokens: list[int], entity: Entity | None
) -> list[int]:
    """A person's name is no place: in "Jordan Whitfield" or "Mr. Lima" a word that is a
    country's name, or that the model read as a place, says no country.  Other words of
    the name still may ("Tajik" read as a name)."""
    if entity is None or entity.type != "PERSON":
        return tokens
    spans = [(m.start, m.end) for m in entity.mentions if m.kind == "name"]
    # "Ortiz" guessed from a surname table is someone else where the article names the
    # person in full ("Lena Ortiz") and the full name is known to no table
    unknown_in_full = lexicon.known_as_someone_else(entity.name)
    return [i for i in tokens
            if not any(s <= analysis.tokens[i].start < e for s, e in spans)
            or (not _place_word(analysis.tokens[i])
            and not (unknown_in_full and analysis.tokens[i].ent_type == "PERSON"))]


def _place_word(token: Token) -> bool:
    return token.ent_type in PLACE_LABELS or is_country(token.text)


def _known_before_a_town(lexicon: Lexicon, entity: Entity) -> str | None:
    """The country of a well-known person or body that a town shares its name with:
    the model may read "Obama" or "Morsi" as a place, and the small town of that name
    is seldom who acts in the news."""
    if entity.type not in PLACE_LABELS or is_country(entity.name):
        return None
    known = lexicon.known_name(entity.name)
    return known if known and known != entity.country else None


def _half_of_divided_country(lexicon: Lexicon, analysis: Analysis, head: int) -> list[str]:
    """"Seoul said the North had violated the armistice": "the North" or "the South" is
    a half of a divided country when the sentence names the country or its other half."""
    token = analysis.tokens[head]
    halves = DIVIDED_COUNTRY_HALVES.get(token.text.lower())
    if not halves or not token.text[:1].isupper() or token.i == \
            analysis.sentence_of(head).first_token:
        return []
    sentence = analysis.sentence_of(head)
    named = set(countries_in(lexicon, analysis, [
        i for i in range(sentence.first_token, sentence.last_token + 1) if i != head]))
    return [half for half, kin in halves.items() if named & kin][:1]


def _names_a_pair(analysis: Analysis, head: int) -> bool:
    """"the two leaders", "both sides": a plural that stands for two actors named before."""
    token = analysis.tokens[head]
    if token.lemma.lower() not in PAIR_NOUNS or token.tag != "NNS":
        return False
    return any(analysis.tokens[c].text.lower() in ("two", "both") for c in analysis.children(head))


def _last_pair(entities: list[Entity], token: Token) -> list[Entity]:
    """The two actors of different countries mentioned last before ``token``: the people
    for "leaders"/"ministers", the countries for "sides"/"countries"."""
    people = token.lemma.lower() in PAIR_PERSON_NOUNS
    wanted = {"PERSON"} if people else {"GPE"}
    seen: list[tuple[int, Entity]] = [
        (m.start, e) for e in entities if e.type in wanted and e.country
        # "both sides" are countries, not the city where they met
        and (people or is_country(e.name))
        for m in e.mentions if m.end <= token.start
    ]
    pair: list[Entity] = []
    for _, entity in sorted(seen, key=lambda item: item[0], reverse=True):
        if all(entity.country != other.country for other in pair):
            pair.append(entity)
        if len(pair) == 2:
            return pair
    return []


def _coordinated_modifiers(analysis: Analysis, head: int) -> bool:
    """"Russian and Japanese leaders": two nationality adjectives joined by "and"."""
    for child in analysis.children(head):
        if analysis.tokens[child].dep == "amod" and any(
            analysis.tokens[g].dep == "conj" for g in analysis.children(child)
        ):
            return True
    return False


def actors_of(
    lexicon: Lexicon, analysis: Analysis, head: int | None, entities: list[Entity]
) -> list[EventActor]:
    if head is None or analysis.tokens[head].ent_type in ("DATE", "TIME"):
        return []
    out: list[EventActor] = []
    head = _through_quantity(analysis, head)
    for conjunct in conjuncts(analysis, head):
        found = resolve_actor(lexicon, analysis, conjunct, entities)
        author = _author(analysis, conjunct) if not found else None
        out.extend(found or (resolve_actor(lexicon, analysis, author, entities)
                             if author is not None else []))
    return out


def _author(analysis: Analysis, head: int) -> int | None:
    """Who issued a text that is said to act: "the statement, issued by the ministry,
    accused ...", "a message from the king urged ..."."""
    for child in analysis.children(head):
        token = analysis.tokens[child]
        if token.dep == "acl" and agent_of(analysis, child) is not None:
            return agent_of(analysis, child)
    return prep_object(analysis, head, list(AUTHOR_PREPOSITIONS))


def _through_quantity(analysis: Analysis, head: int) -> int:
    """"thousands of workers" -> "workers"."""
    token = analysis.tokens[head]
    if token.lemma.lower() in QUANTITY_NOUNS or token.text.lower() in QUANTITY_NOUNS \
            or token.pos == "NUM":
        of_object = prep_object(analysis, head, ["of"])
        if of_object is not None:
            return of_object
    return head


def name_at(analysis: Analysis, token: int) -> str:
    """The model's name span a token is part of ("South Korea"), or the token's text."""
    span = _name_span(analysis, token)
    return analysis.tokens[token].text if span is None else span.text
