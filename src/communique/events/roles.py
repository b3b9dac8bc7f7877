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
several actors (:mod:`communique.events.actor_phrases`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from communique.events.actor_phrases import (
    COUNTRY_LABELS,
    actors_of,
    countries_in,
    name_at,
    names_only_a_topic,
    resolve_actor,
    sector_of,
)
from communique.events.lexicon import Lexicon
from communique.events.tree import agent_of, child_with, prep_object, prep_objects
from communique.events.vocab import (
    ADDRESSEE_TYPES,
    BORDER_NOUNS,
    BORDER_PREPOSITIONS,
    CONDITION_MARKERS,
    CONDITION_TARGET_TYPES,
    DOMESTIC_SECTORS,
    JOINT_TYPES,
    MISSION_NOUNS,
    NESTED_TARGET_PREPOSITIONS,
    NOUN_DOER_VERBS,
    NOUN_PARTY_PREPOSITIONS,
    NOUN_TRIGGERS,
    OBJECT_DEPS,
    OWN_POSSESSIVES,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    PLACE_TARGET_TYPES,
    PROTEST_SITE_PREPOSITIONS,
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
from communique.model import Analysis, Entity, EventActor

# Links through which a target is looked for inside an object.
NESTED_DEPS = frozenset({"poss", "prep", "compound", "amod", "acl"})
# How deep inside an object a target is looked for ("calls by the rulers of X").
NESTED_TARGET_STEPS = 3
# Where an act happened: "in Cameroon", "at Geneva", "near Aleppo".
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "outside"})
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


@dataclass(frozen=True, slots=True)
class Roles:
    sources: list[EventActor]
    targets: list[EventActor]
    location: str | None = None


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
            return child_with(analysis, reporter.i, SUBJECT_DEPS)
        current = head.head
    return None


