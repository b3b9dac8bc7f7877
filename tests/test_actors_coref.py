"""Within-article identity: surnames, role nouns and pronouns attached to the right person."""

from __future__ import annotations

import pytest

from communique.actors import entity_at
from communique.actors.coref import QuoteRegions
from communique.model import Entity, Mention
from tests.test_actors_support import entities_of, kinds, person

ASSEMBLY = (
    "Finnish Foreign Minister Elina Valtonen met Estonian Prime Minister Kristen Michal in "
    "Tallinn on Monday. Valtonen said the two countries would share radar data.\n\n"
    "\"Our border is one border,\" the minister told reporters.\n\n"
    "Michal welcomed the plan. \"We will build it together,\" he said. The prime minister "
    "added that the cost would be shared.\n\n"
    "Ilkka Saarinen, an analyst at the University of Helsinki, said the plan was overdue. "
    "\"It should have come years ago,\" the analyst said. He said he expected Sweden to join."
)

SMITHS = (
    "John Smith, a lawyer from Leeds, filed the complaint on Tuesday. Mary Smith rejected it "
    "on Wednesday. Smith said the complaint was baseless."
)


@pytest.fixture(scope="module")
def assembly(analyse):
    return entities_of(analyse, ASSEMBLY)


@pytest.mark.slow
def test_surname_joins_the_full_name(assembly) -> None:
    assert person(assembly, "Elina Valtonen").aliases() == ["Elina Valtonen", "Valtonen"]
    assert person(assembly, "Kristen Michal").aliases() == ["Kristen Michal", "Michal"]


@pytest.mark.slow
def test_role_nouns_go_to_the_person_with_that_role(assembly) -> None:
    assert kinds(person(assembly, "Elina Valtonen"), "title") == ["the minister"]
    assert kinds(person(assembly, "Kristen Michal"), "title") == ["The prime minister"]
    assert kinds(person(assembly, "Ilkka Saarinen"), "title") == ["the analyst"]


@pytest.mark.slow
def test_pronouns_go_to_the_latest_subject(assembly) -> None:
    assert kinds(person(assembly, "Kristen Michal"), "pronoun") == ["he"]
    assert kinds(person(assembly, "Ilkka Saarinen"), "pronoun") == ["He", "he"]


@pytest.mark.slow
def test_speaker_spans_resolve_through_entity_at(assembly) -> None:
    text = ASSEMBLY
    he = text.index("he said")
    assert entity_at(assembly, he, he + 2).name == "Kristen Michal"
    minister = text.index("the minister told")
    assert entity_at(assembly, minister, minister + len("the minister")).name == "Elina Valtonen"


@pytest.mark.slow
def test_two_smiths_stay_two_and_a_bare_surname_takes_the_nearest_before(analyse) -> None:
    entities = entities_of(analyse, SMITHS)
    smiths = sorted(e.name for e in entities if e.type == "PERSON")
    assert smiths == ["John Smith", "Mary Smith"]
    assert person(entities, "Mary Smith").aliases() == ["Mary Smith", "Smith"]
    assert person(entities, "John Smith").aliases() == ["John Smith"]


@pytest.mark.slow
def test_pronoun_inside_a_quote_is_left_alone(analyse) -> None:
    text = "Anna Lind said on Friday: \"He never called us.\" Lind later left the building."
    entities = entities_of(analyse, text)
    assert kinds(person(entities, "Anna Lind"), "pronoun") == []


@pytest.mark.slow
def test_gendered_title_blocks_the_wrong_pronoun(analyse) -> None:
    text = ("Spokeswoman Petra Olsen met Karl Dahl on Friday. Olsen said the deal was close. "
            "She said it would be signed soon.")
    entities = entities_of(analyse, text)
    assert kinds(person(entities, "Petra Olsen"), "pronoun") == ["She"]


def test_quote_regions_cover_curly_and_straight_quotes() -> None:
    text = 'He said “we agree” and "so do they" today.\n"open'
    regions = QuoteRegions(text)
    assert regions.inside(text.index("we agree"))
    assert regions.inside(text.index("so do"))
    assert not regions.inside(text.index("today"))
    assert not regions.inside(text.index("He said"))


def test_entity_at_prefers_the_widest_overlap_then_the_tightest_mention() -> None:
    text = "Pentagon aide Lena Ortiz"
    org = Entity("e1", "Pentagon", "ORG", mentions=[Mention(0, 8, "Pentagon")])
    aide = Entity("e2", "Lena Ortiz", "PERSON", mentions=[Mention(14, 24, "Lena Ortiz")])
    assert entity_at([org, aide], 0, len(text)) is aide
    assert entity_at([org, aide], 0, 8) is org
    assert entity_at([org, aide], 9, 13) is None


@pytest.mark.slow
def test_pronoun_without_a_person_subject_needs_a_single_candidate(analyse) -> None:
    alone = entities_of(analyse, "Reporters waited for Lena Ortiz. He never came.")
    assert kinds(person(alone, "Lena Ortiz"), "pronoun") == ["He"]
    two = entities_of(analyse, "Reporters waited for Lena Ortiz and Tom Baker. He never came.")
    assert all(kinds(e, "pronoun") == [] for e in two)


def test_entity_at_prefers_the_name_that_ends_the_phrase() -> None:
    from communique.actors import entity_at
    from communique.model import Entity, Mention

    text = "Norwegian Fisheries Minister Ola Berg"
    norp = Entity("e1", "Norwegian", "NORP", mentions=[Mention(0, 9, "Norwegian")])
    person = Entity("e2", "Ola Berg", "PERSON", mentions=[Mention(29, 37, "Ola Berg")])
    assert entity_at([norp, person], 0, len(text)) is person
    ministry = "the Icelandic foreign ministry"
    icelandic = Entity("e3", "Icelandic", "NORP", mentions=[Mention(4, 13, "Icelandic")])
    assert entity_at([icelandic], 0, len(ministry)) is None
    assert entity_at([icelandic], 4, 13) is icelandic
