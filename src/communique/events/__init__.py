"""Events: who did what to whom, coded in PLOVER with CAMEO and Goldstein.

Public entry point: :func:`find_events`.

How an event is found:

1. **Trigger and code.**  Every verb is looked up in the CAMEO verb-pattern dictionary
   (petrarch2's ``CAMEO.2.0.txt``); its most specific matching pattern, or its default,
   gives the CAMEO code (:mod:`communique.events.coding`).  Adjuncts of time never fill
   a pattern, and a pattern written for another verb of the block must name more than
   function words.  An object can name the act instead of the verb: a protest ("went
   on strike"), an exercise ("held joint drills"), a formal complaint ("lodged a
   protest"); a promise of force is a threat ("vowed to strike").  Meeting nouns ("the
   chancellor's visit to Brazil", "talks between A and B") are triggers too, but only when the noun
   names a party with a known country.  Reported-speech verbs ("said", "told") have
   statement codes (root 01), which are not events.  Where a verb's dictionary default
   misleads, what it acts on decides (:mod:`communique.events.object_acts`): an
   object naming the act it delivers ("extended an invitation", "voiced opposition"),
   armed units moved ("sent warships": MOBILIZE), aid given ("approved a loan"), a body
   left ("withdrew from the union": SANCTION), a state imposed ("under house arrest"),
   who does it (a crowd blocking a road protests); a negated assent is a refusal that
   happened ("has not accepted the ruling": REJECT), and a stance stated with a copula
   ("was critical of") is an act.  Words that look like acts but report none in
   domestic, business and sports writing are dropped (:mod:`communique.events.figurative`):
   combat used of words and rivals ("fired back at critics", "shot down the idea") unless
   an armed doer, a weapon or a country-named party is in the clause, states of mind
   ("hope", "need", "face"), business deals, fundraising, naming ("called it a smear").
   A visit to a place in the visitor's own country is no event either, nor are talks
   or trips with no one met, force used on no one or promises made to no one by a doer
   neither armed nor a state, or cooperation coded only by a vague verb's default, in a
   sentence that names no country but the doer's ("the mayor leaves office", "dominated
   the week's coverage").
2. **Type and score.**  The code maps to PLOVER with CAMEO2PLOVER-2021 and to a
   Goldstein score (phoenix_pipeline's table of the CAMEO scale).
3. **Roles.**  Source and target from the dependency parse
   (:mod:`communique.events.roles`).
4. **Mode.**  Negated and hypothetical acts are kept but marked
   (:mod:`communique.events.modality`); they are never counted as having happened.
   When the doer states the act as its own future or plan ("Kenya will send aid"),
   the statement is an act too: AGREE (CAMEO 03) for cooperation, THREATEN (CAMEO 13)
   for conflict, REJECT for a stated refusal ("will not accept"), factual, with mode
   "intent".  A "must"/"should" in reported speech ("Peru said Ecuador must withdraw")
   is a REQUEST by the reporter of the clause's subject, mode "demand".  Reporting that another
   side broke a truce ("Georgia said Russian troops had violated the ceasefire") is an
   ACCUSE by the reporter of that side, besides the alleged breach.
5. **Date.**  A date expression governed by the trigger dates it ("met on Thursday",
   "talks on December 15-16"); otherwise the article's dating does.

A factual event needs a source that is an actor (an entity, a proper name, a person, an
agent noun or a country), or a passive verb or meeting noun with such a target; only a
negated or hypothetical act may lack both ("the issue was not discussed"), since it is
kept as a non-fact.  An agentless passive ("sanctions were imposed on Iraq") is
kept only for a material act (``AGENTLESS_PASSIVE_TYPES``) with a country-bearing target,
read as for an act noun ("sanctions on Iraq"), and has no source ("the actor was praised"
is none).  An act noun as subject ("clashes erupted between A and B", "fighting broke
out") takes its parties and mood from its verb.  A participle joined by a hyphen ("US-led
coalition", "Iranian-backed militias") is an adjective, never a trigger.

A first-person doer inside a quotation ("We signed the accord," said X) is the
quotation's speaker, as the quotations stage attributed it.

Coordinated actors: one event **per direction**.  "Lula and Scholz discussed X" with no
other target gives Lula->Scholz and Scholz->Lula (a joint act is symmetric, and a dyad
series counts both directions); "Russia and China condemned the strike on Syria" gives
Russia->Syria and China->Syria.  Events are returned sentence by sentence in text order;
within a sentence the act it is mainly about comes first (:func:`main_first`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from communique import timex
from communique.events.actor_phrases import countries_in
from communique.events.acts import Coding, code_noun
from communique.events.clause_parties import armed, doer_words, names_a_country, nation_named
from communique.events.coding import code_verb, is_stance_copula
from communique.events.lexicon import Lexicon, lexicon
from communique.events.modality import Modality, as_refusal, modality
from communique.events.roles import Roles, noun_roles, reported_demand, verb_roles
from communique.events.tree import objects_and_prep_objects, time_mentions_under
from communique.events.vocab import (
    ACT_SUBJECT_DEPS,
    AGENTLESS_PASSIVE_TYPES,
    ANONYMOUS_DOERS,
    ARMED_SECTORS,
    CHARGE_CODE,
    CHARGEABLE_CODES,
    COMBAT_ROOTS,
    COUNTERPART_ROOTS,
    CRITICISM_CODE,
    DEITIES,
    DEMAND_CODE,
    EMOTION_VERBS,
    FIRST_PERSON,
    FORCE_ROOTS,
    HYPHEN,
    INTENT_CODES,
    INTENT_MODES,
    MEETING_OBJECT_DEPS,
    NOUN_TRIGGERS,
    PLACE_LABELS,
    PRESS_SECTORS,
    REFUSAL_CODE,
    STATEMENT_ROOTS,
    SUBJECT_DEPS,
    TWO_PARTY_ROOTS,
    UNLESS_A_STATE_ROOTS,
    VAGUE_COOPERATION_CODES,
    VISIT_CODES,
    WEAPON_SUBJECTS,
)
from communique.model import (
    Analysis,
    Article,
    Dating,
    Entity,
    Event,
    EventActor,
    Quote,
    Span,
    Token,
)

# No sentence yields more events than this (a long list of coordinated actors).
MAX_EVENTS_PER_TRIGGER = 6

__all__ = ["find_events", "main_first", "without_restatements"]


@dataclass(frozen=True, slots=True)
class Found:
    """A coded trigger before it becomes events (compute first, attach later)."""

    trigger: int
    coding: Coding
    plover: str
    plover_mode: str | None
    roles: Roles
    modality: Modality


def find_events(
    article: Article, analysis: Analysis, entities: list[Entity], dating: Dating | None
) -> list[Event]:
    lex = lexicon()
    anchor = _anchor(article, dating)
    events: list[Event] = []
    for found in _found(lex, analysis, entities):
        events.extend(_to_events(lex, analysis, found, anchor, dating))
    events = [_speaker_for_first_person(event, article.quotes, entities) for event in events]
    places = {entity.id for entity in entities if entity.type in PLACE_LABELS}
    events = [event for event in events
              if not _between_nobodies(event) and not _visit_at_home(event, places)
              and not _words_to_no_one(event)]
    return without_restatements(main_first(analysis, events))


def _between_nobodies(event: Event) -> bool:
    """Precision first: "you leave your old country", "I wish I never did it" — a doer
    that is a pronoun resolved to nobody, acting on no known country, is no political
    act an analyst can use.  (A passive with no doer was vetted by ``_worth_keeping``.)"""
    doer = event.source
    if doer is not None and doer.text.lower() in DEITIES:
        return True  # "God bless America" is a blessing, not support given
    anonymous = doer is not None and doer.entity is None and doer.country is None \
        and doer.text.lower() in ANONYMOUS_DOERS
    return anonymous and (event.target is None or event.target.country is None)


def _words_to_no_one(event: Event) -> bool:
    """"Agreed: ...", "offered a defence of the city", "vowed to keep the library open",
    "the inquiry is run by FBI agents": an act done to another (cooperation, talks,
    demands, criticism, investigation ...) with no one it is done to and no country on
    either side is talk or business at home.  Protests, shows of force and violence may
    have one party; a negated or hypothetical act is kept with its flags."""
    factual = not event.negated and not event.hypothetical  # "was not discussed" stays
    return factual and event.cameo is not None and event.cameo[:2] in TWO_PARTY_ROOTS \
        and event.target is None and (event.source is None or event.source.country is None)


def _visit_at_home(event: Event, places: set[str]) -> bool:
    """"The senator visited a factory in Michigan", "her visit to Dayton": a visit
    whose only host is a place in the visitor's own country is no act between two
    parties.  ``places`` are the ids of the article's entities that are places."""
    host = event.target
    return event.cameo in VISIT_CODES and event.source is not None and host is not None \
        and (host.entity is None or host.entity in places) \
        and event.source.country is not None and event.source.country == host.country


