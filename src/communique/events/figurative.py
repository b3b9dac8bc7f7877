"""Verbs that look like acts but are figures of speech and report none: precision first,
a wrong event costs more than a missing one.

* Combat used of words and rivals: "fired back at her critics", "attacked his record",
  "shot down the idea", "crushed their rivals 5-0".  A verb of force is kept only when
  an armed doer or a weapon ("troops", "warplanes", "hackers", "a missile") or a party
  named by its country ("Russia", "Israeli jets") is in the clause; used of words it is
  criticism (CAMEO 111) of a person or body at most (:func:`words_as_blows`).
* States of mind and of affairs: "voters hope", "the team thinks", "the party needs",
  "the country faces".
* Figurative objects: "offered a window into", "hit a hat-trick", "stole the spotlight".
* Naming something ("calling the report a smear") read as a telephone call.
* A challenge to a contest ("challenged her to a debate"), an act on oneself
  ("Washington celebrating itself"), unless by force ("blew himself up").
* Criticism idioms with the criticised as subject: "came under fire for his remarks".
* An argument seized ("seized on the figures"), ground given in words ("backed away from
  her pledge"), a verb that only carries the next act ("went on to praise").

Routine public life (speech, campaigns, lawmaking, business) is :mod:`routine`'s.
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.acts import Coding
from communique.events.clause_parties import (
    armed,
    doer_words,
    is_party,
    literal_party,
    member_words,
    names_a_country,
    nation_named,
    party_words,
    verb_objects,
)
from communique.events.lexicon import Lexicon
from communique.events.routine import is_routine
from communique.events.tree import objects_after
from communique.events.vocab import (
    BACKING_DOWN_PARTICLES,
    CARRYING_VERBS,
    CHALLENGE_VERBS,
    COMBAT_METAPHOR_VERBS,
    COMBAT_OBJECT_NOUNS,
    COMBAT_PARTY_DEPS,
    COMBAT_ROOTS,
    CONTEST_NOUNS,
    CRITICISM_CODE,
    FIGURATIVE_OBJECTS,
    NAMING_MISREAD_ROOTS,
    NAMING_VERBS,
    PARTICLE_DEPS,
    PEACEKEEPING_CODE,
    PLACE_LABELS,
    PREDICATE_DEPS,
    REFLEXIVE_PRONOUNS,
    RETREAT_ROOT,
    RHETORIC_PREPOSITIONS,
    RHETORIC_VERBS,
    SEIZE_ON_PREPOSITIONS,
    SEIZE_ON_VERBS,
    STATE_OF_MIND_VERBS,
    UNDER_FIRE_NOUNS,
    UNDER_FIRE_VERBS,
    VERBAL_SUPPORT_CODE,
    WORDS_AS_BLOWS_ROOTS,
)
from communique.model import Analysis

__all__ = ["reports_no_act", "words_as_blows"]


def reports_no_act(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding) -> bool:
    """Whether a coded verb, read in its clause, reports no political act at all."""
    forms = _verb_forms(analysis, verb, coding)
    return (bool(forms & STATE_OF_MIND_VERBS)
            or is_routine(lexicon, analysis, verb, coding, forms)
            or _figurative_object(analysis, verb)
            or _challenge_to_a_contest(analysis, verb)
            or (_reflexive_object(analysis, verb) and coding.code[:2] not in COMBAT_ROOTS)
            or _naming(analysis, verb, coding)
            or _under_fire(lexicon, analysis, verb)
            or _argument_seized(analysis, verb)
            or _backing_down(lexicon, analysis, verb, coding)
            or _carrying_the_next_act(analysis, verb))


def _verb_forms(analysis: Analysis, verb: int, coding: Coding) -> set[str]:
    return {analysis.tokens[verb].lemma.lower(), coding.verb_form.lower()}


def words_as_blows(lexicon: Lexicon, analysis: Analysis, verb: int,
                   coding: Coding) -> Coding | None:
    """A verb of combat with no armed doer, weapon or country-named party in its clause
    is used of words ("slammed the governor", "blasted the proposal", "shot down the
    idea"): criticism (CAMEO 111) of the person or body it hits, or no act at all.
    Other verbs, and combat verbs read as acts of other kinds ("struck a deal"), are
    returned as they are."""
    forms = _verb_forms(analysis, verb, coding)
    blow = bool(forms & COMBAT_METAPHOR_VERBS) or any(
        obj.lemma.lower() in COMBAT_OBJECT_NOUNS for obj in verb_objects(analysis, verb))
    if not blow or coding.code[:2] not in WORDS_AS_BLOWS_ROOTS:
        return coding
    phrasal = {f"{form} {analysis.tokens[c].text.lower()}" for form in forms
               for c in analysis.children(verb) if analysis.tokens[c].dep in PARTICLE_DEPS}
    words_only = bool((forms | phrasal) & RHETORIC_VERBS) \
        and _hits_a_person(lexicon, analysis, verb) \
        and not any(armed(lexicon, word) for word in party_words(analysis, verb))
    if _armed_or_foreign_blow(lexicon, analysis, verb) and not words_only:
        return coding
    hit = [obj for obj in verb_objects(analysis, verb) if obj.dep == "dobj"]
    if words_only or any(is_party(lexicon, analysis, obj) for obj in hit):
        return replace(coding, code=CRITICISM_CODE, pattern=None)
    return None


def words_as_shield(lexicon: Lexicon, analysis: Analysis, verb: int,
                    coding: Coding) -> Coding | None:
    """"Defended Senator Ruiz", "protecting the Second Amendment": a verb of protection
    (CAMEO 074) with no armed party or country in its clause is said in words: support
    (CAMEO 051) of the person or body it shields, or no act at all.  "NATO protects
    Europe" and "troops guarded the border" keep their force."""
    if coding.code != PEACEKEEPING_CODE or _armed_or_foreign_blow(lexicon, analysis, verb):
        return coding
    shielded = [obj for obj in verb_objects(analysis, verb) if obj.dep == "dobj"]
    if any(is_party(lexicon, analysis, obj) for obj in shielded):
        return replace(coding, code=VERBAL_SUPPORT_CODE, pattern=None)
    return None


def _hits_a_person(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Fired back at Trump", "slammed the senator": what the verb hits (its object, or
    the object of "at"/"on") is a person, not a place ("pummeled Gaza")."""
    hit = [obj for obj in verb_objects(analysis, verb) if obj.dep == "dobj"] + [
        analysis.tokens[g] for g in objects_after(analysis, verb, RHETORIC_PREPOSITIONS)]
    return any(is_party(lexicon, analysis, word) and word.ent_type not in PLACE_LABELS
               and not names_a_country(lexicon, analysis, word) for word in hit)


def _armed_or_foreign_blow(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """An armed party or weapon in the clause, or a place standing for a country as doer
    or what is hit ("Seoul would strike", "shelled Homs"); in a prepositional phrase only
    a country by name or people counts ("battling with a Florida senator for second
    place in Nevada" is a race)."""
    core = doer_words(analysis, verb) + member_words(
        analysis, verb, COMBAT_PARTY_DEPS - {"prep"})
    around = member_words(analysis, verb, frozenset({"prep"}))
    return any(armed(lexicon, word) or names_a_country(lexicon, analysis, word)
               for word in core) \
        or any(armed(lexicon, word) or nation_named(lexicon, analysis, word)
               for word in around)


def _figurative_object(analysis: Analysis, verb: int) -> bool:
    return any(obj.lemma.lower() in FIGURATIVE_OBJECTS for obj in verb_objects(analysis, verb))


def _challenge_to_a_contest(analysis: Analysis, verb: int) -> bool:
    return analysis.tokens[verb].lemma.lower() in CHALLENGE_VERBS and any(
        analysis.tokens[g].lemma.lower() in CONTEST_NOUNS
        for g in objects_after(analysis, verb, frozenset({"to"})))


def _reflexive_object(analysis: Analysis, verb: int) -> bool:
    return any(obj.text.lower() in REFLEXIVE_PRONOUNS for obj in verb_objects(analysis, verb))


def _naming(analysis: Analysis, verb: int, coding: Coding) -> bool:
    """"Called the report a smear": an object and what it is called, not a consultation."""
    if analysis.tokens[verb].lemma.lower() not in NAMING_VERBS \
            or coding.code[:2] not in NAMING_MISREAD_ROOTS:
        return False
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    return any(c.dep == "dobj" for c in children) and any(
        c.dep in PREDICATE_DEPS and c.pos in ("NOUN", "ADJ", "PROPN") for c in children)


def _under_fire(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """"Came under fire for his remarks": the subject is criticised, by someone unnamed."""
    if analysis.tokens[verb].lemma.lower() not in UNDER_FIRE_VERBS:
        return False
    under = objects_after(analysis, verb, frozenset({"under"}))
    return any(analysis.tokens[g].lemma.lower() in UNDER_FIRE_NOUNS for g in under) \
        and not literal_party(lexicon, analysis, verb)


def _argument_seized(analysis: Analysis, verb: int) -> bool:
    """"Seized on the figures", "jumped on the remark": an argument taken up."""
    if analysis.tokens[verb].lemma.lower() not in SEIZE_ON_VERBS:
        return False
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    return not any(c.dep == "dobj" for c in children) and any(
        analysis.tokens[g].ent_type not in ("DATE", "TIME")
        for g in objects_after(analysis, verb, SEIZE_ON_PREPOSITIONS))


def _backing_down(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding) -> bool:
    """"Backed away from the allegations", "walked back his remarks": ground given in
    words, unless troops or a country give it."""
    particles = BACKING_DOWN_PARTICLES.get(analysis.tokens[verb].lemma.lower())
    if not particles or coding.code[:2] != RETREAT_ROOT:
        return False
    given = any(analysis.tokens[c].dep in ("prt", "advmod", "prep")
                and analysis.tokens[c].text.lower() in particles
                for c in analysis.children(verb))
    return given and not literal_party(lexicon, analysis, verb)


def _carrying_the_next_act(analysis: Analysis, verb: int) -> bool:
    """"Went on to explain", "went ahead and endorsed": the act is the next verb's."""
    particles = CARRYING_VERBS.get(analysis.tokens[verb].lemma.lower())
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    return bool(particles) and any(c.text.lower() in particles and c.dep in ("prt", "advmod")
                                   for c in children) \
        and any(c.dep in ("xcomp", "advcl", "conj") and c.pos == "VERB" for c in children)
