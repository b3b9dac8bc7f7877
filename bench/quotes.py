"""Score the quotations stage on PolNeAR (attribution relations in political news).

    .venv/bin/python bench/quotes.py                 # dev split, library call per file
    .venv/bin/python bench/quotes.py --split train   # tune on train
    .venv/bin/python bench/quotes.py --errors        # add error categories with counts
    .venv/bin/python bench/quotes.py --cli           # through `communique extract --plain --json`

The benchmark is read from ``<shared>/bench/polnear`` (``$COMMUNIQUE_SHARED`` or
``../shared``); nothing of it is copied here.  Predictions, the scorer's JSON and its
per-pair details go to ``bench/out/``.  Parses are cached in ``bench/out/cache`` (keyed
by the text's hash and by ``nlp.py``'s) so that re-scoring after a rule change takes
seconds.

Source spans: PolNeAR marks a source as its whole noun phrase ("Jane Roe, a lawyer for
the firm,"), while the contract's ``Speaker`` is the mention as written ("Jane Roe").  The
library path scores the whole phrase (:func:`source_phrase`: the speaker's parse subtree
with apposition, relative clause and bracketed note, from the noun an apposition
describes); ``--cli`` scores the contract's speaker span as it is.  Relative pronouns stay
as written ("who"): PolNeAR marks them so more often than their antecedent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from communique import actors, nlp
from communique.model import Analysis, Article, Quote
from communique.paths import REPO_ROOT, shared_dir
from communique.quotations import find_quotes

OUT = REPO_ROOT / "bench" / "out"
EXAMPLES_PER_CATEGORY = 3


def polnear_dir() -> Path:
    return shared_dir() / "bench" / "polnear"


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


# --- predictions through the library -------------------------------------------------------


def _nlp_version() -> str:
    """A parse cached under an older ``nlp.py`` is parsed again: the conversion may differ."""
    source = Path(nlp.__file__).read_bytes()
    return hashlib.sha256(source).hexdigest()[:12]


def cached_analysis(text: str, cache: Path) -> Analysis:
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
    path = cache / f"{key}.pkl"
    if path.exists():
        with open(path, "rb") as handle:
            return pickle.load(handle)
    analysis = nlp.analyse(text)
    cache.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump(analysis, handle)
    return analysis


def source_phrase(analysis: Analysis, start: int, end: int) -> list[int]:
    """The whole noun phrase of a speaker mention, as PolNeAR marks sources: with its
    apposition, relative clause and bracketed notes ("Jane Roe, a lawyer for the firm,
    who ..."), where the contract's speaker is the mention as written ("Jane Roe")."""
    inside = [t.i for t in analysis.tokens if start <= t.start and t.end <= end]
    if not inside:
        return [start, end]
    head = next((i for i in inside if analysis.tokens[i].head not in inside), inside[0])
    while analysis.tokens[head].dep == "appos" and analysis.tokens[head].head < head:
        head = analysis.tokens[head].head  # "his lawyer, Jane Roe": the phrase starts at "his"
    subtree = analysis.subtree(head)
    first, last = analysis.tokens[subtree[0]], analysis.tokens[subtree[-1]]
    if "\n" in analysis.text[first.start:last.end]:
        return [start, end]  # a heading parsed into the phrase
    phrase_start, phrase_end = min(first.start, start), max(last.end, end)
    while phrase_end > phrase_start and analysis.text[phrase_end - 1] in ",;:—– ":
        phrase_end -= 1
    return [phrase_start, phrase_end]


def quote_to_attribution(quote: Quote, analysis: Analysis | None = None) -> dict[str, Any]:
    """One prediction; with the analysis, the source is the speaker's whole noun phrase
    (see :func:`source_phrase`), otherwise the speaker mention as written."""
    speaker = quote.speaker
    source = None if speaker is None else [speaker.start, speaker.end]
    if source is not None and analysis is not None:
        source = source_phrase(analysis, *source)
    return {
        "content": [list(span) for span in quote.spans],
        "source": [] if source is None else [source],
        "cue": [] if quote.cue is None else [[quote.cue.start, quote.cue.end]],
        "speaker": None if speaker is None else (speaker.name or speaker.text),
        "kind": quote.kind,  # not read by the scorer; used by the error analysis
    }


def library_predictions(paths: list[Path], cache: Path | None) -> Iterator[dict[str, Any]]:
    for path in paths:
        text = read_text(path)
        article = Article(id=path.stem, hash="", origin=str(path), kind="text", text=text)
        analysis = cached_analysis(text, cache) if cache else nlp.analyse(text)
        entities = actors.find_entities(article, analysis)
        quotes = find_quotes(article, analysis, entities)
        yield {"id": path.stem, "attributions": [quote_to_attribution(q, analysis) for q in quotes]}


# --- predictions through the command line ----------------------------------------------------


def cli_predictions(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """One ``communique extract --plain --json`` run over every file (one object a line)."""
    command = [str(REPO_ROOT / ".venv" / "bin" / "communique"), "extract", "--plain", "--json"]
    done = subprocess.run(
        command + [str(p) for p in paths], capture_output=True, text=True, check=True
    )
    for record in _json_objects(done.stdout):
        stem = Path(record.get("origin", "")).stem
        yield {"id": stem, "attributions": [_contract_attribution(q) for q in record["quotes"]]}


def _json_objects(output: str) -> Iterator[dict[str, Any]]:
    """JSON objects one after another: one per line, or a single pretty-printed one."""
    decoder, position = json.JSONDecoder(), 0
    while True:
        while position < len(output) and output[position].isspace():
            position += 1
        if position >= len(output):
            return
        record, position = decoder.raw_decode(output, position)
        yield record


def _contract_attribution(quote: dict[str, Any]) -> dict[str, Any]:
    speaker, cue = quote.get("speaker"), quote.get("cue")
    return {
        "content": quote["spans"],
        "source": [] if speaker is None else [[speaker["start"], speaker["end"]]],
        "cue": [] if cue is None else [[cue["start"], cue["end"]]],
        "speaker": None if speaker is None else (speaker.get("name") or speaker["text"]),
        "kind": quote["kind"],
    }


# --- scoring and error analysis --------------------------------------------------------------


def run_scorer(polnear: Path, split: str, preds: Path, details: Path, result: Path) -> str:
    command = [
        sys.executable, str(polnear / "score.py"), "--gold", split, "--pred", str(preds),
        "--json", str(result), "--details", str(details),
    ]
    done = subprocess.run(command, cwd=polnear, capture_output=True, text=True, check=True)
    return done.stdout


def error_categories(details: Path, preds: Path) -> dict[str, list[dict[str, Any]]]:
    """Every gold or predicted attribution that is not a clean hit, by what went wrong."""
    kinds: dict[tuple[str, int], str] = {}
    with open(preds, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for index, attribution in enumerate(record["attributions"]):
                kinds[record["id"], index] = attribution.get("kind", "?")
    categories: dict[str, list[dict[str, Any]]] = {}
    with open(details, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        predicted = kinds.get((row["id"], row["pred_index"]), "none")
        name = _category(row, predicted)
        if name is not None:
            categories.setdefault(name, []).append(row)
    return categories


def _category(row: dict[str, Any], predicted: str) -> str | None:
    kind = "direct" if row.get("direct") else "other"
    if row["match"] == "FP":
        where = "overlapping non-direct gold" if row.get("overlaps_gold_nondirect") else (
            "no gold overlap"
        )
        return f"FP {predicted} ({where})"
    if row["match"] == "FN":
        return f"FN {kind}: missed"
    if row["match"] == "partial":
        return f"{kind}: content overlap below Jaccard 0.5 (pred {predicted})"
    if kind == "direct" and not row.get("exact"):
        return f"direct: matched, not exact (pred {predicted})"
    if row.get("source_overlap") is False:
        return f"{kind}: wrong source (no overlap)"
    if row.get("source_exact") is False:
        return f"{kind}: source overlaps, not exact"
    return None


def print_errors(categories: dict[str, list[dict[str, Any]]]) -> None:
    counts = Counter({name: len(rows) for name, rows in categories.items()})
    print("\nError categories (count):")
    for name, count in counts.most_common():
        print(f"  {count:5d}  {name}")
        for row in categories[name][:EXAMPLES_PER_CATEGORY]:
            gold = row.get("gold_text", "")
            pred = row.get("pred_text", "")
            print(f"         gold: {gold[:110]!r}")
            print(f"         pred: {pred[:110]!r}  src={row.get('gold_source_text')!r}"
                  f" vs {row.get('pred_speaker')!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--cli", action="store_true", help="use `communique extract` instead")
    parser.add_argument("--errors", action="store_true", help="print error categories")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--no-cache", action="store_true", help="parse again, ignore the cache")
    args = parser.parse_args(argv)

    polnear = polnear_dir()
    if not (polnear / "score.py").exists():
        print(f"skipped: PolNeAR not found at {polnear} (set COMMUNIQUE_SHARED)")
        return 0
    paths = sorted((polnear / args.split / "text").glob("*.txt"))
    if args.limit:
        paths = paths[: args.limit]
    OUT.mkdir(parents=True, exist_ok=True)
    cache_name = f"{nlp.MODEL_NAME}-{args.split}-{_nlp_version()}"
    cache = None if args.no_cache else OUT / "cache" / cache_name
    rows = cli_predictions(paths) if args.cli else library_predictions(paths, cache)
    preds = OUT / f"quotes-{args.split}.jsonl"
    with open(preds, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    details = OUT / f"quotes-{args.split}-details.jsonl"
    result = OUT / f"quotes-{args.split}-score.json"
    print(run_scorer(polnear, args.split, preds, details, result))
    if args.errors:
        print_errors(error_categories(details, preds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
