"""Look-ups in a sentence's dependency tree shared by the role rules: a child by its
arc, the object of a preposition (multi-word prepositions such as "in front of" act as
the plain one), and the agent of a passive."""

from __future__ import annotations

from communique import timex
from communique.events.vocab import PHRASAL_PREPOSITIONS
from communique.model import Analysis


def child_with(analysis: Analysis, head: int, deps: frozenset[str] | set[str]) -> int | None:
    for child in analysis.children(head):
        if analysis.tokens[child].dep in deps:
            return child
    return None


def prep_object(
    analysis: Analysis, head: int, preps: list[str] | tuple[str, ...]
) -> int | None:
    """Object of the first preposition (in the order given) attached to ``head``."""
    return next(iter(prep_objects(analysis, head, preps)), None)


def prep_objects(
    analysis: Analysis, head: int, preps: list[str] | tuple[str, ...]
) -> list[int]:
    """Objects of the prepositions attached to ``head``, in the order of ``preps``."""
    by_word = prep_phrases(analysis, head)
    return [by_word[p] for p in preps if p in by_word]


def objects_after(analysis: Analysis, head: int, words: frozenset[str]) -> list[int]:
    """Every object of the prepositions (or particles) among ``words`` on ``head``, times
    included: what a rule reads the act from ("sent tents to the victims"), where
    :func:`prep_objects` picks a party."""
    return [g for c in analysis.children(head)
            if analysis.tokens[c].dep in ("prep", "prt", "dative")
            and analysis.tokens[c].text.lower() in words
            for g in analysis.children(c) if analysis.tokens[g].dep == "pobj"]


def objects_and_prep_objects(analysis: Analysis, verb: int) -> list[int]:
    """A verb's direct objects, then the objects of all its prepositions ("used force
    against the strikers", "crushed in Oregon")."""
    objects = [c for c in analysis.children(verb) if analysis.tokens[c].dep == "dobj"]
    return objects + [g for c in analysis.children(verb) if analysis.tokens[c].dep == "prep"
                      for g in analysis.children(c) if analysis.tokens[g].dep == "pobj"]


def prep_phrases(analysis: Analysis, head: int) -> dict[str, int]:
    """Preposition -> its object on ``head`` (the first of each word); "out of X" counts
    as one preposition.  Times are never objects here ("on Monday")."""
    by_word: dict[str, int] = {}
    for child in analysis.children(head):
        token = analysis.tokens[child]
        if token.dep not in ("prep", "dative"):
            continue
        word = token.text.lower()
        pobj = child_with(analysis, child, {"pobj"})
        inner = child_with(analysis, child, {"prep"}) if pobj is None else None
        if inner is not None:
            word = f"{word} {analysis.tokens[inner].text.lower()}"
            pobj = child_with(analysis, inner, {"pobj"})
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
        inner = child_with(analysis, child, {"pobj"}) if token.dep == "prep" else None
        if plain and inner is not None:
            return plain, inner
    return word, pobj


def agent_of(analysis: Analysis, participle: int) -> int | None:
    """The ``by`` agent of a passive participle ("held by Israel" -> Israel)."""
    agent = child_with(analysis, participle, {"agent"})
    return child_with(analysis, agent, {"pobj"}) if agent is not None else None


def time_mentions_under(analysis: Analysis, verb: int) -> list[timex.TimeMention]:
    """The time expressions of the verb's sentence that the verb governs ("met on
    Thursday", "are meeting next week")."""
    governed = set(analysis.subtree(verb))
    sentence = analysis.sentence_of(verb)
    return [
        mention for mention in timex.mentions_in(analysis.text, sentence.start, sentence.end)
        if analysis.token_at(mention.start) in governed
    ]
