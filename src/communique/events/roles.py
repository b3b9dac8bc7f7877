"""Who did it to whom: source and target of a trigger from the dependency parse.

Source is the subject (or, in the passive, the ``by`` agent); target the direct object,
else the object of a target preposition ("with X" first for joint acts such as talks
and agreements), else the complement's target ("offered to hand over X to Britain"),
else an actor inside the object ("denounced Serbia's crackdown"); acts done to a place
take its country ("shelled a market in Chad").  An actor is resolved to the
actors-stage entity covering it when there is one; otherwise its country comes from
the sentence itself: a country name or nationality adjective inside the actor's noun
phrase ("Japanese Prime Minister", "officials in Tokyo") mapped to ISO alpha-3, or a
known person or body ("Hosni Mubarak"); its sector from the agent noun
("troops" -> MIL).  A nationality missing from the tables is matched by its stem
("Icelandic" -> Iceland).  Coordinated actors ("Lula and Scholz", "Brazilian and German
leaders") are returned as several actors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from communique.actors import entity_at
from communique.actors.gazetteer import is_country
from communique.events.lexicon import Lexicon
from communique.events.vocab import (
    ADDRESSEE_TYPES,
    AGENT_SECTOR_FALLBACK,
    EMPTY_ACTOR_LEMMAS,
    JOINT_TYPES,
    NESTED_TARGET_PREPOSITIONS,
    NOUN_DOER_VERBS,
    NOUN_PARTY_PREPOSITIONS,
    OBJECT_DEPS,
    OWN_POSSESSIVES,
    PAIR_NOUNS,
    PAIR_PERSON_NOUNS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_TARGET_TYPES,
    PROTEST_SITE_PREPOSITIONS,
    QUANTITY_NOUNS,
    QUOTE_MARKS,
    REPORTED_PRONOUNS,
    REPORTING_VERBS,
    SUBJECT_DEPS,
    TARGET_PREPOSITIONS,
)
from communique.model import Analysis, Entity, EventActor, Token

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
# How deep inside an object a target is looked for ("calls by the rulers of X").
NESTED_TARGET_STEPS = 3
# Where an act happened: "in Cameroon", "at Geneva", "near Aleppo".
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A finite verb parsed as a clause on a noun ("The minister negotiated ..." misparsed):
# the noun is its subject.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# PLOVER mode of visiting (CAMEO 042/043): the host is where the visit goes.
VISIT_MODE = "visit"
# Names looked up among known people and bodies.
NAMED_ACTOR_LABELS = frozenset({"PERSON", "ORG", "FAC"})


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
    """Countries named in a phrase, nearest to its head last-first (model spans first)."""
    inside = set(tokens)
    found: list[str] = []
    for name in analysis.names:
        if not inside.intersection(range(name.first_token, name.last_token + 1)):
            continue
        if name.label in COUNTRY_LABELS:
            code = lexicon.country(name.text) or (
                lexicon.demonym(name.text) if name.label == "NORP" else None
            )
        elif name.label in NAMED_ACTOR_LABELS:
            # "the State Department" stands for its government as a capital does
            code = lexicon.named_actor(name.text) or lexicon.country(name.text)
        else:
            code = None
        if code and code not in found:
            found.append(code)
    for i in tokens:  # names the model missed: "Hungarian", "Jordan"
        token = analysis.tokens[i]
        if token.pos in ("PROPN", "ADJ", "NOUN") and token.text[:1].isupper():
            code = lexicon.country(token.text)
            if code and code not in found:
                found.append(code)
    return found


def _country_tokens(analysis: Analysis, head: int, sector: str | None) -> list[int]:
    keep = [head]
    for child in analysis.children(head):
        dep = analysis.tokens[child].dep
        if dep in COUNTRY_MODIFIER_DEPS or (dep == "prep" and sector):
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
    if entity and entity.country:
        return [EventActor(text, entity.id, entity.name, entity.country, sector)]
    countries = _countries_in(lexicon, analysis, _country_tokens(analysis, head, sector))
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
        out.extend(resolve_actor(lexicon, analysis, conjunct, entities))
    return out


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


def _prep_object(analysis: Analysis, head: int, preps: list[str]) -> int | None:
    """Object of the first preposition (in the order given) attached to ``head``."""
    by_word = {}
    for child in analysis.children(head):
        token = analysis.tokens[child]
        if token.dep in ("prep", "dative") and token.text.lower() not in by_word:
            pobj = _child(analysis, child, {"pobj"})
            if pobj is not None and analysis.tokens[pobj].ent_type not in ("DATE", "TIME"):
                by_word[token.text.lower()] = pobj
    return next((by_word[p] for p in preps if p in by_word), None)


def subjects_of(analysis: Analysis, verb: int) -> list[int]:
    """All subjects: the parser sometimes attaches two coordinated subjects separately."""
    first = subject_of(analysis, verb)
    if first is None:
        return []
    others = [c for c in analysis.children(verb)
              if analysis.tokens[c].dep in SUBJECT_DEPS and c != first]
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
        current = token.head
    return None


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
    place = location_of(analysis, verb)
    country = lexicon.country(place) if place else None
    if mode == VISIT_MODE and not targets:
        # "went to Lisbon for consultations": a visit is hosted by the place's country
        host = place or _visited_place(analysis, verb)
        host_country = lexicon.country(host) if host else None
        if host_country:
            targets = [EventActor(host or "", country=host_country)]
    if country and plover in PLACE_TARGET_TYPES:
        # "attacked a village in Cameroon": what is attacked there belongs to Cameroon
        targets = [replace(t, country=t.country or country) for t in targets] or [
            EventActor(place or "", country=country)
        ]
    return Roles(sources, targets, place)


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
    """Targets of a verb; "offered to hand over X to Britain": the complement's target."""
    candidates = _target_candidates(analysis, verb, plover)
    found = [actors for actors in (actors_of(lexicon, analysis, c, entities) for c in candidates)
             if actors]
    # "mobilized troops on the Ukrainian border": a party with a country beats a bare one
    with_country = next((actors for actors in found if any(a.country for a in actors)), None)
    if with_country:
        return with_country
    addressee = _addressee(lexicon, analysis, verb, plover, entities)
    if addressee and (any(a.country for a in addressee) or not found):
        # "complained to the UN that Kuwait was stealing oil": Kuwait is accused
        return addressee
    if found:
        return found[0]
    # A joint act's other party is named by "with" or coordination, never inside its
    # topic ("discussed the issue of X") or venue ("talks in Lima").  Another act's
    # place is usually what it is aimed at ("fired at targets in Jericho").
    if plover in JOINT_TYPES:
        candidates = []
    preps = NESTED_TARGET_PREPOSITIONS | PLACE_PREPOSITIONS
    for candidate in candidates:
        targets = _nested_target(lexicon, analysis, candidate, entities, preps)
        if targets:
            return targets
    complement = _infinitive_complement(analysis, verb)
    if complement is not None and depth < 2:
        return _targets(lexicon, analysis, complement, plover, entities, depth + 1)
    return []


