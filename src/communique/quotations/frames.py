"""Reading a speech frame off the parse: the cue verb, its speaker and their spans.

Shared by direct quotations (where the cue is found next to the quotation marks) and
reported speech (where the cue's clausal complement is the content).
"""

from __future__ import annotations

import bisect

from communique.actors import entity_at
from communique.model import Analysis, Entity, Span, Speaker, Token
from communique.quotations import vocab


def token_range(analysis: Analysis, start: int, end: int) -> range:
    """Indices of the tokens that lie wholly inside ``[start, end)``."""
    starts = [t.start for t in analysis.tokens]
    first = bisect.bisect_left(starts, start)
    last = first
    while last < len(analysis.tokens) and analysis.tokens[last].end <= end:
        last += 1
    return range(first, last)


def is_cue(token: Token, lemmas: frozenset[str] = vocab.SPEECH_VERBS) -> bool:
    return token.pos in ("VERB", "AUX") and token.lemma.lower() in lemmas


def subject_of(analysis: Analysis, verb: int) -> int | None:
    """The token heading who speaks: the verb's subject, or that of the verb it extends.

    "X tweeted, saying ..." and "X said and added ..." take X from the governing verb;
    in "the envoy, who said ..." the speaker is "who" (see :func:`antecedent_of`).
    """
    seen: set[int] = set()
    current = verb
    while current not in seen:
        seen.add(current)
        token = analysis.tokens[current]
        subject = _nearest_subject(analysis, current)
        if subject is not None and analysis.tokens[subject].dep == "nsubjpass":
            return agent_of(analysis, current)  # "X is expected to ...": X is not the one
        if subject is not None:
            subject = _on_line_of(analysis, subject, verb)
            lemma = analysis.tokens[subject].lemma.lower()
            if lemma in vocab.RELATIVE_PRONOUNS and token.dep == "relcl":
                return subject  # "who" as written; speaker_at resolves it to its noun
            return None if lemma in vocab.NOT_A_SPEAKER else subject
        if _reads_as_subject(analysis, current):
            return token.head
        governing = _verb_over_preposition(analysis, current)
        if governing is not None:
            current = governing  # "X, after saying ..., left": X says it
            continue
        if token.dep == "acl" and token.tag == "VBG":
            return _sender_of(analysis, token.head)
        if _adds_to_a_report(analysis, current) or continues_a_report(analysis, current):
            current = analysis.tokens[token.head].head  # "X said Y would ..., adding ...": X adds
            continue
        if token.dep not in vocab.SUBJECT_SHARING_DEPS or token.head >= current:
            return None  # a verb before its head ("Asked whether ..., X said") is not X's
        if token.tag == "VBN" and token.dep != "conj":
            return None  # "X said when asked": the participle's doer is someone else
        current = token.head
    return None


def _nearest_subject(analysis: Analysis, verb: int) -> int | None:
    """The verb's subject; where the parser gave it two ("people with views ... to
    organize, she said" hangs "people" on "said" too), the one nearest the verb."""
    subjects = [
        c for c in analysis.children(verb) if analysis.tokens[c].dep in vocab.SUBJECT_DEPS
    ]
    return min(subjects, key=lambda c: abs(c - verb), default=None)


def continues_a_report(analysis: Analysis, verb: int) -> bool:
    """Is ``verb`` a second speech verb, with no subject of its own, joined to the content
    of a report ("X said the plan works and predicted ...")?  Then X speaks again."""
    token = analysis.tokens[verb]
    head = analysis.tokens[token.head]
    return (
        token.dep == "conj" and is_cue(token, vocab.SECOND_REPORT_VERBS)
        and head.dep in vocab.CLAUSE_DEPS
        and head.head < token.head and _nearest_subject(analysis, verb) is None
    )


def _adds_to_a_report(analysis: Analysis, verb: int) -> bool:
    """Is ``verb`` a speech verb's participle hung on the content of another report ("X
    said the tax would rise, adding ...")?  Then the reporter speaks, not the content's
    subject."""
    token = analysis.tokens[verb]
    head = analysis.tokens[token.head]
    return (
        token.dep in vocab.SUBJECT_SHARING_DEPS and token.tag in vocab.ASIDE_REPORT_TAGS
        and is_cue(token) and head.dep in vocab.CLAUSE_DEPS and head.head < token.head
    )


def _verb_over_preposition(analysis: Analysis, verb: int) -> int | None:
    """The verb above a gerund that is the object of a preposition ("after saying", "by
    arguing"), whose subject is the gerund's doer."""
    token = analysis.tokens[verb]
    if token.dep != "pcomp" or token.tag != "VBG":
        return None
    preposition = analysis.tokens[token.head]
    governing = analysis.tokens[preposition.head]
    if preposition.dep != "prep" or governing.pos not in ("VERB", "AUX"):
        return None
    return preposition.head


