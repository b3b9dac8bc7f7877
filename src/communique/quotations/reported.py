"""Reported (indirect) speech, "according to" and mixed quotations, read off the parse.

How far content reaches:

- ``X said (that) ...`` / ``X told Y ...``: the verb's clausal complement, "that" included
  (from its subject where the parser made that the verb's object: "felt [her anger] was").
- ``X endorsed Y``: the verb's object and complements, without a closing phrase of time
  ("... in December", "... during the debate").
- ``..., X said.`` (the cue after its content): from the start of the cue's sentence up
  to the comma before the cue clause -- never further back; a speaker named after the
  cue keeps its description ("..., said Jane Roe, a lawyer.").  Only when that leaves no
  words (the parser cut ", X added." off as a sentence of its own) does the content
  become the previous sentence of the same paragraph.  A cue set off by commas inside
  its sentence (``The plan, X said, is dead.``) takes both sides, as two fragments.
- ``according to X, ...`` / ``..., according to X``: the rest of the sentence, on both
  sides of the phrase.
- ``X called it "..."``: from the verb's object to the end of its phrase, the closing
  quotation mark at least (mixed); quoted words closing on a comma or dash end it, and
  quoted words after a second verb joined to it are no part of it.
- ``The bill was opposed by the unions``: a stance verb in the passive; the "by" phrase
  is the source, the passive subject the content.

- ``X told Y to ...``: the addressee and the request; ``X sees Y as Z``: Y and the "as"
  phrase; ``a survey found Y`` / ``..., the audit found.``: research speaks like a speaker.
- ``a strike that the bosses said could hurt profits``: the relative pronoun and what
  follows the cue, as two fragments.
- A condition or reason the parser hung on the cue ("promised to cut fees if he wins") and
  a second "that" clause ("said ..., but that ...") belong to the content.
- ``I think ...`` outside quotation marks, as the sentence's main verb: the writer's view.
- ``As the paper noted, ...`` / ``..., as X reported.``: the clause the aside is set off
  from, without it.
- ``X said in a statement that ...`` / ``X said adding Y would ...``: a clause the parser
  hung elsewhere, from its first word to the end of the verb's phrase.
- Stance adjectives and claim nouns (:mod:`evaluative`), and reports that name no source
  (``X seems ...``, ``X is expected to ...``, ``when asked whether ...``: :mod:`sourceless`).

Content ends before a trailing aside set off by a comma ("..., which passed in 2010",
:mod:`boundaries`), and runs on to the closing mark of quoted words it opens.  Content
holding a pair of double quotation marks is a mixed quotation.  Cue verbs inside a direct
quotation, or already used by one, make no reported speech, and a report whose cue lies
inside another report's content is part of that content, not a second attribution.
"""

from __future__ import annotations

from communique.model import Analysis, Entity, Quote, Sentence, Span
from communique.quotations import frames, vocab
from communique.quotations.boundaries import without_trailing_aside
from communique.quotations.evaluative import evaluative_frame
from communique.quotations.marks import Quoted
from communique.quotations.sourceless import sourceless_frame

STANCE_CUES = vocab.STANCE_VERBS | vocab.NAMED_SOURCE_STANCE_VERBS
REPORTING_VERBS = (
    vocab.SPEECH_VERBS | vocab.COGNITION_VERBS | STANCE_CUES
) - vocab.DIRECT_ONLY_VERBS


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
            continue
        quote = _to_quote(text, analysis, spans, cue, speaker_head, entities)
        quote = _without_aside(text, analysis, quote)
        quotes.append(_with_quoted_words_whole(text, quote, passages))
    return [_clipped(text, quote, quotes) for quote in _outermost(quotes)]


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
        return _according_to(text, analysis, i)
    if token.text.lower() in vocab.SURVEY_PREPOSITIONS:
        return _in_survey(text, analysis, i)
    if frames.is_cue(token, vocab.NAMING_VERBS):
        named = _naming(text, analysis, i, passages)
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
    if frames.is_cue(token, REPORTING_VERBS):
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
    aside = _as_aside(text, analysis, verb)
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
        span = _token_span(text, analysis, [first or indices[0], last])
        return ([span], cue, subject) if frames.word_count(text, *span) > 1 else None
    token = analysis.tokens[verb]
    clause = _misattached_clause(text, analysis, verb)
    if clause is not None and frames.is_cue(token, REPORTING_VERBS - vocab.STANCE_ONLY_VERBS):
        return [clause], cue, subject
    clause = _clause_read_as_object(text, analysis, verb)
    if clause is not None:
        return [clause], cue, subject
    request = _request(text, analysis, verb)
    if request is not None:
        return [request], cue, subject
    finding = _research_finding(analysis, verb, subject)
    if frames.is_cue(token, vocab.SPEECH_VERBS) or finding:
        spans = content_around(text, analysis, verb, subject)
        if spans is not None:
            return spans, cue, subject
    if frames.is_cue(token, STANCE_CUES) or finding:
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
    return [_token_span(text, analysis, indices)], frames.cue_span(analysis, verb, text), agent


