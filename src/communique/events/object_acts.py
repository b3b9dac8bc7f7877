"""Acts a verb's object (or its doer) names, where the verb's own dictionary code
misleads: "extended an invitation" is an invitation, "moved troops to the border" a
mobilisation, "sent tents to the victims" aid, "expelled the ambassador" a cut in
relations.  :func:`decided_by_object_or_doer` tries each rule in turn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from communique.events.acts import (
    CLAUSE_COMPLEMENTS,
    MEETING_ROOT,
    Coding,
    adjunct,
    code_noun,
)
from communique.events.lexicon import Lexicon
from communique.events.tree import objects_after, objects_and_prep_objects
from communique.events.vocab import (
    ACCEDE_CODE,
    ACCEDED_NOUNS,
    ACCEDING_VERBS,
    ACCESS_CODE,
    ACT_DELIVERY_VERBS,
    ACT_NOUN_CODES,
    ADMITTED_NOUNS,
    ADMITTING_VERBS,
    AID_GIVING_VERBS,
    AID_NOUNS,
    AID_PURPOSE_VERBS,
    AIMING_PREPOSITIONS,
    ALERT_CODE,
    ALERT_NOUNS,
    ALERT_VERBS,
    ARMS_NOUNS,
    ARRIVAL_VERBS,
    BLOCKING_VERBS,
    BREACHING_VERBS,
    CEASEFIRE_VIOLATION_CODE,
    CLAIM_NOUNS,
    DECLARING_VERBS,
    DEESCALATION_CODE,
    DEFAULT_CODES,
    DEFENDED_STANCE_NOUNS,
    DEFENDING_VERBS,
    DEPLOYED_SYNSETS,
    DEPLOYMENT_VERBS,
    DIPLOMAT_NOUNS,
    DIPLOMATIC_EXPULSION_CODE,
    DISARMING_VERBS,
    EASED_NOUN_CODES,
    EASING_VERBS,
    ENDING_VERBS,
    EXPULSION_VERBS,
    FORCE_CODE,
    FORCE_NOUNS,
    FORCE_USE_VERBS,
    FORCE_WEAPON_SYNSET,
    GREETING_VERBS,
    GUEST_NOUNS,
    GUEST_SECTORS,
    HOST_VISIT_CODE,
    HOSTILITY_NOUNS,
    HOSTING_VERBS,
    HUMANITARIAN_AID_CODE,
    JOINING_VERBS,
    JOINT_EXERCISE_CODE,
    JOINT_MODIFIERS,
    JOINT_SECURITY_NOUNS,
    JOINT_WORK_CODE,
    JOINT_WORK_NOUNS,
    LAID_DOWN_ARMS_CODE,
    LIGHT_VERBS,
    MASS_DESTRUCTION_CODE,
    MASS_DESTRUCTION_SYNSET,
    MOBILIZE_CODE,
    MONEY_AID_CODE,
    NEEDY_NOUNS,
    PEACEKEEPER_SYNSET,
    PEACEKEEPING_CODE,
    PHONE_CALL_CODE,
    POLICE_NOUNS,
    PROPOSAL_NOUNS,
    REFUSAL_CODE,
    RELATION_BODIES,
    RELATION_CUT_CODE,
    RETURNED_CALL_NOUNS,
    RETURNED_VISIT_NOUNS,
    RETURNING_VERBS,
    RIOT_CODE,
    RIOT_VERBS,
    SHOW_OF_FORCE_CODE,
    STATE_NOUNS,
    SUBJECT_DEPS,
    TRADE_BARRIER_NOUNS,
    TRADE_BARRIER_VERBS,
    TRADE_SANCTION_CODE,
    TRUCE_NOUNS,
    UNDER_ACT_NOUNS,
    VERBAL_SUPPORT_CODE,
    VERDICT_CODE,
    VERDICT_VERBS,
    VERDICT_WORDS,
    VISIT_CODE,
    VISITING_MODIFIERS,
    WEAPON_TEST_NOUNS,
    WEAPON_TEST_VERBS,
    WITHDRAWAL_VERBS,
    YIELD_CODE,
    YIELDING_VERBS,
)
from communique.model import Analysis


def _delivered_act(analysis: Analysis, verb: int) -> Coding | None:
    """"extended an invitation", "voiced opposition", "a warning was issued": the object
    names the act; the verb only delivers it."""
    if analysis.tokens[verb].lemma.lower() not in ACT_DELIVERY_VERBS:
        return None
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep not in ("dobj", "nsubjpass"):
            continue
        for form in (token.lemma.lower(), token.text.lower()):
            if form in ACT_NOUN_CODES:
                return Coding(ACT_NOUN_CODES[form], form, None)
    return None


def _noun_phrase_forms(analysis: Analysis, noun: int) -> set[str]:
    """"aircraft carrier", "alert level": the head alone, with its compounds, and with its
    compounds and adjectives."""
    token = analysis.tokens[noun]
    heads = {token.text.lower(), token.lemma.lower()}
    forms = set(heads)
    for deps in (("compound",), ("compound", "amod")):
        modifiers = [analysis.tokens[c].text.lower() for c in analysis.children(noun)
                     if c < noun and analysis.tokens[c].dep in deps]
        forms |= {" ".join([*modifiers, head]) for head in heads if modifiers}
    return forms


def _deployment(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """"Sent two warships to the Gulf", "deployed missiles": a move of armed force."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in DEPLOYMENT_VERBS:
        return None
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    if any(c.dep in ("xcomp", "advcl") and c.lemma.lower() in AID_PURPOSE_VERBS
           for c in children):
        return None
    armed = set().union(*(lexicon.synsets.get(name, frozenset())
                          for name in DEPLOYED_SYNSETS))
    peacekeepers = lexicon.synsets.get(PEACEKEEPER_SYNSET, frozenset())
    for child in children:
        if child.dep not in ("dobj", "nsubjpass"):
            continue
        forms = _noun_phrase_forms(analysis, child.i)
        if forms & peacekeepers:
            return Coding(PEACEKEEPING_CODE, lemma, None)
        if forms & armed:
            return Coding(MOBILIZE_CODE, lemma, None)
    return None


