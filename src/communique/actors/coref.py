"""Within-article coreference of role nouns and pronouns to named persons.

Role nouns ("the spokesman", "the minister", "the French president", "the expert"):

- a singular noun that can head a role, with "the"/"this", outside any name and not itself
  the title of a following name;
- if an apposition names the person ("the governor of X, Roberto Neto"), it is that person;
- else it is the most recent person mentioned before it one of whose roles contains the noun
  ("spokesman" in "White House spokesman", "minister" in "Foreign Minister"); a nationality
  adjective on the noun must agree with the person's country.  No such person: no mention
  (an unnamed "senior official" stays nobody's).

Pronouns (he/him/his/himself, she/her/hers/herself) outside quotations:

- candidates are person mentions (names, role nouns, earlier pronouns) outside quotations
  in the same sentence before the pronoun or in the ``PRONOUN_WINDOW_SENTENCES`` before it,
  whose known gender (honorifics, gendered titles, earlier pronouns) agrees;
- the nearest sentence wins; inside it, the latest subject ("Ortiz stressed", "the expert
  also said"); if no window sentence has a person subject, the only person of the window
  (none when there are several).

Limits: pronouns inside quotations are left unresolved (they usually mean someone other
than the speaker, which needs discourse knowledge); "they" and "it" are never resolved;
first names carry no gender.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from communique.actors import gazetteer, vocab
from communique.actors.names import is_title_word
from communique.model import Analysis, Entity, Mention


@dataclass(slots=True)
class PersonMention:
    entity: Entity
    start: int
    head: int  # token index of the mention's head
    subject: bool


@dataclass(slots=True)
class Tracks:
    """Person mentions so far, in text order, and what is known about each person."""

    mentions: list[PersonMention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # mentions' starts, for bisection
    gender: dict[str, str] = field(default_factory=dict)  # entity id -> "m" / "f"

    def add(self, analysis: Analysis, entity: Entity, start: int, head: int) -> None:
        subject = analysis.tokens[head].dep in vocab.SUBJECT_DEPS
        at = bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.mentions.insert(at, PersonMention(entity, start, head, subject))

    def before(self, offset: int) -> Iterator[PersonMention]:
        """Mentions starting before ``offset``, nearest first."""
        for n in range(bisect_left(self.starts, offset) - 1, -1, -1):
            yield self.mentions[n]


_QUOTE_OR_BREAK = re.compile("[\n" + "".join(sorted(vocab.QUOTE_MARKS)) + "]")


class QuoteRegions:
    """Character ranges inside quotation marks (never across a line break)."""

    def __init__(self, text: str) -> None:
        bounds: list[int] = []
        open_at: int | None = None
        for match in _QUOTE_OR_BREAK.finditer(text):
            offset, char = match.start(), match.group()
            if char == "\n":
                open_at = None
            elif char in vocab.QUOTE_MARKS:
                closing = char in vocab.CLOSING_QUOTE_MARKS or (char == '"' and open_at is not None)
                if open_at is not None and closing:
                    bounds.extend((open_at, offset + 1))
                    open_at = None
                elif char not in vocab.CLOSING_QUOTE_MARKS:
                    open_at = offset
        self._bounds = bounds

    def inside(self, offset: int) -> bool:
        return bisect_right(self._bounds, offset) % 2 == 1


def gender_of_words(words: list[str]) -> str | None:
    lowered = {w.lower() for w in words}
    if lowered & vocab.FEMININE_WORDS:
        return "f"
    if lowered & vocab.MASCULINE_WORDS:
        return "m"
    return None


def _role_words(entity: Entity) -> set[str]:
    return {w.lower() for role in entity.roles for w in role.split()}


def _title_noun(analysis: Analysis, i: int, in_name: set[int]) -> int | None:
    """Index of the determiner opening a role-noun phrase headed by token ``i``, or None."""
    token = analysis.tokens[i]
    # Lower-case nouns only; the model sometimes tags "the minister" as a proper noun.
    if token.tag not in ("NN", "NNP") or i in in_name:
        return None
    if not token.text.islower() or not is_title_word(token.lemma):
        return None
    if token.dep == "compound" and analysis.tokens[token.head].pos == "PROPN":
        return None
    dets = [k for k in analysis.children(i) if analysis.tokens[k].dep == "det"
            and analysis.tokens[k].text.lower() in vocab.DEFINITE_DETERMINERS]
    return dets[0] if dets else None


def _nationality_of(analysis: Analysis, noun: int) -> str | None:
    for k in analysis.children(noun):
        if k < noun and analysis.tokens[k].ent_type == "NORP":
            return gazetteer.country_of(analysis.tokens[k].text)
    return None


def _named_apposition(analysis: Analysis, noun: int, entity_of_token: dict[int, Entity]):
    for k in analysis.children(noun):
        if analysis.tokens[k].dep == "appos" and k in entity_of_token:
            return entity_of_token[k]
    return None


def add_title_mentions(
    analysis: Analysis, tracks: Tracks, entity_of_token: dict[int, Entity]
) -> None:
    """Attach role-noun mentions to persons (see module docstring)."""
    in_name = set(entity_of_token)
    for i in range(len(analysis.tokens)):
        det = _title_noun(analysis, i, in_name)
        if det is None:
            continue
        token = analysis.tokens[i]
        entity = _named_apposition(analysis, i, entity_of_token) or _latest_with_role(
            tracks, token.start, token.lemma.lower(), _nationality_of(analysis, i)
        )
        if entity is None:
            continue
        start = analysis.tokens[det].start
        entity.mentions.append(Mention(start, token.end, analysis.text[start:token.end], "title"))
        tracks.add(analysis, entity, start, i)


def _latest_with_role(tracks: Tracks, before: int, noun: str, country: str | None):
    for mention in tracks.before(before):
        entity = mention.entity
        if noun not in _role_words(entity):
            continue
        if country and entity.country and country != entity.country:
            continue
        return entity
    return None


def add_pronoun_mentions(analysis: Analysis, tracks: Tracks) -> None:
    """Attach he/she pronouns to persons (see module docstring)."""
    quotes = QuoteRegions(analysis.text)
    for token in analysis.tokens:
        lower = token.text.lower()
        if lower not in vocab.PERSON_PRONOUNS or token.pos != "PRON" or quotes.inside(token.start):
            continue
        gender = "f" if lower in vocab.FEMININE_PRONOUNS else "m"
        entity = _antecedent(analysis, tracks, quotes, token.i, gender)
        if entity is None:
            continue
        entity.mentions.append(Mention(token.start, token.end, token.text, "pronoun"))
        tracks.gender.setdefault(entity.id, gender)
        tracks.add(analysis, entity, token.start, token.i)


def _antecedent(
    analysis: Analysis, tracks: Tracks, quotes: QuoteRegions, i: int, gender: str
) -> Entity | None:
    sentence = analysis.tokens[i].sent
    first_sentence = sentence - vocab.PRONOUN_WINDOW_SENTENCES
    window: list[PersonMention] = []
    for m in tracks.before(analysis.tokens[i].start):
        if analysis.tokens[m.head].sent < first_sentence:
            break
        if not quotes.inside(m.start) and tracks.gender.get(m.entity.id, gender) == gender:
            window.append(m)
    window.reverse()  # text order
    for back in range(vocab.PRONOUN_WINDOW_SENTENCES + 1):
        subjects = [m for m in window
                    if m.subject and analysis.tokens[m.head].sent == sentence - back]
        if subjects:
            return subjects[-1].entity
    people = {id(m.entity) for m in window}
    return window[-1].entity if len(people) == 1 else None
