"""The event-coding data files, loaded once: CAMEO verbs and patterns, PLOVER mapping,
Goldstein scores, country names and agent nouns (see ``data/events/NOTICE``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from communique.events.vocab import (
    AMBIGUOUS_COUNTRY_NAMES,
    COUNTRY_ALIASES,
    DEMONYM_MIN_STEM,
    DEMONYM_SUFFIXES,
    GOVERNMENT_SEATS,
    KNOWN_PEOPLE,
    NAMED_GROUPS,
    NON_EVENT_ROOTS,
    PHRASAL_VERB_CODES,
    PLOVER_OVERRIDES,
    ROOT_FALLBACK,
    SUPPLEMENTARY_VERBS,
    SYNSET_SUPPLEMENTS,
)

# A one-word name shorter than this is not looked up as a surname ("Li", "Kim", "Lee").
MIN_SURNAME_LENGTH = 4
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"
DATA_FILES = ("verbs", "cameo_plover", "goldstein", "cameo_labels", "countries",
              "named_actors", "agents")


@dataclass(frozen=True, slots=True)
class Pattern:
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str | None
    verb: str | None = None  # the verb of the block the pattern was written for


@dataclass(frozen=True, slots=True)
class VerbEntry:
    block: str
    code: str | None


@dataclass(frozen=True, slots=True)
class PloverCode:
    event: str
    mode: str | None
    context: str | None


class Lexicon:
    """Read-only view of the data files with the look-ups event coding needs."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self._demonyms: dict[str, str | None] = {}
        verbs = raw["verbs"]
        self.synsets: dict[str, frozenset[str]] = {
            name: frozenset(words) | frozenset(SYNSET_SUPPLEMENTS.get(name, ()))
            for name, words in verbs["synsets"].items()
        }
        self.verbs: dict[str, VerbEntry] = {
            form: VerbEntry(entry["block"], entry["code"]) for form, entry in verbs["verbs"].items()
        }
        for form, code in SUPPLEMENTARY_VERBS.items():
            self.verbs.setdefault(form, VerbEntry(f"supplement:{form}", code))
        for form, code in PHRASAL_VERB_CODES.items():
            self.verbs[form] = VerbEntry(f"phrasal:{form}", code)
        self.patterns: dict[str, list[Pattern]] = {
            block: [Pattern(tuple(p["before"]), tuple(p["after"]), p["code"], p.get("verb"))
                    for p in items]
            for block, items in verbs["patterns"].items()
        }
        self.plover: dict[str, dict[str, str | None]] = raw["cameo_plover"]
        self.goldstein_table: dict[str, float] = raw["goldstein"]
        self.labels: dict[str, str] = raw["cameo_labels"]
        # "Kosovo" (XKX) is no ISO 3166 country: no code beats one the scorer cannot read
        iso = {country.alpha_3 for country in pycountry.countries}
        self.countries: dict[str, str] = {name: code for name, code in raw["countries"].items()
                                          if code in iso}
        self.agents: dict[str, str] = raw["agents"]
        self.named_actors: dict[str, str] = {**raw["named_actors"], **KNOWN_PEOPLE}
        self._surname_table: dict[str, str] | None = None
        self._given_name_table: dict[str, frozenset[str]] | None = None

    def verb(self, form: str) -> VerbEntry | None:
        return self.verbs.get(form.lower())

    def to_plover(self, code: str) -> PloverCode | None:
        """CAMEO code -> PLOVER, falling back to ever shorter prefixes of the code."""
        root = code[:2]
        override = next((PLOVER_OVERRIDES[p] for p in _prefixes(code) if p in PLOVER_OVERRIDES),
                        None)
        if override:
            return PloverCode(override, None, None)
        if root in NON_EVENT_ROOTS:
            return None
        for prefix in _prefixes(code):
            entry = self.plover.get(prefix)
            if entry:
                return PloverCode(str(entry["event"]), entry["mode"], entry["context"])
        if root in ROOT_FALLBACK:
            return PloverCode(ROOT_FALLBACK[root], None, None)
        return None

    def goldstein(self, code: str) -> float | None:
        for prefix in _prefixes(code):
            if prefix in self.goldstein_table:
                return self.goldstein_table[prefix]
        return None

    def country(self, name: str) -> str | None:
        key = " ".join(name.lower().replace("'s", "").replace("’s", "").split())
        key = key.removeprefix("the ")
        if self.ambiguous(key):
            return None
        found = (self.countries.get(key) or COUNTRY_ALIASES.get(key)
                 or GOVERNMENT_SEATS.get(key))
        if found is None and key.endswith("s"):
            # "Pakistanis", "Egyptians": the plural of a nationality in the table
            found = self.countries.get(key[:-1])
        return found

    def ambiguous(self, name: str) -> bool:
        """Whether a name is shared by two states ("Congo") and so names neither."""
        return _name_key(name) in AMBIGUOUS_COUNTRY_NAMES

    def demonym(self, word: str) -> str | None:
        """Country of a nationality word missing from the table, by its stem."""
        lower = word.lower()
        if lower not in self._demonyms:  # each stem scans every country name: remember
            self._demonyms[lower] = self._demonym_by_stem(lower)
        return self._demonyms[lower]

    def _demonym_by_stem(self, lower: str) -> str | None:
        if self.ambiguous(lower):
            return None
        for suffix in DEMONYM_SUFFIXES:
            stem = lower.removesuffix(suffix)
            if stem == lower or len(stem) < DEMONYM_MIN_STEM:
                continue
            codes = {code for name, code in self.countries.items() if name.startswith(stem)}
            if len(codes) == 1:
                return codes.pop()
        return None

    def named_actor(self, name: str) -> str | None:
        """Country of a known person or body ("Yasser Arafat" -> PSE); a surname alone
        ("Arafat said") when all the known people of that surname share one country."""
        key = _name_key(name)
        found = self.known_name(name)
        if found is None and " " not in key and len(key) >= MIN_SURNAME_LENGTH:
            found = self._surnames().get(key)
        return found

    def named_group(self, name: str) -> str | None:
        """Country of a group or office that stands for one ("Hamas", "the Pope"); unlike
        :meth:`named_actor`, never a guess from a surname."""
        return NAMED_GROUPS.get(_name_key(name))

    def known_name(self, name: str) -> str | None:
        """Country of a group or person known under exactly this name (no surname guess);
        the tables spell hyphens as spaces ("Farouk al-Shara", "Kim Young-sam")."""
        key = _name_key(name)
        return next((found for form in dict.fromkeys([key, key.replace("-", " ")])
                     for found in [NAMED_GROUPS.get(form) or self.named_actors.get(form)]
                     if found), None)

    def _surnames(self) -> dict[str, str]:
        if self._surname_table is None:
            countries: dict[str, set[str]] = {}
            for name, code in self.named_actors.items():
                words = name.split()
                if len(words) > 1 and words[-1].isalpha():
                    countries.setdefault(words[-1], set()).add(code)
            self._surname_table = {surname: codes.pop() for surname, codes in countries.items()
                                   if len(codes) == 1}
        return self._surname_table

    def known_as_someone_else(self, full_name: str) -> bool:
        """Is a person named in full ("Lena Ortiz") unknown, while the tables know others
        of that surname ("Carlos Ortiz")?  Then a guess from the surname is wrong."""
        words = _name_key(full_name).split()
        if len(words) < 2 or self.known_name(full_name) is not None:
            return False
        given = self._given_names().get(words[-1], frozenset())
        return bool(given) and words[0] not in given

    def _given_names(self) -> dict[str, frozenset[str]]:
        """Surname -> the given names of the known people who bear it (built once)."""
        if self._given_name_table is None:
            table: dict[str, set[str]] = {}
            for name in self.named_actors:
                words = name.split()
                if len(words) > 1:
                    table.setdefault(words[-1], set()).add(words[0])
            self._given_name_table = {k: frozenset(v) for k, v in table.items()}
        return self._given_name_table

    def sector(self, noun: str) -> str | None:
        return self.agents.get(noun.lower())


def _name_key(name: str) -> str:
    """"the Clinton administration's" -> "clinton administration"."""
    key = " ".join(name.lower().replace("'s", "").replace("’s", "").split())
    return key.removeprefix("the ")


def _prefixes(code: str) -> list[str]:
    return [code[:n] for n in range(len(code), 1, -1)]


def read_data_file(name: str) -> Any:
    """One JSON file of ``communique/data/events``; installed with the package, offline."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon({name: read_data_file(name) for name in DATA_FILES})