def without_restatements(events: list[Event]) -> list[Event]:
    """One act told twice in a sentence ("arrived in Japan on a working visit", a signing
    and its agentless passive) is one event: an event is dropped when an earlier one of
    the same sentence, type and mood names at least its actors.  Dyad counts would
    otherwise double."""
    kept: list[Event] = []
    for event in events:
        if not any(_restates(event, other) for other in kept):
            kept.append(event)
    return [event for event in kept
            if not any(_restates(event, other) and _actors_named(other) > _actors_named(event)
                       for other in kept if other is not event)]


def _actor_key(actor: EventActor | None) -> str | None:
    return None if actor is None else (actor.country or actor.name or actor.text)


def _restates(event: Event, other: Event) -> bool:
    """``other`` tells the same act with the same or more actors."""
    same_act = (event.evidence == other.evidence and event.type == other.type
                and event.negated == other.negated and event.hypothetical == other.hypothetical)
    return same_act and all(
        mine is None or mine == theirs
        for mine, theirs in ((_actor_key(event.source), _actor_key(other.source)),
                             (_actor_key(event.target), _actor_key(other.target))))


def _actors_named(event: Event) -> int:
    return sum(_actor_key(actor) is not None for actor in (event.source, event.target))


def main_first(analysis: Analysis, events: list[Event]) -> list[Event]:
    """Sentences in text order; within one, the act it is mainly about first: factual
    before non-factual, then the main clause's act, then the one with more known
    countries, then the earliest."""
    return sorted(events, key=lambda event: _salience(analysis, event))


