"""Reported (indirect) speech read off the parse: every report a cue verb carries.

How far content reaches:

- ``X said (that) ...`` / ``X told Y ...``: the verb's clausal complement, "that" included
  (from its subject where the parser made that the verb's object: "felt [her anger] was").
- ``X endorsed Y``: the verb's object and complements, without a closing phrase of time
  ("... in December", "... during the debate").
- ``The bill was opposed by the unions``: a stance verb in the passive; the "by" phrase
  is the source, the passive subject the content.
- ``X told Y to ...``: the addressee and the request; ``X sees Y as Z``: Y and the "as"
  phrase; ``a survey found Y`` / ``..., the audit found.``: research speaks like a speaker.
- ``a strike that the bosses said could hurt profits``: the relative pronoun and what
  follows the cue, as two fragments.
- A condition or reason the parser hung on the cue ("promised to cut fees if he wins") and
  a second "that" clause ("said ..., but that ...") belong to the content.
- ``I think ...`` outside quotation marks, as the sentence's main verb: the writer's view.
- ``X said in a statement that ...`` / ``X said adding Y would ...``: a clause the parser
  hung elsewhere, from its first word to the end of the verb's phrase.
- Cues after or inside their content ("..., X said.", "The plan, X said, is dead.", "as
  X noted"): :mod:`closing`.  "According to X", "in the poll" and "X called it "..."":
  :mod:`phrases`.
- Stance adjectives and claim nouns (:mod:`evaluative`), and reports that name no source
  (``X seems ...``, ``X is expected to ...``, ``when asked whether ...``: :mod:`sourceless`).

Content ends before a trailing aside set off by a comma ("..., which passed in 2010",
:mod:`boundaries`), and runs on to the closing mark of quoted words it opens.  Content
holding a pair of double quotation marks is a mixed quotation.  Cue verbs inside a direct
quotation, or already used by one, make no reported speech; content the parser ran on into
a direct quotation stops before the clause that carries it ("said X but added, "..."");
and a report whose cue lies inside another report's content is part of that content, not
a second attribution.
"""

from __future__ import annotations

from communique.model import Analysis, Entity, Quote, Span
from communique.quotations import closing, frames, phrases, vocab
from communique.quotations.boundaries import without_trailing_aside
from communique.quotations.evaluative import evaluative_frame
from communique.quotations.marks import Quoted
from communique.quotations.sourceless import sourceless_frame


def find_reported(
    text: str,
    analysis: Analysis,
    entities: list[Entity],
    used_verbs: set[int],
    covered: list[tuple[int, int]],
    passages: list[Quoted],
) -> list[Quote]:
    """Reported speech of an article (module docstring), outside the direct quotations."""
    quotes: list[Quote] = []
    for token in analysis.tokens:
        if token.i in used_verbs or _inside(covered, token.start):
            continue
        found = _frame(text, analysis, token.i, passages)
        if found is None:
            continue
        spans, cue, speaker_head = found
        if any(_overlaps(covered, a, b) for a, b in spans):
            spans = _before_direct(text, analysis, spans, covered)
            if spans is None:
                continue
        quote = _to_quote(text, analysis, spans, cue, speaker_head, entities)
        quote = _without_aside(text, analysis, quote)
        quotes.append(_with_quoted_words_whole(text, quote, passages))
    return [_clipped(text, quote, quotes) for quote in _outermost(quotes)]


