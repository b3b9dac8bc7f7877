"""Who did it to whom: source and target of a trigger from the dependency parse.

Source is the subject (or, in the passive, the ``by`` agent; after a verb of receiving
what is given, the giver: "obtained a loan from China"); the subject of a complement is
the object that controls it ("urged Iraq to comply": Iraq complies).  The target is,
most explicit first: a party with a country among the direct object and the
prepositional phrases ("with X" first for joint acts, then "to", "against", "at", "on",
... "from", "out of"), a frontier's other side ("along its border with X"), the one
asked to act ("demanded that X withdraw"), the target of the complement ("threatened to
impose sanctions on X", "took to the streets to protest against X"), an actor with a
country inside the object ("denounced Serbia's crackdown", "an invitation to visit
Egypt"), and last a party without a country.  Acts done to a place take its country
("shelled a market in Chad"); a statement's venue never does.  A consultation reached
by travelling is hosted where one arrives ("arrived in Athens for talks").  A threat or
refusal is aimed at the party of its condition ("... if X went ahead"); one helped or
let act is the target ("help X rebuild"); one's own nationals abroad stand for where
they are held ("citizens held in Iran") and one's own embassy for its host; a protest is
aimed at where it is held ("in front of the Turkish embassy"), and a government named
without a country, protested by domestic actors, is theirs.  An act that is itself the
subject gives its target ("X's shelling of Y killed ...").

An actor is resolved to the actors-stage entity covering it when there is one;
otherwise its country comes from the sentence itself: a name of several words
("Downing Street", "Bosnian Serb"), a country name or nationality adjective inside the
actor's noun phrase ("Japanese Prime Minister", "officials in Tokyo", "the head of the
Palestinian delegation") mapped to ISO alpha-3, or a known person, group or body
("Hosni Mubarak", "King Hussein", "Hamas"); never a patron ("Iranian-backed").  Its
sector comes from the agent noun ("troops" -> MIL).  A nationality missing from the
tables is matched by its stem ("Icelandic" -> Iceland); a name two states share
("Congo") and codes outside ISO 3166 (Kosovo) give no country.  A bare domestic agent
("police", "opposition activists") takes the country of the place it acts in, or that
of the domestic body acting on it.  International organisations get no country.
Coordinated actors ("Lula and Scholz", "Brazilian and German leaders") are returned as
several actors.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from communique.actors import entity_at
from communique.actors.gazetteer import is_country
from communique.events.lexicon import Lexicon
from communique.events.vocab import (
    ADDRESSEE_TYPES,
    AGENT_SECTOR_FALLBACK,
    AUTHOR_PREPOSITIONS,
    BORDER_NOUNS,
    BORDER_PREPOSITIONS,
    CONDITION_MARKERS,
    CONDITION_TARGET_TYPES,
    DIVIDED_COUNTRY_HALVES,
    DOMESTIC_SECTORS,
    EMPTY_ACTOR_LEMMAS,
    JOINT_TYPES,
    MISSION_NOUNS,
    NESTED_TARGET_PREPOSITIONS,
    NOUN_DOER_VERBS,
    NOUN_PARTY_PREPOSITIONS,
    NOUN_TRIGGERS,
    OBJECT_DEPS,
    OWN_POSSESSIVES,
    PAIR_NOUNS,
    PAIR_PERSON_NOUNS,
    PASSIVE_SUBJECT_DEPS,
    PATRON_PARTICIPLES,
    PHRASAL_PREPOSITIONS,
    PLACE_TARGET_TYPES,
    PROTEST_SITE_PREPOSITIONS,
    QUANTITY_NOUNS,
    QUOTE_MARKS,
    RECEIVED_TYPES,
    RECEIVING_VERBS,
    REPORTED_PRONOUNS,
    REPORTING_VERBS,
    SMALL_CLAUSE_VERBS,
    SUBJECT_CONTROL_VERBS,
    SUBJECT_DEPS,
    TARGET_PREPOSITION_PREFERENCE,
    THREAT_PLACE_TYPES,
    TOPIC_VERBS,
    TRAVEL_VERBS,
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
# Links through which a target is looked for inside an object.
NESTED_DEPS = frozenset({"poss", "prep", "compound", "amod", "acl"})
# How deep inside an object a target is looked for ("calls by the rulers of X").
NESTED_TARGET_STEPS = 3
# Where an act happened: "in Cameroon", "at Geneva", "near Aleppo".
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A finite verb parsed as a clause on a noun ("The minister negotiated ..." misparsed):
# the noun is its subject.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Sector code of governments in the agent tables.
GOVERNMENT = "GOV"
# CAMEO root of protest (14): a protest noun is aimed at where it is held.
PROTEST_ROOT = "14"
# PLOVER mode of visiting (CAMEO 042/043): the host is where the visit goes.
VISIT_MODE = "visit"
# Inside the topic of a joint act only a partner is a party: "readiness to restore
# relations with X" (never "the issue of X" nor "talks in Lima").
JOINT_NESTED_PREPOSITIONS = frozenset({"with"})
JOINT_NESTED_DEPS = frozenset({"acl", "prep"})
# Names looked up among known people and bodies.
NAMED_ACTOR_LABELS = frozenset({"PERSON", "ORG", "FAC"})
# Longest run of capitalised words looked up as one name ("Palestine Liberation
# Organization" is longer but the model spans it; runs catch what it misses).
MAX_NAME_RUN = 3


@dataclass(frozen=True, slots=True)
class Roles:
    sources: list[EventActor]
    targets: list[EventActor]
    location: str | None = None


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


def _countries_in(lexicon: Lexicon, analysis: Analysis, tokens: list[int]) -> list[str]:
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


def _country_tokens(analysis: Analysis, head: int, sector: str | None) -> list[int]:
    """The parts of an actor's phrase that may say its country; a patron is not one
    ("Iranian-backed guerrillas" are not Iran's own)."""
    keep = [head]
    for child in analysis.children(head):
        token = analysis.tokens[child]
        if token.lemma.lower() in PATRON_PARTICIPLES:
            continue
        if token.dep in COUNTRY_MODIFIER_DEPS or (token.dep == "prep" and sector):
            keep.extend(analysis.subtree(child))
    return sorted(keep)


def _sector(lexicon: Lexicon, analysis: Analysis, head: int) -> str | None:
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
    sector = (entity.sector if entity else None) or _sector(lexicon, analysis, head)
    if entity and entity.country and not lexicon.ambiguous(_name_at(analysis, head)):
        return [EventActor(text, entity.id, entity.name, entity.country, sector)]
    countries = _countries_in(lexicon, analysis, _country_tokens(analysis, head, sector)) \
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


def _half_of_divided_country(lexicon: Lexicon, analysis: Analysis, head: int) -> list[str]:
    """"Seoul said the North had violated the armistice": "the North" or "the South" is
    a half of a divided country when the sentence names the country or its other half."""
    token = analysis.tokens[head]
    halves = DIVIDED_COUNTRY_HALVES.get(token.text.lower())
    if not halves or not token.text[:1].isupper() or token.i == \
            analysis.sentence_of(head).first_token:
        return []
    sentence = analysis.sentence_of(head)
    named = set(_countries_in(lexicon, analysis, [
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
        if token.dep == "acl" and _agent_of(analysis, child) is not None:
            return _agent_of(analysis, child)
    return _prep_object(analysis, head, list(AUTHOR_PREPOSITIONS))


def _reporter_of_pronoun(analysis: Analysis, clause: int, subject: int) -> int:
    """The subject of the reporting verb, when ``subject`` is a pronoun of its report."""
    token = analysis.tokens[subject]
    if token.text.lower() not in REPORTED_PRONOUNS and not _speakers_own(analysis, subject):
        return subject
    found = reporter_of(analysis, clause)
    return found if found is not None else subject


def _speakers_own(analysis: Analysis, subject: int) -> bool:
    """"X said his government was ready": a body the speaker's possessive names, with no
    country of its own, is the speaker's side."""
    return analysis.tokens[subject].ent_type not in COUNTRY_LABELS and any(
        analysis.tokens[c].dep == "poss" and analysis.tokens[c].text.lower() in OWN_POSSESSIVES
        for c in analysis.children(subject))


def reporter_of(analysis: Analysis, clause: int) -> int | None:
    """Subject of the verb reporting ``clause`` in indirect speech ("Peru said that ...")."""
    current = clause
    for _ in range(4):
        head = analysis.tokens[current]
        if head.dep != "ccomp" and head.dep not in ("xcomp", "conj", "acomp"):
            return None
        reporter = analysis.tokens[head.head]
        if head.dep == "ccomp" and reporter.lemma.lower() in REPORTING_VERBS:
            if _quoted(analysis, head.i):
                return None  # direct speech: "they" are others, not the speaker
            return _child(analysis, reporter.i, SUBJECT_DEPS)
        current = head.head
    return None


def reported_demand(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> Roles | None:
    """"Britain said Libya must hand over the suspects": Britain demands of Libya."""
    reporter = reporter_of(analysis, verb)
    subject = _child(analysis, verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if reporter is None or subject is None:
        return None
    sources = actors_of(lexicon, analysis, reporter, entities)
    targets = actors_of(lexicon, analysis, subject, entities)
    return Roles(sources, targets) if sources and targets else None


def _quoted(analysis: Analysis, clause: int) -> bool:
    """Whether a reported clause is direct speech (quotation marks around or in it)."""
    tokens = analysis.subtree(clause)
    head = analysis.tokens[clause].head
    around = [c for c in analysis.children(head) if analysis.tokens[c].dep == "punct"]
    return any(analysis.tokens[i].text in QUOTE_MARKS for i in [*tokens, *around])


def _through_quantity(analysis: Analysis, head: int) -> int:
    """"thousands of workers" -> "workers"."""
    token = analysis.tokens[head]
    if token.lemma.lower() in QUANTITY_NOUNS or token.text.lower() in QUANTITY_NOUNS \
            or token.pos == "NUM":
        of_object = _prep_object(analysis, head, ["of"])
        if of_object is not None:
            return of_object
    return head


def _child(analysis: Analysis, head: int, deps: frozenset[str] | set[str]) -> int | None:
    for child in analysis.children(head):
        if analysis.tokens[child].dep in deps:
            return child
    return None


def _prep_object(
    analysis: Analysis, head: int, preps: list[str] | tuple[str, ...]
) -> int | None:
    """Object of the first preposition (in the order given) attached to ``head``."""
    return next(iter(_prep_objects(analysis, head, preps)), None)


def _prep_objects(
    analysis: Analysis, head: int, preps: list[str] | tuple[str, ...]
) -> list[int]:
    """Objects of the prepositions attached to ``head``, in the order of ``preps``."""
    by_word = _prep_phrases(analysis, head)
    return [by_word[p] for p in preps if p in by_word]


def _prep_phrases(analysis: Analysis, head: int) -> dict[str, int]:
    """Preposition -> its object on ``head`` (the first of each word); "out of X" counts
    as one preposition.  Times are never objects here ("on Monday")."""
    by_word: dict[str, int] = {}
    for child in analysis.children(head):
        token = analysis.tokens[child]
        if token.dep not in ("prep", "dative"):
            continue
        word = token.text.lower()
        pobj = _child(analysis, child, {"pobj"})
        inner = _child(analysis, child, {"prep"}) if pobj is None else None
        if inner is not None:
            word = f"{word} {analysis.tokens[inner].text.lower()}"
            pobj = _child(analysis, inner, {"pobj"})
        if pobj is not None:
            word, pobj = _phrasal_preposition(analysis, word, pobj)
        if pobj is not None and word not in by_word \
                and analysis.tokens[pobj].ent_type not in ("DATE", "TIME"):
            by_word[word] = pobj
    return by_word


def _phrasal_preposition(analysis: Analysis, word: str, pobj: int) -> tuple[str, int]:
    """"in front of the embassy" -> ("outside", embassy), "in protest against X" ->
    ("against", X): a preposition made of a noun plays the part of a plain one."""
    noun = analysis.tokens[pobj].text.lower()
    for child in analysis.children(pobj):
        token = analysis.tokens[child]
        plain = PHRASAL_PREPOSITIONS.get(f"{word} {noun} {token.text.lower()}")
        inner = _child(analysis, child, {"pobj"}) if token.dep == "prep" else None
        if plain and inner is not None:
            return plain, inner
    return word, pobj


def subjects_of(analysis: Analysis, verb: int) -> list[int]:
    """All subjects: the parser sometimes attaches two coordinated subjects separately.
    A subject standing for its reporter ("X said his government was ready") is not
    a second one."""
    first = subject_of(analysis, verb)
    if first is None:
        return []
    own = _child(analysis, verb, SUBJECT_DEPS)
    others = [c for c in analysis.children(verb)
              if analysis.tokens[c].dep in SUBJECT_DEPS and c not in (first, own)]
    return [first, *others]


def subject_of(analysis: Analysis, verb: int) -> int | None:
    """Subject of a verb, inherited along xcomp/conj chains ("agreed to meet"); a raised
    passive subject counts ("they are expected to attend"); a pronoun in reported
    speech is the reporter ("Syria says it is willing to withdraw")."""
    current = verb
    for _ in range(4):
        deps = SUBJECT_DEPS if current == verb else SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        subject = _child(analysis, current, deps)
        if subject is None and current == verb:
            subject = _misparsed_subject(analysis, verb)
        if subject is not None:
            return _reporter_of_pronoun(analysis, current, subject)
        token = analysis.tokens[current]
        if token.dep == "relcl" or (token.dep == "acl" and token.tag in FINITE_TAGS):
            return token.head
        if _passive_participle_clause(analysis, current):
            return None  # "Asked about X, the minister said": the minister was asked
        if token.dep not in ("xcomp", "conj", "advcl", "acomp") or token.head == current:
            return None
        controller = _controlling_object(analysis, current) if token.dep == "xcomp" else None
        if controller is not None:
            return controller
        current = token.head
    return None


def _controlling_object(analysis: Analysis, complement: int) -> int | None:
    """"urged Iraq to comply", "called on Iraq to comply": Iraq is to comply, not the
    one urging ("promised Iraq to help" is the exception: the promiser helps)."""
    verb = analysis.tokens[complement].head
    if analysis.tokens[verb].lemma.lower() in SUBJECT_CONTROL_VERBS:
        return None
    obj = _child(analysis, verb, {"dobj", "dative"})
    if obj is not None and obj < complement:
        return obj
    called_on = _prep_object(analysis, verb, ["on", "upon"])
    return called_on if called_on is not None and called_on < complement else None


def _passive_participle_clause(analysis: Analysis, verb: int) -> bool:
    """A past participle opening a clause with no auxiliary ("Asked whether ...",
    "Pressed on the issue, ..."): the main clause's subject undergoes it, never does it."""
    token = analysis.tokens[verb]
    if token.tag != "VBN" or token.dep not in ("advcl", "acl"):
        return False
    return not any(analysis.tokens[c].dep in ("aux", "auxpass") for c in analysis.children(verb))


def _misparsed_subject(analysis: Analysis, verb: int) -> int | None:
    """"Turkey massed tanks ...": the model sometimes labels a name before a verb with no
    subject as an adverbial noun phrase; a proper name (not a date) there is the subject."""
    if any(analysis.tokens[c].dep in PASSIVE_SUBJECT_DEPS for c in analysis.children(verb)):
        return None
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if child < verb and token.dep == "npadvmod" and token.pos == "PROPN" \
                and token.ent_type not in ("DATE", "TIME"):
            return child
    return None


def verb_roles(
    lexicon: Lexicon, analysis: Analysis, verb: int, plover: str, entities: list[Entity],
    mode: str | None = None,
) -> Roles:
    passive_subject = _child(analysis, verb, PASSIVE_SUBJECT_DEPS)
    agent = _child(analysis, verb, {"agent"})
    source = _child(analysis, agent, {"pobj"}) if agent is not None else None
    target = passive_subject
    if passive_subject is None:
        sources = [a for s in subjects_of(analysis, verb)
                   for a in actors_of(lexicon, analysis, s, entities)]
    else:
        sources = actors_of(lexicon, analysis, source, entities)
    if passive_subject is not None:
        targets = actors_of(lexicon, analysis, target, entities)
    else:
        targets = _targets(lexicon, analysis, verb, plover, entities)
    if not sources and passive_subject is None:
        sources, targets = _parties_of_subject_act(lexicon, analysis, verb, entities, targets)
    elif passive_subject is None and not any(t.country for t in targets):
        # "The Israeli bombardment of southern Lebanon killed 12 people"
        targets = _target_of_subject_act(lexicon, analysis, verb, entities, sources) or targets
    place = location_of(analysis, verb)
    country = lexicon.country(place) if place else None
    giver = (_giver(lexicon, analysis, verb, entities)
             if passive_subject is None and plover in RECEIVED_TYPES else [])
    if giver:
        sources, targets = giver, sources  # "Cuba obtained a loan from China"
    if plover in JOINT_TYPES and len(sources) > 1 and (
            _no_party(targets) or _indirect_non_party(analysis, verb, targets)):
        targets = []  # "Greece and Turkey agreed on the Aegean": each is the other's party
    if not targets and _visit(analysis, verb, plover, mode):
        # "went to Lisbon for consultations": a visit is hosted by the place's country
        host = place or _visited_place(analysis, verb)
        host_country = lexicon.country(host) if host else None
        if host_country and all(s.country != host_country for s in sources):
            targets = [EventActor(host or "", country=host_country)]
    sources, targets = _domestic(sources, targets, country)
    if country and plover in PLACE_TARGET_TYPES:
        # "attacked a village in Cameroon": what is attacked there belongs to Cameroon
        targets = [replace(t, country=t.country or country) for t in targets] or [
            EventActor(place or "", country=country)
        ]
    return Roles(sources, targets, place)


def _parties_of_subject_act(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity],
    targets: list[EventActor],
) -> tuple[list[EventActor], list[EventActor]]:
    """"Talks between Israeli and Syrian negotiators resumed": a subject that is itself
    an act names the parties ("between A and B", "A's offensive against B")."""
    subject = subject_of(analysis, verb)
    if subject is None or analysis.tokens[subject].pos != "NOUN":
        return [], targets
    act = noun_roles(lexicon, analysis, subject, entities)
    if not act.sources:
        return [], targets
    return act.sources, act.targets or targets


def _target_of_subject_act(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity],
    sources: list[EventActor],
) -> list[EventActor]:
    """The target of an act that is the subject ("X's shelling of Y killed ..."), when it
    is another country than the doer's; an agent ("the Israeli envoy") is no act."""
    subject = subject_of(analysis, verb)
    if subject is None or analysis.tokens[subject].pos != "NOUN" \
            or _sector(lexicon, analysis, subject):
        return []
    own = {s.country for s in sources}
    act = noun_roles(lexicon, analysis, subject, entities)
    return [t for t in act.targets if t.country and t.country not in own]


def _indirect_non_party(analysis: Analysis, verb: int, targets: list[EventActor]) -> bool:
    """"Cambodia and Thailand agreed to withdraw troops": with no country, what the
    complement acts on is no party of the joint act; its object or "with" would be."""
    if any(t.country for t in targets):
        return False
    direct = _child(analysis, verb, OBJECT_DEPS) is not None \
        or _prep_object(analysis, verb, ["with"]) is not None
    return not direct


def _giver(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> list[EventActor]:
    """Who gives what the subject of a verb of receiving gets ("received aid from X")."""
    if analysis.tokens[verb].lemma.lower() not in RECEIVING_VERBS:
        return []
    heads = [verb]  # "from X" on the verb, its object or a phrase in it ("aid from X")
    for _ in range(NESTED_TARGET_STEPS):
        giver = next((g for g in (_prep_object(analysis, h, ["from"]) for h in heads)
                      if g is not None), None)
        if giver is not None:
            return actors_of(lexicon, analysis, giver, entities)
        heads = [_child(analysis, c, {"pobj"}) if analysis.tokens[c].dep == "prep" else c
                 for h in heads for c in analysis.children(h)
                 if analysis.tokens[c].dep in ("dobj", "prep")]
        heads = [h for h in heads if h is not None]
    return []


def _domestic(
    sources: list[EventActor], targets: list[EventActor], place_country: str | None
) -> tuple[list[EventActor], list[EventActor]]:
    """Domestic agents named without a nationality take the country of the place they
    act in ("police in a Dhaka street"), or a target that of the domestic body acting on
    it ("Turkish police detained opposition activists")."""
    if place_country:
        sources = [_with_country(s, place_country) for s in sources]
    home = {s.country for s in sources if s.country and s.sector in DOMESTIC_SECTORS}
    if len(home) == 1 and all(s.country in home for s in sources):
        targets = [_with_country(t, next(iter(home))) for t in targets]
    return sources, targets


def _with_country(actor: EventActor, country: str) -> EventActor:
    """A bare domestic agent ("police", "opposition activists") with the country given;
    one with a name in it ("UN officials", "Red Cross workers") is left alone."""
    named = any(word[:1].isupper() for word in actor.text.split()[1:])
    if actor.country or named or actor.sector not in DOMESTIC_SECTORS:
        return actor
    return replace(actor, country=country)


def _no_party(targets: list[EventActor]) -> bool:
    """Targets that are no party to a joint act: neither a country nor a kind of agent."""
    return bool(targets) and all(t.country is None and t.sector is None for t in targets)


def _visit(analysis: Analysis, verb: int, plover: str, mode: str | None) -> bool:
    """A visit, or a consultation reached by travelling ("arrived in Athens for talks")."""
    lemma = analysis.tokens[verb].lemma.lower()
    return mode == VISIT_MODE or (plover == "CONSULT" and lemma in TRAVEL_VERBS)


def location_of(analysis: Analysis, verb: int) -> str | None:
    """Where the act took place: a place name after "in", "at" or "near" on the verb, or
    on its object ("declared a curfew in Haiti")."""
    heads = [verb, *[c for c in analysis.children(verb) if analysis.tokens[c].dep == "dobj"]]
    for child in (c for head in heads for c in analysis.children(head)):
        token = analysis.tokens[child]
        if token.dep != "prep" or token.text.lower() not in PLACE_PREPOSITIONS:
            continue
        place = _child(analysis, child, {"pobj"})
        if place is not None and analysis.tokens[place].ent_type in PLACE_LABELS:
            return _name_at(analysis, place)
    return None


def _visited_place(analysis: Analysis, verb: int) -> str | None:
    """The place name after "to" on a verb of travel ("went to Lisbon")."""
    place = _prep_object(analysis, verb, ["to"])
    if place is None or analysis.tokens[place].ent_type not in PLACE_LABELS:
        return None
    return _name_at(analysis, place)


def _name_at(analysis: Analysis, token: int) -> str:
    for name in analysis.names:
        if name.first_token <= token <= name.last_token:
            return name.text
    return analysis.tokens[token].text


def _targets(
    lexicon: Lexicon, analysis: Analysis, verb: int, plover: str, entities: list[Entity],
    depth: int = 0,
) -> list[EventActor]:
    """Targets of a verb, the most explicit first: a party with a country among the
    object and prepositional phrases, a border, the one asked to act, the target of the
    complement ("offered to hand over X to Britain"), an actor inside the object, and
    last a party without a country."""
    candidates = _target_candidates(analysis, verb, plover)
    found_at = [(c, actors) for c in candidates
                for actors in [actors_of(lexicon, analysis, c, entities)] if actors]
    found = [actors for _, actors in found_at]
    # "mobilized troops on the Ukrainian border": a party with a country beats a bare one
    with_country = next(((c, actors) for c, actors in found_at
                         if any(a.country for a in actors)), None)
    if with_country:
        return _held_abroad(lexicon, analysis, verb, *with_country, entities)
    border = _border_target(lexicon, analysis, verb, entities)
    if border:
        return border
    addressee = _addressee(lexicon, analysis, verb, plover, entities)
    if addressee and (any(a.country for a in addressee) or not found):
        # "complained to the UN that Kuwait was stealing oil": Kuwait is accused
        return addressee
    helped = _small_clause_party(lexicon, analysis, verb, entities)
    if helped:
        return helped
    complement = _infinitive_complement(analysis, verb)
    purpose = (_complement_targets(lexicon, analysis, complement, plover, entities, depth + 1)
               if complement is not None and depth < 2 else [])
    if any(t.country for t in purpose):
        return purpose  # "took to the streets of Lahore to protest against X"
    conditioned = _conditioned_party(lexicon, analysis, verb, complement, plover, entities)
    if conditioned:
        return conditioned
    nested = _nested_in_candidates(lexicon, analysis, verb, plover, candidates, entities)
    return nested or (found[0] if found else purpose) \
        or _government_inside(lexicon, analysis, candidates, plover, entities)


def _own_countries(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> set[str | None]:
    return {a.country for s in subjects_of(analysis, verb)
            for a in actors_of(lexicon, analysis, s, entities)}


def _held_abroad(
    lexicon: Lexicon, analysis: Analysis, verb: int, candidate: int | None,
    actors: list[EventActor], entities: list[Entity],
) -> list[EventActor]:
    """"demanded the release of French citizens held in Iran": the doer's own nationals
    stand for where they are held, when that is another country."""
    own = _own_countries(lexicon, analysis, verb, entities)
    if candidate is None or not own or any(a.country and a.country not in own for a in actors):
        return actors
    for i in analysis.subtree(candidate):
        if analysis.tokens[i].ent_type not in PLACE_LABELS:
            continue
        place = _name_at(analysis, i)
        country = lexicon.country(place)
        if country and country not in own:
            return [EventActor(place, country=country)]
    return actors


def _government_inside(
    lexicon: Lexicon, analysis: Analysis, candidates: list[int | None], plover: str,
    entities: list[Entity],
) -> list[EventActor]:
    """"protested against the government's tax plans": a government named without a
    country inside what is protested (its country comes later from domestic doers)."""
    if plover != "PROTEST":
        return []
    for candidate in (c for c in candidates if c is not None):
        for i in analysis.subtree(candidate):
            if analysis.tokens[i].pos == "NOUN" and _sector(lexicon, analysis, i) == GOVERNMENT:
                return resolve_actor(lexicon, analysis, i, entities)
    return []


def _small_clause_party(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> list[EventActor]:
    """"help Zimbabwe rebuild", "let Chinese firms build": who is helped or let act."""
    if analysis.tokens[verb].lemma.lower() not in SMALL_CLAUSE_VERBS:
        return []
    clause = _child(analysis, verb, {"ccomp"})
    subject = _child(analysis, clause, SUBJECT_DEPS) if clause is not None else None
    return [a for a in actors_of(lexicon, analysis, subject, entities) if a.country]


def _conditioned_party(
    lexicon: Lexicon, analysis: Analysis, verb: int, complement: int | None, plover: str,
    entities: list[Entity],
) -> list[EventActor]:
    """"threatened to use force if X went ahead with the dam": a threat is aimed at the
    one whose act is its condition (never the threatener itself)."""
    if plover not in CONDITION_TARGET_TYPES:
        return []
    own = _own_countries(lexicon, analysis, verb, entities)
    for head in (h for h in (verb, complement) if h is not None):
        for clause in analysis.children(head):
            if analysis.tokens[clause].dep != "advcl" or not any(
                    analysis.tokens[c].dep == "mark"
                    and analysis.tokens[c].text.lower() in CONDITION_MARKERS
                    for c in analysis.children(clause)):
                continue
            party = [a for a in actors_of(lexicon, analysis, subject_of(analysis, clause),
                                          entities) if a.country and a.country not in own]
            if party:
                return party
    return []


def _nested_in_candidates(
    lexicon: Lexicon, analysis: Analysis, verb: int, plover: str,
    candidates: list[int | None], entities: list[Entity],
) -> list[EventActor]:
    """An actor with a country inside the object or a prepositional phrase: "strike
    fighters in Syria", "food to refugees in Sudan", "fired at targets in Jericho".
    A joint act's other party is named by "with" or coordination, never inside its topic
    ("discussed the issue of X") or venue ("talks in Lima"), though its own object may
    name it in a clause ("accepted an invitation to visit Egypt").  A statement's venue
    is not what it is about ("criticised X at a news conference in Vienna"): only a
    material act is aimed at where it happens."""
    joint = plover in JOINT_TYPES
    preps = JOINT_NESTED_PREPOSITIONS if joint \
        else NESTED_TARGET_PREPOSITIONS | PLACE_PREPOSITIONS
    deps = JOINT_NESTED_DEPS if joint else NESTED_DEPS
    venues = set() if plover in THREAT_PLACE_TYPES \
        else set(_prep_objects(analysis, verb, sorted(PLACE_PREPOSITIONS)))
    for candidate in (c for c in candidates if c not in venues):
        targets = _nested_target(lexicon, analysis, candidate, entities, preps, deps)
        if targets:
            return _held_abroad(lexicon, analysis, verb, candidate, targets, entities)
    return []


def _complement_targets(
    lexicon: Lexicon, analysis: Analysis, complement: int, plover: str, entities: list[Entity],
    depth: int,
) -> list[EventActor]:
    """Targets of the act a verb announces; a threat to strike people somewhere is aimed
    at that place's country ("vowed to strike fighters in Syria")."""
    targets = _targets(lexicon, analysis, complement, plover, entities, depth)
    place = location_of(analysis, complement) if plover in THREAT_PLACE_TYPES else None
    country = lexicon.country(place) if place else None
    if country:
        targets = [replace(t, country=t.country or country) for t in targets] or [
            EventActor(place or "", country=country)]
    return targets


def _addressee(
    lexicon: Lexicon, analysis: Analysis, verb: int, plover: str, entities: list[Entity]
) -> list[EventActor]:
    """"demanded that the United States match ...": the one asked to act; when that is
    the speaker's own side ("warned that Seoul would retaliate against X"), what its
    act is aimed at."""
    clause = _child(analysis, verb, {"ccomp"}) or _for_clause(analysis, verb)
    if clause is None or plover not in ADDRESSEE_TYPES:
        return []
    clause_subject = subject_of(analysis, clause)
    addressee = actors_of(lexicon, analysis, clause_subject, entities)
    own = _own_countries(lexicon, analysis, verb, entities)
    # "denied that its aircraft had violated Lebanese airspace": the speaker's own side
    owned = clause_subject is not None and _own(analysis, clause_subject) \
        and not any(a.country for a in addressee)
    if owned or (addressee and all(a.country and a.country in own for a in addressee)):
        aimed_at = _targets(lexicon, analysis, clause, plover, entities, depth=1)
        return [a for a in aimed_at if a.country not in own]
    return addressee


def _for_clause(analysis: Analysis, verb: int) -> int | None:
    """"called for North Korea to free ...": a "for" clause names who is to act."""
    for child in analysis.children(verb):
        if analysis.tokens[child].dep == "advcl" and any(
                analysis.tokens[c].dep == "mark" and analysis.tokens[c].text.lower() == "for"
                for c in analysis.children(child)):
            return child
    return None


def _infinitive_complement(analysis: Analysis, verb: int) -> int | None:
    """"threatened to close the border": the xcomp, or a "to" clause parsed as advcl;
    after a copula, the adjective's ("is willing to restore relations with X")."""
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep == "xcomp" or (token.dep == "advcl" and any(
                analysis.tokens[c].dep == "aux" and analysis.tokens[c].text.lower() == "to"
                for c in analysis.children(child))):
            return child
    adjective = _child(analysis, verb, {"acomp"})
    return _child(analysis, adjective, {"xcomp"}) if adjective is not None else None


def _nested_target(
    lexicon: Lexicon, analysis: Analysis, head: int | None, entities: list[Entity],
    preps: frozenset[str] | set[str], deps: frozenset[str] = NESTED_DEPS,
) -> list[EventActor]:
    """An actor with a country inside an object that is not one: "denounced Serbia's
    crackdown", "shelled positions of the Bosnian army", "called for sanctions against
    Iran" (breadth first, through possessors and prepositional objects)."""
    queue = [head] if head is not None else []
    for _ in range(NESTED_TARGET_STEPS):
        following: list[int] = []
        for node in queue:
            for child in analysis.children(node):
                dep = analysis.tokens[child].dep
                word = analysis.tokens[child].text.lower()
                if dep == "prep" and word not in preps:
                    continue
                inner = {"prep": lambda c: _child(analysis, c, {"pobj"}),
                         # "an invitation to visit Egypt", "a plan to attack X"; "the
                         # prisoners held by X": the one holding them
                         "acl": lambda c: _acl_party(analysis, c),
                         }.get(dep, lambda c: c)(child)
                if inner is None or dep not in deps:
                    continue
                found = [a for a in actors_of(lexicon, analysis, inner, entities) if a.country]
                if found:
                    return found
                following.append(inner)
        queue = following
    return []


def _acl_party(analysis: Analysis, clause: int) -> int | None:
    """The object of a clause on a noun, else its passive agent."""
    obj = _child(analysis, clause, {"dobj"})
    return obj if obj is not None else _agent_of(analysis, clause)


def _agent_of(analysis: Analysis, participle: int) -> int | None:
    """The ``by`` agent of a passive participle ("held by Israel" -> Israel)."""
    agent = _child(analysis, participle, {"agent"})
    return _child(analysis, agent, {"pobj"}) if agent is not None else None


def _target_candidates(analysis: Analysis, verb: int, plover: str) -> list[int | None]:
    """Where the target may be, best first: "talks with X", the object, "to X", and a
    preposition on the object ("made concessions to X", "signed a deal with X")."""
    preps = TARGET_PREPOSITION_PREFERENCE
    obj = _child(analysis, verb, OBJECT_DEPS)
    if plover in JOINT_TYPES and analysis.tokens[verb].lemma.lower() in TOPIC_VERBS:
        obj = None  # a topic, not a party
    own = obj is not None and _own(analysis, obj)
    joint = _prep_object(analysis, verb, ["with"]) if plover in JOINT_TYPES else None
    on_object = _prep_object(analysis, obj, preps) if obj is not None else None
    site = (_prep_object(analysis, verb, sorted(PROTEST_SITE_PREPOSITIONS))
            if plover == "PROTEST" else None)
    # "held three hours of talks with X", "a series of raids on X"
    of_noun = _prep_object(analysis, obj, ["of"]) if obj is not None else None
    on_of_noun = _prep_object(analysis, of_noun, preps) if of_noun is not None else None
    mine = _mission_host(analysis, obj) if own and obj is not None else None
    return [joint, mine if own else obj, *_prep_objects(analysis, verb, preps), on_object,
            site, on_of_noun]


def _mission_host(analysis: Analysis, post: int) -> int | None:
    """"closed its embassy in Baghdad": one's own post abroad stands for its host."""
    if analysis.tokens[post].lemma.lower() not in MISSION_NOUNS:
        return None
    return _prep_object(analysis, post, ["in", "at"])


def _own(analysis: Analysis, head: int) -> bool:
    """"its troops", "their ambassador": the doer's own, unless a nationality says it is
    another's ("his South Korean counterpart")."""
    return any(analysis.tokens[c].text.lower() in OWN_POSSESSIVES
               for c in analysis.children(head)) and not _nationality_modifier(analysis, head)


def _border_target(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> list[EventActor]:
    """"massed troops along its border with X", "near the Lebanese border": the country
    on the other side of a frontier the act is placed at."""
    heads = [verb, *[c for c in analysis.children(verb) if analysis.tokens[c].dep == "dobj"]]
    for head in heads:
        for child in analysis.children(head):
            token = analysis.tokens[child]
            border = _child(analysis, child, {"pobj"}) if token.dep == "prep" else None
            if border is None or token.text.lower() not in BORDER_PREPOSITIONS \
                    or analysis.tokens[border].lemma.lower() not in BORDER_NOUNS:
                continue
            other = _prep_object(analysis, border, ["with", "of"])
            if other is not None:
                found = [a for a in actors_of(lexicon, analysis, other, entities) if a.country]
            elif _own(analysis, border):
                found = []
            else:
                codes = _countries_in(lexicon, analysis, [
                    c for c in analysis.children(border)
                    if analysis.tokens[c].dep in ("amod", "compound", "poss")])
                found = [EventActor(analysis.tokens[border].text, country=c) for c in codes]
            if found:
                return found
    return []


def _nationality_modifier(analysis: Analysis, head: int) -> bool:
    """"his South Korean counterpart" is another party, not one's own."""
    return any(analysis.tokens[c].dep in ("amod", "compound")
               and analysis.tokens[c].ent_type in COUNTRY_LABELS
               for c in analysis.children(head))


def _doer_through_verb(analysis: Analysis, noun: int) -> int | None:
    """"activists staged a protest", "flew to Beijing for talks": the subject of a verb
    that undertakes the act the noun names (never of one that judges it: "condemned
    the attack" is not the condemner's attack)."""
    token = analysis.tokens[noun]
    verb = token.head
    if token.dep == "pobj":
        verb = analysis.tokens[token.head].head
    elif token.dep != "dobj":
        return None
    governor = analysis.tokens[verb]
    if verb == noun or not {governor.lemma.lower(), governor.text.lower()} & NOUN_DOER_VERBS:
        return None
    return subject_of(analysis, verb)


def _protest_noun(analysis: Analysis, noun: int) -> bool:
    token = analysis.tokens[noun]
    code = NOUN_TRIGGERS.get(token.text.lower()) or NOUN_TRIGGERS.get(token.lemma.lower())
    return bool(code) and code.startswith(PROTEST_ROOT)


def noun_roles(lexicon: Lexicon, analysis: Analysis, noun: int, entities: list[Entity]) -> Roles:
    """Parties of a meeting noun: "the chancellor's visit to Brazil", "talks between A and B"."""
    owner = _child(analysis, noun, {"poss"})
    if owner is not None and analysis.tokens[owner].ent_type in ("DATE", "TIME"):
        owner = None
    sources = actors_of(lexicon, analysis, owner, entities)
    if not sources:  # "a visit by the Chinese premier to Japan"
        sources = actors_of(lexicon, analysis, _prep_object(analysis, noun, ["by"]), entities)
    if not sources:
        sources = actors_of(lexicon, analysis, _doer_through_verb(analysis, noun), entities)
    if not sources:
        countries = _countries_in(lexicon, analysis, [c for c in analysis.children(noun)
                                                      if analysis.tokens[c].dep == "amod"])
        sources = [EventActor(analysis.tokens[noun].text, country=c) for c in countries]
    targets: list[EventActor] = []
    for preposition in NOUN_PARTY_PREPOSITIONS:
        party = _prep_object(analysis, noun, [preposition])
        targets = actors_of(lexicon, analysis, party, entities)
        if targets:
            break
    if not any(t.country for t in targets) and _protest_noun(analysis, noun):
        # "staged a protest outside the Indian High Commission"
        site = _prep_object(analysis, noun, sorted(PROTEST_SITE_PREPOSITIONS))
        targets = actors_of(lexicon, analysis, site, entities) or targets
    if not sources and len(targets) > 1:
        sources, targets = targets[:1], targets[1:]
    return Roles(sources, targets)
