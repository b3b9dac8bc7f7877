"""Reports carried by a phrase rather than a clause: "according to X, ...", "in the
latest poll, ...", and "X called it "a disaster"" (a mixed quotation).

- ``according to X, ...`` / ``..., according to X``: the rest of the sentence, on both
  sides of the phrase; a survey speaks the same way through "in" ("in the poll, most
  ...") unless the phrase sits inside the subject of a speech verb.
- ``X called it "..."``: from the verb's object to the end of its phrase, the closing
  quotation mark at least; quoted words closing on a comma or dash end it, and quoted
  words after a second verb joined to it are no part of it.
"""

from __future__ import annotations

from communique.model import Analysis, Span
from communique.quotations import frames, vocab
from communique.quotations.marks import Quoted

__all__ = ["according_to", "in_survey", "naming"]


def according_to(
    text: str, analysis: Analysis, i: int
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'according to X, ...': the sentence around the phrase is the content."""
    to = next((c for c in analysis.children(i) if analysis.tokens[c].text.lower() == "to"), None)
    if to is None:
        return None
    source = next((c for c in analysis.children(to) if analysis.tokens[c].dep == "pobj"), None)
    if source is None:
        return None
    cue = frames.span_of(text, analysis.tokens[i].start, analysis.tokens[to].end)
    return _sentence_around(text, analysis, i, source, cue)


def in_survey(
    text: str, analysis: Analysis, i: int
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'In the latest poll, X leads ...' / '... X leads in the poll': a survey speaks
    through the preposition that places a finding in it; the sentence around is the
    content and the survey the source."""
    source = next((c for c in analysis.children(i) if analysis.tokens[c].dep == "pobj"), None)
    if source is None or analysis.tokens[source].text.lower() not in vocab.SURVEY_NOUNS:
        return None  # the plural too: "gained in the polls" is a standing in the race
    if _inside_a_speaker(analysis, i):
        return None  # "a third of farmers in the survey said ...": they speak, by a verb
    cue = frames.span_of(text, analysis.tokens[i].start, analysis.tokens[i].end)
    return _sentence_around(text, analysis, i, source, cue)


def _inside_a_speaker(analysis: Analysis, i: int) -> bool:
    """Is token ``i`` part of the subject of a reporting verb?"""
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        token = analysis.tokens[i]
        if token.dep in vocab.SUBJECT_DEPS:
            return frames.is_cue(analysis.tokens[token.head], vocab.REPORTING_VERBS)
        i = token.head
    return False


def _sentence_around(
    text: str, analysis: Analysis, i: int, source: int, cue: Span
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """The pieces of ``i``'s sentence before and after the phrase that ends with the
    source's subtree, each long enough to say something."""
    sentence_start, sentence_end = frames.sentence_bounds(analysis, i)
    phrase_end = analysis.tokens[analysis.subtree(source)[-1]].end
    pieces = [
        frames.trim(text, sentence_start, analysis.tokens[i].start),
        frames.trim(text, phrase_end, sentence_end),
    ]
    spans = [p for p in pieces if frames.word_count(text, *p) >= vocab.MIN_WORDS_FRAGMENT]
    if not spans:
        return None
    return spans, cue, source


def naming(
    text: str, analysis: Analysis, verb: int, passages: list[Quoted]
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'X called it "a disaster" and "a farce"': from the object to the end of the verb's
    phrase, the closing mark at least (mixed)."""
    subject = frames.subject_of(analysis, verb)
    if subject is None:
        return None
    reach = _own_phrase_end(analysis, verb)
    after_verb = analysis.tokens[verb].end
    quoted = next(
        (p for p in passages if p.double and after_verb <= p.start < reach), None
    )
    if quoted is None:
        return None
    end = quoted.end if _closes_the_phrase(text, quoted) else max(
        quoted.end, _phrase_end(analysis, verb)
    )
    span = frames.trim(text, after_verb, end)
    return [span], frames.cue_span(analysis, verb, text), subject


def _closes_the_phrase(text: str, quoted: Quoted) -> bool:
    """'called him a "fraud," citing ...': a name whose quoted words end on a comma or a
    dash ends the naming; what follows is the writer's (or a second act)."""
    inner_end = quoted.fragments[-1][1]
    after = text[quoted.end:quoted.end + 2].lstrip()
    return text[inner_end - 1:inner_end] in vocab.NAME_CLOSING_PUNCTUATION or (
        after[:1] in vocab.NAME_CLOSING_PUNCTUATION
    )


def _own_phrase_end(analysis: Analysis, verb: int) -> int:
    """The end of the verb's phrase before a second verb joined to it: quoted words in
    "called him weak and accused him of "lying"" name nothing that was called."""
    joined = [
        c for c in analysis.children(verb)
        if c > verb and analysis.tokens[c].dep in vocab.COORDINATION_DEPS
    ]
    if joined:
        return analysis.tokens[joined[0]].start
    return analysis.tokens[analysis.subtree(verb)[-1]].end


def _phrase_end(analysis: Analysis, verb: int) -> int:
    """Where what follows the verb ends, before a closing phrase of time ("... on Monday")
    and before a second verb joined to it."""
    kept = []
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if token.dep in vocab.COORDINATION_DEPS:
            break  # "called it "a test" and compared it to ...": a second act of its own
        if child > verb and token.pos != "PUNCT" and not frames.is_circumstance(analysis, child):
            kept.append(child)
    return analysis.tokens[analysis.subtree(kept[-1])[-1]].end if kept else 0
