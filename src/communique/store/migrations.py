"""Ordered schema migrations for the SQLite store.

Each migration runs once, inside a transaction, and is recorded in
``schema_migrations``; opening an older file upgrades it in place.  Never edit a
migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

# (version, name, SQL script).  A script runs inside the migration's transaction.
Migration = tuple[int, str, str]

_INITIAL = """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            origin TEXT,
            kind TEXT NOT NULL,
            source TEXT,
            url TEXT,
            title TEXT,
            language TEXT,
            timestamp TEXT,
            timestamp_raw TEXT,
            event_date TEXT,
            text TEXT NOT NULL,
            lead TEXT NOT NULL DEFAULT '',
            json TEXT NOT NULL,
            stage_versions TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_event_date ON articles(event_date);

        CREATE TABLE raw_pages (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            raw BLOB NOT NULL
        );

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;

        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT,
            sector TEXT,
            roles TEXT NOT NULL DEFAULT '[]',
            aliases TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX actors_name ON actors(name);
        CREATE TABLE actor_keys (
            key TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            PRIMARY KEY (key, actor_id)
        );

        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            actor_id INTEGER REFERENCES actors(id),
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_actor ON mentions(actor_id);

        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            spans TEXT NOT NULL,
            cue TEXT,
            speaker_text TEXT,
            speaker_name TEXT,
            speaker_actor_id INTEGER REFERENCES actors(id),
            date TEXT
        );
        CREATE INDEX quotes_article ON quotes(article_id);
        CREATE INDEX quotes_speaker ON quotes(speaker_actor_id);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            cameo TEXT,
            goldstein REAL,
            mode TEXT,
            negated INTEGER NOT NULL,
            hypothetical INTEGER NOT NULL,
            source_text TEXT,
            source_name TEXT,
            source_actor_id INTEGER REFERENCES actors(id),
            source_country TEXT,
            source_sector TEXT,
            target_text TEXT,
            target_name TEXT,
            target_actor_id INTEGER REFERENCES actors(id),
            target_country TEXT,
            target_sector TEXT,
            date TEXT,
            date_end TEXT,
            date_basis TEXT,
            location TEXT,
            evidence TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_dyad ON events(source_country, target_country, date);

        CREATE TABLE related_links (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            headline TEXT NOT NULL,
            target_id TEXT
        );
        CREATE INDEX related_article ON related_links(article_id);
        CREATE INDEX related_target ON related_links(target_id);
        CREATE VIRTUAL TABLE related_fts USING fts5(
            headline, content='related_links', content_rowid='id'
        );
        CREATE TRIGGER related_ai AFTER INSERT ON related_links BEGIN
            INSERT INTO related_fts(rowid, headline) VALUES (new.id, new.headline);
        END;
        CREATE TRIGGER related_ad AFTER DELETE ON related_links BEGIN
            INSERT INTO related_fts(related_fts, rowid, headline)
            VALUES ('delete', old.id, old.headline);
        END;

        CREATE TABLE furniture_lines (
            source_key TEXT NOT NULL,
            line_key TEXT NOT NULL,
            pages INTEGER NOT NULL,
            PRIMARY KEY (source_key, line_key)
        );
        CREATE TABLE furniture_sources (
            source_key TEXT PRIMARY KEY,
            pages INTEGER NOT NULL
        );
"""

MIGRATIONS: list[Migration] = [
    (1, "initial schema", _INITIAL),
]


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every pending migration, each in its own transaction; return those applied."""
    done = applied_versions(conn)
    applied = []
    for version, name, script in MIGRATIONS:
        if version in done:
            continue
        # executescript() would commit an open transaction first, so the script carries
        # its own BEGIN/COMMIT; on failure the transaction is still open and rolled back.
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        record = (
            "INSERT INTO schema_migrations(version, name, applied_at) "
            f"VALUES ({int(version)}, '{name.replace(chr(39), chr(39) * 2)}', '{stamp}');"
        )
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\n{record}\nCOMMIT;")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def schema_version(conn: sqlite3.Connection) -> int:
    return max(applied_versions(conn), default=0)