def reported_demand(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> Roles | None:
    """"Britain said Libya must hand over the suspects": Britain demands of Libya."""
    reporter = reporter_of(analysis, verb)
    subject = child_with(analysis, verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
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


def subjects_of(analysis: Analysis, verb: int) -> list[int]:
    """All subjects: the parser sometimes attaches two coordinated subjects separately.
    A subject standing for its reporter ("X said his government was ready") is not
    a second one."""
    first = subject_of(analysis, verb)
    if first is None:
        return []
    own = child_with(analysis, verb, SUBJECT_DEPS)
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
        subject = child_with(analysis, current, deps)
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
    obj = child_with(analysis, verb, {"dobj", "dative"})
    if obj is not None and obj < complement:
        return obj
    called_on = prep_object(analysis, verb, ["on", "upon"])
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
    passive_subject = child_with(analysis, verb, PASSIVE_SUBJECT_DEPS)
    agent = child_with(analysis, verb, {"agent"})
    source = child_with(analysis, agent, {"pobj"}) if agent is not None else None
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
            or sector_of(lexicon, analysis, subject):
        return []
    own = {s.country for s in sources}
    act = noun_roles(lexicon, analysis, subject, entities)
    return [t for t in act.targets if t.country and t.country not in own]


def _indirect_non_party(analysis: Analysis, verb: int, targets: list[EventActor]) -> bool:
    """"Cambodia and Thailand agreed to withdraw troops": with no country, what the
    complement acts on is no party of the joint act; its object or "with" would be."""
    if any(t.country for t in targets):
        return False
    direct = child_with(analysis, verb, OBJECT_DEPS) is not None \
        or prep_object(analysis, verb, ["with"]) is not None
    return not direct


def _giver(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> list[EventActor]:
    """Who gives what the subject of a verb of receiving gets ("received aid from X")."""
    if analysis.tokens[verb].lemma.lower() not in RECEIVING_VERBS:
        return []
    heads = [verb]  # "from X" on the verb, its object or a phrase in it ("aid from X")
    for _ in range(NESTED_TARGET_STEPS):
        giver = next((g for g in (prep_object(analysis, h, ["from"]) for h in heads)
                      if g is not None), None)
        if giver is not None:
            return actors_of(lexicon, analysis, giver, entities)
        heads = [child_with(analysis, c, {"pobj"}) if analysis.tokens[c].dep == "prep" else c
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
        place = child_with(analysis, child, {"pobj"})
        if place is not None and analysis.tokens[place].ent_type in PLACE_LABELS:
            return name_at(analysis, place)
    return None


def _visited_place(analysis: Analysis, verb: int) -> str | None:
    """The place name after "to" on a verb of travel ("went to Lisbon")."""
    place = prep_object(analysis, verb, ["to"])
    if place is None or analysis.tokens[place].ent_type not in PLACE_LABELS:
        return None
    return name_at(analysis, place)


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
        place = name_at(analysis, i)
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
            if analysis.tokens[i].pos == "NOUN" and sector_of(lexicon, analysis, i) == GOVERNMENT:
                return resolve_actor(lexicon, analysis, i, entities)
    return []


def _small_clause_party(
    lexicon: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> list[EventActor]:
    """"help Zimbabwe rebuild", "let Chinese firms build": who is helped or let act."""
    if analysis.tokens[verb].lemma.lower() not in SMALL_CLAUSE_VERBS:
        return []
    clause = child_with(analysis, verb, {"ccomp"})
    subject = child_with(analysis, clause, SUBJECT_DEPS) if clause is not None else None
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
        else set(prep_objects(analysis, verb, sorted(PLACE_PREPOSITIONS)))
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
    clause = child_with(analysis, verb, {"ccomp"}) or _for_clause(analysis, verb)
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
    adjective = child_with(analysis, verb, {"acomp"})
    return child_with(analysis, adjective, {"xcomp"}) if adjective is not None else None


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
                inner = {"prep": lambda c: child_with(analysis, c, {"pobj"}),
                         # "an invitation to visit Egypt", "a plan to attack X"; "the
                         # prisoners held by X": the one holding them
                         "acl": lambda c: _acl_party(analysis, c),
                         }.get(dep, lambda c: c)(child)
                if inner is None or dep not in deps \
                        or (dep == "compound" and names_only_a_topic(lexicon, analysis, child)):
                    continue  # "condemned the Iraq inquiry" is not aimed at Iraq
                found = [a for a in actors_of(lexicon, analysis, inner, entities) if a.country]
                if found:
                    return found
                following.append(inner)
        queue = following
    return []


def _acl_party(analysis: Analysis, clause: int) -> int | None:
    """The object of a clause on a noun, else its passive agent."""
    obj = child_with(analysis, clause, {"dobj"})
    return obj if obj is not None else agent_of(analysis, clause)


def _target_candidates(analysis: Analysis, verb: int, plover: str) -> list[int | None]:
    """Where the target may be, best first: "talks with X", the object, "to X", and a
    preposition on the object ("made concessions to X", "signed a deal with X")."""
    preps = TARGET_PREPOSITION_PREFERENCE
    obj = child_with(analysis, verb, OBJECT_DEPS)
    if plover in JOINT_TYPES and analysis.tokens[verb].lemma.lower() in TOPIC_VERBS:
        obj = None  # a topic, not a party
    own = obj is not None and _own(analysis, obj)
    joint = prep_object(analysis, verb, ["with"]) if plover in JOINT_TYPES else None
    on_object = prep_object(analysis, obj, preps) if obj is not None else None
    site = (prep_object(analysis, verb, sorted(PROTEST_SITE_PREPOSITIONS))
            if plover == "PROTEST" else None)
    # "held three hours of talks with X", "a series of raids on X"
    of_noun = prep_object(analysis, obj, ["of"]) if obj is not None else None
    on_of_noun = prep_object(analysis, of_noun, preps) if of_noun is not None else None
    mine = _mission_host(analysis, obj) if own and obj is not None else None
    return [joint, mine if own else obj, *prep_objects(analysis, verb, preps), on_object,
            site, on_of_noun]


def _mission_host(analysis: Analysis, post: int) -> int | None:
    """"closed its embassy in Baghdad": one's own post abroad stands for its host."""
    if analysis.tokens[post].lemma.lower() not in MISSION_NOUNS:
        return None
    return prep_object(analysis, post, ["in", "at"])


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
            border = child_with(analysis, child, {"pobj"}) if token.dep == "prep" else None
            if border is None or token.text.lower() not in BORDER_PREPOSITIONS \
                    or analysis.tokens[border].lemma.lower() not in BORDER_NOUNS:
                continue
            other = prep_object(analysis, border, ["with", "of"])
            if other is not None:
                found = [a for a in actors_of(lexicon, analysis, other, entities) if a.country]
            elif _own(analysis, border):
                found = []
            else:
                codes = countries_in(lexicon, analysis, [
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
    owner = child_with(analysis, noun, {"poss"})
    if owner is not None and analysis.tokens[owner].ent_type in ("DATE", "TIME"):
        owner = None
    sources = actors_of(lexicon, analysis, owner, entities)
    if not sources:  # "a visit by the Chinese premier to Japan"
        sources = actors_of(lexicon, analysis, prep_object(analysis, noun, ["by"]), entities)
    if not sources:
        sources = actors_of(lexicon, analysis, _doer_through_verb(analysis, noun), entities)
    if not sources:
        countries = countries_in(lexicon, analysis, [c for c in analysis.children(noun)
                                                      if analysis.tokens[c].dep == "amod"])
        sources = [EventActor(analysis.tokens[noun].text, country=c) for c in countries]
    targets: list[EventActor] = []
    for preposition in NOUN_PARTY_PREPOSITIONS:
        party = prep_object(analysis, noun, [preposition])
        targets = actors_of(lexicon, analysis, party, entities)
        if targets:
            break
    if not any(t.country for t in targets) and _protest_noun(analysis, noun):
        # "staged a protest outside the Indian High Commission"
        site = prep_object(analysis, noun, sorted(PROTEST_SITE_PREPOSITIONS))
        targets = actors_of(lexicon, analysis, site, entities) or targets
    if not sources and len(targets) > 1:
        sources, targets = targets[:1], targets[1:]
    return Roles(sources, targets)
