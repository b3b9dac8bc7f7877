"""Roles, affiliation, country and sector from titles, appositions and relative clauses."""

from __future__ import annotations

import pytest

from tests.test_actors_support import by_name, entities_of, kinds, person

pytestmark = pytest.mark.slow

BERLIN = (
    "German Chancellor Olaf Scholz met Brazilian President Luiz Inacio Lula da Silva in "
    "Berlin on Monday. Scholz's spokesman Steffen Hebestreit said the talks had focused on "
    "trade.\n\n"
    "\"We made real progress,\" the spokesman told reporters. He added that a second round "
    "would follow in Brasilia.\n\n"
    "The governor of Brazil's central bank, Roberto Campos Neto, said rates would stay high. "
    "Campos Neto spoke at a conference in Sao Paulo.\n\n"
    "A senior official, who asked not to be named, said the deal was close."
)

LEEDS = (
    "John Smith, a lawyer from Leeds, filed the complaint on Tuesday. Mary Smith, who is also "
    "the chairwoman of the Northern Trust, rejected it.\n\n"
    "Maria Keller, an economist at Heidelberg University in Heidelberg, said the ruling was "
    "expected. Professor Keller added that she saw no surprise."
)


@pytest.fixture(scope="module")
def berlin(analyse):
    return entities_of(analyse, BERLIN)


@pytest.fixture(scope="module")
def leeds(analyse):
    return entities_of(analyse, LEEDS)


def test_title_before_name_gives_role_country_and_sector(berlin) -> None:
    scholz = person(berlin, "Olaf Scholz")
    assert (scholz.roles, scholz.country, scholz.sector) == (["Chancellor"], "DEU", "GOV")
    lula = person(berlin, "Luiz Inacio Lula da Silva")
    assert (lula.roles, lula.country) == (["President"], "BRA")


def test_spokesman_of_a_person_takes_the_possessors_country(berlin) -> None:
    spokesman = person(berlin, "Steffen Hebestreit")
    assert spokesman.roles == ["spokesman"]
    assert (spokesman.country, spokesman.sector) == ("DEU", "GOV")
    assert "Scholz" in person(berlin, "Olaf Scholz").aliases()


def test_reverse_apposition_names_the_governor(berlin) -> None:
    governor = person(berlin, "Roberto Campos Neto")
    assert governor.roles == ["governor of Brazil's central bank"]
    assert (governor.country, governor.sector) == ("BRA", "GOV")
    assert kinds(governor, "title") == ["The governor"]
    assert "Campos Neto" in governor.aliases()


def test_unnamed_official_is_no_entity(berlin) -> None:
    assert not [e for e in berlin if "official" in e.name.lower()]
    assert all("official" not in m.text for e in berlin for m in e.mentions)


def test_apposition_gives_role_affiliation_and_place_country(leeds) -> None:
    keller = person(leeds, "Maria Keller")
    assert keller.roles == ["economist", "Professor"]
    assert keller.affiliation == "Heidelberg University"
    assert (keller.country, keller.sector) == ("DEU", "EDU")
    lawyer = person(leeds, "John Smith")
    assert (lawyer.roles, lawyer.country) == (["lawyer"], "GBR")


def test_relative_clause_gives_role_and_affiliation(leeds) -> None:
    chair = person(leeds, "Mary Smith")
    assert chair.roles == ["chairwoman of the Northern Trust"]
    assert chair.affiliation == "Northern Trust"


def test_places_and_organisations_get_country_and_sector(berlin, leeds) -> None:
    assert by_name(berlin, "Berlin").country == "DEU"
    assert by_name(berlin, "Sao Paulo").type == "GPE"
    university = by_name(leeds, "Heidelberg University")
    assert (university.type, university.sector) == ("ORG", "EDU")


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Football fan Tom Baker said the match was great.", "Tom Baker", []),
        ("Tom Baker, a neighbour of the family, said he heard nothing.", "Tom Baker", []),
        ("Agriculture Minister Tom Baker said the harvest was poor.", "Tom Baker",
         ["Agriculture Minister"]),
        # a plural noun names a group the person belongs to, not the person's role
        ("Two delegates, Tom Baker and Ann Lee, voted against the plan.", "Tom Baker", []),
    ],
)
def test_roles_are_not_invented_from_unrelated_nouns(analyse, text, name, roles) -> None:
    assert person(entities_of(analyse, text), name).roles == roles


def test_news_agency_and_bank_sectors(analyse) -> None:
    text = ("The Nordic Bank for Green Shipping (NBGS) lent the money, Yonhap news agency "
            "reported on Friday. Officials confirmed the loan, the Anadolu news agency said.")
    entities = entities_of(analyse, text)
    bank = by_name(entities, "Nordic Bank for Green Shipping")
    assert bank.sector == "BUS"
    assert "NBGS" in bank.aliases()
    assert by_name(entities, "Yonhap news agency").sector == "MEDIA"  # descriptor inside
    assert by_name(entities, "Anadolu").sector == "MEDIA"  # descriptor after the name


def test_multi_word_agent_phrase_decides_the_sector(analyse) -> None:
    # "general" alone is military; "attorney general" is a government office.
    text = "Attorney General Lena Ortiz said the case was closed."
    assert person(entities_of(analyse, text), "Lena Ortiz").sector == "GOV"


def test_institution_in_the_title_is_the_affiliation(analyse) -> None:
    text = "Pentagon aide Lena Ortiz said the drills would go ahead."
    aide = person(entities_of(analyse, text), "Lena Ortiz")
    assert (aide.roles, aide.affiliation) == (["Pentagon aide"], "Pentagon")
    assert (aide.country, aide.sector) == ("USA", "MIL")


def test_organisation_country_from_possessive_or_leading_country_name(analyse) -> None:
    text = "Chile's National Copper Agency signed the deal with the Finland Export Bank."
    entities = entities_of(analyse, text)
    agency = by_name(entities, "National Copper Agency")
    assert (agency.country, agency.sector) == ("CHL", "GOV")
    bank = by_name(entities, "Finland Export Bank")
    assert (bank.country, bank.sector) == ("FIN", "BUS")
    assert by_name(entities, "Chile").country == "CHL"


def test_name_in_apposition_to_a_role_is_a_person_with_that_role(analyse) -> None:
    text = ("Lima welcomed the deal. Peru's deputy trade minister, Ines Quispe Mamani, said "
            "the quotas would be reviewed in March.")
    from communique.actors import find_entities
    from communique.model import Article

    entities = find_entities(Article(id="t", hash="", origin="t", kind="text", text=text),
                             analyse(text))
    person = next(e for e in entities if e.type == "PERSON")
    assert person.name.endswith("Mamani")
    assert person.country == "PER"
    assert "deputy trade minister" in person.roles


def test_a_role_read_as_a_bare_possessive_names_no_sector() -> None:
    # the title reader can hand over only the possessive of "X's attorney, Name" when the
    # parse splits it oddly; that must give no sector, not an error that costs the article
    from communique.actors.roles import _role_sector

    assert _role_sector("'s") is None
    assert _role_sector("") is None
    assert _role_sector("attorney") == "JUD"