def _as_aside(text: str, analysis: Analysis, verb: int) -> list[tuple[int, int]] | None:
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
    spans = [_token_span(text, analysis, piece) for piece in pieces if piece]
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
    """``last`` moved to the end of a condition the parser hung on the reporting verb
    right after its content ("promised to cut the fees if he wins"): what was promised
    holds under it."""
    for child in analysis.children(verb):
        if child <= last or analysis.tokens[child].dep not in vocab.CONDITION_DEPS:
            continue
        subtree = analysis.subtree(child)
        between = range(last + 1, subtree[0])
        if all(analysis.tokens[i].pos == "PUNCT" for i in between) and (
            analysis.tokens[subtree[0]].text.lower() in vocab.CONDITION_OPENERS
        ):
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
    spans = [_token_span(text, analysis, before), _token_span(text, analysis, after)]
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
    span = _token_span(text, analysis, subtree)
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
    while len(kept) > 1 and _is_circumstance(analysis, kept[-1]):
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
            return _token_span(text, analysis, subtree[1:])
    return None


def _is_circumstance(analysis: Analysis, i: int) -> bool:
    """A prepositional phrase that says when ("in December", "during the debate") or
    where the words were put ("in a tweet", "on television"), not what: other phrases
    after an object mostly belong to it ("a concert in support of")."""
    token = analysis.tokens[i]
    if token.dep != "prep":
        return False
    if token.text.lower() in vocab.CIRCUMSTANCE_PREPOSITIONS:
        return True
    objects = [c for c in analysis.children(i) if analysis.tokens[c].dep == "pobj"]
    return any(
        _names_a_time(analysis, o) or analysis.tokens[o].lemma.lower() in vocab.VENUE_NOUNS
        for o in objects
    )


def _names_a_time(analysis: Analysis, i: int) -> bool:
    start = analysis.tokens[i].start
    return any(
        n.label in vocab.TIME_LABELS and n.start <= start < n.end for n in analysis.names
    )


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
    return _token_span(text, analysis, reach)


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
    view = next(
        (c for c in children
         if analysis.tokens[c].dep == "prep" and analysis.tokens[c].text.lower() == "as"),
        None,
    )
    if thing is None or view is None or view < thing:
        return None
    reach = [analysis.subtree(thing)[0], analysis.subtree(view)[-1]]
    return [_token_span(text, analysis, reach)], frames.cue_span(analysis, verb, text), subject


def _has_own_object(analysis: Analysis, verb: int) -> bool:
    """Does the cue take an object or a complement after it (the addressee of "told
    reporters" aside)?  Then it is no cue set after its content."""
    addressed = analysis.tokens[verb].lemma.lower() in vocab.ADDRESSEE_VERBS
    for child in analysis.children(verb):
        dep = analysis.tokens[child].dep
        if child > verb and dep in vocab.OWN_OBJECT_DEPS and not (addressed and dep == "dobj"):
            return True
    return False


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


def _according_to(
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


def _in_survey(
    text: str, analysis: Analysis, i: int
) -> tuple[list[tuple[int, int]], Span, int] | None:
    """'In the latest poll, X leads ...' / '... X leads in the poll': a survey speaks
    through the preposition that places a finding in it; the sentence around is the
    content and the survey the source."""
    source = next((c for c in analysis.children(i) if analysis.tokens[c].dep == "pobj"), None)
    if source is None or analysis.tokens[source].text.lower() not in vocab.SURVEY_NOUNS:
        return None  # the plural too: "gained in the polls" is a standing in the race
    if _inside_a_speaker(analysis, i):
        return None  # "20 percent of people in the poll said ...": they speak, by a verb
    cue = frames.span_of(text, analysis.tokens[i].start, analysis.tokens[i].end)
    return _sentence_around(text, analysis, i, source, cue)


def _inside_a_speaker(analysis: Analysis, i: int) -> bool:
    """Is token ``i`` part of the subject of a reporting verb?"""
    seen: set[int] = set()
    while i not in seen:
        seen.add(i)
        token = analysis.tokens[i]
        if token.dep in vocab.SUBJECT_DEPS:
            return frames.is_cue(analysis.tokens[token.head], REPORTING_VERBS)
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


def _naming(
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
        if child > verb and token.pos != "PUNCT" and not _is_circumstance(analysis, child):
            kept.append(child)
    return analysis.tokens[analysis.subtree(kept[-1])[-1]].end if kept else 0


def _token_span(text: str, analysis: Analysis, indices: list[int]) -> tuple[int, int]:
    return frames.trim(text, analysis.tokens[indices[0]].start, analysis.tokens[indices[-1]].end)


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
