"""Stances carried by an adjective or a noun instead of a verb.

- ``X is confident that ...``, ``X is worried about Y``, ``X was adamant that ...``: the
  holder is the subject of the copula, the content the adjective's complement.
- ``X's claim that ...``, ``the claim by X that ...``, ``X made the argument that ...``:
  the holder is the noun's possessor, its "by" phrase or the subject of a verb that
  makes it ("make", "repeat", "voice"); the content is the "that" clause.  Without a
  holder, only nouns that say someone holds the claim report ("amid fears that ...").
- ``X's attacks on Y``, ``criticism of Y by X``: a stance noun; the content is the object
  of its preposition, the holder as for claim nouns.
"""

from __future__ import annotations

from communique.model import Analysis, Span
from communique.quotations import frames, vocab

Frame = tuple[list[tuple[int, int]], Span, int | None]


def evaluative_frame(text: str, analysis: Analysis, i: int) -> Frame | None:
    """The frame of a stance adjective or a claim noun at token ``i``, if it is one."""
    token = analysis.tokens[i]
    if token.pos in ("ADJ", "VERB") and token.text.lower() in vocab.STANCE_ADJECTIVES:
        return _adjective(text, analysis, i)
    if token.pos == "NOUN" and token.lemma.lower() in vocab.CLAIM_NOUNS:
        return _claim(text, analysis, i)
    if token.pos == "NOUN" and token.lemma.lower() in vocab.STANCE_NOUNS:
        return _stance_noun(text, analysis, i)
    return None


def _stance_noun(text: str, analysis: Analysis, noun: int) -> Frame | None:
    """'X's support for Y', 'the attacks on Y by X': Y, held by X."""
    holder = _holder_of(analysis, noun)
    if holder is None:
        return None
    for child in analysis.children(noun):
        dependent = analysis.tokens[child]
        if child < noun or dependent.dep != "prep":
            continue
        if dependent.text.lower() not in vocab.STANCE_NOUN_PREPOSITIONS:
            continue
        target = next((c for c in analysis.children(child) if c > child), None)
        if target is None:
            return None
        token = analysis.tokens[noun]
        content = frames.token_span(text, analysis, analysis.subtree(target))
        return [content], frames.span_of(text, token.start, dependent.end), holder
    return None


def _adjective(text: str, analysis: Analysis, adjective: int) -> Frame | None:
    token = analysis.tokens[adjective]
    holder = _copula_subject(analysis, adjective)
    if holder is None or analysis.tokens[holder].text.lower() in vocab.QUOTED_PERSON_SUBJECTS:
        return None
    complement = _adjective_complement(analysis, adjective)
    if complement is None:
        return None
    content = frames.token_span(text, analysis, analysis.subtree(complement))
    if frames.word_count(text, *content) < vocab.MIN_WORDS_FRAGMENT:
        return None
    return [content], frames.span_of(text, token.start, token.end), holder


def _adjective_complement(analysis: Analysis, adjective: int) -> int | None:
    """'confident that ...', 'eager to ...': the clause; 'worried about Y': Y."""
    for child in analysis.children(adjective):
        dependent = analysis.tokens[child]
        if child < adjective:
            continue
        if dependent.dep in vocab.CLAUSE_DEPS or dependent.dep == "xcomp":
            return child
        if dependent.dep == "prep" and (
            dependent.text.lower() in vocab.STANCE_ADJECTIVE_PREPOSITIONS
        ):
            return next((c for c in analysis.children(child) if c > child), None)
    copula = analysis.tokens[adjective].head  # "was adamant that ...": the clause hangs there
    return next(
        (c for c in analysis.children(copula)
         if c > adjective and analysis.tokens[c].dep in vocab.CLAUSE_DEPS),
        None,
    )


def _copula_subject(analysis: Analysis, adjective: int) -> int | None:
    """'X is confident': X, the subject of "is"; 'X was worried' parsed as a passive: X."""
    token = analysis.tokens[adjective]
    if token.dep in ("acomp", "oprd"):
        return _plain_subject(analysis, token.head)
    return next(
        (c for c in analysis.children(adjective)
         if analysis.tokens[c].dep == "nsubjpass" and c < adjective),
        None,
    )


def _plain_subject(analysis: Analysis, verb: int) -> int | None:
    subject = next(
        (c for c in analysis.children(verb) if analysis.tokens[c].dep == "nsubj"), None
    )
    if subject is None or analysis.tokens[subject].lemma.lower() in vocab.NOT_A_SPEAKER:
        return None
    return subject


def _claim(text: str, analysis: Analysis, noun: int) -> Frame | None:
    """'X's claim that ...': the "that" clause, held by X; with nobody named ("amid
    fears that ..."), only for nouns that say someone holds it."""
    clause = next(
        (c for c in analysis.children(noun)
         if c > noun and analysis.tokens[c].dep in vocab.CLAIM_CLAUSE_DEPS
         and analysis.tokens[analysis.subtree(c)[0]].text.lower() == "that"
         and analysis.tokens[analysis.subtree(c)[0]].dep == "mark"),
        None,
    )
    if clause is None:
        return None
    holder = _holder_of(analysis, noun)
    token = analysis.tokens[noun]
    if holder is None and token.lemma.lower() not in vocab.UNHELD_CLAIM_NOUNS:
        return None
    content = frames.token_span(text, analysis, analysis.subtree(clause))
    if frames.word_count(text, *content) < vocab.MIN_WORDS_FRAGMENT:
        return None
    return [content], frames.span_of(text, token.start, token.end), holder


def _holder_of(analysis: Analysis, noun: int) -> int | None:
    """'X's claim', 'the claim by X', 'X made the claim': X (but not 'X rejected the
    claim', whose holder is someone else)."""
    for child in analysis.children(noun):
        dependent = analysis.tokens[child]
        word = dependent.text.lower()
        if dependent.dep == "poss" and word not in vocab.QUOTED_PERSON_POSSESSIVES:
            return child
        if dependent.dep == "prep" and word == "by":
            return next(
                (c for c in analysis.children(child) if analysis.tokens[c].dep == "pobj"), None
            )
    token = analysis.tokens[noun]
    verb = analysis.tokens[token.head]
    if token.dep == "dobj" and verb.lemma.lower() in vocab.CLAIM_MAKING_VERBS:
        subject = _plain_subject(analysis, token.head)
        if subject is not None and analysis.tokens[subject].text.lower() not in (
            vocab.QUOTED_PERSON_SUBJECTS
        ):
            return subject
    return None