def _salience(analysis: Analysis, event: Event) -> tuple[int, int, int, int, int]:
    index = analysis.token_at(event.trigger.start if event.trigger else event.evidence.start)
    sentence = analysis.tokens[index].sent if index is not None else 0
    factual = not (event.negated or event.hypothetical)
    countries = sum(1 for actor in (event.source, event.target) if actor and actor.country)
    start = event.trigger.start if event.trigger else event.evidence.start
    return (sentence, 0 if factual else 1, _depth(analysis, index), -countries, start)


def _depth(analysis: Analysis, index: int | None) -> int:
    """How deep a trigger sits in its sentence's tree: the main clause's act is 0."""
    steps = 0
    while index is not None and analysis.tokens[index].head != index \
            and steps < len(analysis.tokens):
        index = analysis.tokens[index].head
        steps += 1
    return steps


def _speaker_for_first_person(event: Event, quotes: list[Quote], entities: list[Entity]) -> Event:
    """"We signed the accord," said the minister: "we" is the quoted speaker."""
    actor = event.source
    if actor is None or actor.country or actor.text.lower() not in FIRST_PERSON:
        return event
    position = event.trigger.start if event.trigger else event.evidence.start
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not any(s <= position < e for s, e in quote.spans):
            continue
        entity = next((e for e in entities if e.id == speaker.entity), None)
        event.source = EventActor(
            actor.text, speaker.entity, speaker.name or (entity.name if entity else None),
            entity.country if entity else None, entity.sector if entity else actor.sector)
        break
    return event