def _sender_of(analysis: Analysis, noun: int) -> int | None:
    """Who speaks through 'a statement saying ...': the subject of the verb that has the
    statement as its object ("X issued a statement saying"), else the noun itself ("a
    poll showing ...")."""
    token = analysis.tokens[noun]
    if token.pos not in vocab.SPEAKER_POS:
        return None
    if token.dep == "dobj":
        subject = next(
            (c for c in analysis.children(token.head)
             if analysis.tokens[c].dep == "nsubj"),
            None,
        )
        if subject is not None and analysis.tokens[subject].lemma.lower() not in (
            vocab.NOT_A_SPEAKER
        ):
            return subject
    return noun


def agent_of(analysis: Analysis, verb: int) -> int | None:
    """The doer of a passive verb: the object of its "by" phrase, if it has one."""
    for child in analysis.children(verb):
        if analysis.tokens[child].dep == "agent":
            return next(
                (c for c in analysis.children(child) if analysis.tokens[c].dep == "pobj"), None
            )
    return None


def _on_line_of(analysis: Analysis, subject: int, verb: int) -> int:
    """The subject as far as it lies on the verb's line: a heading with no full stop is
    parsed into the first subject of the next paragraph ("Heading\n\nThe minister said")."""
    text, tokens = analysis.text, analysis.tokens
    low, high = sorted((tokens[subject].start, tokens[verb].start))
    if "\n" not in text[low:high]:
        return subject
    same_line = [
        i for i in analysis.subtree(subject)
        if i < verb and "\n" not in text[tokens[i].start:tokens[verb].start]
        and tokens[i].pos in vocab.SPEAKER_POS
    ]
    return same_line[-1] if same_line else subject


def _reads_as_subject(analysis: Analysis, verb: int) -> bool:
    """'..., the agency reported.' parsed as a noun with a participle clause: a finite
    verb right after a noun, with no agent of its own, is that noun's report."""
    token = analysis.tokens[verb]
    head = analysis.tokens[token.head]
    finite = token.tag in vocab.FINITE_PAST_PRESENT_TAGS
    if not finite and token.tag == "VBN":  # "..., the agency reported." tagged as participle
        first = mention_bounds(analysis, token.head)[0]
        finite = first > 0 and analysis.tokens[first - 1].text == ","
    return (
        token.dep == "acl"
        and finite
        and head.pos in vocab.SPEAKER_POS
        and token.head == verb - 1
        and not any(analysis.tokens[c].dep == "agent" for c in analysis.children(verb))
    )


def mention_bounds(analysis: Analysis, head: int) -> tuple[int, int]:
    """Token bounds ``[first, last]`` of a speaker mention as written, without description.

    The mention keeps what precedes its head (titles, names, determiners, possessives),
    a following "of/for/at/from" phrase and coordinated names ("a majority of voters",
    "Smith and Jones"), and stops before an apposition or a relative clause, so
    "Smith, who chairs the panel," gives "Smith".  A role noun with
    a name in apposition ("his lawyer, Jane Roe,") gives the name.
    """
    token = analysis.tokens[head]
    first, last = head, head
    for child in analysis.children(head):
        if child < head and analysis.tokens[child].dep not in vocab.DESCRIPTION_DEPS:
            first = min(first, analysis.subtree(child)[0])
    for child in analysis.children(head):
        child_token = analysis.tokens[child]
        if child == last + 1 and child_token.dep in vocab.NAME_CONTINUATION_DEPS:
            last = child
        elif child == last + 1 and _part_of_mention(child_token):
            last = analysis.subtree(child)[-1]
        elif child_token.dep == "appos" and child_token.pos == "PROPN" and token.pos != "PROPN":
            if child == last + 1:  # "professor Smith": the title and the name are one mention
                last = mention_bounds(analysis, child)[1]
            else:  # "his lawyer, Jane Roe,": the name is the mention
                return mention_bounds(analysis, child)
    for i in range(first, head):  # what precedes a comma or a line break is not the name
        if analysis.tokens[i].text == "," or "\n" in analysis.text[
            analysis.tokens[i].start:analysis.tokens[i + 1].start
        ]:
            first = i + 1
    while first < head and analysis.tokens[first].dep == "punct":
        first += 1
    return first, _with_bracketed_note(analysis, last)


