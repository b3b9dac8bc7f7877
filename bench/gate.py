"""Quality gate: the benchmark figures must not fall below their recorded floors.

    .venv/bin/python bench/gate.py                 # run the benchmarks, compare with floors
    .venv/bin/python bench/gate.py --raise-floors  # after an improvement: record the new figures

Runs ``bench/quotes.py`` (PolNeAR dev) and ``bench/events.py`` (PLOVER dev), reads the
scorers' JSON, and compares each gated metric with ``bench/floors.json``.  A floor is
never lowered by this script: lowering one is a deliberate edit of floors.json, with its
reason in the commit.  Exit status 1 when a metric is below its floor (within TOLERANCE).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
FLOORS = BENCH / "floors.json"
OUT = BENCH / "out"
# The model is deterministic on one machine, but another CPU's float arithmetic can flip
# a parse or two; a drop within this margin is noise, a larger one a regression.
TOLERANCE = 0.01

RUNS = {
    "quotes": ([sys.executable, str(BENCH / "quotes.py")], OUT / "quotes-dev-score.json"),
    "events": ([sys.executable, str(BENCH / "events.py")], OUT / "events_score.json"),
}


def metric(scores: dict, path: str) -> float:
    value = scores
    for key in path.split("."):
        value = value[key]
    return float(value)


def run(name: str) -> dict:
    command, result = RUNS[name]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return json.loads(result.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--raise-floors",
        action="store_true",
        help="write figures above their floor into floors.json",
    )
    args = parser.parse_args()
    floors = json.loads(FLOORS.read_text())
    failed = False
    for name, gated in floors.items():
        scores = run(name)
        for path, floor in gated.items():
            value = metric(scores, path)
            ok = value >= floor - TOLERANCE
            failed |= not ok
            print(f"{'ok  ' if ok else 'FAIL'} {name:<7} {path:<28} {value:.4f}  floor {floor:.4f}")
            if args.raise_floors and value > floor:
                gated[path] = round(value, 4)
    if args.raise_floors:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
