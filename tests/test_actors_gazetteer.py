"""The offline look-up tables: built data files, places and agent nouns."""

from __future__ import annotations

import pytest

from communique.actors import gazetteer


@pytest.mark.parametrize(
    ("text", "code"),
    [("Brazilian", "BRA"), ("the Federal Republic of Germany", "DEU"), ("Hamamatsu", "JPN"),
     ("São Paulo", "BRA"), ("Ohio", "USA"), ("Qarnot", None)],
)
def test_country_of_names_adjectives_and_cities(text: str, code: str | None) -> None:
    assert gazetteer.country_of(text) == code


def test_country_is_told_from_its_cities_and_adjectives() -> None:
    assert gazetteer.is_country("Germany")
    assert not gazetteer.is_country("Hamburg")
    assert not gazetteer.is_country("German")


def test_institutions_carry_country_and_sector() -> None:
    assert gazetteer.institution("the Bundestag") == ("DEU", "GOV")
    assert gazetteer.institution("Pentagon") == ("USA", "MIL")
    assert gazetteer.institution("Acme Widgets") is None


def test_agent_sector_takes_the_longest_known_ending() -> None:
    assert gazetteer.agent_sector(["Deputy", "Defence", "Minister"]) is not None
    assert gazetteer.agent_sector(["Brigadier", "General"]) == "MIL"
    assert gazetteer.agent_sector(["news", "agency"]) == "MEDIA"
    assert gazetteer.agent_sector(["football", "fan"]) is None


def test_normalise_strips_article_possessive_and_accents() -> None:
    assert gazetteer.normalise("the São Paulo’s") == "sao paulo"


@pytest.mark.parametrize(("text", "code"), [("UN", None), ("EU", None), ("AU", None),
                                            ("UK", "GBR"), ("U.K.", "GBR"), ("US", "USA")])
def test_two_letter_names_are_acronyms_not_cities(text: str, code: str | None) -> None:
    # geonames has small towns called "Un" and "Eu"; in news these are the bodies
    assert gazetteer.country_of(text) == code


@pytest.mark.slow
def test_a_un_mission_is_no_country(analyse) -> None:
    from communique import actors
    from communique.model import Article

    text = "Rebels in Mali handed their weapons to a UN mission on Friday."
    article = Article(id="a", hash="", origin="test", kind="text", text=text)
    countries = {e.name: e.country for e in actors.find_entities(article, analyse(text))}
    assert countries.get("UN") is None and countries.get("Mali") == "MLI"


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [("A rally in Portland, Maine, drew thousands.", "Portland", "USA"),
     ("The talks in Tripoli, Lebanon, ended early.", "Tripoli", "LBN"),
     ("She grew up in Athens, Georgia.", "Athens", "USA"),
     ("Flights to Paris, Rome and Madrid resumed.", "Paris", None),
     ("Flights to Paris, Spain and Italy resumed.", "Paris", None),
     ("She won Georgia, Alabama and Texas.", "Georgia", None),
     ("The mayor of Manchester spoke.", "Manchester", None)],
)
def test_a_town_qualified_by_its_state_or_country_is_there(
    text: str, town: str, code: str | None
) -> None:
    start = text.index(town)
    assert gazetteer.qualified_place_country(text, start, start + len(town)) == code


@pytest.mark.slow
def test_a_qualified_town_gives_its_entity_the_qualifiers_country(analyse) -> None:
    from communique.actors import find_entities
    from communique.model import Article

    text = ("Firefighters in Birmingham, Alabama, fought the blaze overnight. Officials in "
            "Birmingham said nobody was hurt.")
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    towns = [e for e in find_entities(article, analyse(text)) if e.name == "Birmingham"]
    assert towns and towns[0].country == "USA"


@pytest.mark.slow
def test_a_state_named_like_a_country_is_the_state_among_other_states(analyse) -> None:
    from communique.actors import find_entities
    from communique.model import Article

    def country_of_georgia(text: str) -> str | None:
        article = Article(id="t", hash="", origin="test", kind="text", text=text)
        found = [e for e in find_entities(article, analyse(text)) if e.name == "Georgia"]
        return found[0].country if found else None

    assert country_of_georgia("The governor won Alabama, Texas and Georgia on Tuesday, "
                              "and lost Vermont.") == "USA"
    assert country_of_georgia("Russian troops entered Georgia in August, and Tbilisi "
                              "appealed to Washington.") == "GEO"
