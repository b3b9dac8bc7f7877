"""The embedded default store: one SQLite file (WAL, foreign keys, FTS5).

Every article is written in one transaction together with its raw page, mentions,
actors, quotes, events and furniture counts, so an interrupted ingest leaves either
the whole page or nothing; re-running it stores what is missing, once.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from communique import stories
from communique.actors.identity import actor_keys, match_actor, same_actor
from communique.model import Article, Entity
from communique.serialize import article_from_json, article_to_json
from communique.store.migrations import migrate, schema_version

# SQLite limits the number of host parameters; stay well below it.
_CHUNK = 500

# An actor row with how many articles mention it and how many quotes it is the speaker of.
_ACTOR_COLUMNS = (
    "a.*,"
    " (SELECT COUNT(DISTINCT article_id) FROM mentions m WHERE m.actor_id = a.id) AS articles,"
    " (SELECT COUNT(*) FROM quotes q WHERE q.speaker_actor_id = a.id) AS quotes"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fts_query(text: str) -> str:
    """Turn user words into an FTS5 query of quoted terms (phrases kept when quoted)."""
    text = text.strip()
    if text.startswith('"') and text.endswith('"') and len(text) > 1:
        return '"' + text[1:-1].replace('"', '""') + '"'
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words)


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=10000")
        migrate(self.conn)

    # -- plumbing ---------------------------------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction; nested calls become savepoints."""
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO nested")
                raise
            finally:
                self.conn.execute("RELEASE nested")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def schema_version(self) -> int:
        return schema_version(self.conn)

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]

    # -- pages ------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(hashes)
        found: set[str] = set()
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT hash FROM articles WHERE hash IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def save_article(self, article: Article, stage_versions: Mapping[str, str]) -> None:
        """Store an article and all it contains, replacing an earlier version as one unit."""
        with self.atomic() as conn:
            conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            actor_ids = {e.id: self._link_actor(conn, e) for e in article.entities}
            for entity in article.entities:
                entity.actor_id = (
                    None if actor_ids[entity.id] is None else str(actor_ids[entity.id])
                )
            self._insert_article(conn, article, stage_versions)
            self._insert_mentions(conn, article, actor_ids)
            self._insert_quotes(conn, article, actor_ids)
            self._insert_events(conn, article, actor_ids)
            self._count_furniture(conn, article)

    def _insert_article(
        self, conn: sqlite3.Connection, article: Article, stage_versions: Mapping[str, str]
    ) -> None:
        conn.execute(
            "INSERT INTO articles (id, hash, origin, kind, source, url, title, language,"
            " timestamp, timestamp_raw, event_date, text, lead, json, stage_versions, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.hash,
                article.origin,
                article.kind,
                article.source,
                article.url,
                article.title,
                article.language,
                article.timestamp.value if article.timestamp else None,
                article.timestamp.raw if article.timestamp else None,
                article.dating.date if article.dating else None,
                article.text,
                stories.article_lead(article),
                json.dumps(article_to_json(article), ensure_ascii=False),
                json.dumps(dict(stage_versions)),
                _now(),
            ),
        )
        conn.execute(
            "INSERT INTO raw_pages(article_id, raw) VALUES (?, ?)", (article.id, article.raw)
        )
        conn.executemany(
            "INSERT INTO related_links(article_id, position, headline, target_id)"
            " VALUES (?, ?, ?, ?)",
            [(article.id, n, r.headline, r.article_id) for n, r in enumerate(article.related)],
        )

    def _insert_mentions(
        self, conn: sqlite3.Connection, article: Article, actor_ids: Mapping[str, int | None]
    ) -> None:
        conn.executemany(
            "INSERT INTO mentions(article_id, entity, actor_id, start, end, text, kind)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, e.id, actor_ids[e.id], m.start, m.end, m.text, m.kind)
                for e in article.entities
                for m in e.mentions
            ],
        )

    def _insert_quotes(
        self, conn: sqlite3.Connection, article: Article, actor_ids: Mapping[str, int | None]
    ) -> None:
        date = _article_date(article)
        conn.executemany(
            "INSERT INTO quotes(article_id, kind, text, spans, cue, speaker_text, speaker_name,"
            " speaker_actor_id, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    q.kind,
                    q.text,
                    json.dumps(q.spans),
                    q.cue.text if q.cue else None,
                    q.speaker.text if q.speaker else None,
                    q.speaker.name if q.speaker else None,
                    actor_ids.get(q.speaker.entity) if q.speaker and q.speaker.entity else None,
                    date,
                )
                for q in article.quotes
            ],
        )

    def _insert_events(
        self, conn: sqlite3.Connection, article: Article, actor_ids: Mapping[str, int | None]
    ) -> None:
        def actor_columns(actor: Any) -> tuple[Any, ...]:
            if actor is None:
                return (None, None, None, None, None)
            linked = actor_ids.get(actor.entity) if actor.entity else None
            return (actor.text, actor.name, linked, actor.country, actor.sector)

        conn.executemany(
            "INSERT INTO events(article_id, type, cameo, goldstein, mode, negated, hypothetical,"
            " source_text, source_name, source_actor_id, source_country, source_sector,"
            " target_text, target_name, target_actor_id, target_country, target_sector,"
            " date, date_end, date_basis, location, evidence, evidence_start, evidence_end)"
            " VALUES (" + ",".join("?" * 24) + ")",
            [
                (
                    article.id,
                    e.type,
                    e.cameo,
                    e.goldstein,
                    e.mode,
                    int(e.negated),
                    int(e.hypothetical),
                    *actor_columns(e.source),
                    *actor_columns(e.target),
                    e.date,
                    e.date_end,
                    e.date_basis,
                    e.location,
                    e.evidence.text,
                    e.evidence.start,
                    e.evidence.end,
                )
                for e in article.events
            ],
        )

    def _count_furniture(self, conn: sqlite3.Connection, article: Article) -> None:
        """Remember this page's candidate lines so later ingests learn recurring furniture."""
        key = article.furniture_source
        if key is None:  # not a text page, or re-saved from the store: counted already
            return
        conn.executemany(
            "INSERT INTO furniture_lines(source_key, line_key, pages) VALUES (?, ?, 1)"
            " ON CONFLICT(source_key, line_key) DO UPDATE SET pages = pages + 1",
            [(key, line) for line in article.furniture_lines],
        )
        conn.execute(
            "INSERT INTO furniture_sources(source_key, pages) VALUES (?, 1)"
            " ON CONFLICT(source_key) DO UPDATE SET pages = pages + 1",
            (key,),
        )

    def furniture_counts(self, source_key: str) -> tuple[dict[str, int], int]:
        row = self.conn.execute(
            "SELECT pages FROM furniture_sources WHERE source_key = ?", (source_key,)
        ).fetchone()
        if row is None:
            return {}, 0
        counts = dict(
            self.conn.execute(
                "SELECT line_key, pages FROM furniture_lines WHERE source_key = ? AND pages > 1",
                (source_key,),
            ).fetchall()
        )
        return counts, row[0]

    # -- stories ----------------------------------------------------------------

    def link_related(self, article_ids: Iterable[str]) -> set[str]:
        """Resolve related headlines between these articles and the stored ones.

        Both directions: the new articles' headlines may name stored articles, and stored
        articles' unresolved headlines may name the new ones.  Returns the ids of every
        article whose story gained a link.
        """
        touched: set[str] = set()
        for article_id in article_ids:
            touched |= self._link_outgoing(article_id) | self._link_incoming(article_id)
        return touched

    def _link_outgoing(self, article_id: str) -> set[str]:
        rows = self.conn.execute(
            "SELECT id, headline FROM related_links WHERE article_id = ? AND target_id IS NULL",
            (article_id,),
        ).fetchall()
        touched = set()
        for row in rows:
            candidates = self._lead_candidates(row["headline"])
            target = stories.best_match(row["headline"], candidates, exclude=article_id)
            if target is not None:
                self._set_link(row["id"], article_id, target)
                touched |= {article_id, target}
        return touched

    def _link_incoming(self, article_id: str) -> set[str]:
        lead_row = self.conn.execute("SELECT lead FROM articles WHERE id = ?", (article_id,))
        lead = (lead_row.fetchone() or [""])[0]
        query = _fts_any(lead)
        if not query:
            return set()
        rows = self.conn.execute(
            "SELECT r.id, r.article_id, r.headline FROM related_fts"
            " JOIN related_links r ON r.id = related_fts.rowid"
            " WHERE related_fts MATCH ? AND r.target_id IS NULL AND r.article_id != ?"
            " ORDER BY bm25(related_fts) LIMIT 50",
            (query, article_id),
        ).fetchall()
        touched = set()
        for row in rows:
            if stories.headline_score(row["headline"], lead) >= stories.MIN_SHARED:
                self._set_link(row["id"], row["article_id"], article_id)
                touched |= {article_id, row["article_id"]}
        return touched

    def _lead_candidates(self, headline: str) -> list[stories.Candidate]:
        query = _fts_any(headline)
        if not query:
            return []
        rows = self.conn.execute(
            "SELECT a.id, a.lead FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT 20",
            (query,),
        ).fetchall()
        return [stories.Candidate(row["id"], row["lead"]) for row in rows]

    def _set_link(self, link_id: int, article_id: str, target_id: str) -> None:
        with self.atomic() as conn:
            conn.execute(
                "UPDATE related_links SET target_id = ? WHERE id = ?", (target_id, link_id)
            )
            row = conn.execute("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
            data = json.loads(row[0])
            position = conn.execute(
                "SELECT position FROM related_links WHERE id = ?", (link_id,)
            ).fetchone()[0]
            data["related"][position]["article_id"] = target_id
            conn.execute(
                "UPDATE articles SET json = ? WHERE id = ?",
                (json.dumps(data, ensure_ascii=False), article_id),
            )

    def story_of(self, article_id: str) -> set[str]:
        """Every stored article linked to this one through related headlines (transitively)."""
        story, stack = set(), [article_id]
        while stack:
            current = stack.pop()
            if current in story:
                continue
            story.add(current)
            rows = self.conn.execute(
                "SELECT target_id FROM related_links WHERE article_id = ? AND target_id IS NOT NULL"
                " UNION SELECT article_id FROM related_links WHERE target_id = ?",
                (current, current),
            )
            stack.extend(row[0] for row in rows)
        return story

    def load_article(self, article_id: str) -> Article | None:
        """The stored article as the data model, raw page included (for re-processing)."""
        data = self.get_article(article_id)
        if data is None:
            return None
        article = article_from_json(data)
        article.raw = self.get_raw(article.id) or b""
        return article

    # -- actors -----------------------------------------------------------------

    def _link_actor(self, conn: sqlite3.Connection, entity: Entity) -> int | None:
        """The stored actor this entity is, creating it when no stored actor matches."""
        if entity.type not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            return None
        keys = actor_keys(entity)
        candidates = self._candidates(conn, keys)
        match = match_actor(entity, candidates)
        if match is not None:
            return self._update_actor(conn, match, entity, keys)
        if sum(same_actor(entity, c) for c in candidates) > 1:
            return None  # e.g. a bare "Smith" with two stored Smiths: unlinked, never merged
        cursor = conn.execute(
            "INSERT INTO actors(name, type, country, sector, roles, aliases)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                entity.name,
                entity.type,
                entity.country,
                entity.sector,
                json.dumps(entity.roles),
                json.dumps(entity.aliases()),
            ),
        )
        actor_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT OR IGNORE INTO actor_keys(key, actor_id) VALUES (?, ?)",
            [(k, actor_id) for k in keys],
        )
        return actor_id

    def _candidates(self, conn: sqlite3.Connection, keys: list[str]) -> list[dict[str, Any]]:
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = conn.execute(
            "SELECT DISTINCT a.* FROM actors a JOIN actor_keys k ON k.actor_id = a.id"
            f" WHERE k.key IN ({marks})",
            keys,
        ).fetchall()
        return [_actor_row(row) for row in rows]

    def _update_actor(
        self, conn: sqlite3.Connection, actor: dict[str, Any], entity: Entity, keys: list[str]
    ) -> int:
        """Merge what this article adds: a fuller name, new roles and aliases, a country."""
        name = entity.name if len(entity.name) > len(actor["name"]) else actor["name"]
        roles = list(dict.fromkeys([*actor["roles"], *entity.roles]))
        aliases = list(dict.fromkeys([*actor["aliases"], *entity.aliases()]))
        conn.execute(
            "UPDATE actors SET name = ?, country = COALESCE(country, ?),"
            " sector = COALESCE(sector, ?), roles = ?, aliases = ? WHERE id = ?",
            (
                name,
                entity.country,
                entity.sector,
                json.dumps(roles),
                json.dumps(aliases),
                actor["id"],
            ),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO actor_keys(key, actor_id) VALUES (?, ?)",
            [(k, actor["id"]) for k in keys],
        )
        return int(actor["id"])

    def actors(
        self, *, type: str | None = None, country: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        where, params = [], []
        if type:
            where.append("a.type = ?")
            params.append(type.upper())
        if country:
            where.append("a.country = ?")
            params.append(country.upper())
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        rows = self.conn.execute(
            f"SELECT {_ACTOR_COLUMNS} FROM actors a {clause}"
            " ORDER BY articles DESC, quotes DESC, a.name LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [_actor_row(row) for row in rows]

    def actor_profile(self, name: str) -> list[dict[str, Any]]:
        """Actors whose name or alias contains ``name``, each with its articles and mentions."""
        like = f"%{name}%"
        rows = self.conn.execute(
            f"SELECT {_ACTOR_COLUMNS} FROM actors a"
            " WHERE a.name LIKE ? OR a.aliases LIKE ? ORDER BY articles DESC",
            (like, like),
        ).fetchall()
        profiles = []
        for row in rows:
            actor = _actor_row(row)
            mentions = self.conn.execute(
                "SELECT m.article_id, ar.title, ar.origin, m.start, m.end, m.text, m.kind"
                " FROM mentions m JOIN articles ar ON ar.id = m.article_id"
                " WHERE m.actor_id = ? ORDER BY m.article_id, m.start",
                (actor["id"],),
            ).fetchall()
            actor["mentions"] = [dict(m) for m in mentions]
            profiles.append(actor)
        return profiles

    # -- queries ----------------------------------------------------------------

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT json FROM articles WHERE id = ? OR hash = ?", (article_id, article_id)
        ).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT json FROM articles WHERE id LIKE ? ORDER BY id LIMIT 2", (article_id + "%",)
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def get_raw(self, article_id: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT raw FROM raw_pages WHERE article_id = ?", (article_id,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.origin, a.timestamp, a.event_date,"
            " snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, bm25(articles_fts) AS rank"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (_fts_query(query), limit),
        ).fetchall()
        return [dict(row) for row in rows]

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        kind: str | None = None,
        since: str | None = None,
        country: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        where, params = [], []
        if speaker:
            where.append(
                "(q.speaker_name LIKE ? OR q.speaker_text LIKE ?"
                " OR ac.name LIKE ? OR ac.aliases LIKE ?)"
            )
            params.extend([f"%{speaker}%"] * 4)
        if about:
            where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(_fts_query(about))
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        if since:
            where.append("q.date >= ?")
            params.append(since)
        if country:
            where.append("ac.country = ?")
            params.append(country.upper())
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        rows = self.conn.execute(
            "SELECT q.id, q.article_id, q.kind, q.text, q.spans, q.cue, q.speaker_text,"
            " COALESCE(ac.name, q.speaker_name) AS speaker, ac.id AS speaker_actor_id,"
            " ac.country AS speaker_country, q.date"
            " FROM quotes q LEFT JOIN actors ac ON ac.id = q.speaker_actor_id"
            f" {clause} ORDER BY q.date, q.article_id, q.id LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [dict(row, spans=json.loads(row["spans"])) for row in rows]

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        include_unreal: bool = False,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        where, params = [], []
        for column, value in (("source_country", source), ("target_country", target)):
            if value:
                where.append(f"e.{column} = ?")
                params.append(value.upper())
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if since:
            where.append("e.date >= ?")
            params.append(since)
        if until:
            where.append("e.date <= ?")
            params.append(until)
        if not include_unreal:
            where.append("e.negated = 0 AND e.hypothetical = 0")
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        rows = self.conn.execute(
            f"SELECT e.* FROM events e {clause} ORDER BY e.date, e.article_id, e.id LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [
            dict(row, negated=bool(row["negated"]), hypothetical=bool(row["hypothetical"]))
            for row in rows
        ]

    def stats(self) -> dict[str, int]:
        counts = {}
        for table in ("articles", "actors", "mentions", "quotes", "events"):
            counts[table] = self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return counts


def _fts_any(text: str) -> str:
    """An FTS5 query matching any of the text's content words (for candidate look-up)."""
    return " OR ".join(f'"{w}"' for w in sorted(stories.content_words(text)) if '"' not in w)


def _actor_row(row: sqlite3.Row) -> dict[str, Any]:
    actor = dict(row)
    actor["roles"] = json.loads(actor.get("roles") or "[]")
    actor["aliases"] = json.loads(actor.get("aliases") or "[]")
    return actor


def _article_date(article: Article) -> str | None:
    if article.dating and article.dating.date:
        return article.dating.date
    if article.timestamp and article.timestamp.value:
        return article.timestamp.value[:10]
    return None
