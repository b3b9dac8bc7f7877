"""The benchmark figures stay above their recorded floors (bench/floors.json)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from communique.paths import REPO_ROOT, shared_dir

pytestmark = pytest.mark.slow


def test_benchmarks_stay_above_their_floors() -> None:
    for needed in ("bench/polnear/score.py", "bench/plover/score.py"):
        if not (shared_dir() / needed).exists():
            pytest.skip(f"benchmark data not found: {shared_dir() / needed}")
    done = subprocess.run(
        [sys.executable, str(REPO_ROOT / "bench" / "gate.py")],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAIL" not in done.stdout and done.stdout.count("ok") >= 7
