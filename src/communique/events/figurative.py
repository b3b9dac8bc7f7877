"""Verbs that look like acts but, in domestic political, business and sports writing,
report none: precision first, a wrong event costs more than a missing one.

* Combat used of words and rivals: "fired back at her critics", "attacked his record",
  "shot down the idea", "crushed their rivals 5-0".  A verb of force is kept only when
  an armed doer or a weapon ("troops", "warplanes", "hackers", "a missile") or a party
  named by its country ("Russia", "Israeli jets") is in the clause.
* States of mind and of affairs: "voters hope", "the team thinks", "the party needs",
  "the country faces".
* Figurative objects: "offered a window into", "hit a hat-trick".
* Business: "signed a licensing agreement", "agreed to buy its rival", with no party
  named by its country.
* Fundraising: "raised money with donors".
* An economic forecast ("warned that the economy could slow"), backing a candidate
  ("endorsing candidates"), applause for no one ("supporters cheered").
* Naming something ("calling the report a smear") read as a telephone call.
* A challenge to a contest ("challenged her to a debate"), an act on oneself
  ("Washington celebrating itself"), unless by force ("blew himself up").
"""

from __future__ import annotations

from communique.events.acts import Coding
from communique.events.lexicon import Lexicon
from communique.events.tree import objects_after
from communique.events.vocab import (
    APPLAUSE_VERBS,
    ARMED_ACTOR_NOUNS,
    ARMED_SYNSETS,
    CHALLENGE_VERBS,
    COMBAT_METAPHOR_VERBS,
    COMBAT_PARTY_DEPS,
    COMBAT_ROOTS,
    COMMERCIAL_ROOTS,
    COMMERCIAL_WORDS,
    CONTEST_NOUNS,
    ECONOMIC_SUBJECTS,
    ELECTORAL_NOUNS,
    FIGURATIVE_OBJECTS,
    FORECAST_VERBS,
    FUNDRAISING_NOUNS,
    NAMING_MISREAD_ROOTS,
    NAMING_VERBS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PREDICATE_DEPS,
    REFLEXIVE_PRONOUNS,
    STATE_OF_MIND_VERBS,
    SUBJECT_DEPS,
)
from communique.model import Analysis, Token

FUNDRAISING_VERB = "raise"
# How many governing clauses are searched for the doer of a combat verb (to a reporting verb).
MAX_CLAUSE_CLIMB = 4

__all__ = ["reports_no_act"]


def reports_no_act(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding) -> bool:
    """Whether a coded verb, read in its clause, reports no political act at all."""
    forms = _verb_forms(analysis, verb, coding)
    return (bool(forms & STATE_OF_MIND_VERBS)
            or _combat_of_words(lexicon, analysis, verb, coding, forms)
            or _figurative_object(analysis, verb)
            or _business_deal(lexicon, analysis, verb, coding)
            or _fundraising(analysis, verb)
            or _challenge_to_a_contest(analysis, verb)
            or (_reflexive_object(analysis, verb) and coding.code[:2] not in COMBAT_ROOTS)
            or _economic_forecast(analysis, verb)
            or _electoral_backing(analysis, verb)
            or _applause_for_no_one(analysis, verb)
            or _naming(analysis, verb, coding))


def _verb_forms(analysis: Analysis, verb: int, coding: Coding) -> set[str]:
    return {analysis.tokens[verb].lemma.lower(), coding.verb_form.lower()}


def _combat_of_words(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding,
                     forms: set[str]) -> bool:
    if not forms & COMBAT_METAPHOR_VERBS or coding.code[:2] not in COMBAT_ROOTS:
        return False
    words = _party_words(analysis, verb)
    return not any(_armed(lexicon, word) or _names_a_country(lexicon, word) for word in words)


def _party_words(analysis: Analysis, verb: int) -> list[Token]:
    """The words of the verb's subject, objects and prepositional phrases, not of its
    subordinate clauses ("fighting to win voters in Ohio" names no party in Ohio)."""
    out = _member_words(analysis, verb, COMBAT_PARTY_DEPS)
    # "Spain opened a centre to fight fires", "Seoul said it would not hesitate to strike":
    # a doer left unsaid or said by a pronoun is named by a governing verb's subject
    clause, steps = verb, 0
    while not _named_subject(analysis, clause) and steps < MAX_CLAUSE_CLIMB:
        head = analysis.tokens[clause].head
        if head == clause:
            break
        clause, steps = head, steps + 1
        out.extend(_member_words(analysis, clause, SUBJECT_DEPS))
    return out


