"""Whether a reported act happened: negation, and the modes that make it hypothetical.

An act is *negated* when its clause is negated ("was not discussed", "no talks") or a
governing verb denies it ("failed to agree", "refused to meet").  It is *hypothetical*
when a modal auxiliary qualifies it ("will sign"), a governing verb projects it
("are expected to be signed", "plan to visit", "urged them to withdraw"), a condition
frames it ("if they meet"), an adjective does ("a possible visit"), it is the purpose of
another act ("flew to Ankara to help the victims"), or its verb is in the present tense
and dated ahead of the article ("the ministers are meeting next week").  Neither kind
is ever counted as having happened; ``mode`` names which it is.  A negated hesitation
asserts the intent ("would not hesitate to strike"), and a negated assent is itself a
refusal (:func:`as_refusal`).
"""

from __future__ import annotations

from dataclasses import dataclass

from communique import timex
from communique.events.tree import time_mentions_under
from communique.events.vocab import (
    CONDITIONAL_MARKERS,
    FACTIVE_GOVERNORS,
    GOVERNOR_MODES,
    HYPOTHETICAL_ADJECTIVES,
    LITOTES_GOVERNORS,
    MODAL_AUXILIARIES,
    NEGATING_GOVERNORS,
    NEGATORS,
    REFUSAL_STATED_MODES,
    REPORTED_FUTURE_AUXILIARIES,
    REPORTING_VERBS,
)
from communique.model import Analysis, Token

# Mode of a complement under a verb with no listed meaning ("spent an hour to agree").
UNASSERTED = "unasserted"
# Mode of an infinitive adjunct of purpose ("flew to Ankara to help the victims").
PURPOSE_MODE = "purpose"
# Mode of an act in the present tense dated ahead ("the envoys meet tomorrow").
PLANNED_MODE = "planned"
# Tags of a verb in the present tense, which a date ahead turns into an arrangement.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Day words that count forward from the article itself.
AHEAD_OF_THE_ARTICLE = frozenset({"tomorrow"})
# How far up a chain of governing verbs modality is looked for.
MAX_GOVERNORS = 4


