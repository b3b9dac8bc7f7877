"""Headlines that report: "Farm Group Slams Water Tax Plan", "Okafor: Funding secured".

The parser reads a line of capitalised words as one long name, so the cue verb of a
headline never shows as a verb.  A title-case line is read by its surface instead: the
first capitalised word after the line's start that is the third-person form of a speech
or stance verb ("Says", "Slams", "Praises") is the cue, the words before it the speaker
and the words after it, to the end of the line, what was said.

An article's opening line that puts a name before a colon ("Okafor: Clinic funding
secured for three more years") reports what that person or body says, in the writer's
words: the colon is the cue.  Only the opening line of an article with more to it counts;
further down, such a line is a transcript's (:func:`direct.find_labelled`).
"""

from __future__ import annotations

from communique.model import Analysis, Entity, Quote, Token
from communique.quotations import frames, vocab
from communique.quotations.direct import is_speaker_label

HEADLINE_CUES = vocab.SPEECH_VERBS | vocab.STANCE_VERBS


def find_headlines(
    text: str,
    analysis: Analysis,
    paragraphs: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    entities: list[Entity],
) -> list[Quote]:
    """Reports read off title-case headlines (module docstring), outside ``covered``."""
    quotes = []
    for start, end in paragraphs:
        if any(a < end and start < b for a, b in covered):
            continue
        tokens = [analysis.tokens[i] for i in frames.token_range(analysis, start, end)]
        if not _in_title_case(tokens):
            continue
        quote = _headline_report(text, tokens, entities)
        if quote is not None:
            quotes.append(quote)
    return quotes


def find_colon_headline(
    text: str,
    analysis: Analysis,
    paragraphs: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    entities: list[Entity],
) -> list[Quote]:
    """'Okafor: Clinic funding secured': the opening line's label speaks (module
    docstring); a list of one report or none."""
    if len(paragraphs) < 2:
        return []
    start, end = paragraphs[0]
    colon = _colon_after_label(text, analysis, start, end)
    if colon is None or any(a < end and start < b for a, b in covered):
        return []
    if frames.word_count(text, start, end) > vocab.MAX_HEADLINE_WORDS:
        return []
    if _colon_after_label(text, analysis, *paragraphs[1]) is not None:
        return []  # "HOLLOWAY: ..." then "MARTINEZ: ...": a transcript opens the page
    content = frames.trim(text, colon + 1, end)
    if text[content[1] - 1:content[1]] == "?":
        return []  # "Okafor: Reformer or Career Politician?" asks about the label
    content = (content[0], content[1] - _closing_stop(text, *content))
    if frames.word_count(text, *content) < vocab.MIN_HEADLINE_WORDS:
        return []
    speaker = frames.trim(text, start, colon)
    return [_headline_quote(text, content, (colon, colon + 1), speaker, entities)]


def _colon_after_label(text: str, analysis: Analysis, start: int, end: int) -> int | None:
    """The offset of the colon that ends a speaker label opening ``[start, end)``."""
    colon = text.find(":", start, min(end, start + vocab.MAX_LABEL_CHARS))
    if colon < 0:
        return None
    label = frames.token_range(analysis, start, colon)
    return colon if is_speaker_label(analysis, label, vocab.HEADLINE_SOURCE_LABELS) else None


def _headline_quote(
    text: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    speaker: tuple[int, int],
    entities: list[Entity],
) -> Quote:
    """A headline's report in the writer's words."""
    return Quote(
        kind="indirect",
        spans=[content],
        text=text[content[0]:content[1]],
        cue=frames.span_of(text, *cue),
        speaker=frames.speaker_between(text, *speaker, entities),
    )


def _in_title_case(tokens: list[Token]) -> bool:
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    return len(words) >= vocab.MIN_HEADLINE_WORDS and all(
        w[:1].isupper() or w.lower() in vocab.TITLE_SMALL_WORDS for w in words
    )


def _headline_report(text: str, tokens: list[Token], entities: list[Entity]) -> Quote | None:
    for k, token in enumerate(tokens[1:], start=1):
        if not token.text[:1].isupper() or _verb_of(token.text) is None:
            continue
        if token.text.lower() in vocab.HEADLINE_NOUN_FORMS:
            continue  # "Battleground States": the noun, not the verb
        before = tokens[:k]
        if any(not t.text[:1].isupper() for t in before if t.text[:1].isalpha()):
            return None  # "... to Run Says": a small word before the cue, no speaker
        content = frames.trim(text, token.end, tokens[-1].end)
        content = (content[0], content[1] - _closing_stop(text, *content))
        if frames.word_count(text, *content) < vocab.MIN_WORDS_FRAGMENT:
            return None
        cue, speaker = (token.start, token.end), (before[0].start, before[-1].end)
        return _headline_quote(text, content, cue, speaker, entities)
    return None


def _verb_of(word: str) -> str | None:
    """The verb whose third-person present ``word`` is ("Slams" -> "slam", "Denies" ->
    "deny", "Praises" -> "praise"), among the headline cues."""
    lowered = word.lower()
    for ending, replacement in vocab.THIRD_PERSON_ENDINGS:
        if lowered.endswith(ending):
            verb = lowered[: len(lowered) - len(ending)] + replacement
            if verb in HEADLINE_CUES:
                return verb
    return None


def _closing_stop(text: str, start: int, end: int) -> int:
    """How many characters of a closing full stop end the content (scraped headlines
    often carry one)."""
    return 1 if end > start and text[end - 1] in vocab.HEADLINE_END else 0