def _named_subject(analysis: Analysis, verb: int) -> bool:
    return any(analysis.tokens[c].dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
               and analysis.tokens[c].pos != "PRON" for c in analysis.children(verb))


def _member_words(analysis: Analysis, verb: int, deps: frozenset[str]) -> list[Token]:
    return [analysis.tokens[i] for child in analysis.children(verb)
            if analysis.tokens[child].dep in deps for i in analysis.subtree(child)]


def _armed(lexicon: Lexicon, word: Token) -> bool:
    forms = {word.text.lower(), word.lemma.lower()}
    if forms & ARMED_ACTOR_NOUNS:
        return True
    return any(forms & lexicon.synsets.get(name, frozenset()) for name in ARMED_SYNSETS)


def _names_a_country(lexicon: Lexicon, word: Token) -> bool:
    """A country or its people by name ("Russia", "Israeli"); a state or a city of one
    country ("Ohio") counts only as a place the model tags as such."""
    if not word.text[:1].isupper():
        return False
    return bool(lexicon.demonym(word.text)) or (
        word.ent_type == "GPE" and bool(lexicon.country(word.text)))


def _objects(analysis: Analysis, verb: int) -> list[Token]:
    return [analysis.tokens[c] for c in analysis.children(verb)
            if analysis.tokens[c].dep in ("dobj", "attr")]


def _figurative_object(analysis: Analysis, verb: int) -> bool:
    return any(obj.lemma.lower() in FIGURATIVE_OBJECTS for obj in _objects(analysis, verb))


def _business_deal(lexicon: Lexicon, analysis: Analysis, verb: int, coding: Coding) -> bool:
    if coding.code[:2] not in COMMERCIAL_ROOTS:
        return False
    said = [analysis.tokens[i] for i in analysis.subtree(verb)]
    commercial = any(w.lemma.lower() in COMMERCIAL_WORDS or w.text.lower() in COMMERCIAL_WORDS
                     for w in said)
    return commercial and not any(_names_a_country(lexicon, w) for w in said)


def _fundraising(analysis: Analysis, verb: int) -> bool:
    return analysis.tokens[verb].lemma.lower() == FUNDRAISING_VERB and any(
        obj.lemma.lower() in FUNDRAISING_NOUNS or obj.text.startswith("$")
        for obj in _objects(analysis, verb))


def _challenge_to_a_contest(analysis: Analysis, verb: int) -> bool:
    return analysis.tokens[verb].lemma.lower() in CHALLENGE_VERBS and any(
        analysis.tokens[g].lemma.lower() in CONTEST_NOUNS
        for g in objects_after(analysis, verb, frozenset({"to"})))


def _reflexive_object(analysis: Analysis, verb: int) -> bool:
    return any(obj.text.lower() in REFLEXIVE_PRONOUNS for obj in _objects(analysis, verb))


def _economic_forecast(analysis: Analysis, verb: int) -> bool:
    if analysis.tokens[verb].lemma.lower() not in FORECAST_VERBS:
        return False
    clauses = [c for c in analysis.children(verb) if analysis.tokens[c].dep == "ccomp"]
    return any(analysis.tokens[s].dep in SUBJECT_DEPS
               and analysis.tokens[s].lemma.lower() in ECONOMIC_SUBJECTS
               for clause in clauses for s in analysis.children(clause))


def _electoral_backing(analysis: Analysis, verb: int) -> bool:
    return any(obj.lemma.lower() in ELECTORAL_NOUNS for obj in _objects(analysis, verb))


def _applause_for_no_one(analysis: Analysis, verb: int) -> bool:
    """"Supporters cheered": no object and no one cheered at or for."""
    if analysis.tokens[verb].lemma.lower() not in APPLAUSE_VERBS:
        return False
    return not any(analysis.tokens[c].dep in OBJECT_DEPS or analysis.tokens[c].dep == "prep"
                   for c in analysis.children(verb))


def _naming(analysis: Analysis, verb: int, coding: Coding) -> bool:
    """"Called the report a smear": an object and what it is called, not a consultation."""
    if analysis.tokens[verb].lemma.lower() not in NAMING_VERBS \
            or coding.code[:2] not in NAMING_MISREAD_ROOTS:
        return False
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    return any(c.dep == "dobj" for c in children) and any(
        c.dep in PREDICATE_DEPS and c.pos in ("NOUN", "ADJ", "PROPN") for c in children)
