"""Attributions that name no source: raising verbs and passive reports.

- ``X seems ready``, ``X appeared to back down``: an impression, nobody's words; the
  content is the subject and what it seems (two fragments).
- ``X is expected to win``: a passive report whose holder is left out; the same shape.
- ``X is seen as Y``: a view held by nobody named; the subject and the "as" phrase.
- ``when asked whether ...`` / ``when asked about Y``: a question put to someone; the
  content is the question (however the parser hangs a clause led by "if", "which",
  "how" ...) or its topic.
- ``donations that appear questionable``: in a relative clause the pronoun stands for
  what the impression is of and is the content's first fragment.

Content of fewer than :data:`vocab.MIN_WORDS_WITHOUT_SOURCE` words makes no report.

The returned frames carry no speaker head (``None``).
"""

from __future__ import annotations

from communique.model import Analysis, Span
from communique.quotations import frames, vocab

Frame = tuple[list[tuple[int, int]], Span, int | None]


def sourceless_frame(text: str, analysis: Analysis, verb: int) -> Frame | None:
    """The frame of a raising verb, a passive report or a question put, if ``verb`` is one."""
    token = analysis.tokens[verb]
    found = None
    if frames.is_cue(token, vocab.RAISING_VERBS):
        found = _raised(text, analysis, verb, "nsubj")
    elif frames.is_cue(token, vocab.PASSIVE_REPORT_VERBS) and token.tag == "VBN":
        found = _raised(text, analysis, verb, "nsubjpass")
    elif frames.is_cue(token, vocab.VIEWING_VERBS) and token.tag == "VBN":
        found = _seen_as(text, analysis, verb)
    elif frames.is_cue(token, vocab.QUESTION_VERBS) and token.tag == "VBN":
        found = _question(text, analysis, verb)
    if found is None or sum(frames.word_count(text, *span) for span in found[0]) < (
        vocab.MIN_WORDS_WITHOUT_SOURCE
    ):
        return None  # "the plan seems odd": too little said to be anybody's view
    return found


def _raised(text: str, analysis: Analysis, verb: int, subject_dep: str) -> Frame | None:
    """'X seems ready', 'X is expected to win': subject and complement; an empty "it"
    subject ("it seems likely that ...") is left out."""
    children = analysis.children(verb)
    subject = next(
        (c for c in children if c < verb and analysis.tokens[c].dep == subject_dep), None
    )
    complement = next(
        (c for c in children if c > verb and (
            analysis.tokens[c].dep in vocab.RAISED_DEPS
            or analysis.tokens[c].text.lower() in vocab.RAISED_PREPOSITIONS
        )),
        None,
    )
    if subject is None or complement is None:
        return None
    if analysis.tokens[subject].text.lower() in vocab.NOT_A_SPEAKER and not _relative_subject(
        analysis, verb, subject
    ):
        return None  # "there seems ...": nothing the impression is of
    spans = [_span(text, analysis, complement)]
    if analysis.tokens[subject].text.lower() not in vocab.EMPTY_SUBJECTS:
        spans.insert(0, _span(text, analysis, subject))
    if frames.word_count(text, *spans[-1]) == 0:
        return None
    return spans, _verb_span(text, analysis, verb), None


def _relative_subject(analysis: Analysis, verb: int, subject: int) -> bool:
    """'donations that appear questionable': the relative pronoun stands for what the
    impression is of, and PolNeAR takes it as the content's first fragment."""
    return (
        analysis.tokens[verb].dep in vocab.RELATIVE_CLAUSE_DEPS
        and analysis.tokens[subject].text.lower() in vocab.RELATIVE_PRONOUNS
    )


def _seen_as(text: str, analysis: Analysis, verb: int) -> Frame | None:
    """'The vote is seen as a test': the subject and the "as" phrase, held by nobody named."""
    children = analysis.children(verb)
    subject = next((c for c in children if analysis.tokens[c].dep == "nsubjpass"), None)
    view = next((c for c in children if c > verb and frames.is_as_phrase(analysis, c)), None)
    if subject is None or view is None or frames.subject_of(analysis, verb) is not None:
        return None
    if analysis.tokens[subject].text.lower() in vocab.NOT_A_SPEAKER:
        return None
    return [_span(text, analysis, subject), _span(text, analysis, view)], _verb_span(
        text, analysis, verb
    ), None


def _question(text: str, analysis: Analysis, verb: int) -> Frame | None:
    """'when asked whether ...' with nobody asking in the sentence: the question asked."""
    if frames.subject_of(analysis, verb) is not None:
        return None
    question = next(
        (c for c in analysis.children(verb)
         if c > verb and (
             analysis.tokens[c].dep in vocab.QUESTION_DEPS or _led_by_question_word(analysis, c)
         )),
        None,
    ) or _topic_asked_about(analysis, verb)
    if question is None:
        return None
    span = _span(text, analysis, question)
    if frames.word_count(text, *span) < vocab.MIN_WORDS_FRAGMENT:
        return None
    return [span], _verb_span(text, analysis, verb), None


def _led_by_question_word(analysis: Analysis, clause: int) -> bool:
    """'Asked if the plan was fair, ...': the parser often hangs the question on the verb
    as an adverbial clause (or worse); a clause led by "if", "which", "how" ... is still
    the question put."""
    first = analysis.subtree(clause)[0]
    return (
        analysis.tokens[clause].pos in vocab.SPOKEN_LINE_POS
        and analysis.tokens[first].text.lower() in vocab.QUESTION_WORDS
    )


def _topic_asked_about(analysis: Analysis, verb: int) -> int | None:
    """'when asked about the merger': the object of the preposition that names the topic."""
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if child > verb and token.dep == "prep" and token.text.lower() in vocab.TOPIC_PREPOSITIONS:
            return next((c for c in analysis.children(child) if c > child), None)
    return None


def _span(text: str, analysis: Analysis, head: int) -> tuple[int, int]:
    return frames.token_span(text, analysis, analysis.subtree(head))


def _verb_span(text: str, analysis: Analysis, verb: int) -> Span:
    return frames.span_of(text, analysis.tokens[verb].start, analysis.tokens[verb].end)
