"""Cues set after or inside their content: "..., X said.", "The plan, X said, is dead.",
"As the paper noted, ...".

- ``..., X said.``: from the start of the cue's sentence up to the comma before the cue
  clause -- never further back; a speaker named after the cue keeps its description
  ("..., said Jane Roe, a lawyer.").  Only when that leaves no words (the parser cut ",
  X added." off as a sentence of its own) does the content become the previous sentence
  of the same paragraph.
- A cue set off by commas inside its sentence takes both sides, as two fragments.
- ``As the paper noted, ...`` / ``..., as X reported.``: the clause the aside is set off
  from, without it.
"""

from __future__ import annotations

from communique.model import Analysis, Sentence
from communique.quotations import frames, vocab

__all__ = ["as_aside", "content_around"]


def content_around(
    text: str, analysis: Analysis, verb: int, subject: int
) -> list[tuple[int, int]] | None:
    """Content of a cue that follows it ('..., X said.') or interrupts it ('The plan, X
    said, is dead.'): see the module docstring."""
    if _has_own_object(analysis, verb):
        return None  # "..., he urged the voters to stay home": what he urged follows him
    mention_first, mention_last = frames.mention_bounds(analysis, subject)
    clause_start = min(mention_first, verb)
    if not _after_comma(text, analysis.tokens[clause_start].start):
        return None
    sentence_start, sentence_end = frames.sentence_bounds(analysis, verb)
    before = frames.trim(text, sentence_start, analysis.tokens[clause_start].start)
    clause_end = max(
        analysis.tokens[mention_last].end, analysis.tokens[verb].end,
        _description_end(analysis, subject, verb),
    )
    rest = text[clause_end:sentence_end].lstrip()
    after_words = frames.word_count(text, clause_end, sentence_end)
    interrupts = after_words > vocab.MAX_WORDS_AFTER_PARENTHETICAL_CUE or (
        after_words > 0 and not _has_verb(analysis, *before)
    )  # "The levy, X said, will rise": what precedes the cue is not a clause of its own
    if rest.startswith(",") and interrupts:
        after = frames.trim(text, clause_end, sentence_end)
        has_verb = _has_verb(analysis, *before) or _has_verb(analysis, *after)
        return [before, after] if frames.word_count(text, *before) > 0 and has_verb else None
    if after_words > vocab.MAX_WORDS_AFTER_PARENTHETICAL_CUE:
        return None
    if frames.word_count(text, *before) > 0:
        # "On Tuesday, X said" has a circumstance before the cue, not what was said.
        return [before] if _has_verb(analysis, *before) else None
    previous = _previous_sentence(text, analysis, analysis.sentence_of(verb))
    return None if previous is None else [frames.trim(text, previous.start, previous.end)]


def as_aside(text: str, analysis: Analysis, verb: int) -> list[tuple[int, int]] | None:
    """'As the paper noted, the plan failed' / '..., as X reported.': a cue in a clause led
    by "as" that reports nothing of its own vouches for the clause it hangs on; the content
    is that clause without the aside, within the sentence."""
    token = analysis.tokens[verb]
    children = analysis.children(verb)
    if not frames.is_cue(token) or token.dep != "advcl" or token.head == verb or not any(
        analysis.tokens[c].dep == "mark" and analysis.tokens[c].text.lower() in vocab.AS_MARKERS
        for c in children
    ):
        return None
    if any(analysis.tokens[c].dep in vocab.OWN_OBJECT_DEPS for c in children if c > verb):
        return None  # "as X told reporters that ...": a report of its own
    aside = analysis.subtree(verb)
    if not _set_off_by_comma(analysis, aside) or frames.word_count(
        text, token.end, analysis.tokens[aside[-1]].end
    ) > vocab.MAX_WORDS_AFTER_AS_CUE:
        return None  # "as he replied to ...": a time, not a source vouching for the clause
    start, end = frames.sentence_bounds(analysis, verb)
    clause = [
        i for i in analysis.subtree(token.head)
        if not aside[0] <= i <= aside[-1] and start <= analysis.tokens[i].start < end
    ]
    while clause and analysis.tokens[clause[-1]].pos == "PUNCT":
        clause.pop()  # the sentence's full stop
    pieces = [
        [i for i in clause if i < aside[0]],
        [i for i in clause if i > aside[-1]],
    ]
    spans = [frames.token_span(text, analysis, piece) for piece in pieces if piece]
    spans = [  # "And, as X noted, ...": a connective alone is no part of what was noted
        span for span in spans if frames.word_count(text, *span) >= vocab.MIN_WORDS_FRAGMENT
    ]
    if sum(frames.word_count(text, *span) for span in spans) < vocab.MIN_WORDS_WITHOUT_SOURCE:
        return None
    return spans


def _set_off_by_comma(analysis: Analysis, indices: list[int]) -> bool:
    tokens = analysis.tokens
    before, after = indices[0] - 1, indices[-1] + 1
    return (before >= 0 and tokens[before].text == ",") or (
        after < len(tokens) and tokens[after].text == ","
    )


def _description_end(analysis: Analysis, subject: int, verb: int) -> int:
    """Where a speaker named after the cue ends with its description: "..., said Jane
    Roe, a lawyer for the firm." -- the apposition is part of the source, not content."""
    if subject < verb:
        return 0
    return analysis.tokens[analysis.subtree(subject)[-1]].end


def _has_verb(analysis: Analysis, start: int, end: int) -> bool:
    return any(
        analysis.tokens[i].pos in ("VERB", "AUX") for i in frames.token_range(analysis, start, end)
    )


def _after_comma(text: str, offset: int) -> bool:
    """The clause at ``offset`` follows a comma or a dash, also one inside the closing mark
    of quoted words ('was "a mistake," she said')."""
    before = text[:offset].rstrip().rstrip("".join(vocab.CLOSING_MARKS)).rstrip()
    return bool(before) and before[-1] in ",—–"


def _previous_sentence(text: str, analysis: Analysis, sentence: Sentence) -> Sentence | None:
    index = analysis.tokens[sentence.first_token].sent
    if index == 0:
        return None
    previous = analysis.sentences[index - 1]
    return None if "\n" in text[previous.start:sentence.start] else previous


def _has_own_object(analysis: Analysis, verb: int) -> bool:
    """Does the cue take an object or a complement after it (the addressee of "told
    reporters" aside)?  Then it is no cue set after its content."""
    addressed = analysis.tokens[verb].lemma.lower() in vocab.ADDRESSEE_VERBS
    for child in analysis.children(verb):
        dep = analysis.tokens[child].dep
        if child > verb and dep in vocab.OWN_OBJECT_DEPS and not (addressed and dep == "dobj"):
            return True
    return False
