"""The seed pages through the whole job: ingest, then every query a user would run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeded_db(seed_paths: list[Path], tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("seeds") / "c.db")
    result = CliRunner().invoke(
        cli, ["ingest", str(seed_paths[0].parent), "--db", db], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return db


def _json(db: str, *args: str):
    result = CliRunner().invoke(cli, [*args, "--db", db, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_people_are_one_actor_each_across_both_pages(seeded_db: str) -> None:
    people = {a["name"]: a for a in _json(seeded_db, "actors", "--type", "person")}
    assert people["Vladimir Putin"]["articles"] == 2
    assert people["Vladimir Putin"]["country"] == "RUS"
    assert people["Shinzo Abe"]["articles"] == 2
    assert people["Toshihiko Ueno"]["country"] == "JPN"
    russians = {a["name"] for a in _json(seeded_db, "actors", "--country", "RUS")}
    assert {"Dmitry Peskov", "Sergey Lavrov", "Yury Ushakov", "Yury Trutnev"} <= russians
    assert "Toshihiko Ueno" not in russians


def test_actor_profile_lists_every_way_he_was_named(seeded_db: str) -> None:
    (peskov,) = _json(seeded_db, "actor", "Peskov")
    said_as = {m["text"] for m in peskov["mentions"]}
    assert {"Dmitry Peskov", "Peskov", "the spokesman"} <= said_as


def test_quotes_by_speaker_and_topic(seeded_db: str) -> None:
    peskov = _json(seeded_db, "quotes", "--speaker", "Peskov", "--kind", "direct")
    assert len(peskov) == 2
    assert {q["speaker_text"] for q in peskov} == {"Peskov", "the spokesman"}
    about = _json(seeded_db, "quotes", "--about", "sovereignty")
    assert any(q["speaker"] == "Dmitry Peskov" for q in about)
    ueno = _json(seeded_db, "quotes", "--speaker", "Ueno", "--kind", "direct")
    assert len(ueno) == 6
    assert all(q["date"] == "2016-12-15" for q in ueno)


def test_events_and_dyad_are_dated_to_the_summit(seeded_db: str) -> None:
    concessions = _json(
        seeded_db, "events", "--source", "JPN", "--target", "RUS", "--type", "CONCEDE"
    )
    assert len(concessions) == 1
    assert concessions[0]["date"].startswith("2016-12-1")
    happened = _json(seeded_db, "events")
    assert all(not e["negated"] and not e["hypothetical"] for e in happened)
    everything = _json(seeded_db, "events", "--all")
    assert any(e["hypothetical"] for e in everything)
    assert any(e["negated"] for e in everything)
    series = _json(seeded_db, "dyad", "RUS", "JPN")
    periods = {(p["period"], p["direction"]) for p in series["periods"]}
    assert {("2016-12", "RUS->JPN"), ("2016-12", "JPN->RUS")} <= periods


def test_full_text_search_finds_the_fund(seeded_db: str) -> None:
    hits = _json(seeded_db, "search", "joint investment")
    assert len(hits) == 1 and hits[0]["event_date"] == "2016-12-15"


def test_quotes_by_speaker_country_and_date(seeded_db: str) -> None:
    japanese = _json(seeded_db, "quotes", "--country", "JPN", "--kind", "direct")
    assert {q["speaker"] for q in japanese} == {"Shinzo Abe", "Toshihiko Ueno"}
    assert _json(seeded_db, "quotes", "--since", "2017-01-01") == []
    assert len(_json(seeded_db, "quotes", "--since", "2016-12-01", "--kind", "direct")) == 12
