from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from communique.model import Article, Entity, Mention, Quote, Span, Speaker
from communique.store import open_store
from communique.store.migrations import MIGRATIONS
from communique.store.sqlite import SQLiteStore


def _article(n: int, text: str = "Leaders discussed joint investment in the harbour.") -> Article:
    return Article(
        id=f"a{n:015d}",
        hash=f"{n:064d}",
        origin=f"page{n}.txt",
        kind="text",
        text=text,
        paragraphs=[Span(0, len(text), text)],
        title=f"Title {n}",
        raw=text.encode(),
    )


def test_new_file_gets_every_migration_recorded(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "x.db")
    assert store.schema_version() == max(v for v, _, _ in MIGRATIONS)
    mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    SQLiteStore(tmp_path / "x.db").close()
    conn = sqlite3.connect(tmp_path / "x.db")
    before = conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0]
    conn.close()
    SQLiteStore(tmp_path / "x.db").close()
    conn = sqlite3.connect(tmp_path / "x.db")
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == before
    conn.close()


def test_save_get_search_round_trip(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "x.db")
    store.save_article(_article(1), {"actors": "1"})
    store.save_article(_article(2, "Nothing about money here."), {"actors": "1"})
    assert store.get_article("a000000000000001")["title"] == "Title 1"
    assert store.get_article("a00000000000000")  # an id prefix finds it
    hits = store.search("joint investment")
    assert [h["id"] for h in hits] == ["a000000000000001"]
    assert "[joint]" in hits[0]["snippet"]
    assert store.search('"investment joint"') == []  # a quoted phrase keeps word order
    assert store.known_hashes([f"{1:064d}", "nope"]) == {f"{1:064d}"}
    store.close()


def test_saving_again_replaces_the_article_as_one_unit(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "x.db")
    article = _article(1)
    article.quotes = [Quote("direct", [(0, 7)], "Leaders", None, None)]
    store.save_article(article, {})
    store.save_article(article, {})
    assert store.stats()["articles"] == 1
    assert store.stats()["quotes"] == 1
    assert len(store.search("harbour")) == 1
    assert store.integrity_check() == "ok"
    store.close()


def test_same_person_in_two_articles_is_one_actor(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "x.db")
    for n, names in ((1, ["Maria Okafor", "Okafor"]), (2, ["Okafor"])):
        article = _article(n, " ".join(names) + " spoke.")
        mentions, offset = [], 0
        for name in names:
            mentions.append(Mention(offset, offset + len(name), name))
            offset += len(name) + 1
        entity = Entity(
            "e1", names[0], "PERSON", roles=["council chair"], country="NGA", mentions=mentions
        )
        article.entities = [entity]
        article.quotes = [
            Quote(
                "direct", [(0, 3)], "x", None, Speaker(0, len(names[0]), names[0], "e1", names[0])
            )
        ]
        store.save_article(article, {})
    actors = store.actors(type="PERSON")
    assert [(a["name"], a["articles"], a["quotes"]) for a in actors] == [("Maria Okafor", 2, 2)]
    assert store.quotes(speaker="Okafor")[0]["speaker"] == "Maria Okafor"
    store.close()


def test_open_store_refuses_unknown_urls(tmp_path: Path) -> None:
    from communique.errors import StoreError

    with pytest.raises(StoreError):
        open_store("postgresql://localhost/x")
    open_store(f"sqlite:///{tmp_path / 'y.db'}").close()


def test_bare_surname_with_two_stored_namesakes_is_not_merged(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "x.db")
    for n, name in enumerate(["John Smith", "Mary Smith", "Smith"]):
        article = _article(n, f"{name} spoke.")
        article.entities = [Entity("e1", name, "PERSON", mentions=[Mention(0, len(name), name)])]
        store.save_article(article, {})
    names = sorted(a["name"] for a in store.actors(type="PERSON"))
    assert names == ["John Smith", "Mary Smith"]
    store.close()
