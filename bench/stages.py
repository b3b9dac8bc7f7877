"""Where the time goes: the model and each NLP stage, on real news articles.

    .venv/bin/python bench/stages.py [--n 40]

Runs ``nlp.pipe`` over the first N texts of ``<shared>/bench/polnear/train/text``, then
each stage of ``pipeline.STAGES`` on every article, timing each separately.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict

from communique import nlp
from communique.model import Article, Span
from communique.paths import shared_dir
from communique.pipeline import STAGES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="number of texts (default 40)")
    args = parser.parse_args()
    folder = shared_dir() / "bench" / "polnear" / "train" / "text"
    if not folder.exists():
        sys.exit(f"no PolNeAR texts at {folder} (set COMMUNIQUE_SHARED)")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[: args.n]]
    words = sum(len(t.split()) for t in texts)
    model = nlp.load_nlp()
    started = time.perf_counter()
    docs = list(model.pipe(texts, batch_size=16))
    seconds = {"model (nlp.pipe)": time.perf_counter() - started}
    spent: dict[str, float] = defaultdict(float)
    for text, doc in zip(texts, docs, strict=True):
        started = time.perf_counter()
        analysis = nlp.to_analysis(doc)
        spent["conversion to Analysis"] += time.perf_counter() - started
        article = Article(
            id="b",
            hash="",
            origin="b",
            kind="text",
            text=text,
            paragraphs=[Span(0, len(text), text)],
        )
        for stage in STAGES:
            started = time.perf_counter()
            setattr(article, stage.produces, stage.run(article, analysis))
            spent[stage.name] += time.perf_counter() - started
    seconds.update(spent)
    base = seconds["model (nlp.pipe)"]
    print(f"{len(texts)} texts, {words} words")
    for name, value in seconds.items():
        print(f"{name:<24} {value:7.2f} s  {100 * value / base:5.1f} % of the model")
    total = sum(seconds.values())
    print(f"{'all':<24} {total:7.2f} s  {words / total:7.0f} words/s")


if __name__ == "__main__":
    main()
