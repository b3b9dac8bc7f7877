"""Stories: articles linked by their related headlines, and what they tell each other.

A page's related-headlines block names other articles of the same story.  A headline
*resolves* to an article when most of its content words appear in that article's title
or, for a page without a title, in its lead sentence (headlines are rewritten leads:
"First Day of the Minister's Visit to Chile" ~ "The first day of the minister's visit to
Chile was ...").  Linked articles form a story; a story shares its dating clues, so a
page that only says "on Thursday" can be dated by another page that says "December 15",
and that page gets its year from the weekday the first one names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique import timex
from communique.model import Article

# Share of a headline's content words that must appear in the target's title or lead.
# A headline shares topic words with many stories of the same beat; 0.75 leaves room for
# the one or two words an editor adds ("Breakthrough", "Historic") and no more.
MIN_SHARED = 0.75
MIN_HEADLINE_WORDS = 4
LEAD_CHARS = 300
# Dating bases that fix a full date (a date with its year in the text, or a weekday that
# matches one year only).  A year guessed from the timestamp alone is not passed on: it
# would outvote the evidence of the other articles.
STRONG_BASES = ("absolute:", "weekday:")

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "over",
        "after",
        "before",
        "into",
        "about",
        "than",
    ]
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def content_words(text: str) -> set[str]:
    words = set()
    for word in _WORD.findall(text.lower()):
        word = re.sub(r"['’]s$", "", word)
        if word not in FUNCTION_WORDS and len(word) > 1:
            words.add(word)
    return words


def lead_text(title: str | None, paragraphs: Sequence[str]) -> str:
    """What a headline of this article would paraphrase: its title, else its lead sentence."""
    if title:
        return title
    if not paragraphs:
        return ""
    first = paragraphs[0][:LEAD_CHARS]
    return _SENTENCE_END.split(first, maxsplit=1)[0]


def headline_score(headline: str, lead: str) -> float:
    """Share of the headline's content words found in the lead (0 when too short to say)."""
    wanted = content_words(headline)
    if len(wanted) < MIN_HEADLINE_WORDS or not lead:
        return 0.0
    return len(wanted & content_words(lead)) / len(wanted)


@dataclass(slots=True)
class Candidate:
    article_id: str
    lead: str


def best_match(headline: str, candidates: Iterable[Candidate], exclude: str) -> str | None:
    """The one candidate the headline names, or None when none or several fit equally."""
    scored = [
        (headline_score(headline, c.lead), c.article_id)
        for c in candidates
        if c.article_id != exclude
    ]
    scored = [s for s in scored if s[0] >= MIN_SHARED]
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1]


def article_lead(article: Article) -> str:
    return lead_text(article.title, [p.text for p in article.paragraphs])


def link_within(articles: Sequence[Article]) -> None:
    """Resolve related headlines to articles of the same batch (sets ``article_id``)."""
    candidates = [Candidate(a.id, article_lead(a)) for a in articles]
    for article in articles:
        for related in article.related:
            if related.article_id is None:
                related.article_id = best_match(related.headline, candidates, article.id)


def story_partners(articles: Sequence[Article]) -> dict[str, set[str]]:
    """Article id -> ids of the other articles of its story (links in either direction)."""
    known = {a.id for a in articles}
    partners: dict[str, set[str]] = {a.id: set() for a in articles}
    for article in articles:
        for related in article.related:
            target = related.article_id
            if target in known and target != article.id:
                partners[article.id].add(target)
                partners[target].add(article.id)
    return _close_groups(partners)


def _close_groups(partners: dict[str, set[str]]) -> dict[str, set[str]]:
    """Connected components: a story is every article reachable through links."""
    closed: dict[str, set[str]] = {}
    for start in partners:
        if start in closed:
            continue
        group, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node in group:
                continue
            group.add(node)
            stack.extend(partners.get(node, ()))
        for member in group:
            closed[member] = group - {member}
    return closed


def dating_hints(article: Article) -> list[str]:
    """What this article can tell the rest of its story about dates (timex's hint format).

    Its own text clues (full dates, month-days), and its inferred date when that came
    from the text rather than from the page timestamp alone.
    """
    hints = timex.date_clues(article).related_hints()
    dating = article.dating
    if dating and dating.date and dating.basis.startswith(STRONG_BASES):
        hints.append(dating.date)
    return list(dict.fromkeys(hints))
