"""The event-coding data files: they load offline, carry their notice, and map codes."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from communique.events.lexicon import DATA_DIR, DATA_FILES, lexicon

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
}
REPO = Path(__file__).resolve().parents[1]


def test_data_files_load_offline_from_the_package() -> None:
    lex = lexicon()
    assert len(lex.verbs) > 2000
    assert sum(len(p) for p in lex.patterns.values()) > 4000
    assert lex.country("Japanese") == "JPN"
    assert lex.country("the United States") == "USA"
    assert lex.sector("soldier") == "MIL"


def test_every_mapped_plover_event_is_one_of_the_sixteen_types() -> None:
    events = {entry["event"] for entry in lexicon().plover.values()}
    assert events <= PLOVER_TYPES


def test_notice_names_every_data_file_and_its_licence() -> None:
    notice = (DATA_DIR / "NOTICE").read_text(encoding="utf-8")
    for name in DATA_FILES:
        assert f"{name}.json" in notice
    assert "CC BY-SA 4.0" in notice and "MIT" in notice


def test_codes_map_to_plover_with_documented_fallbacks() -> None:
    lex = lexicon()
    assert lex.to_plover("040").event == "CONSULT"
    assert lex.to_plover("190").event == "ASSAULT"
    assert lex.to_plover("057").event == "AGREE"  # override: signing is agreeing
    assert lex.to_plover("0231").event == "REQUEST"  # appeals, unmapped upstream
    assert lex.to_plover("010") is None  # statements are not events
    assert lex.goldstein("0874") == 10.0
    assert lex.goldstein("0999") == lex.goldstein("09")  # falls back to the root


def test_build_script_reproduces_the_shipped_files(shared: Path, tmp_path: Path) -> None:
    source = shared / "data" / "eventdata"
    if not source.exists():
        pytest.skip(f"event data not found at {source}")
    build = runpy.run_path(str(REPO / "scripts" / "build_event_data.py"))["build"]
    build(source, tmp_path)
    for name in DATA_FILES:
        rebuilt = json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8"))
        shipped = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert rebuilt == shipped, name


@pytest.mark.parametrize(("name", "at_least"), [("events_dev_sentences", 100),
                                                ("events_heldout_sentences", 32)])
def test_own_sentence_sets_are_well_formed(name: str, at_least: int) -> None:
    """bench/data: our own sentences in the benchmark's gold format, every PLOVER type of
    the contract present, ISO alpha-3 countries, no sentence in both sets."""
    import json
    import re

    path = REPO / "bench" / "data" / f"{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= at_least and {row["event"] for row in rows} == PLOVER_TYPES
    other = "events_heldout_sentences" if name == "events_dev_sentences" else \
        "events_dev_sentences"
    other_texts = {json.loads(line)["text"] for line in (REPO / "bench" / "data" / f"{other}.jsonl")
                   .read_text(encoding="utf-8").splitlines() if line}
    assert not other_texts & {row["text"] for row in rows}
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        for actor in row["source"] + row["target"]:
            assert re.fullmatch(r"[A-Z]{3}", actor["country"]), row["id"]


def test_surname_lookup_needs_one_country_and_a_long_enough_name() -> None:
    lex = lexicon()
    full_names = [name for name in lex.named_actors if len(name.split()) == 2]
    assert full_names
    assert lex.named_actor("Kim") is None  # too short to be looked up alone
    surname_countries: dict[str, set[str]] = {}
    for name in full_names:
        surname_countries.setdefault(name.split()[-1], set()).add(lex.named_actors[name])
    shared = next(s for s, c in surname_countries.items() if len(c) > 1 and len(s) > 4
                  and s not in lex.named_actors)
    assert lex.named_actor(shared) is None


def test_actor_names_on_consecutive_lines_share_the_codes_below(tmp_path: Path) -> None:
    build = runpy.run_path(str(REPO / "scripts" / "build_event_data.py"))
    source = tmp_path / "actors.txt"
    source.write_text("JANE_DOE_  # note\nDOE\nPRESIDENT_DOE\n\t[ISLGOV 990101-051231]\n"
                      "OTHER_BODY_\n+ALIAS_BODY\n\t[NORGOV]\n", encoding="latin-1")
    groups = build["actor_groups"](source)
    assert groups == [(["jane doe", "doe", "president doe"], ["ISLGOV"]),
                      (["other body", "alias body"], ["NORGOV"])]


def test_capitals_of_small_countries_and_shared_city_names_are_left_out() -> None:
    lex = lexicon()
    assert lex.country("Port-au-Prince") == "HTI" and lex.country("Dili") == "TLS"
    assert lex.country("San Jose") is None  # a larger San Jose is in the United States
    assert lex.country("Victoria") is None


def test_precision_set_has_blank_sentences_and_coded_ones_in_the_gold_format() -> None:
    path = REPO / "bench" / "data" / "events_nonevents_sentences.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    blank = [r for r in records if r["event"] is None]
    coded = [r for r in records if r["event"] is not None]
    assert len(blank) >= 120 and len(coded) >= 35
    assert {r["event"] for r in coded} <= PLOVER_TYPES
    assert all(r["source"] == [] and r["target"] == [] for r in blank)
    assert len({r["text"] for r in records}) == len(records)


def test_false_events_count_only_factual_events_on_blank_sentences(capsys) -> None:
    report = runpy.run_path(str(REPO / "bench" / "events.py"))["report_false_events"]
    records = [{"id": "a", "event": None}, {"id": "b", "event": None},
               {"id": "c", "event": None, "text": "x"}, {"id": "d", "event": "AGREE"}]
    event = {"type": "ASSAULT", "source_country": None, "target_country": None}
    predictions = [{"events": [dict(event, factual=True)]},
                   {"events": [dict(event, factual=False)]},
                   {"events": []},
                   {"events": [dict(event, factual=True)]}]
    report(records, predictions, False)
    assert "false events: 1 of 3 " in capsys.readouterr().out
