"""The one data model: everything that crosses a stage boundary is defined here.

Readers yield :class:`Page`; page structure turns a page into an :class:`Article`;
the NLP stages add entities, quotes, dating and events to the article; stores keep
articles; surfaces print them.  All character offsets are ``[start, end)`` into
``Article.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

PageKind = Literal["text", "html"]


def content_hash(raw: bytes) -> str:
    """The identity of a page: sha256 of exactly the bytes that were read."""
    return hashlib.sha256(raw).hexdigest()


def article_id_for(hash_hex: str) -> str:
    """Stable, short article id derived from the content hash."""
    return hash_hex[:16]


@dataclass(slots=True)
class Page:
    """One raw page as a reader found it, before any interpretation."""

    origin: str  # where it came from: a path, "path#record-3", "path:12" (jsonl line), "-"
    raw: bytes  # exactly what was read; kept so the page can be re-processed
    kind: PageKind
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None  # site or publisher when the input names one
    encoding: str | None = None  # known encoding (e.g. from a WARC/HTTP header)
    hash: str = ""
    record_id: str | None = None  # the input's own id for the page (a JSONL "id" field)

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.raw)


@dataclass(slots=True)
class Failure:
    """A page that could not be turned into an article, with the reason."""

    origin: str
    code: str  # stable machine-readable reason, see errors.py
    reason: str  # human-readable


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Timestamp:
    raw: str
    value: str | None  # ISO 8601


@dataclass(slots=True)
class Dateline:
    raw: str
    place: str | None
    agency: str | None


@dataclass(slots=True)
class Heading:
    text: str
    before_paragraph: int


@dataclass(slots=True)
class Related:
    headline: str
    article_id: str | None = None


@dataclass(slots=True)
class Dropped:
    """A line page structure removed, and why (the audit trail of furniture removal)."""

    text: str
    reason: str


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | title (a role noun phrase) | pronoun


@dataclass(slots=True)
class Entity:
    id: str  # local to the article: "e1", "e2", ...
    name: str  # canonical: the fullest form in the article
    type: str  # PERSON, ORG, GPE, LOC, NORP, ...
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, EDU, BUS, MED, NGO, IGO, MEDIA, ...
    mentions: list[Mention] = field(default_factory=list)
    actor_id: str | None = None  # the cross-article actor, once stored

    def aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for mention in self.mentions:
            if mention.kind == "name":
                seen.setdefault(mention.text, None)
        return list(seen)


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str  # as written: "he", "the spokesman"
    entity: str | None = None
    name: str | None = None


@dataclass(slots=True)
class Quote:
    kind: Literal["direct", "indirect", "mixed"]
    spans: list[tuple[int, int]]
    text: str
    cue: Span | None
    speaker: Speaker | None


@dataclass(slots=True)
class EventActor:
    text: str
    entity: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(slots=True)
class Event:
    type: str  # PLOVER type
    cameo: str | None
    goldstein: float | None
    source: EventActor | None
    target: EventActor | None
    evidence: Span
    mode: str | None = None
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    date_end: str | None = None
    date_basis: str | None = None
    location: str | None = None
    trigger: Span | None = None


@dataclass(slots=True)
class Dating:
    """When the reported events happened, as inferred from the text."""

    date: str | None
    basis: str


@dataclass(slots=True)
class Article:
    id: str
    hash: str
    origin: str
    kind: PageKind
    text: str
    paragraphs: list[Span] = field(default_factory=list)
    record_id: str | None = None  # the input's own id for the page (a JSONL "id")
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    timestamp: Timestamp | None = None
    dateline: Dateline | None = None
    headings: list[Heading] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dating: Dating | None = None
    raw: bytes = b""
    # Dating hints from other articles of the same story (see stories.py); input to timex.
    story_dates: list[str] = field(default_factory=list)
    # The page's candidate furniture lines and its source group, as structure read them;
    # the store counts them once, when the page is first stored (not serialised).
    furniture_lines: frozenset[str] = frozenset()
    furniture_source: str | None = None


@dataclass(slots=True)
class Token:
    """One token of the linguistic analysis, with character offsets into the text."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str  # universal POS: PROPN, VERB, PRON, ...
    tag: str  # fine-grained: NNP, VBD, PRP, ...
    dep: str  # dependency label
    head: int  # index of the syntactic head (itself for the root)
    ent_type: str = ""  # PERSON, ORG, ... or "" outside entities
    sent: int = 0  # index of its sentence


@dataclass(slots=True)
class NamedSpan:
    """A named-entity span from the model (before our corrections)."""

    start: int
    end: int
    text: str
    label: str
    first_token: int
    last_token: int  # inclusive


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    first_token: int
    last_token: int  # inclusive


@dataclass(slots=True)
class Analysis:
    """What the NLP model says about one article's text: tokens, sentences, named spans.

    spaCy objects never leave ``nlp.py``; every later stage reads this instead.
    """

    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    names: list[NamedSpan]
    _children: list[list[int]] | None = None

    def children(self, i: int) -> list[int]:
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.tokens]
            for token in self.tokens:
                if token.head != token.i:
                    kids[token.head].append(token.i)
            self._children = kids
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Indices of ``i`` and all its descendants, in text order."""
        stack, seen = [i], []
        while stack:
            j = stack.pop()
            seen.append(j)
            stack.extend(self.children(j))
        return sorted(seen)

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering a character offset (binary search)."""
        lo, hi = 0, len(self.tokens) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            token = self.tokens[mid]
            if offset < token.start:
                hi = mid - 1
            elif offset >= token.end:
                lo = mid + 1
            else:
                return mid
        return None

    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[self.tokens[token_index].sent]
