"""The main jobs: ``ingest`` (pages -> store) and ``extract`` (pages -> articles, no store).

Both read their inputs twice.  The first pass is cheap (read, hash, decode): it finds
which pages are new and learns the lines that recur across pages of the same source
(page furniture).  The second pass structures and analyses only the new pages, so
re-ingesting an unchanged corpus never loads the language model.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from communique import stories
from communique.errors import BadInput, CommuniqueError
from communique.model import Article, Failure, Page
from communique.pipeline import process, settle_stories, stage_versions
from communique.readers import read_inputs
from communique.readers.decode import decode_page
from communique.store import Store
from communique.structure import Furniture, furniture_key

# Exit codes of ``communique ingest`` (documented in the README).
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_NOTHING_STORED = 3


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    redated: int = 0  # stored articles re-dated because their story gained a link
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def pages_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def exit_code(self) -> int:
        if not self.failures:
            return EXIT_OK
        return EXIT_SOME_FAILED if self.stored or self.unchanged else EXIT_NOTHING_STORED

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "redated_by_story": self.redated,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 2),
            "failures": [
                {"origin": f.origin, "code": f.code, "reason": f.reason} for f in self.failures
            ],
        }


Progress = Callable[[int], None]  # called with the number of pages just finished


class _Inputs:
    """The inputs of one job, re-readable: stdin is buffered once so it can be read twice."""

    def __init__(self, paths: Sequence[str], stdin: BinaryIO | None, source: str | None) -> None:
        self.paths = list(paths)
        self.source = source
        self._stdin = stdin
        self._buffered: bytes | None = None

    def pages(self) -> Iterator[Page | Failure]:
        stdin = None
        if "-" in self.paths:
            if self._buffered is None:
                stream = self._stdin if self._stdin is not None else sys.stdin.buffer
                self._buffered = stream.read()
            stdin = io.BytesIO(self._buffered)
        return read_inputs(self.paths, stdin=stdin, source=self.source)


@dataclass(slots=True)
class _Survey:
    new: set[str] = field(default_factory=set)  # hashes of pages not stored yet
    sources: set[str] = field(default_factory=set)  # furniture keys of the new pages
    furniture: Furniture = field(default_factory=Furniture)

    def observe(self, page: Page, report: IngestReport) -> None:
        try:
            text = decode_page(page)
        except BadInput as exc:
            report.failures.append(exc.as_failure(page.origin))
            return
        self.new.add(page.hash)
        if page.kind == "text":
            key = furniture_key(page)
            self.sources.add(key)
            self.furniture.observe(key, text)


def _survey(
    inputs: _Inputs, known: Callable[[list[str]], set[str]], report: IngestReport
) -> _Survey:
    """First pass: count pages, find the new ones, learn furniture from them."""
    survey = _Survey()
    pending: list[Page] = []

    def settle() -> None:
        stored = known([p.hash for p in pending])
        for page in pending:
            if page.hash in stored:
                report.unchanged += 1
            elif page.hash in survey.new:
                report.duplicates += 1
            else:
                survey.observe(page, report)
        pending.clear()

    for item in inputs.pages():
        report.read += 1
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        pending.append(item)
        if len(pending) >= 500:
            settle()
    settle()
    return survey


def _new_pages(inputs: _Inputs, new: set[str]) -> Iterator[Page]:
    """Second pass: each new page once, in input order."""
    remaining = set(new)
    for item in inputs.pages():
        if isinstance(item, Page) and item.hash in remaining:
            remaining.discard(item.hash)
            yield item


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    source: str | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = 16,
    on_start: Callable[[int], None] | None = None,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Read pages, store every new one with all it contains; never stop on a bad page."""
    started = time.perf_counter()
    report = IngestReport()
    inputs = _Inputs(paths, stdin, source)
    survey = _survey(inputs, store.known_hashes, report)
    for key in survey.sources:  # what earlier ingests learned about these sources
        counts, pages = store.furniture_counts(key)
        if pages:
            survey.furniture.add_counts(key, counts, pages)
    if on_start:
        on_start(len(survey.new))
    versions = stage_versions()
    stored_ids: list[str] = []
    pages = _new_pages(inputs, survey.new)
    for result in process(pages, survey.furniture, batch_size=batch_size):
        if isinstance(result, Failure):
            report.failures.append(result)
        else:
            try:
                store.save_article(result, versions)
                report.stored += 1
                stored_ids.append(result.id)
            except CommuniqueError as exc:
                report.failures.append(exc.as_failure(result.origin))
        if on_progress:
            on_progress(1)
    report.redated = _settle_stored_stories(store, stored_ids, batch_size)
    report.seconds = time.perf_counter() - started
    return report


def _settle_stored_stories(store: Store, new_ids: list[str], batch_size: int) -> int:
    """Link related headlines with the store and re-date stories that gained a link."""
    touched = store.link_related(new_ids)
    members: set[str] = set()
    for article_id in touched:
        if article_id not in members:
            members |= store.story_of(article_id)
    articles = [a for a in map(store.load_article, sorted(members)) if a is not None]
    changed = settle_stories(articles, batch_size=batch_size)
    versions = stage_versions()
    for article in changed:
        store.save_article(article, versions)
    return len(changed)


def extract(
    paths: Sequence[str],
    *,
    plain: bool = False,
    source: str | None = None,
    stdin: BinaryIO | None = None,
    analyse: bool = True,
    batch_size: int = 16,
) -> Iterator[Article | Failure]:
    """Pages -> articles without a store; furniture is learned across the given pages.

    The whole batch is held in memory: related headlines can only be linked, and a
    story dated, once every page of the batch has been read.
    """
    inputs = _Inputs(paths, stdin, source)
    furniture: Furniture | None = None
    if not plain:
        furniture = Furniture()
        for item in inputs.pages():
            if isinstance(item, Page) and item.kind == "text":
                try:
                    furniture.observe(furniture_key(item), decode_page(item))
                except BadInput:
                    continue  # reported by the second pass
    results = list(
        process(inputs.pages(), furniture, plain=plain, analyse=analyse, batch_size=batch_size)
    )
    articles = [r for r in results if isinstance(r, Article)]
    if analyse and not plain:
        stories.link_within(articles)
        settle_stories(articles, batch_size=batch_size)
    yield from results
