"""Direct quotations: quoted passages attributed through the cue beside them.

For every quoted passage (see :mod:`marks`) the clause right after it ("...," he said)
and the clause right before it (He said: "..." / He said, "...") are searched for a
speech verb; its subject is the speaker.  A clause ending in a colon with no speech
verb is a colon cue.  Passages joined by nothing but their cue clause form one split
quotation ("...," she said, "..." and "...," she said. "..."); so do a later passage of
the same paragraph and a quoted paragraph that have no cue of their own, and a passage
too short to stand alone right after a cue clause ('"...," she said. "Never."').  A passage
with no cue is a quotation only when it stands as a sentence of its own and is long
enough; shorter ones (titles, nicknames, scare quotes), title-case names of works and
passages inside a sentence are left to reported speech, which may take them into a
mixed quotation.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.model import Analysis, Entity, Quote, Span, Speaker, Token
from communique.quotations import frames, vocab
from communique.quotations.marks import Quoted


@dataclass(slots=True)
class Frame:
    """A cue found beside a passage, and the clause it sits in."""

    cue: Span
    verb: int | None  # token index of the speech verb; None for a bare colon
    speaker_head: int | None
    clause: tuple[int, int]  # characters of the cue clause
    side: str  # "before" | "after"


@dataclass(slots=True)
class Group:
    """Passages that make up one direct quotation, with the frame that attributes them."""

    passages: list[Quoted]
    frame: Frame | None
    standalone: bool

    @property
    def end(self) -> int:
        return self.passages[-1].end


@dataclass(slots=True)
class DirectResult:
    quotes: list[Quote]
    used_verbs: set[int]  # cue verbs taken by direct quotations
    # character extents of the quoted passages (marks included); what lies between two
    # passages of one quotation ("..., he said, adding that ...") may be a report of its own
    covered: list[tuple[int, int]]


def find_direct(
    text: str,
    analysis: Analysis,
    passages: list[Quoted],
    paragraphs: list[tuple[int, int]],
    entities: list[Entity],
) -> DirectResult:
    """Direct quotations of an article from its quoted passages (module docstring)."""
    groups: list[Group] = []
    for index, passage in enumerate(passages):
        left = _left_limit(passages, index, paragraphs)
        right = _right_limit(passages, index, paragraphs)
        group = _classify(text, analysis, passage, left, right)
        if group is None and groups and _short_sequel(text, groups[-1], passage, left, right):
            group = Group([passage], None, True)
        if group is None:
            continue
        if group.frame is None:
            group.frame = _frame_in_previous_paragraph(text, analysis, passage, paragraphs)
        if groups and _joins(text, groups[-1], group):
            _merge(groups[-1], group)
        else:
            groups.append(group)
    quotes = [_to_quote(text, analysis, g, entities) for g in groups]
    used = {g.frame.verb for g in groups if g.frame is not None and g.frame.verb is not None}
    covered = [(p.start, p.end) for g in groups for p in g.passages]
    return DirectResult(quotes, used, covered)


# --- where a passage's cue may be --------------------------------------------------------


def _paragraph_of(paragraphs: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for start, end in paragraphs:
        if start <= offset < end:
            return start, end
    return offset, offset


def _left_limit(passages: list[Quoted], index: int, paragraphs: list[tuple[int, int]]) -> int:
    start = _paragraph_of(paragraphs, passages[index].start)[0]
    if index > 0 and passages[index - 1].end > start:
        start = passages[index - 1].end
    return start


def _right_limit(passages: list[Quoted], index: int, paragraphs: list[tuple[int, int]]) -> int:
    passage = passages[index]
    end = _paragraph_of(paragraphs, max(passage.end - 1, passage.start))[1]
    if index + 1 < len(passages) and passages[index + 1].start < end:
        end = passages[index + 1].start
    return end


def _frame_in_previous_paragraph(
    text: str, analysis: Analysis, passage: Quoted, paragraphs: list[tuple[int, int]]
) -> Frame | None:
    """'The minister said in a statement:' closing one paragraph introduces the quotation
    that opens the next."""
    start = _paragraph_of(paragraphs, passage.start)[0]
    if text[start:passage.start].strip():
        return None
    previous = [p for p in paragraphs if p[1] <= start]
    if not previous or not text[previous[-1][0]:previous[-1][1]].rstrip().endswith(":"):
        return None
    head = _head_clause(text, previous[-1][0], previous[-1][1])
    return _frame_before(text, analysis, head)


def is_sentence_end(text: str, i: int, limit: int) -> bool:
    """Does the character at ``i`` end a sentence ("." before a space and a capital...)."""
    if text[i] not in vocab.SENTENCE_END:
        return False
    after = text[i + 1] if i + 1 < limit else " "
    if not (after.isspace() or after in vocab.ALL_QUOTE_MARKS):
        return False
    if text[i] != ".":
        return True
    word_start = i
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:i].strip("\"'“‘(").lower()
    return not (word in vocab.ABBREVIATIONS or len(word) == 1 or "." in word)


def _tail_clause(text: str, start: int, limit: int) -> tuple[int, int]:
    """From ``start`` to the end of the sentence it is in (at most ``limit``)."""
    for i in range(start, limit):
        if is_sentence_end(text, i, limit):
            return start, i + 1
    return start, limit


def _head_clause(text: str, limit: int, end: int) -> tuple[int, int]:
    """From the start of the sentence that ``end`` is in (at least ``limit``) to ``end``."""
    for i in range(end - 1, limit - 1, -1):
        if is_sentence_end(text, i, end):
            return i + 1, end
    return limit, end


# --- classifying a passage ----------------------------------------------------------------


def _classify(
    text: str, analysis: Analysis, passage: Quoted, left: int, right: int
) -> Group | None:
    inner_end = passage.fragments[-1][1]
    head = _head_clause(text, left, passage.start)
    tail = _tail_clause(text, passage.end, right)
    before = _frame_before(text, analysis, head)
    after = _frame_after(text, analysis, tail, ends_sentence=_ends_sentence(text, inner_end))
    frame = after or before
    starts_sentence = frames.word_count(text, *head) == 0
    words = sum(frames.word_count(text, a, b) for a, b in passage.fragments)
    if frame is not None:
        if not passage.double and words < 2:
            return None
        colon = frame.side == "before" and frame.cue.text == ":"
        if not colon and not starts_sentence and _looks_like_title(text, passage):
            return None
        embedded = not starts_sentence and frame.side == "after" and (
            text[head[0]:head[1]].rstrip()[-1:] not in vocab.BEFORE_QUOTE_CLAUSE_END
        )
        if embedded and words < vocab.MIN_WORDS_EMBEDDED_DIRECT:
            return None  # 'blamed a "bad line," he said': quoted words inside a clause
        return Group([passage], frame, starts_sentence)
    ends_alone = frames.word_count(text, *tail) == 0 or text[inner_end - 1] in vocab.SENTENCE_END
    if passage.double and starts_sentence and ends_alone and words >= vocab.MIN_WORDS_WITHOUT_CUE:
        return Group([passage], None, True)
    return None


def _short_sequel(text: str, previous: Group, passage: Quoted, left: int, right: int) -> bool:
    """A passage too short to stand alone ('"Never."') that follows a quotation's cue
    clause with nothing between ('"...," she said. "Never."') goes on that quotation."""
    frame = previous.frame
    if frame is None or frame.side != "after" or not passage.double:
        return False
    if "\n" in text[previous.end:passage.start]:
        return False
    if frames.word_count(text, frame.clause[1], passage.start) > 0:
        return False
    tail = _tail_clause(text, passage.end, right)
    inner_end = passage.fragments[-1][1]
    return frames.word_count(text, *_head_clause(text, left, passage.start)) == 0 and (
        frames.word_count(text, *tail) == 0 or text[inner_end - 1] in vocab.SENTENCE_END
    )


def _looks_like_title(text: str, passage: Quoted) -> bool:
    """A short passage in title case ("Meet the Press," "The Long Road") names a work."""
    start, end = passage.fragments[0]
    words = [w for w in text[start:end].split() if any(c.isalpha() for c in w)]
    if len(passage.fragments) > 1 or not 2 <= len(words) <= vocab.MAX_TITLE_WORDS:
        return False
    content = [w for w in words if w.lower() not in vocab.TITLE_SMALL_WORDS] or words
    return all(w.lstrip("'‘\"“([").istitle() or w.isupper() for w in content)


def _ends_sentence(text: str, inner_end: int) -> bool:
    return inner_end > 0 and text[inner_end - 1] == "."


def _frame_after(
    text: str, analysis: Analysis, clause: tuple[int, int], ends_sentence: bool
) -> Frame | None:
    """A cue in the clause right after a passage: '"...," he said' / '"..." said X'."""
    start, end = clause
    words = frames.word_count(text, start, end)
    if words == 0 or words > vocab.MAX_WORDS_CUE_AFTER:
        return None
    if ends_sentence and words > vocab.MAX_WORDS_CUE_AFTER_FULL_STOP:
        return None
    tokens = frames.token_range(analysis, start, end)
    verb = next((i for i in tokens if frames.is_cue(analysis.tokens[i])), None)
    if verb is None:
        return None
    speaker = _speaker_near(analysis, verb, tokens)
    if speaker is None or not _only_speaker_before(analysis, verb, speaker, tokens):
        return None
    return Frame(frames.cue_span(analysis, verb, text), verb, speaker, clause, "after")


def _only_speaker_before(analysis: Analysis, verb: int, speaker: int, tokens: range) -> bool:
    """Between the closing mark and the cue stands nothing but the speaker (with its
    description) or an adverb: '"...," he later said'.  Anything else means the passage
    was part of a longer clause ('there was "no daylight" between them, she said')."""
    speaker_tokens = set(analysis.subtree(speaker)) if speaker < verb else set()
    for child in analysis.children(verb):
        if child < verb and analysis.tokens[child].dep in vocab.SUBJECT_DEPS:
            # "the party treasurer Ann Hale said": the parser may split one mention into
            # two subjects, a description and a name
            speaker_tokens.update(analysis.subtree(child))
    return all(
        i in speaker_tokens or analysis.tokens[i].pos in vocab.CUE_CLAUSE_FILLER_POS
        for i in tokens
        if i < verb
    )


def _frame_before(text: str, analysis: Analysis, clause: tuple[int, int]) -> Frame | None:
    """A cue in the clause right before a passage: 'X said: "..."', 'X said, "..."'."""
    start, end = clause
    stripped = text[start:end].rstrip()
    if not stripped.strip():
        return None
    tokens = frames.token_range(analysis, start, end)
    verbs = [i for i in tokens if frames.is_cue(analysis.tokens[i])]
    last_char = stripped[-1]
    if verbs:
        verb = verbs[-1]
        ends_at_cue = _words_after(analysis, verb, tokens) <= vocab.MAX_WORDS_AFTER_CUE_BEFORE
        later = [analysis.tokens[i] for i in tokens if i > verb]
        clause_follows = any(t.pos in ("VERB", "AUX") for t in later)
        set_off = last_char in ",—"
        # 'said that, in her view, "..."' or 'said it was "..."': part of reported speech;
        # a comma before the passage sets it off even where the parser hung the cue inside
        # an earlier report ('said it was late but added, "..."')
        subordinate = (
            any(t.tag == "IN" and t.dep == "mark" for t in later)
            or _lead_into_the_passage(analysis, later, end)
            or (not set_off and _inside_a_report(analysis, verb, tokens))
        )
        if last_char == ":" or (
            (set_off or (ends_at_cue and not clause_follows)) and not subordinate
        ):
            speaker = _speaker_near(analysis, verb, tokens)
            if speaker is not None:
                return Frame(frames.cue_span(analysis, verb, text), verb, speaker, clause, "before")
    if last_char == ":":
        colon = start + len(stripped) - 1
        speaker = _colon_speaker(analysis, tokens)
        return Frame(frames.span_of(text, colon, colon + 1), None, speaker, clause, "before")
    return None


def _lead_into_the_passage(analysis: Analysis, words: list[Token], passage_start: int) -> bool:
    """'said the council "made the wrong call"': words between the cue and the passage
    that hang on a word inside it start the quoted clause, which is then reported speech
    with quoted words in it, not a quotation.  Words saying when ('said Monday "..."')
    do not count.  Tuned on train: all-attribution F1 +0.0024, direct exact F1 -0.0006."""
    return any(
        analysis.tokens[t.head].start >= passage_start
        for t in words
        if t.pos != "PUNCT" and t.dep not in vocab.WHEN_DEPS
    )


def _inside_a_report(analysis: Analysis, verb: int, tokens: range) -> bool:
    """'said he would call the minister in and tell him "..."': the cue is itself part of
    what an earlier cue of the sentence reports.  Tuned on train: all-attribution F1
    +0.0003, direct exact F1 -0.0003."""
    current = verb
    while analysis.tokens[current].dep in vocab.SUBJECT_SHARING_DEPS | vocab.CLAUSE_DEPS:
        token = analysis.tokens[current]
        if token.head == current or token.head not in tokens:
            return False
        if token.dep in vocab.CLAUSE_DEPS and frames.is_cue(analysis.tokens[token.head]):
            return True
        current = token.head
    return False


def _words_after(analysis: Analysis, verb: int, tokens: range) -> int:
    return sum(1 for i in tokens if i > verb and analysis.tokens[i].pos != "PUNCT")


def _speaker_near(analysis: Analysis, verb: int, tokens: range) -> int | None:
    """The verb's subject when the parse gives one inside the clause, else the nearest noun."""
    subject = frames.subject_of(analysis, verb)
    if subject is not None and subject in tokens:
        return subject
    after = [i for i in tokens if i > verb and analysis.tokens[i].pos in ("PROPN", "PRON")]
    before = [i for i in tokens if i < verb and analysis.tokens[i].pos in vocab.SPEAKER_POS]
    if before:
        return _phrase_head(analysis, before[-1], tokens)
    if after:
        return _phrase_head(analysis, after[0], tokens)
    return subject


