"""Across articles: lookup keys and the same-actor rule, on names we made up."""

from __future__ import annotations

from communique.actors.identity import actor_keys, match_actor, normalise_name, same_actor
from communique.model import Entity, Mention


def entity(name: str, type_: str = "PERSON", country: str | None = None,
           aliases: tuple[str, ...] = ()) -> Entity:
    mentions = [Mention(0, len(text), text) for text in (name, *aliases)]
    return Entity("e1", name, type_, country=country, mentions=mentions)


def stored(name: str, type_: str = "PERSON", country: str | None = None,
           aliases: tuple[str, ...] = ()) -> dict:
    return {"name": name, "type": type_, "country": country, "aliases": list(aliases)}


def test_normalise_drops_accents_honorifics_and_punctuation() -> None:
    assert normalise_name("Mr. José  Ramos-Horta,") == "jose ramos-horta"


def test_keys_of_a_person_are_full_name_and_surname() -> None:
    keys = actor_keys(entity("Henrik Dalgaard", aliases=("Dalgaard",)))
    assert keys == ["name:henrik dalgaard", "surname:dalgaard", "alias:dalgaard"]


def test_keys_of_a_country_include_its_code() -> None:
    keys = actor_keys(entity("Republic of Finland", "GPE", "FIN"))
    assert "country:FIN" in keys


def test_bare_surname_matches_the_only_full_name_with_it() -> None:
    bare = entity("Dalgaard", country="DNK")
    assert same_actor(bare, stored("Henrik Dalgaard", country="DNK"))
    assert match_actor(bare, [stored("Henrik Dalgaard", country="DNK"),
                              stored("Ole Brandt", country="DNK")])["name"] == "Henrik Dalgaard"


def test_initial_matches_the_given_name() -> None:
    assert same_actor(entity("H. Dalgaard"), stored("Henrik Dalgaard"))


def test_two_smiths_never_merge() -> None:
    assert not same_actor(entity("John Smith"), stored("Mary Smith"))
    assert same_actor(entity("John Smith"), stored("John Smith", aliases=("Smith",)))


def test_bare_smith_with_two_candidates_stays_unresolved() -> None:
    candidates = [stored("John Smith"), stored("Mary Smith")]
    assert match_actor(entity("Smith"), candidates) is None


def test_bare_surname_with_two_candidates_resolves_by_country() -> None:
    candidates = [stored("Kenji Tanaka", country="JPN"), stored("Ivan Tanaka", country="BRA")]
    assert match_actor(entity("Tanaka", country="JPN"), candidates)["name"] == "Kenji Tanaka"


def test_different_countries_or_types_never_merge() -> None:
    japanese = entity("Kenji Tanaka", country="JPN")
    assert not same_actor(japanese, stored("Kenji Tanaka", country="BRA"))
    assert not same_actor(entity("Jordan", "GPE", "JOR"), stored("Jordan", "PERSON"))


def test_organisations_match_by_name_or_alias() -> None:
    bank = entity("Nordic Bank for Green Shipping", "ORG", aliases=("NBGS",))
    assert same_actor(bank, stored("NBGS", "ORG"))
    assert not same_actor(bank, stored("Nordic Investment Bank", "ORG"))


def test_two_names_of_one_country_are_one_actor() -> None:
    assert same_actor(entity("Republic of Chile", "GPE", "CHL"), stored("Chile", "GPE", "CHL"))
