from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import cli
from communique.store.sqlite import SQLiteStore
from tests.pages import write_pages

COMMANDS = sorted(cli.commands)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output) > 100


def _article_count(db: str | Path) -> int:
    store = SQLiteStore(db)
    try:
        return store.stats()["articles"]
    finally:
        store.close()


def _bad_inputs(folder: Path) -> dict[str, str]:
    """One file of each kind of bad input, and the code each must be reported with."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with open(folder / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (folder / "nohtml.html").write_text("<html><body><script>x()</script></body></html>")
    (folder / "broken.jsonl").write_text(
        '{"text": "A fine page about the harbour talks."}\n{oops\n'
    )
    return {
        "empty.txt": "E101",
        "binary.txt": "E102",
        "huge.txt": "E104",
        "nohtml.html": "E105",
        "broken.jsonl:2": "E106",
    }


@pytest.mark.slow
def test_ingest_stores_good_pages_and_reports_bad_ones(runner: CliRunner, tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    expected = _bad_inputs(tmp_path / "in" / "bad")
    db = tmp_path / "c.db"
    result = runner.invoke(
        cli, ["ingest", str(tmp_path / "in"), "--db", str(db)], catch_exceptions=False
    )
    assert result.exit_code == 1, result.output
    report = json.loads((tmp_path / "c.db.report.json").read_text())
    assert report["stored"] == 4  # three pages and the good JSONL line
    codes = {Path(f["origin"]).name: f["code"] for f in report["failures"]}
    assert codes == expected
    assert "failed" in result.output and "stored 4" in result.output
    assert _article_count(db) == 4


@pytest.mark.slow
def test_reingest_is_idempotent(runner: CliRunner, tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 4)
    db = str(tmp_path / "c.db")
    first = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db], catch_exceptions=False)
    assert again.exit_code == 0
    assert "stored 0, unchanged 4" in again.output
    assert _article_count(db) == 4


@pytest.mark.slow
def test_show_search_and_furniture_learned_across_pages(runner: CliRunner, tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    db = str(tmp_path / "c.db")
    runner.invoke(cli, ["ingest", str(tmp_path / "in"), "--db", db], catch_exceptions=False)
    found = runner.invoke(cli, ["search", "fishing quotas", "--db", db, "--json"])
    hits = json.loads(found.output)
    assert len(hits) == 3
    shown = runner.invoke(cli, ["show", hits[0]["id"], "--db", db, "--json"])
    article = json.loads(shown.output)
    # The lines every page of this invented site repeats are furniture, not body text.
    assert "Share this article" not in article["text"]
    assert "Follow us on social media" not in article["text"]
    assert article["text"].startswith("The harbour council of Port Elvan")
    missing = runner.invoke(cli, ["show", "nope", "--db", db])
    assert missing.exit_code != 0 and "E404" in missing.output


def test_extract_with_no_readable_page_fails(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(tmp_path / "empty.txt"), "--json"])
    assert result.exit_code == 1
    assert "E101" in result.output


@pytest.mark.slow
def test_furniture_counts_come_from_the_decoded_page(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    for n in range(2):  # cp1252, not UTF-8: counting raw bytes as UTF-8 would mangle "é"
        page = f"Édition spéciale\n\nLe conseil du port s'est réuni pour la {n + 1}e fois.\n"
        (folder / f"p{n}.txt").write_bytes(page.encode("cp1252"))
    db = tmp_path / "c.db"
    runner.invoke(cli, ["ingest", str(folder), "--db", str(db)], catch_exceptions=False)
    store = SQLiteStore(db)
    counts, pages = store.furniture_counts(str(folder))  # pages are grouped by folder
    store.close()
    assert pages == 2
    assert any("spéciale" in line for line in counts), counts
