"""`communique extract --json` on the seed pages follows the shared contract schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from communique.cli import cli


@pytest.mark.slow
def test_seed_output_validates_against_the_contract(shared: Path, seed_paths: list[Path]) -> None:
    schema_path = shared / "contract" / "article.schema.json"
    if not schema_path.exists():
        pytest.skip(f"no contract schema at {schema_path}")
    validator = Draft202012Validator(json.loads(schema_path.read_text()))
    result = CliRunner().invoke(
        cli, ["extract", "--json", *map(str, seed_paths)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(articles) == len(seed_paths)
    for article in articles:
        errors = sorted(validator.iter_errors(article), key=str)
        assert not errors, errors[:3]
        for paragraph in article["paragraphs"]:
            assert article["text"][paragraph["start"] : paragraph["end"]] == paragraph["text"]


@pytest.mark.slow
def test_plain_mode_keeps_offsets_into_the_file(tmp_path: Path) -> None:
    text = "First\u00a0paragraph, with a non-breaking space.\r\n\r\nSecond one.\n"
    page = tmp_path / "p.txt"
    page.write_bytes(text.encode("utf-8"))
    result = CliRunner().invoke(
        cli, ["extract", "--json", "--plain", str(page)], catch_exceptions=False
    )
    article = json.loads(result.output)
    assert len(article["text"]) == len(text)
    for paragraph in article["paragraphs"]:
        assert (
            text[paragraph["start"] : paragraph["end"]].replace("\u00a0", " ") == paragraph["text"]
        )


@pytest.mark.slow
def test_a_jsonl_record_keeps_its_own_id(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "wire-0042", "text": "The harbour council met on Monday."}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["extract", "--json", str(feed)], catch_exceptions=False)
    article = json.loads(result.output)
    assert article["record_id"] == "wire-0042"
    assert article["origin"].endswith("feed.jsonl:1")
