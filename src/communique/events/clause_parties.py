"""Who is in a verb's clause: its doer, what it acts on, and whether an armed party or a
country by name is among them.  The rules that tell a figure of speech or routine public
life from an act between political actors (:mod:`figurative`, :mod:`routine`) ask this.
"""

from __future__ import annotations

from communique.actors.gazetteer import is_country, is_us_state
from communique.events.actor_phrases import name_at, names_only_a_topic
from communique.events.lexicon import Lexicon
from communique.events.vocab import (
    ARMED_ACTOR_NOUNS,
    ARMED_SYNSETS,
    COMBAT_PARTY_DEPS,
    GOVERNMENT_SEATS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
)
from communique.model import Analysis, Token

# How many governing clauses are searched for the doer of a combat verb (to a reporting verb).
MAX_CLAUSE_CLIMB = 4


def party_words(analysis: Analysis, verb: int) -> list[Token]:
    """The words of the verb's subject, objects and prepositional phrases, not of its
    subordinate clauses ("fighting to win voters in Ohio" names no party in Ohio)."""
    out = member_words(analysis, verb, COMBAT_PARTY_DEPS)
    # "Spain opened a centre to fight fires", "Seoul said it would not hesitate to strike":
    # a doer left unsaid or said by a pronoun is named by a governing verb's subject
    clause, steps = verb, 0
    while not named_subject(analysis, clause) and steps < MAX_CLAUSE_CLIMB:
        head = analysis.tokens[clause].head
        if head == clause:
            break
        clause, steps = head, steps + 1
        out.extend(member_words(analysis, clause, SUBJECT_DEPS))
    return out


def doer_words(analysis: Analysis, verb: int) -> list[Token]:
    """The words of the verb's subject, and of a governing verb's where it has none or a
    pronoun ("Seoul said it would strike")."""
    out = member_words(analysis, verb, SUBJECT_DEPS)
    clause, steps = verb, 0
    while not named_subject(analysis, clause) and steps < MAX_CLAUSE_CLIMB \
            and analysis.tokens[clause].head != clause:
        clause, steps = analysis.tokens[clause].head, steps + 1
        out.extend(member_words(analysis, clause, SUBJECT_DEPS))
    return out


def named_subject(analysis: Analysis, verb: int) -> bool:
    return any(analysis.tokens[c].dep in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
               and analysis.tokens[c].pos != "PRON" for c in analysis.children(verb))


def member_words(analysis: Analysis, verb: int, deps: frozenset[str]) -> list[Token]:
    return [analysis.tokens[i] for child in analysis.children(verb)
            if analysis.tokens[child].dep in deps for i in analysis.subtree(child)]


def armed(lexicon: Lexicon, word: Token) -> bool:
    forms = {word.text.lower(), word.lemma.lower()}
    if forms & ARMED_ACTOR_NOUNS:
        return True
    return any(forms & lexicon.synsets.get(name, frozenset()) for name in ARMED_SYNSETS)


def names_a_country(lexicon: Lexicon, analysis: Analysis, word: Token) -> bool:
    """A country or its people by name ("Russia", "Israeli"); a state or a city of one
    country ("Ohio") counts only as a place the model tags as such, and a place that
    only names a body's topic ("the Mosul committee") not at all."""
    if not word.text[:1].isupper() or names_only_a_topic(lexicon, analysis, word.i):
        return False
    return _demonym(lexicon, word) or is_country(word.text) or (
        word.ent_type in ("GPE", "NORP") and bool(lexicon.country(word.text)))


def verb_objects(analysis: Analysis, verb: int) -> list[Token]:
    return [analysis.tokens[c] for c in analysis.children(verb)
            if analysis.tokens[c].dep in ("dobj", "attr")]


def named(lexicon: Lexicon, analysis: Analysis, word: Token) -> bool:
    """A name or a country inside a phrase ("Syria's decision", "the senator's plan" is
    not: the common nouns inside a phrase are what it is about)."""
    return word.pos == "PROPN" or word.ent_type in ("PERSON", "ORG", "GPE", "NORP") \
        or names_a_country(lexicon, analysis, word)


def addressee(analysis: Analysis, verb: int) -> bool:
    return any(analysis.tokens[c].dep in ("dobj", "dative") for c in analysis.children(verb))


def is_party(lexicon: Lexicon, analysis: Analysis, word: Token) -> bool:
    """A person, body or country as what a verb acts on ("defended Israel", "him", "the
    governor", "Senator Blake")."""
    return word.pos in ("PROPN", "PRON") or word.ent_type in ("PERSON", "ORG", "GPE", "NORP") \
        or bool(lexicon.sector(word.lemma.lower())) or names_a_country(lexicon, analysis, word)


def country_in_clause(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    return any(names_a_country(lexicon, analysis, word) for word in party_words(analysis, verb))


def literal_party(lexicon: Lexicon, analysis: Analysis, verb: int) -> bool:
    """An armed doer or weapon, or a country by its own name or people, in the clause:
    what makes a campaign military or fire real."""
    return any(armed(lexicon, word) or nation_named(lexicon, analysis, word)
               for word in party_words(analysis, verb))


def nation_named(lexicon: Lexicon, analysis: Analysis, word: Token) -> bool:
    """A country by its own name, its people's or its seat of government's ("Russia",
    "South African", "Seoul", "the Kremlin"), never another city or a state ("Ohio"), nor
    a word of a person's name that a demonym table knows ("Martin" in "Martin Kessler")."""
    name = name_at(analysis, word.i)
    # the demonym table holds a few US states ("Michigan"): a state is never a nation
    demonym = _demonym(lexicon, word) and not is_us_state(name)
    return is_country(name) or demonym \
        or name.lower().removeprefix("the ") in GOVERNMENT_SEATS \
        or (word.ent_type == "NORP" and bool(lexicon.country(name)))


def _demonym(lexicon: Lexicon, word: Token) -> bool:
    """A people's name ("Hungarian"), not a word of a person's name that the demonym
    table also knows ("Martin" in "Martin Kessler")."""
    return word.ent_type != "PERSON" and bool(lexicon.demonym(word.text))