@dataclass(slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    mode: str | None = None
    future: bool = False  # the clause is about what will happen (dates count forward)
    deontic: bool = False  # "must", "should": someone requires the act


def negated_here(analysis: Analysis, head: int) -> bool:
    """Whether a verb or noun carries its own negator ("has not accepted", "never")."""
    return any(analysis.tokens[c].dep == "neg"
               or (analysis.tokens[c].dep in ("advmod", "det")
                   and analysis.tokens[c].text.lower() in NEGATORS)
               for c in analysis.children(head))


def as_refusal(found: Modality) -> Modality:
    """"Has not accepted the verdict", "will never recognize the vote": the negation is the
    act (a refusal, made when stated), so it is neither negated nor, when the doer states
    it as its own future or plan, hypothetical.  A condition still makes it one
    ("if it does not accept")."""
    stated = found.mode in REFUSAL_STATED_MODES
    return Modality(negated=False, hypothetical=found.hypothetical and not stated,
                    mode=None if stated else found.mode, future=found.future,
                    deontic=found.deontic)


def _own_markers(analysis: Analysis, head: int, found: Modality) -> None:
    """Negators, modal auxiliaries and conditions attached to one verb or noun."""
    for child in analysis.children(head):
        token = analysis.tokens[child]
        word = token.text.lower()
        if token.dep == "neg" or (token.dep in ("advmod", "det") and word in NEGATORS):
            found.negated = True
            found.mode = found.mode or "negated"
        elif token.dep in ("aux", "auxpass") and (
            mode := MODAL_AUXILIARIES.get(_modal(analysis, token))
        ):
            found.hypothetical = True
            found.mode = found.mode or mode
            found.future = found.future or mode == "future"
            found.deontic = found.deontic or mode == "demanded"
        elif token.dep == "aux" and token.lemma == "go" and token.tag == "VBG":
            found.hypothetical, found.future = True, True
            found.mode = found.mode or "future"
        elif token.dep == "mark" and word in CONDITIONAL_MARKERS:
            found.hypothetical = True
            found.mode = found.mode or "conditional"
        elif token.dep == "amod" and word in HYPOTHETICAL_ADJECTIVES:
            found.hypothetical = True
            found.mode = found.mode or HYPOTHETICAL_ADJECTIVES[word]


def _modal(analysis: Analysis, token: Token) -> str:
    """The modal a token stands for: "'d" before a bare verb is "would" ("we'd urge");
    before a participle it is "had" ("they'd urged"), no modal."""
    word = token.text.lower().replace("’", "'")
    if word == "'d":
        return "would" if analysis.tokens[token.head].tag == "VB" else "had"
    return word


def _governor_marker(lemma: str, dep: str, found: Modality) -> bool:
    """Apply what a governing word says of its complement; False ends the walk."""
    if lemma in LITOTES_GOVERNORS:
        return True  # "would not hesitate to strike": see _litotes
    if lemma in NEGATING_GOVERNORS:
        found.negated = True
        found.mode = found.mode or NEGATING_GOVERNORS[lemma]
        return False
    if lemma in FACTIVE_GOVERNORS:
        return True
    if lemma in GOVERNOR_MODES or dep == "xcomp":
        found.hypothetical = True
        found.mode = found.mode or GOVERNOR_MODES.get(lemma, UNASSERTED)
        found.future = True
    return True


def _litotes(analysis: Analysis, governor: int, found: Modality) -> None:
    """"Would not hesitate to use force": the negated hesitation asserts the intent, so the
    act is the doer's stated future, not a negated one."""
    markers = Modality()
    _own_markers(analysis, governor, markers)
    found.hypothetical, found.future = True, True
    found.mode = found.mode or ("future" if markers.negated else UNASSERTED)


def _purpose_clause(analysis: Analysis, verb: int) -> bool:
    """"Opened a centre to fight forest fires": an infinitive adjunct is the aim of the
    act it modifies, not an act done."""
    return any(analysis.tokens[c].dep == "aux" and analysis.tokens[c].tag == "TO"
               for c in analysis.children(verb))


def _arranged_ahead(analysis: Analysis, verb: int) -> bool:
    """"The ministers are meeting next week", "the envoys meet tomorrow": a verb in the
    present tense (or its progressive) with a time expression it governs that counts
    forward from the article is an arrangement, not an act done.  "Met the next day" is
    past and stays an act."""
    return _present(analysis, verb) and any(
        _counts_forward(mention) for mention in time_mentions_under(analysis, verb)
    )


def _present(analysis: Analysis, verb: int) -> bool:
    """Present simple or progressive; a base form with a subject and no auxiliary is
    the tagger's reading of a plural present ("the envoys meet")."""
    token = analysis.tokens[verb]
    children = [analysis.tokens[c] for c in analysis.children(verb)]
    auxiliaries = [c for c in children if c.dep in ("aux", "auxpass")]
    if token.tag in PRESENT_TAGS:
        return True
    if token.tag == "VB":
        return not auxiliaries and any(c.dep == "nsubj" for c in children)
    return token.tag == "VBG" and any(c.tag in PRESENT_TAGS for c in auxiliaries)


def _counts_forward(mention: timex.TimeMention) -> bool:
    """"Tomorrow", "next week", "the coming months": ahead of the article.  "The next
    day" counts from the story's own last date, not from the article's."""
    if mention.kind == "day_offset":
        return mention.text.lower() in AHEAD_OF_THE_ARTICLE
    return mention.kind == "period" and mention.offset > 0


def _reported_future(analysis: Analysis, trigger: int) -> bool:
    """"Serbia said it would not accept the plan": "would" in reported speech is the
    reporter's own future (a stated intention or refusal), not a mere possibility."""
    token = analysis.tokens[trigger]
    reporter = analysis.tokens[token.head]
    return token.dep == "ccomp" and reporter.lemma.lower() in REPORTING_VERBS and any(
        analysis.tokens[c].dep == "aux"
        and analysis.tokens[c].text.lower() in REPORTED_FUTURE_AUXILIARIES
        for c in analysis.children(trigger))


def modality(analysis: Analysis, trigger: int) -> Modality:
    found = Modality()
    _own_markers(analysis, trigger, found)
    if not found.hypothetical and _arranged_ahead(analysis, trigger):
        found.hypothetical, found.future, found.mode = True, True, PLANNED_MODE
    if found.hypothetical and _reported_future(analysis, trigger):
        found.mode, found.future = "future", True
    current = trigger
    for _ in range(MAX_GOVERNORS):
        token = analysis.tokens[current]
        if token.head == current:
            break
        governor = analysis.tokens[token.head]
        if token.dep == "acomp":  # "is willing to withdraw": the copula carries on
            _own_markers(analysis, governor.i, found)  # "is not ready to withdraw"
            current = governor.i
            continue
        if token.dep == "xcomp" and governor.lemma.lower() in LITOTES_GOVERNORS:
            _litotes(analysis, governor.i, found)
        elif token.dep == "xcomp" or (token.dep == "ccomp"
                                      and governor.lemma in GOVERNOR_MODES):
            if not _governor_marker(governor.lemma.lower(), token.dep, found):
                break
            # a negated or modal governor carries over: "did not agree to meet"
            _own_markers(analysis, governor.i, found)
        elif token.dep == "advcl":
            _own_markers(analysis, current, found)
            if _purpose_clause(analysis, current):
                found.hypothetical, found.future = True, True
                found.mode = found.mode or PURPOSE_MODE
            break
        elif token.dep in ("acl", "relcl") and _purpose_clause(analysis, current):
            # "took the first step to sign", "a decision to withdraw": not yet done
            found.hypothetical, found.future = True, True
            found.mode = found.mode or UNASSERTED
            break
        elif token.dep in ("conj",):
            _own_markers(analysis, governor.i, found)
        else:
            break
        current = governor.i
    return found