def _before_direct(
    text: str, analysis: Analysis, spans: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Content the parser ran on into a direct quotation ("said the harvest was late but
    added, "..."", "said the plan was dead, adding "..."") stops before the clause that
    carries the quotation.  Content with no such clause, or that keeps too few words, is
    no report: the quotation is the attribution."""
    *before, (start, end) = spans
    if any(_overlaps(covered, a, b) for a, b in before) or _inside(covered, start):
        return None
    stop = min(a for a, b in covered if start < a < end)
    tokens = frames.token_range(analysis, start, end)
    carrier = _carrying_clause(analysis, tokens, stop)
    if carrier is None:
        return None
    first = analysis.subtree(carrier)[0]
    while first - 1 > tokens[0] and analysis.tokens[first - 1].dep in vocab.JOINING_DEPS:
        first -= 1
    cut = frames.trim(text, start, analysis.tokens[first].start)
    if frames.word_count(text, *cut) < vocab.MIN_WORDS_FRAGMENT:
        return None
    return [*before, cut]


def _carrying_clause(analysis: Analysis, tokens: range, stop: int) -> int | None:
    """The outermost clause inside ``tokens`` that holds the token at offset ``stop`` and
    is coordinated with or hung on the content's clause rather than part of it."""
    inside = set(tokens)
    at = next((i for i in tokens if analysis.tokens[i].start >= stop), None)
    carrier = None
    while at in inside and analysis.tokens[at].head != at:
        if analysis.tokens[at].dep in vocab.CARRYING_DEPS:
            carrier = at
        at = analysis.tokens[at].head
    if carrier is None or carrier == tokens[0] or analysis.subtree(carrier)[0] <= tokens[0]:
        return None
    return carrier


def _without_aside(text: str, analysis: Analysis, quote: Quote) -> Quote:
    """The quote with its content cut before a trailing aside (:mod:`boundaries`)."""
    last = without_trailing_aside(text, analysis, *quote.spans[-1])
    if last == quote.spans[-1]:
        return quote
    spans = [*quote.spans[:-1], last]
    return Quote(quote.kind, spans, " ".join(text[a:b] for a, b in spans), quote.cue, quote.speaker)


def _with_quoted_words_whole(text: str, quote: Quote, passages: list[Quoted]) -> Quote:
    """Content that opens a pair of double quotation marks runs to their closing mark:
    the parser often ends the clause inside the quoted words ('he was "worried about the
    state, and it is vital ..."'), and a speaker's words are never cut in half."""
    start, end = quote.spans[-1]
    closing = max(
        (p.end for p in passages
         if p.double and p.closed is not None and start <= p.start < end < p.end
         and "\n" not in text[end:p.end]),
        default=end,
    )
    if closing == end:
        return quote
    spans = [*quote.spans[:-1], (start, closing)]
    return Quote("mixed", spans, " ".join(text[a:b] for a, b in spans), quote.cue, quote.speaker)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Reports whose cue lies outside every other report's content: in "X said Y believes
    Z", Y's belief is part of what X said, not a second attribution."""
    return [quote for quote in quotes if not any(_nested(quote, other) for other in quotes)]


def _nested(inner: Quote, outer: Quote) -> bool:
    """Is ``inner``'s cue inside ``outer``'s content (and not the other way round, where
    two reports that take each other in keep both)?"""
    if inner is outer or inner.cue is None or not _inside(outer.spans, inner.cue.start):
        return False
    return outer.cue is None or not _inside(inner.spans, outer.cue.start)


def _clipped(text: str, quote: Quote, others: list[Quote]) -> Quote:
    """Content stops where another report's speaker begins ("according to a poll, most
    agree, the agency reported": the poll's content ends before "the agency")."""
    spans = []
    for start, end in quote.spans:
        for other in others:
            speaker = other.speaker
            if other is quote or speaker is None or other.cue is None:
                continue
            if not start < speaker.start < end or other.cue.start < speaker.start:
                continue
            if other.spans[-1][1] <= speaker.start:  # the other's content precedes its cue
                end = min(end, speaker.start)
        start, end = frames.trim(text, start, end)
        if frames.word_count(text, start, end) > 0:
            spans.append((start, end))
    if spans == quote.spans or not spans:
        return quote
    joined = " ".join(text[a:b] for a, b in spans)
    return Quote(quote.kind, spans, joined, quote.cue, quote.speaker)


def _frame(
    text: str, analysis: Analysis, i: int, passages: list[Quoted]
) -> tuple[list[tuple[int, int]], Span, int | None] | None:
    token = analysis.tokens[i]
    if token.text.lower() == "according":
        return phrases.according_to(text, analysis, i)
    if token.text.lower() in vocab.SURVEY_PREPOSITIONS:
        return phrases.in_survey(text, analysis, i)
    if frames.is_cue(token, vocab.NAMING_VERBS):
        named = phrases.naming(text, analysis, i, passages)
        if named is not None:
            return named
    if frames.is_cue(token, vocab.VIEWING_VERBS):
        viewed = _seen_as(text, analysis, i)
        if viewed is not None:
            return viewed
    if frames.is_cue(token, vocab.PASSIVE_AGENT_VERBS) and token.tag in vocab.PASSIVE_TAGS:
        passive = _passive_with_agent(text, analysis, i)
        if passive is not None:
            return passive
    if frames.is_cue(token, vocab.REPORTING_VERBS):
        reporting = _reporting(text, analysis, i, _in_quoted_words(passages, token.start))
        if reporting is not None:
            return reporting
    return sourceless_frame(text, analysis, i) or evaluative_frame(text, analysis, i)


def _reporting(
    text: str, analysis: Analysis, verb: int, quoted: bool
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """``quoted``: the verb stands inside quoted words, where "I think" is the quoted
    speaker's own hedge, not an attribution."""
    subject = frames.subject_of(analysis, verb)
    aside = closing.as_aside(text, analysis, verb)
    if aside is not None:
        source = subject if subject is not None else frames.agent_of(analysis, verb)
        return None if source is None else (aside, frames.cue_span(analysis, verb, text), source)
    if subject is None:
        return None
    if analysis.tokens[subject].text.lower() in vocab.QUOTED_PERSON_SUBJECTS and (
        quoted or not _writer_states(analysis, verb, subject)
    ):
        return None
    if _needs_a_name(analysis, verb, subject):
        return None
    cue = frames.cue_span(analysis, verb, text)
    complement = next(
        (c for c in analysis.children(verb)
         if c > verb and analysis.tokens[c].dep in vocab.CLAUSE_DEPS),
        None,
    )
    if complement is not None:
        first = _stranded_subject(analysis, verb, complement, cue.end)
        indices = analysis.subtree(complement)
        if indices[0] < subject < verb:
            return _around_the_cue(text, analysis, indices, subject, verb, cue)
        last = _second_that_clause(analysis, verb, complement) or _with_condition(
            analysis, verb, indices[-1]
        )
        span = frames.token_span(text, analysis, [first or indices[0], last])
        return ([span], cue, subject) if frames.word_count(text, *span) > 1 else None
    token = analysis.tokens[verb]
    clause = _misattached_clause(text, analysis, verb)
    if clause is not None and frames.is_cue(token, vocab.REPORTING_VERBS - vocab.STANCE_ONLY_VERBS):
        return [clause], cue, subject
    clause = _clause_read_as_object(text, analysis, verb)
    if clause is not None:
        return [clause], cue, subject
    request = _request(text, analysis, verb)
    if request is not None:
        return [request], cue, subject
    finding = _research_finding(analysis, verb, subject)
    if frames.is_cue(token, vocab.SPEECH_VERBS) or finding:
        spans = closing.content_around(text, analysis, verb, subject)
        if spans is not None:
            return spans, cue, subject
    if frames.is_cue(token, vocab.STANCE_CUES) or finding:
        span = _for_clause(text, analysis, verb) or _complements(text, analysis, verb, cue.end)
        if span is not None:
            return [span], cue, subject
    return None  # "X believes." with nothing believed is no report


def _passive_with_agent(
    text: str, analysis: Analysis, verb: int
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'The bill was opposed by the unions': the "by" phrase names the holder, the passive
    subject what the stance is about."""
    agent = frames.agent_of(analysis, verb)
    subject = next(
        (c for c in analysis.children(verb) if analysis.tokens[c].dep in vocab.SUBJECT_DEPS),
        None,
    )
    if agent is None or subject is None or subject > verb:
        return None
    indices = analysis.subtree(subject)
    cue = frames.cue_span(analysis, verb, text)
    return [frames.token_span(text, analysis, indices)], cue, agent


def _writer_states(analysis: Analysis, verb: int, subject: int) -> bool:
    """Is "I think ..." outside quotation marks the writer's own view: a first person,
    stated as the sentence's main verb and not denied ("when I asked", "as we know" and
    "I didn't know" report nothing the writer holds)?"""
    return (
        analysis.tokens[subject].text.lower() in vocab.WRITER_SUBJECTS
        and analysis.tokens[verb].dep == "ROOT"
        and not any(analysis.tokens[c].dep == "neg" for c in analysis.children(verb))
    )


def _in_quoted_words(passages: list[Quoted], offset: int) -> bool:
    return any(a <= offset < b for p in passages for a, b in p.fragments)


def _with_condition(analysis: Analysis, verb: int, last: int) -> int:
    """``last`` moved to the end of a clause the parser hung on the reporting verb right
    after its content: a condition ("promised to cut the fees if he wins"), under which
    what was promised holds, or an infinitive that belongs to the content's last noun
    ("praised the council's plan to widen the road"; tuned on train: all-attribution F1
    +0.0008, direct exact F1 unchanged)."""
    for child in analysis.children(verb):
        if child <= last or analysis.tokens[child].dep not in vocab.CONDITION_DEPS:
            continue
        subtree = analysis.subtree(child)
        opener = analysis.tokens[subtree[0]].text.lower()
        between = range(last + 1, subtree[0])
        if opener in vocab.CONDITION_OPENERS and all(
            analysis.tokens[i].pos == "PUNCT" for i in between
        ):
            return subtree[-1]
        if opener == "to" and subtree[0] == last + 1:
            return subtree[-1]
    return last


def _second_that_clause(analysis: Analysis, verb: int, complement: int) -> int | None:
    """The last token of a second "that" clause joined to the verb after its complement
    ("said the state needs roads, but that he would not raise taxes"): the parser hangs
    it on the verb, yet it is reported too."""
    last = None
    for child in analysis.children(verb):
        if child < complement or analysis.tokens[child].dep not in vocab.COORDINATION_DEPS:
            continue
        if any(
            analysis.tokens[c].dep == "mark" and analysis.tokens[c].text.lower() == "that"
            for c in analysis.children(child)
        ):
            last = analysis.subtree(child)[-1]
    return last


def _around_the_cue(
    text: str, analysis: Analysis, indices: list[int], subject: int, verb: int, cue: Span
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'a strike that the bosses said could hurt profits': the complement's subject (the
    relative pronoun) stands before the speaker; the content is it and what follows the
    cue, without the speaker and the cue between them."""
    speaker_first = frames.mention_bounds(analysis, subject)[0]
    before = [i for i in indices if i < speaker_first]
    after = [i for i in indices if i > verb]
    if not before or not after:
        return None
    spans = [frames.token_span(text, analysis, before), frames.token_span(text, analysis, after)]
    return (spans, cue, subject) if frames.word_count(text, *spans[1]) > 1 else None


def _research_finding(analysis: Analysis, verb: int, subject: int) -> bool:
    """'a survey found 90 percent support', '..., the audit found.': a verb of finding
    whose subject is a piece of research speaks like a verb of saying, object and all."""
    return frames.is_cue(analysis.tokens[verb], vocab.FINDING_VERBS) and (
        analysis.tokens[subject].lemma.lower() in vocab.RESEARCH_NOUNS
    )


def _needs_a_name(analysis: Analysis, verb: int, subject: int) -> bool:
    """A verb that reports a stance only when a named source holds it ("Smith sought a
    recount"; "the county sought funds" is an act, not a stance)."""
    named_only = frames.is_cue(analysis.tokens[verb], vocab.NAMED_SOURCE_STANCE_VERBS)
    return named_only and analysis.tokens[subject].pos != "PROPN"


def _stranded_subject(analysis: Analysis, verb: int, complement: int, cue_end: int) -> int | None:
    """The first word of the complement's subject when the parser made it the reporting
    verb's object: "X felt her anger was over the top" read as "felt [her anger]"."""
    token = analysis.tokens[verb]
    if token.lemma.lower() in vocab.ADDRESSEE_VERBS:
        return None  # "told reporters that ...": the object is whom X told
    for child in analysis.children(verb):
        if verb < child < complement and analysis.tokens[child].dep == "dobj":
            first = analysis.subtree(child)[0]
            return first if analysis.tokens[first].start >= cue_end else None
    return None


def _misattached_clause(text: str, analysis: Analysis, verb: int) -> tuple[int, int] | None:
    """A clause the parser hung elsewhere that still holds what the verb reports.

    "X said in a statement that ...": the "that" clause goes to "statement"; "X said
    legalizing it would ...": the gerund subject makes an open complement of "said".
    Either way the content runs from the clause's first word to the end of the verb's
    phrase.
    """
    subtree = analysis.subtree(verb)
    end = analysis.tokens[subtree[-1]].end
    for i in subtree:
        token = analysis.tokens[i]
        if i <= verb:
            continue
        if frames.word_count(text, analysis.tokens[verb].end, token.start) > (
            vocab.MAX_WORDS_BEFORE_MISATTACHED_CLAUSE
        ):
            return None
        gerund = token.dep == "xcomp" and token.head == verb and token.tag == "VBG"
        that = token.text.lower() == "that" and token.dep == "mark" and _under_circumstance(
            analysis, token.head, verb
        )
        if gerund or that:
            span = frames.trim(text, token.start, end)
            return span if frames.word_count(text, *span) > vocab.MIN_WORDS_FRAGMENT else None
    return None


def _clause_read_as_object(text: str, analysis: Analysis, verb: int) -> tuple[int, int] | None:
    """"X says the rise in taxes that Y decries makes it harder": a verb that takes no
    noun for an object, whose "object" has a finite verb under it, reports a clause the
    parser read as a noun phrase."""
    if not frames.is_cue(analysis.tokens[verb], vocab.CLAUSE_ONLY_VERBS):
        return None
    noun = next(
        (c for c in analysis.children(verb) if c > verb and analysis.tokens[c].dep == "dobj"),
        None,
    )
    if noun is None:
        return None
    subtree = analysis.subtree(noun)
    if not any(analysis.tokens[i].tag in vocab.FINITE_VERB_TAGS for i in subtree):
        return None
    span = frames.token_span(text, analysis, subtree)
    return span if frames.word_count(text, *span) > vocab.MIN_WORDS_FRAGMENT else None


def _under_circumstance(analysis: Analysis, clause: int, verb: int) -> bool:
    """The clause hangs from the object of one of the verb's prepositions ("said in a
    statement that ...")."""
    noun = analysis.tokens[analysis.tokens[clause].head]
    if noun.dep != "pobj":
        return False
    preposition = analysis.tokens[noun.head]
    return preposition.dep == "prep" and preposition.head == verb


def _complements(
    text: str, analysis: Analysis, verb: int, cue_end: int
) -> tuple[int, int] | None:
    """'X endorsed Y', 'X accused Y of Z': the verb's complements after the cue."""
    kept = [
        c for c in analysis.children(verb)
        if c > verb and analysis.tokens[c].dep in vocab.COMPLEMENT_DEPS
        and analysis.tokens[c].start >= cue_end
    ]
    while kept and analysis.tokens[kept[0]].dep == "prep":
        preposition = analysis.tokens[kept[0]].text.lower()
        if preposition not in vocab.CUE_PREPOSITIONS:
            kept.pop(0)  # "spoke in Ohio": a circumstance, not what was said
            continue
        objects = [c for c in analysis.children(kept[0]) if c > kept[0]]
        kept = objects + kept[1:]  # "called for X": X is the content
    if not kept:
        return None
    first = analysis.subtree(kept[0])[0]
    last = analysis.subtree(kept[-1])[-1]
    span = frames.trim(text, analysis.tokens[first].start, analysis.tokens[last].end)
    if frames.word_count(text, *span) < vocab.MIN_WORDS_FRAGMENT:
        return None
    while len(kept) > 1 and frames.is_circumstance(analysis, kept[-1]):
        kept.pop()  # "endorsed the mayor in December": when is not what was endorsed
    last = _with_condition(analysis, verb, analysis.subtree(kept[-1])[-1])
    return frames.trim(text, analysis.tokens[first].start, analysis.tokens[last].end)


def _for_clause(text: str, analysis: Analysis, verb: int) -> tuple[int, int] | None:
    """'called for the minister to resign': the parser makes "for" the mark of a clause
    hung on the verb; the clause after it is what was called for."""
    for child in analysis.children(verb):
        subtree = analysis.subtree(child)
        mark = analysis.tokens[subtree[0]]
        if (
            analysis.tokens[child].dep == "advcl" and subtree[0] == verb + 1
            and mark.dep == "mark" and mark.text.lower() in vocab.CUE_PREPOSITIONS
            and len(subtree) > 1
        ):
            return frames.token_span(text, analysis, subtree[1:])
    return None


def _request(text: str, analysis: Analysis, verb: int) -> tuple[int, int] | None:
    """'X told the residents to leave': whom a verb of address tells and what it tells
    them to do, from the addressee to the end of the request."""
    if analysis.tokens[verb].lemma.lower() not in vocab.ADDRESSEE_VERBS:
        return None
    children = [c for c in analysis.children(verb) if c > verb]
    addressee = next((c for c in children if analysis.tokens[c].dep == "dobj"), None)
    request = next((c for c in children if analysis.tokens[c].dep == "xcomp"), None)
    if addressee is None or request is None or request < addressee:
        return None
    reach = [analysis.subtree(addressee)[0], analysis.subtree(request)[-1]]
    return frames.token_span(text, analysis, reach)


def _seen_as(
    text: str, analysis: Analysis, verb: int
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'X sees the vote as a test': a view of something as something, from the object to
    the end of the "as" phrase."""
    subject = frames.subject_of(analysis, verb)
    if subject is None or analysis.tokens[subject].text.lower() in vocab.QUOTED_PERSON_SUBJECTS:
        return None
    children = [c for c in analysis.children(verb) if c > verb]
    thing = next((c for c in children if analysis.tokens[c].dep == "dobj"), None)
    view = next((c for c in children if frames.is_as_phrase(analysis, c)), None)
    if thing is None or view is None or view < thing:
        return None
    reach = [analysis.subtree(thing)[0], analysis.subtree(view)[-1]]
    cue = frames.cue_span(analysis, verb, text)
    return [frames.token_span(text, analysis, reach)], cue, subject


def _inside(covered: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in covered)


def _overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in covered)


def _has_quote_pair(text: str, spans: list[tuple[int, int]]) -> bool:
    joined = " ".join(text[a:b] for a, b in spans)
    opening = [k for k, c in enumerate(joined) if c in vocab.DOUBLE_OPENERS or c == '"']
    return bool(opening) and any(
        c in vocab.DOUBLE_CLOSERS or c == '"' for c in joined[opening[0] + 1:]
    )


def _with_closing_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """Content that opens quoted words and ends just before their closing mark ('to "keep
    it under wraps."') takes the mark in, so that the quoted words stay whole."""
    piece = text[start:end]
    opened = sum(piece.count(c) for c in vocab.DOUBLE_OPENERS)
    closed = sum(piece.count(c) for c in vocab.DOUBLE_CLOSERS)
    if opened <= closed:
        return start, end
    for i in range(end, min(end + vocab.MAX_CHARS_TO_CLOSING_MARK, len(text))):
        if text[i] in vocab.DOUBLE_CLOSERS:
            return start, i + 1
        if text[i].isalnum():
            break
    return start, end


def _to_quote(
    text: str,
    analysis: Analysis,
    spans: list[tuple[int, int]],
    cue: Span,
    speaker_head: int | None,
    entities: list[Entity],
) -> Quote:
    spans = [*spans[:-1], _with_closing_mark(text, *spans[-1])]
    return Quote(
        kind="mixed" if _has_quote_pair(text, spans) else "indirect",
        spans=spans,
        text=" ".join(text[a:b] for a, b in spans),
        cue=cue,
        speaker=(
            None if speaker_head is None
            else frames.speaker_at(analysis, speaker_head, entities, text)
        ),
    )
