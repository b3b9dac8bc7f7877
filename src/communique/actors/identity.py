"""Across articles: is this article's entity an actor the store already knows?

Pure functions; the store calls them with a stored actor as a plain dict
``{"name", "type", "country", "aliases": [...]}``.

Rules of :func:`same_actor`:

- types must agree (a missing type agrees with any);
- known countries must agree: a Japanese and a Brazilian "Tanaka" are two actors;
- persons: the full names agree when their surnames are equal and their given names are
  equal or one is the other's initial ("H. Dalgaard" / "Henrik Dalgaard"); "John Smith" and
  "Mary Smith" never agree.  A bare surname ("Dalgaard") agrees with any stored person of that
  surname; it is :func:`match_actor` that refuses to choose when two stored persons share it
  (a bare "Smith" with two Smiths stored stays unresolved) unless exactly one of them also
  has the same known country;
- everything else: the normalised name, or an alias, equals the other's name or an alias;
  countries ("Chile", "Republic of Chile") agree by their ISO code.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from communique.actors import gazetteer
from communique.actors.vocab import HONORIFICS
from communique.model import Entity


def normalise_name(name: str) -> str:
    """Lower case, no accents, no honorifics, no punctuation but hyphens, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    kept = "".join(c if c.isalnum() or c in "-." else " " for c in plain)
    words = [w for w in kept.split() if w not in HONORIFICS and w != "the"]
    return " ".join(w.rstrip(".") if len(w) > 2 else w for w in words)


def actor_keys(entity: Entity) -> list[str]:
    """Look-up keys for the store: "name:<full name>", "surname:<last word>" for persons,
    "alias:<name>" for each other form, "country:<ISO>" for countries."""
    keys = [f"name:{normalise_name(entity.name)}"]
    if entity.type == "PERSON":
        words = normalise_name(entity.name).split()
        if words:  # a bare surname must find the stored full name, and the other way round
            keys.append(f"surname:{words[-1]}")
    for alias in entity.aliases():
        key = f"alias:{normalise_name(alias)}"
        if key not in keys and normalise_name(alias) != normalise_name(entity.name):
            keys.append(key)
    if entity.type == "GPE" and gazetteer.is_country(entity.name) and entity.country:
        keys.append(f"country:{entity.country}")
    return keys


def _given_names_agree(left: list[str], right: list[str]) -> bool:
    for a, b in zip(left, right, strict=False):
        a, b = a.rstrip("."), b.rstrip(".")
        if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
            continue
        return False
    return True


def _persons_agree(name: str, other: str) -> bool:
    mine, theirs = normalise_name(name).split(), normalise_name(other).split()
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False
    return _given_names_agree(mine[:-1], theirs[:-1])


def _compatible(value: str | None, other: str | None) -> bool:
    return value is None or other is None or value == other


def same_actor(entity: Entity, candidate: dict[str, Any]) -> bool:
    """Whether ``entity`` may be the stored actor ``candidate`` (see module docstring)."""
    if not _compatible(entity.type, candidate.get("type")):
        return False
    if not _compatible(entity.country, candidate.get("country")):
        return False
    names = [candidate.get("name") or "", *candidate.get("aliases", [])]
    if entity.type == "PERSON":
        return any(_persons_agree(entity.name, other) for other in names if other)
    mine = {normalise_name(entity.name), *(normalise_name(a) for a in entity.aliases())}
    if mine & {normalise_name(other) for other in names if other}:
        return True
    return bool(
        entity.type == "GPE" and entity.country and gazetteer.is_country(entity.name)
        and entity.country == candidate.get("country")
        and gazetteer.is_country(candidate.get("name") or "")
    )


def match_actor(entity: Entity, candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one stored actor ``entity`` is, or None when none or several fit equally.

    An exact full-name match beats a surname-only match; among several fits, one that also
    shares the entity's known country wins; otherwise the entity stays unresolved.
    """
    fits = [c for c in candidates if same_actor(entity, c)]
    if len(fits) <= 1:
        return fits[0] if fits else None
    exact = [c for c in fits if normalise_name(c.get("name") or "") == normalise_name(entity.name)]
    if len(exact) == 1:
        return exact[0]
    if entity.country:
        same_country = [c for c in fits if c.get("country") == entity.country]
        if len(same_country) == 1:
            return same_country[0]
    return None
