"""Ingest throughput, and how much faster re-ingesting an unchanged corpus is.

    .venv/bin/python bench/ingest.py [--pages N] [--corpus DIR [--limit N]]

With --corpus it ingests (the first --limit) files of that folder; without it, the seed
pages plus N pages written by tests/pages.py.  It ingests into a fresh SQLite file,
then ingests the same inputs again.  Each run is a real subprocess
(`python -m communique ingest`), so model loading and start-up count.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pages import write_pages  # noqa: E402

from communique.paths import shared_dir  # noqa: E402


def timed_ingest(paths: list[str], db: Path) -> tuple[float, dict]:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "communique", "ingest", *paths, "--db", str(db), "--quiet"],
        check=False,
    )
    seconds = time.perf_counter() - started
    report = json.loads(Path(str(db) + ".report.json").read_text())
    return seconds, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="invented pages to add")
    parser.add_argument("--corpus", help="ingest files from this folder instead")
    parser.add_argument("--limit", type=int, default=0, help="with --corpus: first N files")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="communique-bench-"))
    try:
        if args.corpus:
            files = sorted(p for p in Path(args.corpus).iterdir() if p.is_file())
            chosen = work / "corpus"
            chosen.mkdir()
            for path in files[: args.limit or None]:
                shutil.copy(path, chosen / path.name)
            inputs = [str(chosen)]
        else:
            inputs = [str(write_pages(work / "pages", args.pages)[0].parent)]
            seeds = shared_dir() / "corpus" / "seeds"
            if seeds.exists():
                inputs.append(str(seeds))
        db = work / "bench.db"
        first, report1 = timed_ingest(inputs, db)
        again, report2 = timed_ingest(inputs, db)
        print(
            f"first ingest : {report1['stored']} stored in {first:.2f}s "
            f"({report1['stored'] / first:.1f} pages/s, wall clock incl. start-up)"
        )
        print(f"re-ingest    : {report2['unchanged']} unchanged in {again:.2f}s")
        print(f"speed-up     : {first / again:.0f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