def _use_of_force(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """"Used force against the strikers", "resorted to force", "used chemical weapons"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in FORCE_USE_VERBS:
        return None
    objects = objects_and_prep_objects(analysis, verb)
    forms = set().union(*(_noun_phrase_forms(analysis, o) for o in objects))
    if forms & lexicon.synsets.get(MASS_DESTRUCTION_SYNSET, frozenset()):
        return Coding(MASS_DESTRUCTION_CODE, lemma, None)
    if forms & (FORCE_NOUNS | lexicon.synsets.get(FORCE_WEAPON_SYNSET, frozenset())):
        return Coding(FORCE_CODE, lemma, None)
    return None


def _longest_known(forms: set[str], table: dict[str, str]) -> tuple[str, str] | None:
    """The longest form found in ``table`` with its code: "medical supplies" before
    "supplies"."""
    for form in sorted(forms, key=len, reverse=True):
        if form in table:
            return form, table[form]
    return None


def _put_under(analysis: Analysis, verb: int) -> Coding | None:
    """"Placed the opposition leader under house arrest": the state names the act."""
    for noun in objects_after(analysis, verb, frozenset({"under"})):
        known = _longest_known(_noun_phrase_forms(analysis, noun), UNDER_ACT_NOUNS)
        if known:
            return Coding(known[1], known[0], None)
    return None


def _leaving_a_body(analysis: Analysis, verb: int) -> Coding | None:
    """"Withdrew from the African Union", "pulled out of the treaty": relations cut."""
    token = analysis.tokens[verb]
    particles = [c for c in analysis.children(verb) if analysis.tokens[c].dep in ("prt", "prep")
                 and analysis.tokens[c].text.lower() == "out"]
    forms = {token.lemma.lower(), *(f"{token.lemma.lower()} out" for _ in particles)}
    if not forms & WITHDRAWAL_VERBS:
        return None
    bodies = [b for head in (verb, *particles)  # "pulled out of": "of" hangs on "out"
              for b in objects_after(analysis, head, frozenset({"from", "of"}))]
    bodies += [c for c in analysis.children(verb) if analysis.tokens[c].dep == "dobj"
               and token.lemma.lower() in ("quit", "leave", "exit")]
    if any(analysis.tokens[b].lemma.lower() in RELATION_BODIES for b in bodies):
        return Coding(RELATION_CUT_CODE, token.lemma.lower(), None)
    return None


def _joining_a_meeting(analysis: Analysis, verb: int) -> Coding | None:
    """"Returned to the talks", "participated in the summit", "would not attend the
    summit": the meeting's own code."""
    if analysis.tokens[verb].lemma.lower() not in JOINING_VERBS:
        return None
    nouns = objects_after(analysis, verb, frozenset({"to", "in"}))
    nouns += [c for c in analysis.children(verb) if analysis.tokens[c].dep == "dobj"]
    for noun in nouns:
        coding = code_noun(analysis, noun)
        if coding is not None and coding.code[:2] == MEETING_ROOT:
            return coding
    return None


def _objects(analysis: Analysis, verb: int) -> list[int]:
    """The verb's objects with their conjuncts ("sent rescue teams and relief supplies")."""
    heads = [c for c in analysis.children(verb)
             if analysis.tokens[c].dep in ("dobj", "nsubjpass")]
    return heads + [c for head in heads for c in analysis.children(head)
                    if analysis.tokens[c].dep == "conj"]


def _aid_given(analysis: Analysis, verb: int) -> Coding | None:
    """"Approved a loan for Kenya", "delivered medical supplies to Gaza", "gave Yemen
    $2 billion"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in AID_GIVING_VERBS:
        return None
    if any(analysis.tokens[noun].ent_type == "MONEY" for noun in _objects(analysis, verb)):
        return Coding(MONEY_AID_CODE, lemma, None)
    given = _objects(analysis, verb)
    given += [g for noun in given  # "10,000 tonnes of rice": what the quantity is of
              for g in objects_after(analysis, noun, frozenset({"of"}))]
    for noun in given:
        known = _longest_known(_noun_phrase_forms(analysis, noun), AID_NOUNS)
        if known:
            return Coding(known[1], lemma, None)
    recipients = objects_after(analysis, verb, frozenset({"to", "for"}))
    if _objects(analysis, verb) and any(analysis.tokens[r].lemma.lower() in NEEDY_NOUNS
                                        for r in recipients):
        return Coding(HUMANITARIAN_AID_CODE, lemma, None)  # "sent tents to the victims"
    return None


def _aid_arrived(analysis: Analysis, verb: int) -> Coding | None:
    """"Aid from Turkey arrived in Somalia", "the first food convoy reached Gaza"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in ARRIVAL_VERBS:
        return None
    for subject in analysis.children(verb):
        if analysis.tokens[subject].dep not in SUBJECT_DEPS:
            continue
        forms = _noun_phrase_forms(analysis, subject)
        forms |= {f for of in objects_after(analysis, subject, frozenset({"of"}))
                  for f in _noun_phrase_forms(analysis, of)}  # "shipments of wheat"
        known = _longest_known(forms, AID_NOUNS)
        if known:
            return Coding(known[1], lemma, None)
    return None


def _weapons_test(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """"Launched a ballistic missile", "conducted a missile test": a show of force; "fired
    rockets at Israel" is an attack."""
    lemma = analysis.tokens[verb].lemma.lower()
    weapons = lexicon.synsets.get("&weapon", frozenset())
    objects = _objects(analysis, verb)
    if lemma in WEAPON_TEST_VERBS:
        armed = any(_noun_phrase_forms(analysis, noun) & weapons for noun in objects)
        aimed = any(analysis.tokens[c].dep == "prep"
                    and analysis.tokens[c].text.lower() in AIMING_PREPOSITIONS
                    and not adjunct(analysis, c)  # "on Sunday" aims at nothing
                    for head in (verb, *objects) for c in analysis.children(head))
        return Coding(SHOW_OF_FORCE_CODE, lemma, None) if armed and not aimed else None
    if lemma in LIGHT_VERBS and any(
            analysis.tokens[noun].text.lower() in WEAPON_TEST_NOUNS
            and any(_noun_phrase_forms(analysis, m) & weapons
                    for m in analysis.children(noun) if analysis.tokens[m].dep == "compound")
            for noun in objects):
        return Coding(SHOW_OF_FORCE_CODE, lemma, None)  # "conducted a missile test"
    return None


def _eased(analysis: Analysis, verb: int) -> Coding | None:
    """"Eased the blockade" (a retreat), "lifted the curfew", "eased travel curbs"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in EASING_VERBS:
        return None
    for noun in _objects(analysis, verb):
        known = _longest_known(_noun_phrase_forms(analysis, noun), EASED_NOUN_CODES)
        if known:
            return Coding(known[1], lemma, None)
    return None


def _claim_dropped(analysis: Analysis, verb: int) -> Coding | None:
    """"Dropped its demand for an apology", "withdrew its objection": yielding."""
    token = analysis.tokens[verb]
    particles = [analysis.tokens[c].text.lower() for c in analysis.children(verb)
                 if analysis.tokens[c].dep == "prt"]
    forms = {token.lemma.lower(), *(f"{token.lemma.lower()} {p}" for p in particles)}
    if forms & YIELDING_VERBS and any(analysis.tokens[noun].lemma.lower() in CLAIM_NOUNS
                                      for noun in _objects(analysis, verb)):
        return Coding(YIELD_CODE, token.lemma.lower(), None)
    return None


@dataclass(frozen=True, slots=True)
class VerbObjectRule:
    """A verb whose object names the act: "accepted the demands" (083), "halted the
    offensive" (087), "expelled the ambassador" (166), "raised the alert level" (152)."""

    verbs: frozenset[str]
    objects: frozenset[str]
    code: str
    phrase: bool = False  # match the object's compounds and adjectives, not only its lemma

    def matches(self, analysis: Analysis, noun: int) -> bool:
        if self.phrase:
            return bool(_noun_phrase_forms(analysis, noun) & self.objects)
        return analysis.tokens[noun].lemma.lower() in self.objects


VERB_OBJECT_RULES = (
    VerbObjectRule(ACCEDING_VERBS, ACCEDED_NOUNS, ACCEDE_CODE),
    VerbObjectRule(ENDING_VERBS, HOSTILITY_NOUNS, DEESCALATION_CODE),
    VerbObjectRule(ALERT_VERBS, ALERT_NOUNS, ALERT_CODE, phrase=True),
    VerbObjectRule(EXPULSION_VERBS, DIPLOMAT_NOUNS, DIPLOMATIC_EXPULSION_CODE),
    VerbObjectRule(RETURNING_VERBS, RETURNED_CALL_NOUNS, PHONE_CALL_CODE),
    VerbObjectRule(RETURNING_VERBS, RETURNED_VISIT_NOUNS, VISIT_CODE),
    VerbObjectRule(BREACHING_VERBS, TRUCE_NOUNS, CEASEFIRE_VIOLATION_CODE),
    VerbObjectRule(DEFENDING_VERBS, DEFENDED_STANCE_NOUNS, VERBAL_SUPPORT_CODE),
    VerbObjectRule(DISARMING_VERBS, ARMS_NOUNS, LAID_DOWN_ARMS_CODE),
    VerbObjectRule(TRADE_BARRIER_VERBS, TRADE_BARRIER_NOUNS, TRADE_SANCTION_CODE),
)


def _object_names_the_act(analysis: Analysis, verb: int) -> Coding | None:
    """The first of ``VERB_OBJECT_RULES`` whose verb and object both match."""
    lemma = analysis.tokens[verb].lemma.lower()
    objects = _objects(analysis, verb)
    for rule in VERB_OBJECT_RULES:
        if lemma in rule.verbs and any(rule.matches(analysis, noun) for noun in objects):
            return Coding(rule.code, lemma, None)
    return None


def _joint_undertaking(analysis: Analysis, verb: int) -> Coding | None:
    """"Launched a joint operation", "set up a joint investigation team": cooperation."""
    for noun in _objects(analysis, verb):
        token = analysis.tokens[noun]
        # "joint coast guard patrols": the modifier may sit on a compound before the head
        joint = any(analysis.tokens[i].text.lower() in JOINT_MODIFIERS
                    for i in analysis.subtree(noun) if i < noun)
        if not joint:
            continue
        if token.lemma.lower() in JOINT_SECURITY_NOUNS:
            return Coding(JOINT_EXERCISE_CODE, token.lemma.lower(), None)
        if token.lemma.lower() in JOINT_WORK_NOUNS:
            return Coding(JOINT_WORK_CODE, token.lemma.lower(), None)
    return None


def _alert_declared(analysis: Analysis, verb: int) -> Coding | None:
    """"Declared a state of military alert", "ordered a higher level of readiness"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in DECLARING_VERBS:
        return None
    for noun in _objects(analysis, verb):
        if analysis.tokens[noun].lemma.lower() not in STATE_NOUNS:
            continue
        for state in objects_after(analysis, noun, frozenset({"of"})):
            if _noun_phrase_forms(analysis, state) & ALERT_NOUNS:
                return Coding(ALERT_CODE, lemma, None)
    return None


def _hosted_guest(lexicon: Lexicon, analysis: Analysis, verb: int) -> Coding | None:
    """"Received the visiting chancellor", "hosted a delegation": hosting a visit."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in HOSTING_VERBS | GREETING_VERBS:
        return None
    for noun in _objects(analysis, verb):
        visiting = any(analysis.tokens[c].text.lower() in VISITING_MODIFIERS
                       for c in analysis.children(noun))
        if (lemma in HOSTING_VERBS or visiting) and _is_guest(lexicon, analysis, noun):
            return Coding(HOST_VISIT_CODE, lemma, None)
    return None


def _is_guest(lexicon: Lexicon, analysis: Analysis, noun: int) -> bool:
    token = analysis.tokens[noun]
    return token.ent_type == "PERSON" or token.lemma.lower() in GUEST_NOUNS \
        or lexicon.sector(token.lemma.lower()) in GUEST_SECTORS


def _verdict(analysis: Analysis, verb: int) -> Coding | None:
    """"Found the commander guilty of genocide"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma in VERDICT_VERBS and any(analysis.tokens[c].lemma.lower() in VERDICT_WORDS
                                      for c in analysis.children(verb)):
        return Coding(VERDICT_CODE, lemma, None)
    return None


def _access_granted(analysis: Analysis, verb: int) -> Coding | None:
    """"Allowed UN inspectors into the country", "allowed inspectors to return"."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in ADMITTING_VERBS:
        return None
    admitted = _objects(analysis, verb) + [
        g for c in analysis.children(verb) if analysis.tokens[c].dep in CLAUSE_COMPLEMENTS
        for g in analysis.children(c) if analysis.tokens[g].dep in SUBJECT_DEPS]
    if any(analysis.tokens[noun].lemma.lower() in ADMITTED_NOUNS for noun in admitted):
        return Coding(ACCESS_CODE, lemma, None)
    return None


def _blocked_proposal(analysis: Analysis, verb: int) -> Coding | None:
    """"Blocked Sweden's bid to join", "vetoed the resolution": a rejection."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma in BLOCKING_VERBS and any(analysis.tokens[noun].lemma.lower() in PROPOSAL_NOUNS
                                       for noun in _objects(analysis, verb)):
        return Coding(DEFAULT_CODES.get(lemma, REFUSAL_CODE), lemma, None)
    return None


def _riot(analysis: Analysis, verb: int) -> Coding | None:
    """"Students clashed with riot police": a fight with the police is a riot."""
    lemma = analysis.tokens[verb].lemma.lower()
    if lemma not in RIOT_VERBS:
        return None
    for child in analysis.children(verb):
        if analysis.tokens[child].dep != "prep" or analysis.tokens[child].text.lower() != "with":
            continue
        for obj in analysis.children(child):
            if _noun_phrase_forms(analysis, obj) & POLICE_NOUNS:
                return Coding(RIOT_CODE, lemma, None)
    return None


def decided_by_object_or_doer(lexicon: Lexicon, analysis: Analysis,
                               verb: int) -> Coding | None:
    """The act as what the verb acts on (or who does it) names it, where the verb's own
    dictionary default misleads; the first rule that applies decides."""
    for rule in _SYNTACTIC_RULES:
        coding = rule(analysis, verb)
        if coding is not None:
            return coding
    for lexical_rule in _LEXICAL_RULES:
        coding = lexical_rule(lexicon, analysis, verb)
        if coding is not None:
            return coding
    return None


# Rules of :func:`decided_by_object_or_doer`: those that read the verb's phrase only,
# then those that need the dictionary's synonym sets.
_SYNTACTIC_RULES: tuple[Callable[[Analysis, int], Coding | None], ...] = (
    _delivered_act, _joint_undertaking, _riot, _put_under, _leaving_a_body,
    _joining_a_meeting, _aid_given, _aid_arrived, _access_granted, _blocked_proposal,
    _object_names_the_act, _alert_declared, _verdict,
    _claim_dropped, _eased,
)
_LEXICAL_RULES: tuple[Callable[[Lexicon, Analysis, int], Coding | None], ...] = (
    _deployment, _use_of_force, _weapons_test, _hosted_guest,
)