def _found(lex: Lexicon, analysis: Analysis, entities: list[Entity]) -> list[Found]:
    out: list[Found] = []
    coded_verbs: dict[int, Coding] = {}
    for token in analysis.tokens:
        if (token.pos == "VERB" or is_stance_copula(analysis, token.i)) \
                and not _felt_state(analysis, token.i) \
                and not _hyphenated_modifier(analysis, token.i):
            item = _verb_trigger(lex, analysis, token.i, entities)
            if item:
                out.append(item)
                coded_verbs[token.i] = item.coding
                out.extend(derived for derived in (_stated_intent(lex, item),
                                                   _reported_demand(lex, analysis, item,
                                                                    entities),
                                                   _reported_charge(lex, analysis, item,
                                                                    entities))
                           if derived)
    for token in analysis.tokens:
        if _reported_by_verb(token, coded_verbs.get(token.head)):
            continue  # "held talks", "made a visit": the verb already reports it
        coding = code_noun(analysis, token.i)
        item = coding and _code(lex, analysis, token.i, coding, entities, noun=True)
        if item and _blows_between_people(item, entities):
            item = _code(lex, analysis, token.i, replace(coding, code=CRITICISM_CODE),
                         entities, noun=True)
        if item and not _has_country(item.roles) and token.dep in ACT_SUBJECT_DEPS:
            item = _parties_on_verb(lex, analysis, item, token.head, entities)
        if item and _has_country(item.roles):
            out.append(item)
    return sorted(out, key=lambda f: f.trigger)


def _blows_between_people(found: Found, entities: list[Entity]) -> bool:
    """"Her attacks on the senator", "his war on the press secretary": force between
    people, none of them armed, is criticism in words (CAMEO 111)."""
    if found.coding.code[:2] not in COMBAT_ROOTS:
        return False
    parties = found.roles.sources + found.roles.targets
    types = {entity.id: entity.type for entity in entities}
    named = [types.get(actor.entity or "") == "PERSON" for actor in parties]
    # "a county judge": a person by office, named by no entity, counts too
    by_office = [actor.entity is None and actor.sector is not None for actor in parties]
    return any(named) and all(
        (is_named or is_office) and actor.sector not in ARMED_SECTORS
        for actor, is_named, is_office in zip(parties, named, by_office, strict=True))


def _verb_trigger(
    lex: Lexicon, analysis: Analysis, verb: int, entities: list[Entity]
) -> Found | None:
    """A coded verb with its parties; an act noun as subject or an agentless passive
    finds them as a noun trigger would."""
    coding = code_verb(lex, analysis, verb)
    item = coding and _code(lex, analysis, verb, coding, entities, noun=False)
    if item and not item.roles.sources and _act_noun_subject(analysis, verb):
        item = _parties_on_verb(lex, analysis, item, verb, entities)
    if item and not (item.roles.sources or item.roles.targets) \
            and _agentless_passive(analysis, verb):
        item = _passive_target(lex, analysis, item, verb, entities)
    return item or None


def _has_country(roles: Roles) -> bool:
    return any(actor.country for actor in roles.sources + roles.targets)


def _act_noun_subject(analysis: Analysis, verb: int) -> bool:
    """"Fighting broke out": the verb's subject is the act it reports."""
    return any(analysis.tokens[c].dep in ACT_SUBJECT_DEPS and code_noun(analysis, c)
               for c in analysis.children(verb))


def _parties_on_verb(
    lex: Lexicon, analysis: Analysis, found: Found, verb: int, entities: list[Entity]
) -> Found:
    """"Clashes erupted between Kyrgyz and Tajik guards": the act noun is the subject,
    its parties and its mood ("clashes could erupt") are on the verb it is subject of."""
    return replace(found, roles=noun_roles(lex, analysis, verb, entities),
                   modality=modality(analysis, verb))


def _hyphenated_modifier(analysis: Analysis, verb: int) -> bool:
    """"US-led coalition", "Iranian-backed militias": a participle joined by a hyphen to
    the word before it modifies a noun; it reports no act."""
    if verb < 1 or analysis.tokens[verb].dep not in ("amod", "compound"):
        return False
    hyphen = analysis.tokens[verb - 1]
    return hyphen.text == HYPHEN and hyphen.end == analysis.tokens[verb].start


def _agentless_passive(analysis: Analysis, verb: int) -> bool:
    children = [analysis.tokens[c].dep for c in analysis.children(verb)]
    return "auxpass" in children and "agent" not in children


