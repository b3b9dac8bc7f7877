"""Named spans: repair the model's spans, then give each name one label per article.

Repairs (token level, in this order):

1. a span never crosses a line break: it is cut at the first newline inside it;
2. a leading "the", a title inside a PERSON span ("Spokeswoman X") and a trailing
   possessive or punctuation are trimmed off;
3. adjacent name spans on one line made only of proper nouns, at least one a PERSON and
   none a place or nationality, become one PERSON ("Anton"/ORG + "Berezin"/PERSON); a
   capitalised proper noun right before a PERSON span joins it when it is no title word;
4. an ORG cut short before "for"/"of" + capitalised proper nouns is extended over them.

Labels (document level, strongest evidence first):

1. person evidence: the name is (the surname of) a multi-word PERSON name in the article, or
   follows an honorific or a role noun ("President", "professor"), or carries a role in an
   apposition or a "who" relative clause -> PERSON;
2. place evidence: the name is in the gazetteer, follows a place preposition ("in", "from"),
   or is coordinated with a place -> GPE (LOC when the model said LOC);
3. otherwise the model's most frequent label for that name in the article;
4. a proper noun the model left untagged that repeats a person's surname is that person;
5. a one-word plural whose stem opens a multi-word place of the article ("the Falklands",
   "the Falkland Islands") takes that place's label (and, in ``cluster``, its entity).

Limits: a surname shared by a person and a town in one article becomes a person; a person
known only by one word, never titled, keeps the model's label.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from communique.actors import gazetteer, vocab
from communique.model import Analysis, Token


@dataclass(slots=True)
class NameSpan:
    first: int  # token index
    last: int  # inclusive
    start: int
    end: int
    text: str
    label: str

    @property
    def key(self) -> str:
        return gazetteer.normalise(self.text)


def collect_names(analysis: Analysis) -> list[NameSpan]:
    """The model's named spans that may be actors, repaired (see module docstring)."""
    spans: list[NameSpan] = []
    for named in analysis.names:
        if named.label not in vocab.RELABELLABLE:
            continue
        span = _trim(
            analysis, _cut_at_line_break(analysis, named.first_token, named.last_token), named.label
        )
        if span is not None:
            spans.append(span)
    spans = _merge_person_parts(analysis, spans)
    for span in spans:
        if span.label == "PERSON":
            _extend_left_over_proper_nouns(analysis, span)
        elif span.label == "ORG":
            _extend_org_over_connectors(analysis, span)
    return spans


def _breaks_line(analysis: Analysis, i: int) -> bool:
    """Whether token ``i`` starts a new line (or is itself whitespace with a newline)."""
    token = analysis.tokens[i]
    if "\n" in token.text:
        return True
    return i > 0 and "\n" in analysis.text[analysis.tokens[i - 1].end : token.start]


def previous_word(analysis: Analysis, i: int) -> int | None:
    """Index of the word before token ``i`` on the same line (skipping inline spaces)."""
    j = i - 1
    while j >= 0 and analysis.tokens[j].pos == "SPACE" and "\n" not in analysis.tokens[j].text:
        j -= 1
    if j < 0 or "\n" in analysis.text[analysis.tokens[j].end : analysis.tokens[i].start]:
        return None
    return j


def _cut_at_line_break(analysis: Analysis, first: int, last: int) -> tuple[int, int]:
    """Cut before a line break or an opening bracket ("Bank (BOX" -> "Bank")."""
    for i in range(first + 1, last + 1):
        if _breaks_line(analysis, i) or analysis.tokens[i].text == "(":
            return first, i - 1
    return first, last


def _trim(analysis: Analysis, bounds: tuple[int, int], label: str) -> NameSpan | None:
    first, last = bounds
    tokens = analysis.tokens
    while first <= last and tokens[first].text in vocab.LEADING_DETERMINERS:
        first += 1
    # "Spokeswoman Petra Olsen": the title is the person's role, not part of the name.
    while label == "PERSON" and first < last and is_title_word(tokens[first].text):
        first += 1
    while first <= last and (tokens[last].tag == "POS" or tokens[last].pos in ("PUNCT", "SPACE")):
        last -= 1
    if first > last:
        return None
    return _span(analysis, first, last, label)


def _span(analysis: Analysis, first: int, last: int, label: str) -> NameSpan:
    start, end = analysis.tokens[first].start, analysis.tokens[last].end
    return NameSpan(first, last, start, end, analysis.text[start:end], label)


