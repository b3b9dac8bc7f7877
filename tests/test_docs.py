"""The README stays true: every command is documented, the two commands are there."""

from __future__ import annotations

from communique.cli import cli
from communique.paths import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in cli.commands if f"communique {name}" not in README]
    assert not missing, f"undocumented commands: {missing}"


def test_the_two_commands_are_in_the_readme_and_exist() -> None:
    for script in ("scripts/main.sh", "scripts/test.sh"):
        assert f"bash {script}" in README
        assert (REPO_ROOT / script).exists()
    assert ".venv/bin/communique" in README


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO_ROOT / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci
