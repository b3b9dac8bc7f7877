"""Interrupting an ingest (kill -9 or Ctrl-C) and running it again stores every page once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pages import write_pages

PAGES = 80


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "communique",
            "ingest",
            str(folder),
            "--db",
            str(db),
            "--batch-size",
            "2",
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _interrupt_midway(folder: Path, db: Path, sig: int) -> None:
    process = _ingest(folder, db)
    deadline = time.monotonic() + 120
    while _count(db) < 3:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ingest never started storing"
        time.sleep(0.05)
    process.send_signal(sig)
    process.wait(timeout=60)
    assert _count(db) < PAGES, "the ingest finished before it could be interrupted"


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_interrupted_ingest_completes_on_rerun(tmp_path: Path, sig: int) -> None:
    folder = tmp_path / "pages"
    write_pages(folder, PAGES)
    db = tmp_path / "c.db"
    _interrupt_midway(folder, db, sig)
    rerun = _ingest(folder, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == PAGES
    assert conn.execute("SELECT COUNT(DISTINCT hash) FROM articles").fetchone()[0] == PAGES
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert os.path.exists(db)
