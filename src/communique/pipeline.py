"""The pipeline: pages -> articles -> analysed articles, stage by stage.

    readers  ->  structure  ->  nlp  ->  actors -> quotations -> timex -> events  ->  store
    (Page)      (Article)     (Analysis)   (each stage fills one Article field)

Each NLP stage declares the Article fields it reads and the one it writes; the order
is checked once, when the module is imported, so a wrong order fails at start-up and
not in the middle of a corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from communique import actors, events, quotations, stories, timex
from communique.errors import AnalysisFailed, BadInput, CommuniqueError
from communique.model import Analysis, Article, Failure, Page
from communique.readers.decode import decode_page
from communique.structure import Furniture, build_article

# What structure gives every article before any NLP stage runs.
BASE_FIELDS = (
    "text",
    "paragraphs",
    "title",
    "timestamp",
    "dateline",
    "headings",
    "related",
    "tags",
    "story_dates",
)


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    version: str
    requires: tuple[str, ...]
    produces: str
    run: Callable[[Article, Analysis], Any]


STAGES: tuple[Stage, ...] = (
    Stage(
        "actors", "1", ("text", "paragraphs"), "entities", lambda a, an: actors.find_entities(a, an)
    ),
    Stage(
        "quotations",
        "1",
        ("text", "entities"),
        "quotes",
        lambda a, an: quotations.find_quotes(a, an, a.entities),
    ),
    Stage(
        "timex",
        "1",
        ("text", "timestamp", "story_dates"),
        "dating",
        lambda a, an: timex.date_article(a, an, a.story_dates),
    ),
    Stage(
        "events",
        "1",
        ("text", "entities", "dating"),
        "events",
        lambda a, an: events.find_events(a, an, a.entities, a.dating),
    ),
)


def check_order(stages: Iterable[Stage]) -> None:
    """Fail fast when a stage reads a field no earlier stage (or structure) produces."""
    available = set(BASE_FIELDS)
    for stage in stages:
        missing = [f for f in stage.requires if f not in available]
        if missing:
            raise CommuniqueError(f"stage {stage.name!r} needs {missing} before it runs")
        available.add(stage.produces)


check_order(STAGES)


def stage_versions() -> dict[str, str]:
    return {stage.name: stage.version for stage in STAGES}


def structure_page(page: Page, furniture: Furniture | None, *, plain: bool = False) -> Article:
    """Decode and structure one page; raises :class:`BadInput` with a coded reason."""
    text = decode_page(page)
    return build_article(page, text, furniture, plain=plain)


def analyse_articles(articles: list[Article], batch_size: int = 16) -> None:
    """Run the NLP model once over all articles (batched) and every stage on each."""
    from communique import nlp  # the model is loaded only when there is text to analyse

    texts = (article.text for article in articles)
    for article, analysis in zip(articles, nlp.analyse_many(texts, batch_size), strict=True):
        for stage in STAGES:
            setattr(article, stage.produces, stage.run(article, analysis))


def process(
    pages: Iterable[Page | Failure],
    furniture: Furniture | None,
    *,
    plain: bool = False,
    analyse: bool = True,
    batch_size: int = 16,
) -> Iterator[Article | Failure]:
    """Pages (or reader failures) in, articles (or failures) out, in input order.

    Pages are structured one by one and analysed in batches; a page that fails at any
    step becomes a :class:`Failure` and never stops the stream.
    """
    batch: list[Article | Failure] = []

    def flush() -> Iterator[Article | Failure]:
        good = [item for item in batch if isinstance(item, Article)]
        failed: dict[str, Failure] = {}
        if analyse and good:
            failed = _analyse_or_isolate(good, batch_size)
        for item in batch:
            yield failed.get(item.id, item) if isinstance(item, Article) else item
        batch.clear()

    for page in pages:
        if isinstance(page, Failure):
            batch.append(page)
        else:
            batch.append(_structure_or_failure(page, furniture, plain))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def _analyse_or_isolate(articles: list[Article], batch_size: int) -> dict[str, Failure]:
    """Analyse a batch; if anything in it fails, retry one by one so only the culprit fails.

    Any exception counts here on purpose: a stage tripping over one odd page must be
    reported against that page, never stop a corpus.
    """
    try:
        analyse_articles(articles, batch_size)
        return {}
    except Exception:  # any error: isolated below and reported per page
        failed = {}
        for article in articles:
            try:
                analyse_articles([article], 1)
            except Exception as exc:
                error = AnalysisFailed(f"{type(exc).__name__}: {exc}")
                failed[article.id] = error.as_failure(article.origin)
        return failed


def _structure_or_failure(
    page: Page, furniture: Furniture | None, plain: bool
) -> Article | Failure:
    try:
        return structure_page(page, furniture, plain=plain)
    except BadInput as exc:
        return exc.as_failure(page.origin)


def settle_stories(articles: list[Article], rounds: int = 3, batch_size: int = 16) -> list[Article]:
    """Let articles of the same story date each other; return those that changed.

    Each round gives every article the dating hints of its story partners and re-runs
    the NLP stages of those whose hints changed, until nothing changes (a page dated
    from its partner can in turn date the partner: see stories.py).
    """
    partners = stories.story_partners(articles)
    by_id = {article.id: article for article in articles}
    changed_ids: dict[str, None] = {}
    for _ in range(rounds):
        changed = []
        for article in articles:
            hints = sorted(
                {
                    hint
                    for other in partners.get(article.id, ())
                    for hint in stories.dating_hints(by_id[other])
                }
            )
            if hints != article.story_dates:
                article.story_dates = hints
                changed.append(article)
        if not changed:
            break
        analyse_articles(changed, batch_size)
        changed_ids.update(dict.fromkeys(a.id for a in changed))
    return [by_id[i] for i in changed_ids]