def _phrase_head(analysis: Analysis, i: int, tokens: range) -> int:
    """Climb from a token to the head of its noun phrase, staying inside the clause."""
    while True:
        token = analysis.tokens[i]
        if token.dep not in ("compound", "flat", "amod", "poss", "det") or token.head not in tokens:
            return i
        i = token.head


def _colon_speaker(analysis: Analysis, tokens: range) -> int | None:
    """Who speaks in a clause with no verb before a colon ("The minister on Monday:")."""
    for i in tokens:
        if analysis.tokens[i].pos in ("PROPN", "NOUN", "PRON"):
            return _phrase_head(analysis, i, tokens)
    return None


# --- speaker-labelled paragraphs (transcripts) -------------------------------------------


def find_labelled(
    text: str,
    analysis: Analysis,
    paragraphs: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    entities: list[Entity],
) -> list[Quote]:
    """Paragraphs of a transcript, 'SMITH: Well, the vote ...': the label is the speaker,
    the colon the cue and the rest of the paragraph what was said, word for word."""
    quotes = []
    for start, end in paragraphs:
        colon = text.find(":", start, min(end, start + vocab.MAX_LABEL_CHARS))
        if colon < 0 or any(a < end and start < b for a, b in covered):
            continue
        label = frames.token_range(analysis, start, colon)
        body = frames.trim(text, colon + 1, end)
        if not is_speaker_label(analysis, label) or text[body[0]:body[0] + 1] in (
            vocab.ALL_QUOTE_MARKS
        ) or frames.word_count(text, *body) < vocab.MIN_WORDS_WITHOUT_CUE:
            continue
        if text[body[1] - 1] not in vocab.SPOKEN_LINE_END:
            continue  # "Smith: Talks Resume in Geneva" is a headline, not a transcript line
        if not _says_something(analysis, body):
            continue  # "Ohio: Ann Lee, Bo Smith, Cy Young." lists, it does not speak
        speaker_start, speaker_end = analysis.tokens[label[0]].start, analysis.tokens[label[-1]].end
        quotes.append(Quote(
            kind="direct",
            spans=[body],
            text=text[body[0]:body[1]],
            cue=frames.span_of(text, colon, colon + 1),
            speaker=frames.speaker_between(text, speaker_start, speaker_end, entities),
        ))
    return quotes


