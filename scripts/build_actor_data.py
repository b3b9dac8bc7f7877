"""Build the actor look-up tables in ``src/communique/data/actors/`` from open event data.

Reads ``<shared>/data/eventdata/`` (see its README for sources and licences) and writes:

- ``countries.tsv``     alias -> ISO 3166-1 alpha-3: country names, nationality adjectives
                        and the cities the Phoenix country dictionary lists under a country
                        (``countrynames.txt`` and ``Phoenix.Countries.actors.txt``, MIT).
- ``institutions.tsv``  institution name -> country, sector ("bundestag" -> DEU, GOV), from the
                        undated, non-person entries of ``Phoenix.Countries.actors.txt`` and the
                        IGO entries of ``Phoenix.International.actors.txt`` (MIT).
- ``agents.tsv``        agent noun phrase -> sector ("prime minister" -> GOV), from
                        ``PLOVER_agents.txt`` (MIT).

Aliases claimed by two countries are dropped unless ``countrynames.txt`` names them (its
primary names win).  Run: ``.venv/bin/python scripts/build_actor_data.py``.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from communique.paths import shared_dir  # noqa: E402

OUT = REPO / "src" / "communique" / "data" / "actors"
CODE = re.compile(r"\[([A-Z~]+)([^\]]*)\]")
# The agent dictionary's macros: "!PERSON!" and "!MINIST!" stand for these words.
MACROS = {"!PERSON!": ("man", "woman", "person"), "!MINIST!": ("minister", "ministry")}
# PLOVER's journalism code is what the data model calls MEDIA; other codes are kept.
SECTOR_RENAMES = {"JRN": "MEDIA"}
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "MED", "EDU", "BUS",
    "CRM", "CVL", "LEG", "ELI", "JRN", "NGO", "REL", "LAB", "AGR", "REF", "UAF", "ENV",
}


def phrase(raw: str) -> str:
    """A dictionary key ("PRIME_MINISTER_") as plain lower-case words ("prime minister")."""
    return " ".join(raw.replace("_", " ").split()).lower()


def parse_actor_blocks(path: Path) -> list[tuple[list[str], list[tuple[str, bool]], bool]]:
    """Entries of a TABARI actor file: (names, [(code, dated)], is_person)."""
    entries: list[tuple[list[str], list[tuple[str, bool]], bool]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        person = "CountryInfo" in line
        body = line.split("#", 1)[0]
        codes = [(m.group(1), bool(m.group(2).strip())) for m in CODE.finditer(body)]
        name = CODE.sub("", body).strip()
        if line[0] not in " \t+" and name:
            entries.append(([name], codes, person))
        elif entries:
            names, old_codes, was_person = entries[-1]
            if name:
                names.append(name.lstrip("+"))
            entries[-1] = (names, old_codes + codes, was_person or person)
    return entries


def country_aliases(eventdata: Path) -> dict[str, str]:
    primary: dict[str, str] = {}
    for line in (eventdata / "countrynames.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and len(parts[1]) == 3 and parts[1] != "---":
            primary[phrase(parts[0])] = parts[1]
    claims: dict[str, set[str]] = defaultdict(set)
    for names, codes, person in parse_actor_blocks(eventdata / "Phoenix.Countries.actors.txt"):
        if person or not codes or len(codes[0][0]) != 3 or codes[0][1]:
            continue
        for name in names:
            key = phrase(name)
            if len(key) > 1:
                claims[key].add(codes[0][0])
    aliases = {key: next(iter(codes)) for key, codes in claims.items() if len(codes) == 1}
    aliases.update(primary)
    return aliases


def sector_of_code(code: str, country_codes: set[str]) -> tuple[str, str] | None:
    """(country, sector) of a code like RUSGOV or IGOUNO; None for anything else."""
    if code.startswith("IGO"):
        return "", "IGO"
    country, rest = code[:3], code[3:6]
    if country in country_codes and rest in SECTORS:
        return country, SECTOR_RENAMES.get(rest, rest)
    return None


def institutions(eventdata: Path, country_codes: set[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for filename in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for names, codes, person in parse_actor_blocks(eventdata / filename):
            if person or not codes or any(dated for _, dated in codes):
                continue
            coded = sector_of_code(codes[0][0], country_codes)
            if coded is None:
                continue
            for name in names:
                key = phrase(name)
                if len(key) > 2:
                    found.setdefault(key, coded)
    return found


def expand_macros(key: str) -> list[str]:
    for macro, words in MACROS.items():
        if macro.lower() in key:
            variants = [key.replace(macro.lower(), word) for word in words]
            return [expanded for variant in variants for expanded in expand_macros(variant)]
    return [key]


def agents(eventdata: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (eventdata / "PLOVER_agents.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "[~" not in line:
            continue
        match = re.match(r"\s*([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        sector = match.group(3)[:3]
        raw = match.group(1).lower()
        for variant in expand_macros(raw):
            key = phrase(variant.replace("!", ""))
            if key:
                found.setdefault(key, SECTOR_RENAMES.get(sector, sector))
    return found


def write_tsv(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    lines = [header] + ["\t".join(row) for row in sorted(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(REPO)}: {len(rows)} rows")


def main() -> int:
    eventdata = shared_dir() / "data" / "eventdata"
    if not eventdata.exists():
        print(f"no event data at {eventdata} (set COMMUNIQUE_SHARED)", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    countries = country_aliases(eventdata)
    write_tsv(OUT / "countries.tsv", "# alias\tiso3", list(countries.items()))
    insts = institutions(eventdata, set(countries.values()))
    write_tsv(OUT / "institutions.tsv", "# name\tiso3\tsector",
              [(k, c, s) for k, (c, s) in insts.items() if k not in countries])
    write_tsv(OUT / "agents.tsv", "# agent\tsector", list(agents(eventdata).items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
