"""Where the content of a reported attribution stops: asides set off at its end.

Reported content read off the parse is a whole subtree, and the parser hangs on it what
the writer added about it rather than what was said: a non-restrictive relative clause
("..., which passed in 2010"), an apposition ("..., a rise of 4 percent"), a clause set
against it ("..., while the others ...") or a report of its own ("..., telling ...").
PolNeAR's content stops before them; so does ours.  An "apposition" with items coordinated
on it is the rest of a list the parser misread ("of Ryan, Lee and Ward") and stays.
"""

from __future__ import annotations

from communique.model import Analysis
from communique.quotations import frames, vocab


def without_trailing_aside(text: str, analysis: Analysis, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` cut before an aside that is set off by a comma and runs to its end.

    The first such aside counts (an aside inside an aside goes with it), and the cut
    leaves at least :data:`vocab.MIN_WORDS_FRAGMENT` words.
    """
    tokens = list(frames.token_range(analysis, start, end))
    if len(tokens) < 2:
        return start, end
    if analysis.tokens[tokens[-1]].dep == "cc":
        # "said the team was tired but added ...": the parser hung the "but" that joins
        # the second verb on the content
        return frames.trim(text, start, analysis.tokens[tokens[-1]].start)
    second = _second_report(analysis, tokens)
    if second is not None:
        cut = frames.trim(text, start, analysis.tokens[second].start)
        if frames.word_count(text, *cut) >= vocab.MIN_WORDS_FRAGMENT:
            return cut
    last = tokens[-1]
    for i in tokens[1:]:
        token = analysis.tokens[i]
        if not _is_aside(analysis, i) or not tokens[0] <= token.head <= last:
            continue
        subtree = analysis.subtree(i)
        comma = subtree[0] - 1
        if subtree[-1] < last or comma <= tokens[0]:
            continue
        if analysis.tokens[comma].text not in vocab.ASIDE_OPENERS:
            continue
        if max(j for j in analysis.subtree(token.head) if j < comma) != comma - 1:
            continue  # it describes no phrase that ends at the comma: a misparsed list
        cut = frames.trim(text, start, analysis.tokens[comma].start)
        if frames.word_count(text, *cut) >= vocab.MIN_WORDS_FRAGMENT:
            return cut
    return start, end


def _is_aside(analysis: Analysis, i: int) -> bool:
    """A relative clause or an apposition, or a clause led by a contrast marker ("...,
    while the others ..."): the writer's words about the content, not the speaker's.  So
    is a speech verb's participle ("..., telling reporters ..."): a report of its own."""
    token = analysis.tokens[i]
    if token.dep in vocab.TRAILING_ASIDE_DEPS:
        return not _heads_a_list(analysis, i)
    if token.tag in vocab.ASIDE_REPORT_TAGS and token.lemma.lower() in vocab.SPEECH_VERBS:
        return True
    return token.dep in vocab.CONTRAST_CLAUSE_DEPS and any(
        analysis.tokens[j].dep == "mark"
        and analysis.tokens[j].text.lower() in vocab.CONTRAST_MARKERS
        for j in analysis.children(i)
    )


def _heads_a_list(analysis: Analysis, i: int) -> bool:
    """'the re-election of Ryan, Sen. Lee and Sen. Ward': the parser reads the second item
    of a list as an apposition to the first; an "apposition" with items coordinated on it
    is the rest of the list, which the content keeps."""
    return any(
        analysis.tokens[c].dep in vocab.LIST_ITEM_DEPS for c in analysis.children(i)
    )


def _second_report(analysis: Analysis, tokens: list[int]) -> int | None:
    """The "and" before a second speech verb of the same speaker that the parser hung on
    the content ("X said the plan works and predicted it would pass"): what follows is a
    report of its own (:func:`frames.subject_of` gives it X), not part of the first."""
    for i in tokens[1:]:
        token = analysis.tokens[i]
        if not frames.continues_a_report(analysis, i) or token.head not in tokens:
            continue
        before = i - 1
        if analysis.tokens[before].dep == "cc" and before > tokens[0]:
            return before
    return None
