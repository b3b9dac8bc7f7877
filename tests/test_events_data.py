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