def _with_bracketed_note(analysis: Analysis, last: int) -> int:
    """'Rep. Jane Roe (D-Ohio)': a short bracketed note right after a name belongs to it."""
    tokens = analysis.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].text != "(":
        return last
    for i in range(last + 2, min(last + 2 + vocab.MAX_BRACKETED_NOTE_TOKENS, len(tokens))):
        if tokens[i].text == ")":
            return i
        if tokens[i].pos in ("VERB", "AUX"):
            break
    return last


def antecedent_of(analysis: Analysis, pronoun: int) -> int | None:
    """The noun a relative pronoun stands for: "the envoy" in "the envoy, who said"."""
    token = analysis.tokens[pronoun]
    verb = analysis.tokens[token.head]
    if token.lemma.lower() in vocab.RELATIVE_PRONOUNS and verb.dep == "relcl":
        return verb.head
    return None


def speaker_at(
    analysis: Analysis, head: int, entities: list[Entity], text: str
) -> Speaker:
    """The speaker mention headed by token ``head``, resolved to an entity where one matches.

    A relative pronoun ("who said") is kept as written and resolved through its noun.
    """
    first, last = mention_bounds(analysis, head)
    start, end = analysis.tokens[first].start, analysis.tokens[last].end
    entity = entity_at(entities, start, end)
    antecedent = antecedent_of(analysis, head)
    if entity is None and antecedent is not None:
        first, last = mention_bounds(analysis, antecedent)
        entity = entity_at(entities, analysis.tokens[first].start, analysis.tokens[last].end)
    return Speaker(
        start=start,
        end=end,
        text=text[start:end],
        entity=None if entity is None else entity.id,
        name=None if entity is None else entity.name,
    )


def _part_of_mention(token: Token) -> bool:
    """'a majority of voters', 'a spokesman for the campaign', 'Smith and Jones'."""
    if token.dep == "prep":
        return token.text.lower() in vocab.MENTION_PREPOSITIONS
    return token.dep in ("cc", "conj")


def sentence_bounds(analysis: Analysis, i: int) -> tuple[int, int]:
    """The sentence of token ``i``, cut to the paragraph (line) the token is in: the parser
    runs headings without a full stop into the next paragraph's first sentence."""
    sentence = analysis.sentence_of(i)
    text, token = analysis.text, analysis.tokens[i]
    line_start = text.rfind("\n", sentence.start, token.start) + 1 or sentence.start
    line_end = text.find("\n", token.end, sentence.end)
    return max(sentence.start, line_start), sentence.end if line_end < 0 else line_end


def cue_span(analysis: Analysis, verb: int, text: str) -> Span:
    """The cue as written: the verb, with a particle ("point out") or an audience ("told
    reporters") that directly follows it."""
    last = verb
    for child in analysis.children(verb):
        token = analysis.tokens[child]
        if child != last + 1:
            continue
        if token.dep == "prt" or (
            token.dep in ("dobj", "dative") and token.text.lower() in vocab.AUDIENCE_NOUNS
        ):
            last = child
    start, end = analysis.tokens[verb].start, analysis.tokens[last].end
    return Span(start, end, text[start:end])


def speaker_between(text: str, start: int, end: int, entities: list[Entity]) -> Speaker:
    """The speaker written at ``[start, end)`` (a transcript label, a headline's subject),
    resolved to an entity where one matches."""
    entity = entity_at(entities, start, end)
    return Speaker(start, end, text[start:end], None if entity is None else entity.id,
                   None if entity is None else entity.name)


def span_of(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without edge spaces and clause punctuation (commas, colons, dashes)."""
    while start < end and text[start] in vocab.EDGE_TRIM:
        start += 1
    while end > start and text[end - 1] in vocab.EDGE_TRIM:
        end -= 1
    return start, end


def word_count(text: str, start: int, end: int) -> int:
    return sum(1 for w in text[start:end].split() if any(c.isalnum() for c in w))


def token_span(text: str, analysis: Analysis, indices: list[int]) -> tuple[int, int]:
    """The trimmed span from the first to the last of ``indices``."""
    return trim(text, analysis.tokens[indices[0]].start, analysis.tokens[indices[-1]].end)


def is_circumstance(analysis: Analysis, i: int) -> bool:
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
        names_a_time(analysis, o) or analysis.tokens[o].lemma.lower() in vocab.VENUE_NOUNS
        for o in objects
    )


def names_a_time(analysis: Analysis, i: int) -> bool:
    start = analysis.tokens[i].start
    return any(
        n.label in vocab.TIME_LABELS and n.start <= start < n.end for n in analysis.names
    )


def is_as_phrase(analysis: Analysis, i: int) -> bool:
    """Is token ``i`` the "as" of a view ("sees the vote as a test", "is seen as a test")?"""
    return analysis.tokens[i].dep == "prep" and analysis.tokens[i].text.lower() == "as"