def _passive_target(
    lex: Lexicon, analysis: Analysis, found: Found, verb: int, entities: list[Entity]
) -> Found:
    """"Sanctions were imposed on Iraq": the party the act is aimed at, read as for an
    act noun ("sanctions on Iraq"); the doer stays unknown (no source), and precision
    first keeps the event only with such a target (:func:`_worth_keeping`)."""
    parties = noun_roles(lex, analysis, verb, entities)
    return replace(found, roles=Roles([], parties.targets, found.roles.location))


def _felt_state(analysis: Analysis, verb: int) -> bool:
    """"They were disappointed with the results", "is worried about": a feeling someone is
    in (a passive of an emotion verb with no agent), not an act anyone did."""
    token = analysis.tokens[verb]
    if token.lemma.lower() not in EMOTION_VERBS:
        return False
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    passive = any(c.dep == "auxpass" for c in children) or token.dep in ("acomp", "amod")
    return passive and not any(c.dep == "agent" for c in children)


def _reported_by_verb(noun: Token, verb_coding: Coding | None) -> bool:
    """Whether the verb governing a trigger noun reports the same act ("held talks",
    "made a visit"), not another one about it ("condemned the attack")."""
    noun_coding = NOUN_TRIGGERS.get(noun.text.lower()) or NOUN_TRIGGERS.get(noun.lemma.lower())
    if verb_coding is None or noun_coding is None:
        return False
    return verb_coding.code[:2] == noun_coding[:2]


def _code(
    lex: Lexicon, analysis: Analysis, trigger: int, coding: Coding, entities: list[Entity],
    *, noun: bool,
) -> Found | None:
    plover = lex.to_plover(coding.code)
    if plover is None:
        return None
    roles = (noun_roles(lex, analysis, trigger, entities) if noun
             else verb_roles(lex, analysis, trigger, plover.event, entities, plover.mode))
    mood = modality(analysis, trigger)
    if coding.refusal:
        mood = as_refusal(mood)
    return Found(trigger, coding, plover.event, plover.mode, roles, mood)


def _stated_intent(lex: Lexicon, found: Found) -> Found | None:
    """"Kenya will send aid to Somalia": besides the future aid (hypothetical), Kenya has
    now expressed its intent to give aid (AGREE, factual).  Threats likewise, and a
    refusal: "Syria will not accept refugees" is a REJECT now."""
    if found.modality.mode not in INTENT_MODES:
        return None
    if found.modality.negated:
        code: str | None = REFUSAL_CODE
    elif found.coding.code[:2] in STATEMENT_ROOTS:
        code = found.coding.code  # "will supply helicopters" is coded as the intent itself
    else:
        code = INTENT_CODES.get(found.coding.code[:2])
    plover = lex.to_plover(code) if code else None
    if plover is None or not found.roles.sources:
        return None
    return replace(found, coding=replace(found.coding, code=code), plover=plover.event,
                   plover_mode="intent", modality=Modality())


def _reported_demand(
    lex: Lexicon, analysis: Analysis, found: Found, entities: list[Entity]
) -> Found | None:
    """"Peru said Ecuador must withdraw": Peru demands it of Ecuador (REQUEST, factual)."""
    if not found.modality.deontic or found.modality.negated:
        return None
    roles = reported_demand(lex, analysis, found.trigger, entities)
    plover = lex.to_plover(DEMAND_CODE)
    if roles is None or plover is None:
        return None
    return replace(found, coding=replace(found.coding, code=DEMAND_CODE), plover=plover.event,
                   plover_mode="demand", roles=roles, modality=Modality())


def _reported_charge(
    lex: Lexicon, analysis: Analysis, found: Found, entities: list[Entity]
) -> Found | None:
    """"Ukraine said Russian forces had broken the truce": a charge that another party
    broke an agreement is an accusation (ACCUSE) by the reporter, made when it is said."""
    if found.coding.code not in CHARGEABLE_CODES or found.modality.negated \
            or found.modality.hypothetical:
        return None
    clause = analysis.tokens[found.trigger]
    roles = reported_demand(lex, analysis, found.trigger, entities)
    plover = lex.to_plover(CHARGE_CODE)
    if clause.dep != "ccomp" or roles is None or plover is None:
        return None
    reporters = {actor.country for actor in roles.sources}
    accused = {actor.country for actor in roles.targets}
    if None in reporters or None in accused or reporters & accused:
        return None  # a side reporting its own act, or a party of unknown side
    return replace(found, trigger=clause.head, coding=replace(found.coding, code=CHARGE_CODE),
                   plover=plover.event, plover_mode=plover.mode, roles=roles)


