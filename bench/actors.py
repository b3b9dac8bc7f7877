"""What the actors stage costs on top of the model: words/s with and without it.

Reads the first N texts of ``<shared>/bench/polnear/train/text`` and, in one process,
runs (1) bare ``nlp.pipe`` and (2) ``nlp.pipe`` + conversion to ``Analysis`` +
``find_entities``.  Prints words/s for both, the overhead, the time spent in our code
measured inside pass 2 (less noisy than the difference of two passes on a shared
machine), load times and peak memory.

    .venv/bin/python bench/actors.py --n 300
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from communique import nlp
from communique.actors import find_entities
from communique.actors.gazetteer import tables
from communique.model import Article
from communique.paths import shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
from models import occurrences, seeds


def corpus(n: int) -> list[str]:
    folder = shared_dir() / "bench" / "polnear" / "train" / "text"
    if not folder.is_dir():
        sys.exit(f"skipped: no benchmark texts at {folder} (set COMMUNIQUE_SHARED)")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:n]]


def words_in(doc) -> int:
    return sum(1 for t in doc if not (t.is_space or t.is_punct))


def bare_pass(model, texts: list[str], batch_size: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds, words."""
    started, cpu_started, words = time.perf_counter(), time.process_time(), 0
    for doc in model.pipe(texts, batch_size=batch_size):
        words += words_in(doc)
    return time.perf_counter() - started, time.process_time() - cpu_started, words


def full_pass(model, texts: list[str], batch_size: int) -> tuple[float, float, float, float, int]:
    """Wall and CPU seconds, seconds in conversion, seconds in find_entities, entities."""
    started, cpu_started = time.perf_counter(), time.process_time()
    converting = finding = 0.0
    entities = 0
    for text, doc in zip(texts, model.pipe(texts, batch_size=batch_size), strict=True):
        t0 = time.perf_counter()
        analysis = nlp.to_analysis(doc)
        t1 = time.perf_counter()
        article = Article(id="b", hash="", origin="bench", kind="text", text=text)
        entities += len(find_entities(article, analysis))
        t2 = time.perf_counter()
        converting += t1 - t0
        finding += t2 - t1
    total_cpu = time.process_time() - cpu_started
    return time.perf_counter() - started, total_cpu, converting, finding, entities


def seed_label_errors() -> tuple[int, int, int]:
    """(model errors, errors after find_entities, occurrences) on the hand-labelled seeds."""
    raw_errors = our_errors = total = 0
    for text in seeds():
        analysis = nlp.analyse(text)
        model_at = {n.end: n for n in analysis.names}
        ours_at = {
            m.end: (m.text, e.type)
            for e in find_entities(Article(id="s", hash="", origin="s", kind="text", text=text),
                                   analysis)
            for m in e.mentions if m.kind == "name"
        }
        for _, end, name, expected in occurrences(text):
            total += 1
            named = model_at.get(end)
            raw_errors += not (named and named.label == expected
                               and named.text.removeprefix("the ") == name)
            our_errors += ours_at.get(end) != (name, expected)
    return raw_errors, our_errors, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="number of texts (default 300)")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    texts = corpus(args.n)

    t0 = time.perf_counter()
    model = nlp.load_nlp()
    t1 = time.perf_counter()
    tables()
    t2 = time.perf_counter()
    find_entities(Article(id="w", hash="", origin="w", kind="text", text="Warm up."),
                  nlp.analyse("Warm up."))

    bare_s, bare_cpu, words = bare_pass(model, texts, args.batch_size)
    full_s, full_cpu, converting, finding, entities = full_pass(model, texts, args.batch_size)
    ours = converting + finding
    print(f"texts: {len(texts)}  words: {words}  entities: {entities}")
    print(f"load: model {t1 - t0:.2f} s, actor tables {t2 - t1:.2f} s (once per process)")
    print(f"bare nlp.pipe:                       {words / bare_s:8.0f} words/s ({bare_s:.1f} s)")
    print(f"nlp.pipe + Analysis + find_entities: {words / full_s:8.0f} words/s ({full_s:.1f} s)")
    print(f"overhead (pass 2 vs pass 1):         {100 * (full_s - bare_s) / bare_s:+8.1f} % wall, "
          f"{100 * (full_cpu - bare_cpu) / bare_cpu:+.1f} % CPU")
    print(f"in pass 2: to_analysis {converting:.2f} s, find_entities {finding:.2f} s = "
          f"{100 * ours / (full_s - ours):.1f} % of the model's time "
          f"(find_entities alone {100 * finding / (full_s - ours):.1f} %)")
    raw_errors, our_errors, total = seed_label_errors()
    print(f"seed NER label errors: model {raw_errors}/{total}, after find_entities "
          f"{our_errors}/{total}")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
