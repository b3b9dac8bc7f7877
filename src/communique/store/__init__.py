"""Stores keep articles and everything found in them.

The pipeline and surfaces talk to the :class:`Store` protocol only; SQL lives in the
implementations (``sqlite.py`` now; a PostgreSQL store would be a second module with
the same methods, chosen by the URL given to :func:`open_store`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from communique.errors import StoreError
from communique.model import Article


class Store(Protocol):
    def known_hashes(self, hashes: Iterable[str]) -> set[str]: ...

    def save_article(self, article: Article, stage_versions: Mapping[str, str]) -> None: ...

    def get_article(self, article_id: str) -> dict[str, Any] | None: ...

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    def furniture_counts(self, source_key: str) -> tuple[dict[str, int], int]: ...

    def link_related(self, article_ids: Iterable[str]) -> set[str]: ...

    def story_of(self, article_id: str) -> set[str]: ...

    def load_article(self, article_id: str) -> Article | None: ...

    def actors(
        self, *, type: str | None = None, country: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]: ...

    def actor_profile(self, name: str) -> list[dict[str, Any]]: ...

    def quotes(self, **filters: Any) -> list[dict[str, Any]]: ...

    def events(self, **filters: Any) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def open_store(url: str) -> Store:
    """``sqlite:///path.db``, or a bare path, opens the embedded SQLite store."""
    from communique.store.sqlite import SQLiteStore

    if url.startswith("sqlite:///"):
        return SQLiteStore(url.removeprefix("sqlite:///"))
    if "://" in url:
        raise StoreError(f"no store for {url.split('://')[0]!r} URLs (only sqlite:/// for now)")
    return SQLiteStore(url)