def _says_something(analysis: Analysis, body: tuple[int, int]) -> bool:
    """A spoken line has a verb; a list of names after a place's label has none."""
    return any(
        analysis.tokens[i].pos in vocab.SPOKEN_LINE_POS for i in frames.token_range(analysis, *body)
    )


def is_speaker_label(
    analysis: Analysis, label: range, allowed: frozenset[str] = frozenset()
) -> bool:
    """One to three words, each a proper noun or capitalised (the tagger reads unfamiliar
    surnames at a line's start as common nouns), none a kind of notice unless
    ``allowed``."""
    if not 1 <= len(label) <= vocab.MAX_LABEL_WORDS:
        return False
    tokens = [analysis.tokens[i] for i in label]
    return all(
        (t.pos == "PROPN" or t.text.isupper() or t.text.istitle() or t.text in vocab.LABEL_TITLES)
        and (t.text.lower().strip(".") not in vocab.NOT_SPEAKER_LABELS
             or t.text.lower() in allowed)
        for t in tokens
    )


# --- split quotations -------------------------------------------------------------------


def _joins(text: str, previous: Group, current: Group) -> bool:
    """Is ``current`` the next part of ``previous`` (nothing but a cue clause between)?"""
    gap_start, gap_end = previous.end, current.passages[0].start
    if "\n" in text[gap_start:gap_end] and not (current.frame is None and current.standalone):
        return False  # a new paragraph continues a quotation only when it has no cue of its own
    gap_words = frames.word_count(text, gap_start, gap_end)
    if current.frame is None and current.standalone and "\n" not in text[gap_start:gap_end]:
        return previous.frame is not None  # the paragraph goes on quoting the same speaker
    if gap_words > vocab.MAX_WORDS_SPLIT_GAP:
        return False
    prev_frame, frame = previous.frame, current.frame
    if gap_words == 0:
        return prev_frame is None or frame is None
    if prev_frame is None or prev_frame.side != "after":
        return False
    clause_end = prev_frame.clause[1]
    if frames.word_count(text, clause_end, gap_end) > 0:
        return False
    return frame is None or (frame.verb is not None and frame.verb == prev_frame.verb)


def _merge(previous: Group, current: Group) -> None:
    previous.passages.extend(current.passages)
    if previous.frame is None:
        previous.frame = current.frame


# --- output -----------------------------------------------------------------------------


def _to_quote(text: str, analysis: Analysis, group: Group, entities: list[Entity]) -> Quote:
    spans = [span for passage in group.passages for span in passage.fragments]
    speaker: Speaker | None = None
    cue: Span | None = None
    if group.frame is not None:
        cue = group.frame.cue
        if group.frame.speaker_head is not None:
            speaker = frames.speaker_at(analysis, group.frame.speaker_head, entities, text)
    return Quote(
        kind="direct",
        spans=spans,
        text=" ".join(text[a:b] for a, b in spans),
        cue=cue,
        speaker=speaker,
    )
