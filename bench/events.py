"""Event-coding benchmark on the PLOVER gold-standard sentences (``bench/plover``).

Runs communique over every ``dev.jsonl`` sentence as a plain-text article, writes
predictions (``bench/out/events_pred.jsonl``: best event first) and prints the
scorer's report.  The benchmark data are read from the shared folder
(``communique.paths.shared_dir()``, ``$COMMUNIQUE_SHARED``); nothing of it is copied here.

    .venv/bin/python bench/events.py          # library calls
    .venv/bin/python bench/events.py --cli    # through ``communique extract --plain --json``
    .venv/bin/python bench/events.py --set ours   # our own tuning sentences, same scorer
    .venv/bin/python bench/events.py --set heldout   # our own sentences, never tuned on

``--set ours`` scores ``bench/data/events_dev_sentences.jsonl``: sentences written for the
project (not taken from any coded corpus) with the gold assigned by hand, in the gold
format of the PLOVER benchmark.  Rules are tuned on that set, never on ``dev.jsonl``;
``--misses`` lists the sentences of our set coded wrongly.  ``--set heldout`` scores
``bench/data/events_heldout_sentences.jsonl``, written the same way but kept out of tuning.

``--precision FILE`` (e.g. ``bench/data/events_nonevents_sentences.jsonl``) checks false
events: sentences with ``"event": null`` describe no codable act (domestic rhetoric, idioms
of war, opinions, polls), so any factual event found there (not negated, not hypothetical)
is a false one; it prints their count and rate (``--misses`` lists them) and the usual
scorer table for the file's sentences that do carry a gold event.
``bench/data/events_nonevents2_sentences.jsonl`` is a second such set in the style of US
and UK domestic political news (speech and opinion verbs, campaigns and votes, criticism
idioms, places that only name a committee's or an inquiry's topic, people named like
places), written before the rules it checks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from communique import actors, nlp, timex
from communique.events import find_events
from communique.model import Article, Event
from communique.paths import REPO_ROOT, shared_dir

OUT = REPO_ROOT / "bench" / "out"
OURS = REPO_ROOT / "bench" / "data" / "events_dev_sentences.jsonl"
# Written after the rules were tuned, and never tuned on: an honest check of our own kind.
HELDOUT = REPO_ROOT / "bench" / "data" / "events_heldout_sentences.jsonl"


def predict_library(records: list[dict]) -> list[dict]:
    texts = [record["text"] for record in records]
    out = []
    for record, analysis in zip(records, nlp.analyse_many(texts), strict=True):
        article = Article(id=record["id"], hash="", origin=f"plover:{record['id']}",
                          kind="text", text=record["text"])
        entities = actors.find_entities(article, analysis)
        dating = timex.date_article(article, analysis)
        # find_events puts the act a sentence is mainly about first (main_first)
        events = find_events(article, analysis, entities, dating)
        out.append({"id": record["id"], "events": [as_prediction(e) for e in events]})
    return out


def as_prediction(event: Event) -> dict:
    return {"type": event.type, "factual": not (event.negated or event.hypothetical),
            "source_country": event.source.country if event.source else None,
            "target_country": event.target.country if event.target else None}


def predict_cli(records: list[dict]) -> list[dict]:
    """One ``communique extract --plain --json`` run over every sentence (one file each),
    so the model loads once; articles come back one JSON object per line, in order."""
    exe = REPO_ROOT / ".venv" / "bin" / "communique"
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n, record in enumerate(records):
            path = Path(folder) / f"{n:04d}.txt"
            path.write_text(record["text"], encoding="utf-8")
            paths.append(str(path))
        done = subprocess.run([str(exe), "extract", "--plain", "--json", *paths],
                              capture_output=True, text=True, check=True)
    articles = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    out = []
    for record, article in zip(records, articles, strict=True):
        events = article.get("events", [])  # in the library's order: the main act first
        out.append({"id": record["id"], "events": [
            {"type": e.get("type"),
             "source_country": (e.get("source") or {}).get("country"),
             "target_country": (e.get("target") or {}).get("country")} for e in events]})
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def print_misses(records: list[dict], predictions: list[dict]) -> None:
    """Our own sentences whose first event differs from the gold (type or countries)."""
    for record, prediction in zip(records, predictions, strict=True):
        first = (prediction["events"] or [{}])[0]
        want = (record["event"], _first_country(record["source"]),
                _first_country(record["target"]))
        got = (first.get("type"), first.get("source_country"), first.get("target_country"))
        wrong = [n for n, (w, g) in enumerate(zip(want, got, strict=True)) if w and w != g]
        if wrong:
            print(f"{record['id']}: want {want} got {got}\n    {record['text']}")


def report_false_events(records: list[dict], predictions: list[dict], misses: bool) -> None:
    """Sentences without a gold event that still get a factual event: the false-event rate."""
    blanks = [(record, prediction) for record, prediction in zip(records, predictions, strict=True)
              if record.get("event") is None]
    false = [(record, [e for e in prediction["events"] if e.get("factual", True)])
             for record, prediction in blanks]
    false = [(record, events) for record, events in false if events]
    rate = len(false) / len(blanks) if blanks else 0.0
    print(f"false events: {len(false)} of {len(blanks)} sentences without an event ({rate:.3f})")
    if misses:
        for record, events in false:
            got = ", ".join(f"{e['type']} {e['source_country']}>{e['target_country']}"
                            for e in events)
            print(f"{record['id']}: {got}\n    {record['text']}")


def _first_country(actors: list[dict]) -> str | None:
    return next((a["country"] for a in actors if a.get("country")), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", action="store_true", help="shell out to the communique CLI")
    parser.add_argument("--set", choices=("dev", "ours", "heldout"), default="dev",
                        help="dev: the PLOVER benchmark; ours: bench/data tuning sentences; "
                             "heldout: bench/data sentences kept out of tuning")
    parser.add_argument("--file", type=Path, default=None,
                        help="score our own sentences in this JSONL file (gold format) instead")
    parser.add_argument("--precision", type=Path, default=None,
                        help="false events on this JSONL file's sentences without a gold event, "
                             "and the scorer on those with one")
    parser.add_argument("--misses", action="store_true",
                        help="with our own sentences: list the sentences coded wrongly")
    args = parser.parse_args()
    bench = shared_dir() / "bench" / "plover"
    scorer = bench / "score.py"
    if args.precision:
        run_precision(args.precision, scorer, args.misses)
        return
    gold = args.file or {"dev": bench / "dev.jsonl", "ours": OURS, "heldout": HELDOUT}[args.set]
    ours = args.file is not None or args.set != "dev"
    if not gold.exists() or not scorer.exists():
        print(f"skipped: {gold if not gold.exists() else scorer} not found "
              "(set COMMUNIQUE_SHARED to the shared folder)")
        return
    records = read_jsonl(gold)
    predictions = predict_cli(records) if args.cli else predict_library(records)
    OUT.mkdir(parents=True, exist_ok=True)
    stem = (f"events_{args.file.stem}" if args.file
            else "events" if args.set == "dev" else f"events_{args.set}")
    pred_path = OUT / f"{stem}_pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    subprocess.run([sys.executable, str(scorer), "--gold", str(gold),
                    "--pred", str(pred_path), "--json", str(OUT / f"{stem}_score.json"),
                    "--details", str(OUT / f"{stem}_rows.jsonl")], check=True)
    if args.misses and ours:
        print_misses(records, predictions)


def run_precision(path: Path, scorer: Path, misses: bool) -> None:
    if not path.exists() or not scorer.exists():
        print(f"skipped: {path if not path.exists() else scorer} not found "
              "(set COMMUNIQUE_SHARED to the shared folder)")
        return
    records = read_jsonl(path)
    predictions = predict_library(records)
    report_false_events(records, predictions, misses)
    coded = [(r, p) for r, p in zip(records, predictions, strict=True) if r.get("event")]
    if not coded:
        return
    OUT.mkdir(parents=True, exist_ok=True)
    stem = f"events_{path.stem}_coded"
    gold_path, pred_path = OUT / f"{stem}_gold.jsonl", OUT / f"{stem}_pred.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r, _ in coded), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(p) + "\n" for _, p in coded), encoding="utf-8")
    subprocess.run([sys.executable, str(scorer), "--gold", str(gold_path),
                    "--pred", str(pred_path), "--json", str(OUT / f"{stem}_score.json"),
                    "--details", str(OUT / f"{stem}_rows.jsonl")], check=True)
    if misses:
        print_misses([r for r, _ in coded], [p for _, p in coded])


if __name__ == "__main__":
    main()