def _pairs(roles: Roles) -> list[tuple[EventActor | None, EventActor | None]]:
    """One (source, target) per direction; see the module docstring."""
    sources: list[EventActor | None] = list(roles.sources) or [None]
    targets: list[EventActor | None] = list(roles.targets) or [None]
    if len(sources) > 1 and targets == [None]:
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, t) for s in sources for t in targets]
    return pairs[:MAX_EVENTS_PER_TRIGGER]


def _to_events(
    lex: Lexicon, analysis: Analysis, found: Found, anchor: date | None, dating: Dating | None
) -> list[Event]:
    token = analysis.tokens[found.trigger]
    sentence = analysis.sentence_of(found.trigger)
    evidence = Span(sentence.start, sentence.end, analysis.text[sentence.start : sentence.end])
    trigger = Span(token.start, token.end, token.text)
    when = _event_date(analysis, found, anchor, dating)
    mode = found.modality.mode if (found.modality.negated or found.modality.hypothetical) \
        else found.plover_mode
    if not _worth_keeping(analysis, found) or _with_no_counterpart(lex, analysis, found) \
            or _force_by_the_press(found):
        return []
    return [
        Event(
            type=found.plover, cameo=found.coding.code, goldstein=lex.goldstein(found.coding.code),
            source=source, target=target, evidence=evidence, mode=mode,
            negated=found.modality.negated, hypothetical=found.modality.hypothetical,
            date=when.date if when else None, date_end=when.date_end if when else None,
            date_basis=when.basis if when else None, trigger=trigger,
            location=found.roles.location,
        )
        for source, target in _pairs(found.roles)
    ]


def _worth_keeping(analysis: Analysis, found: Found) -> bool:
    """Precision first: a factual act needs a known doer, or a known target of a passive
    ("villages were shelled"); an active verb with no subject at all is a fragment
    ("the Declaration on Establishing a Partnership")."""
    if found.modality.negated or found.modality.hypothetical:
        return True
    if found.roles.sources:
        return True
    passive = any(analysis.tokens[c].dep in ("nsubjpass", "auxpass", "agent")
                  for c in analysis.children(found.trigger))
    noun = analysis.tokens[found.trigger].pos == "NOUN"
    if passive and not noun:
        return _material_act_on_country(found)
    return bool(found.roles.targets) and (noun or _weapon_subject(analysis, found))


def _with_no_counterpart(lex: Lexicon, analysis: Analysis, found: Found) -> bool:
    """"The mayor leaves office", "the senator went further still", "she dominated the
    week's coverage": talks and trips with no one met, and force used on no one or
    promises made to no one by a doer who is neither armed nor a state, in a sentence
    that names no country but the doer's own, are figures of speech or life at home.
    Where another country is named the parser may have missed the counterpart
    ("discussed it by telephone with his French counterpart"); an army or a state acts
    alone ("Danish troops attacked at dawn"); a negated or hypothetical act keeps its
    flags.  Cooperation coded only by a verb's vague default ("handled the data", "led
    to a conflict", "worked with the department") needs a second country in the
    sentence even where it has a target; force on places alone is
    :func:`_force_on_home_ground`."""
    if found.modality.negated or found.modality.hypothetical or len(found.roles.sources) > 1:
        return False  # "Lula and Scholz met": each meets the other
    if _force_on_home_ground(lex, analysis, found):
        return True
    if found.coding.code not in VAGUE_COOPERATION_CODES and (
        found.roles.targets or not _needs_a_counterpart(lex, analysis, found)
    ):
        return False
    sentence = analysis.sentence_of(found.trigger)
    named = countries_in(lex, analysis, list(range(sentence.first_token, sentence.last_token + 1)))
    return not set(named) - {actor.country for actor in found.roles.sources}


def _force_by_the_press(found: Found) -> bool:
    """"The delegate was surrounded by reporters", "photographers chased the minister":
    the press crowds, follows and questions; it uses no force."""
    sources = found.roles.sources
    return found.coding.code[:2] in FORCE_ROOTS and bool(sources) and all(
        actor.sector in PRESS_SECTORS for actor in sources
    )


