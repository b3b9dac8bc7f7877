"""What a trigger codes as (:class:`Coding`) and the look-ups every coding rule shares:
the CAMEO code of a meeting or act noun, and which phrases are adjuncts of time or
manner rather than what a verb acts on."""

from __future__ import annotations

from dataclasses import dataclass

from communique.events.lexicon import Pattern
from communique.events.vocab import (
    ADJUNCT_PREPOSITIONS,
    COMPLAINT_CODE,
    COMPLAINT_NOUNS,
    COMPLAINT_VERBS,
    NOUN_TRIGGERS,
)
from communique.model import Analysis, Token

CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
MEETING_ROOT = "04"  # CAMEO "consult": meetings, visits, talks
TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class Coding:
    code: str
    verb_form: str
    pattern: Pattern | None
    # the act is the doer's own negation of assent ("has not accepted"): a refusal that
    # happened, although the verb it rests on is negated
    refusal: bool = False


def adjunct(analysis: Analysis, child: int) -> bool:
    token = analysis.tokens[child]
    if token.dep == "prep" and token.text.lower() in ADJUNCT_PREPOSITIONS:
        return True
    if token.dep == "npadvmod" and token.ent_type in TIME_LABELS:
        return True
    objects = [c for c in analysis.children(child) if analysis.tokens[c].dep == "pobj"]
    return token.dep == "prep" and bool(objects) and all(
        analysis.tokens[o].ent_type in TIME_LABELS for o in objects)


def code_noun(analysis: Analysis, noun: int) -> Coding | None:
    token = analysis.tokens[noun]
    if token.pos != "NOUN":
        return None
    for form in (token.text.lower(), token.lemma.lower()):
        if form in NOUN_TRIGGERS:
            if lodged_complaint(analysis, token):
                return Coding(COMPLAINT_CODE, form, None)
            return Coding(NOUN_TRIGGERS[form], form, None)
    return None


def lodged_complaint(analysis: Analysis, noun: Token) -> bool:
    """"lodged a protest with Turkey" is an official complaint, not a demonstration."""
    governor = analysis.tokens[noun.head]
    return (noun.dep == "dobj" and noun.lemma.lower() in COMPLAINT_NOUNS
            and governor.lemma.lower() in COMPLAINT_VERBS)