def _all_proper(tokens: list[Token], first: int, last: int) -> bool:
    return all(
        tokens[i].tag in vocab.PROPER_TAGS or _inline_space(tokens[i])
        for i in range(first, last + 1)
    )


def _merge_person_parts(analysis: Analysis, spans: list[NameSpan]) -> list[NameSpan]:
    merged: list[NameSpan] = []
    for span in spans:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and previous_word(analysis, span.first) == prev.last
            and "PERSON" in (prev.label, span.label)
            and not {prev.label, span.label} & vocab.NOT_PERSON_PART_LABELS
            and analysis.text[prev.end : span.start].isspace()
            and _all_proper(analysis.tokens, prev.first, span.last)
        ):
            merged[-1] = _span(analysis, prev.first, span.last, "PERSON")
        else:
            merged.append(span)
    return merged


def is_title_word(word: str) -> bool:
    """A word that can head a role ("president", "professor") or an honorific ("Mr")."""
    lower = word.lower()
    if lower in vocab.NOT_ROLE_NOUNS:
        return False
    return (
        lower in vocab.HONORIFICS
        or lower in vocab.ROLE_NOUN_SECTORS
        or gazetteer.is_agent_noun(lower)
    )


def _extend_left_over_proper_nouns(analysis: Analysis, span: NameSpan) -> None:
    tokens = analysis.tokens
    first = span.first
    i = previous_word(analysis, first)
    while (
        i is not None
        and tokens[i].tag in vocab.PROPER_TAGS
        and not tokens[i].ent_type
        and tokens[i].text[:1].isupper()
        and not is_title_word(tokens[i].text)
        and gazetteer.country_of(tokens[i].text) is None
        and tokens[i].sent == tokens[span.first].sent
        # A capitalised first word of a sentence is too often a tagging slip ("Though").
        and analysis.sentences[tokens[i].sent].first_token != i
    ):
        first, i = i, previous_word(analysis, i)
    if first < span.first:
        grown = _span(analysis, first, span.last, span.label)
        span.first, span.start, span.text = grown.first, grown.start, grown.text


def _inline_space(token: Token) -> bool:
    """A whitespace token inside a line (a non-breaking space the model kept as a token)."""
    return token.pos == "SPACE" and "\n" not in token.text


def _extend_org_over_connectors(analysis: Analysis, span: NameSpan) -> None:
    tokens = analysis.tokens
    i = span.last + 1
    end_of_name = span.last
    while i + 1 < len(tokens) and tokens[i].text in vocab.ORG_NAME_CONNECTORS:
        j, last_word = i + 1, None
        while (
            j < len(tokens)
            and not _breaks_line(analysis, j)
            and (
                _inline_space(tokens[j])
                or (tokens[j].tag in vocab.PROPER_TAGS and tokens[j].text[:1].isupper())
            )
        ):
            if not _inline_space(tokens[j]):
                last_word = j
            j += 1
        if last_word is None:
            break
        end_of_name, i = last_word, last_word + 1
    if end_of_name > span.last:
        grown = _span(analysis, span.first, end_of_name, span.label)
        span.last, span.end, span.text = grown.last, grown.end, grown.text


# --- labels ---------------------------------------------------------------------------------


def _surname_keys(spans: list[NameSpan]) -> tuple[set[str], set[str]]:
    """Keys of multi-word PERSON names, and every word of them (surnames, first names)."""
    full = {s.key for s in spans if s.label == "PERSON" and s.last > s.first}
    parts = {word for key in full for word in key.split()}
    return full, parts


def _after_title(analysis: Analysis, span: NameSpan) -> bool:
    i = previous_word(analysis, span.first)
    return i is not None and is_title_word(analysis.tokens[i].text)


def _has_role_clause(analysis: Analysis, span: NameSpan) -> bool:
    """An apposition headed by a role noun, or a "who" relative clause, on the name; or
    the name in apposition to a role noun ("the deputy minister, Ana Ruiz, said")."""
    name = analysis.tokens[span.last]
    role = analysis.tokens[name.head]
    if name.dep == "appos" and role.pos == "NOUN" and is_title_word(role.lemma):
        return True
    for child in analysis.children(span.last):
        token = analysis.tokens[child]
        if token.dep == "appos" and token.pos == "NOUN" and is_title_word(token.lemma):
            return True
        if token.dep == "relcl" and _has_relative_pronoun(analysis, child):
            return True
    return False


def _has_relative_pronoun(analysis: Analysis, clause_head: int) -> bool:
    return any(
        analysis.tokens[k].text.lower() in vocab.RELATIVE_PRONOUNS
        for k in analysis.children(clause_head)
    )


