"""The two seed pages end to end: every person with full name, role, country and sector."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.actors import entity_at, find_entities
from communique.model import Article, Entity, Page
from communique.pipeline import structure_page
from tests.test_actors_support import person

pytestmark = pytest.mark.slow


def structured(path: Path) -> Article:
    return structure_page(Page(origin=str(path), raw=path.read_bytes(), kind="text"), None)


@pytest.fixture(scope="module")
def seed0(seed_000: Path, analyse) -> tuple[Article, list[Entity]]:
    article = structured(seed_000)
    return article, find_entities(article, analyse(article.text))


@pytest.fixture(scope="module")
def seed1(seed_001: Path, analyse) -> tuple[Article, list[Entity]]:
    article = structured(seed_001)
    return article, find_entities(article, analyse(article.text))


def has_role(entity: Entity, word: str) -> bool:
    return any(word.lower() in role.lower() for role in entity.roles)


@pytest.mark.parametrize(
    ("name", "role", "country", "sector"),
    [
        ("Vladimir Putin", "President", "RUS", "GOV"),
        ("Shinzo Abe", "Prime Minister", "JPN", "GOV"),
        ("Yury Ushakov", "aide", "RUS", "GOV"),
        ("Yury Trutnev", "Deputy Prime Minister", "RUS", "GOV"),
        ("Sergey Lavrov", "Foreign Minister", "RUS", "GOV"),
        ("Dmitry Peskov", "spokesman", "RUS", "GOV"),
    ],
)
def test_seed_000_persons(seed0, name, role, country, sector) -> None:
    entity = person(seed0[1], name)
    assert has_role(entity, role)
    assert (entity.country, entity.sector) == (country, sector)


@pytest.mark.parametrize(
    ("name", "roles", "country", "sector"),
    [
        ("Toshihiko Ueno", ("expert", "professor"), "JPN", "EDU"),
        ("Yoshihide Suga", ("Chief Cabinet Secretary",), "JPN", "GOV"),
        ("Vladimir Putin", ("President",), "RUS", "GOV"),
        ("Shinzo Abe", ("Prime Minister",), "JPN", "GOV"),
        ("Yury Ushakov", ("aide",), "RUS", "GOV"),
    ],
)
def test_seed_001_persons(seed1, name, roles, country, sector) -> None:
    entity = person(seed1[1], name)
    assert all(has_role(entity, role) for role in roles)
    assert (entity.country, entity.sector) == (country, sector)


def test_seed_000_trutnev_is_one_person_with_his_envoy_role(seed0) -> None:
    article, entities = seed0
    holders = [e for e in entities if any("Trutnev" in m.text for m in e.mentions)]
    assert [(e.name, e.type) for e in holders] == [("Yury Trutnev", "PERSON")]
    for match in re.finditer("Trutnev", article.text):
        assert entity_at(entities, match.start(), match.end()) is holders[0]
    assert has_role(holders[0], "presidential envoy")


def test_seed_000_the_spokesman_is_peskov(seed0) -> None:
    article, entities = seed0
    at = article.text.index("the spokesman")
    assert entity_at(entities, at, at + len("the spokesman")).name == "Dmitry Peskov"


def test_seed_000_the_minister_is_lavrov(seed0) -> None:
    article, entities = seed0
    at = article.text.index("the minister,")
    assert entity_at(entities, at, at + len("the minister")).name == "Sergey Lavrov"


def test_seed_001_he_after_quotes_is_ueno(seed1) -> None:
    article, entities = seed1
    pronouns = list(re.finditer(r"\b[Hh]e (said|added|sees)\b", article.text))
    assert len(pronouns) >= 3
    for match in pronouns:
        assert entity_at(entities, match.start(), match.start() + 2).name == "Toshihiko Ueno"


def test_seed_001_towns_are_places(seed1) -> None:
    _, entities = seed1
    types = {e.name: (e.type, e.country) for e in entities}
    assert types["Vladivostok"] == ("GPE", "RUS")
    assert types["Nagato"] == ("GPE", "JPN")
    assert types["Tokyo"] == ("GPE", "JPN")


def test_seed_001_ueno_is_affiliated_with_the_university(seed1) -> None:
    ueno = person(seed1[1], "Toshihiko Ueno")
    assert ueno.affiliation == "Sophia University"
    assert [m.kind for m in ueno.mentions].count("title") == 2  # "The expert" twice


def test_no_entity_crosses_a_line_break(seed0, seed1) -> None:
    for _, entities in (seed0, seed1):
        assert all("\n" not in m.text for e in entities for m in e.mentions)