def _addressee(
    lexicon: Lexicon, analysis: Analysis, verb: int, plover: str, entities: list[Entity]
) -> list[EventActor]:
    """"demanded that the United States match ...": the one asked to act."""
    clause = _child(analysis, verb, {"ccomp"}) or _for_clause(analysis, verb)
    if clause is None or plover not in ADDRESSEE_TYPES:
        return []
    return actors_of(lexicon, analysis, subject_of(analysis, clause), entities)


def _for_clause(analysis: Analysis, verb: int) -> int | None:
    """"called for North Korea to free ...": a "for" clause names who is to act."""
    for child in analysis.children(verb):
        if analysis.tokens[child].dep == "advcl" and any(
                analysis.tokens[c].dep == "mark" and analysis.tokens[c].text.lower() == "for"
                for c in analysis.children(child)):
            return child
    return None


def _infinitive_complement(analysis: Analysis, verb: int) -> int | None:
    """"threatened to close the border": the xcomp, or a "to" clause parsed as advcl."""
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep == "xcomp" or (token.dep == "advcl" and any(
                analysis.tokens[c].dep == "aux" and analysis.tokens[c].text.lower() == "to"
                for c in analysis.children(child))):
            return child
    return None


def _nested_target(
    lexicon: Lexicon, analysis: Analysis, head: int | None, entities: list[Entity],
    preps: frozenset[str] | set[str],
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
                inner = _child(analysis, child, {"pobj"}) if dep == "prep" else child
                if inner is None or dep not in ("poss", "prep", "compound", "amod"):
                    continue
                found = [a for a in actors_of(lexicon, analysis, inner, entities) if a.country]
                if found:
                    return found
                following.append(inner)
        queue = following
    return []


def _target_candidates(analysis: Analysis, verb: int, plover: str) -> list[int | None]:
    """Where the target may be, best first: "talks with X", the object, "to X", and a
    preposition on the object ("made concessions to X", "signed a deal with X")."""
    preps = ["with", *sorted(TARGET_PREPOSITIONS - {"with"})]
    obj = _child(analysis, verb, OBJECT_DEPS)
    own = obj is not None and any(analysis.tokens[c].text.lower() in OWN_POSSESSIVES
                                  for c in analysis.children(obj)) \
        and not _nationality_modifier(analysis, obj)
    joint = _prep_object(analysis, verb, ["with"]) if plover in JOINT_TYPES else None
    on_object = _prep_object(analysis, obj, preps) if obj is not None else None
    site = (_prep_object(analysis, verb, sorted(PROTEST_SITE_PREPOSITIONS))
            if plover == "PROTEST" else None)
    return [joint, None if own else obj, _prep_object(analysis, verb, preps), on_object, site]


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


def noun_roles(lexicon: Lexicon, analysis: Analysis, noun: int, entities: list[Entity]) -> Roles:
    """Parties of a meeting noun: "the chancellor's visit to Brazil", "talks between A and B"."""
    owner = _child(analysis, noun, {"poss"})
    if owner is not None and analysis.tokens[owner].ent_type in ("DATE", "TIME"):
        owner = None
    sources = actors_of(lexicon, analysis, owner, entities)
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
    if not sources and len(targets) > 1:
        sources, targets = targets[:1], targets[1:]
    return Roles(sources, targets)