def _after_place_preposition(analysis: Analysis, span: NameSpan) -> bool:
    i = previous_word(analysis, span.first)
    while i is not None and analysis.tokens[i].text.lower() == "the":
        i = previous_word(analysis, i)
    return i is not None and analysis.tokens[i].text.lower() in vocab.PLACE_PREPOSITIONS


def _coordinated_with_place(analysis: Analysis, span: NameSpan) -> bool:
    """ "Iturup, Kunashir and Habomai": a conjunct of a place is a place."""
    head = analysis.tokens[span.last]
    return head.dep == "conj" and analysis.tokens[head.head].ent_type in vocab.PLACE_LABELS


def assign_labels(analysis: Analysis, spans: list[NameSpan]) -> list[NameSpan]:
    """One label per name in the article; spans whose final label is no actor are dropped."""
    by_key: dict[str, list[NameSpan]] = {}
    for span in spans:
        by_key.setdefault(span.key, []).append(span)
    # Twice: a full name found to be a person in the first pass ("Chancellor Olaf Scholz")
    # makes its surname a person in the second ("Scholz's spokesman").
    for _ in range(2):
        full, parts = _surname_keys(spans)
        for key, group in by_key.items():
            label = _decide(analysis, key, group, full, parts)
            for span in group:
                span.label = label
    place_label = {s.key: s.label for s in spans}
    for short, full_key in plural_short_forms(spans).items():
        for span in by_key[short]:
            span.label = place_label[full_key]
    for span in spans:  # a name relabelled a person gets the first name the model missed
        if span.label == "PERSON":
            _extend_left_over_proper_nouns(analysis, span)
    kept = [s for s in spans if s.label in vocab.ACTOR_LABELS]
    return sorted(kept + _untagged_surnames(analysis, kept), key=lambda s: s.start)


def _untagged_surnames(analysis: Analysis, spans: list[NameSpan]) -> list[NameSpan]:
    """Proper-noun tokens the model left untagged that repeat a person's surname."""
    surnames = {
        analysis.tokens[s.last].text for s in spans if s.label == "PERSON" and s.last > s.first
    }
    covered = {i for s in spans for i in range(s.first, s.last + 1)}
    return [
        _span(analysis, t.i, t.i, "PERSON")
        for t in analysis.tokens
        if t.text in surnames and t.tag in vocab.PROPER_TAGS and t.i not in covered
    ]


def plural_short_forms(spans: list[NameSpan]) -> dict[str, str]:
    """ "the Falklands" -> "falkland islands": a one-word plural whose stem opens a
    multi-word place name of the same article is a short form of that place."""
    places: dict[str, str] = {}
    for span in spans:
        words = span.key.split()
        if span.label in vocab.PLACE_LABELS and len(words) > 1:
            places.setdefault(words[0], span.key)
    return {
        span.key: places[span.key[:-1]]
        for span in spans
        if " " not in span.key and span.key.endswith("s") and span.key[:-1] in places
    }


def _town_read_as_person(key: str, labels: Counter[str]) -> bool:
    """A town's name that the model reads as a person more often than as a place, and
    that is a small town only, is the person: a surname alone ("Rubio", "Morsi") is far
    more often a politician in the news than the small town that shares it."""
    places = sum(labels[label] for label in vocab.PLACE_LABELS)
    return labels["PERSON"] > places and gazetteer.is_small_town(key)


def _decide(
    analysis: Analysis, key: str, group: list[NameSpan], full: set[str], parts: set[str]
) -> str:
    labels = Counter(s.label for s in group)
    if key in full or (" " not in key and key in parts):
        return "PERSON"
    titled = any(_after_title(analysis, s) or _has_role_clause(analysis, s) for s in group)
    if titled and (not gazetteer.is_place(key) or labels["PERSON"]):
        return "PERSON"
    if labels.keys() <= {"NORP"}:
        return "NORP"
    in_a_place = any(_after_place_preposition(analysis, s) for s in group)
    known_place = gazetteer.is_place(key) and (
        in_a_place or not _town_read_as_person(key, labels)
    )
    strong_place = known_place or any(_coordinated_with_place(analysis, s) for s in group)
    weak_place = labels.keys() & vocab.PLACE_LABELS and in_a_place
    if strong_place or weak_place:
        return "LOC" if labels["LOC"] > labels["GPE"] or not gazetteer.is_place(key) else "GPE"
    actor_labels = [(n, label) for label, n in labels.items() if label in vocab.ACTOR_LABELS]
    if not actor_labels:
        return group[0].label
    return max(actor_labels)[1]