def _force_on_home_ground(lex: Lexicon, analysis: Analysis, found: Found) -> bool:
    """"She crushed in Oregon and Nevada": force whose only targets are places that
    name no nation, by a doer neither armed nor a state, is a result, not an attack.
    "Russian jets bombed Aleppo" and "a suicide bomber struck Kabul" keep their force."""
    if found.coding.code[:2] not in FORCE_ROOTS or not found.roles.targets:
        return False
    struck = [analysis.tokens[i] for i in objects_and_prep_objects(analysis, found.trigger)]
    return bool(struck) and all(
        word.ent_type in PLACE_LABELS and not nation_named(lex, analysis, word) for word in struck
    ) and not _armed_or_a_state(lex, analysis, found)


def _armed_or_a_state(lex: Lexicon, analysis: Analysis, found: Found) -> bool:
    return any(actor.sector in ARMED_SECTORS for actor in found.roles.sources) or any(
        armed(lex, word) or nation_named(lex, analysis, word) or _a_capital(lex, analysis, word)
        for word in _doer_tokens(analysis, found.trigger)
    )


def _needs_a_counterpart(lex: Lexicon, analysis: Analysis, found: Found) -> bool:
    root = found.coding.code[:2]
    if root in UNLESS_A_STATE_ROOTS:
        return not _armed_or_a_state(lex, analysis, found)
    return root in COUNTERPART_ROOTS and not _names_a_meeting(analysis, found.trigger)


def _a_capital(lex: Lexicon, analysis: Analysis, word: Token) -> bool:
    """"Moscow offered to pull back": a place that stands for its state as a doer."""
    return word.dep in SUBJECT_DEPS and names_a_country(lex, analysis, word)


def _names_a_meeting(analysis: Analysis, verb: int) -> bool:
    """"Somalia rejoined the regional talks": the talks are the counterpart."""
    return any(analysis.tokens[c].dep in MEETING_OBJECT_DEPS and code_noun(analysis, c)
               for c in analysis.children(verb))


def _doer_tokens(analysis: Analysis, trigger: int) -> list[Token]:
    """Who does the act: a verb's subject (:func:`doer_words`), an act noun's words before
    it ("the Libyan attack")."""
    if analysis.tokens[trigger].pos != "NOUN":
        return doer_words(analysis, trigger)
    return [analysis.tokens[i] for c in analysis.children(trigger) if c < trigger
            for i in analysis.subtree(c)]


def _material_act_on_country(found: Found) -> bool:
    """An agentless passive names no doer: "villages in Syria were shelled" is an act,
    "the actor was praised", "voters were conflicted" are none."""
    return found.plover in AGENTLESS_PASSIVE_TYPES and any(
        actor.country for actor in found.roles.targets)


def _weapon_subject(analysis: Analysis, found: Found) -> bool:
    """"A roadside bomb killed four soldiers": the weapon stands for an unnamed attacker."""
    return found.plover == "ASSAULT" and any(
        analysis.tokens[c].dep == "nsubj" and analysis.tokens[c].lemma.lower() in WEAPON_SUBJECTS
        for c in analysis.children(found.trigger))


def _anchor(article: Article, dating: Dating | None) -> date | None:
    if dating and dating.date:
        return timex.parse_iso_date(dating.date)
    return timex.parse_iso_date(article.timestamp.value if article.timestamp else None)


def _event_date(
    analysis: Analysis, found: Found, anchor: date | None, dating: Dating | None
) -> timex.TimeRef | None:
    """The time expression the trigger governs, else the article's date."""
    if anchor is None:
        return None
    trigger_start = analysis.tokens[found.trigger].start
    candidates = time_mentions_under(analysis, found.trigger)
    if candidates:
        nearest = min(candidates, key=lambda m: abs(m.start - trigger_start))
        resolved = timex.resolve(nearest, anchor, future=found.modality.future)
        if resolved:
            return resolved
    basis = f"article date ({dating.basis})" if dating and dating.date else "page timestamp"
    return timex.TimeRef(anchor.isoformat(), None, basis)
