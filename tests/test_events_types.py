"""One sentence per PLOVER type, written for these tests, coded end to end."""

from __future__ import annotations

import pytest

from communique.events import find_events
from communique.model import Article, Event, Timestamp


def code(analyse, text: str) -> list[Event]:
    article = Article(id="t", hash="", origin="test", kind="text", text=text,
                      timestamp=Timestamp("", "2019-03-14T09:00:00"))
    return find_events(article, analyse(text), [], None)


CASES = [
    ("Brazil and Argentina agreed to cooperate more closely.", "AGREE", "BRA", "ARG"),
    ("The Chilean foreign minister met with his Peruvian counterpart in Lima.", "CONSULT",
     "CHL", "PER"),
    ("Germany praised Poland for its handling of the crisis.", "SUPPORT", "DEU", "POL"),
    ("The Colombian government yielded to the demands of striking truckers.", "CONCEDE",
     "COL", None),
    ("India and Nepal signed an economic agreement.", "COOPERATE", "IND", "NPL"),
    ("Norway sent humanitarian aid to Yemen.", "AID", "NOR", "YEM"),
    ("Ethiopian troops withdrew from the disputed town.", "RETREAT", "ETH", None),
    ("Egypt called on Sudan to reopen the border crossing.", "REQUEST", "EGY", "SDN"),
    ("Ghana accused Togo of harbouring rebels.", "ACCUSE", "GHA", "TGO"),
    ("Vietnam rejected the Chinese proposal.", "REJECT", "VNM", "CHN"),
    ("Pakistan threatened to cut diplomatic ties with India.", "THREATEN", "PAK", None),
    ("Thousands of Greek workers protested against the government.", "PROTEST", "GRC", None),
    ("Russia mobilized troops on the Ukrainian border.", "MOBILIZE", "RUS", None),
    ("Australia expelled two Indonesian diplomats.", "SANCTION", "AUS", "IDN"),
    ("The Bolivian government detained three Peruvian journalists.", "COERCE", "BOL", "PER"),
    ("Nigerian soldiers attacked a village in Cameroon.", "ASSAULT", "NGA", "CMR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source", "target"), CASES,
                         ids=[case[1] for case in CASES])
def test_each_plover_type(analyse, text: str, kind: str, source: str, target: str | None):
    events = code(analyse, text)
    assert events, "no event"
    first = events[0]
    assert first.type == kind
    assert first.source is not None and first.source.country == source
    if target:
        assert first.target is not None and first.target.country == target
    assert first.cameo and first.goldstein is not None
    assert not first.negated and not first.hypothetical
    assert text[first.trigger.start : first.trigger.end] == first.trigger.text
    assert first.evidence.text == text


@pytest.mark.slow
def test_goldstein_sign_follows_cooperation_and_conflict(analyse) -> None:
    cooperative = code(analyse, "Norway sent humanitarian aid to Yemen.")[0]
    hostile = code(analyse, "Nigerian soldiers attacked a village in Cameroon.")[0]
    assert cooperative.goldstein > 0 > hostile.goldstein


@pytest.mark.slow
def test_reported_speech_alone_is_not_an_event(analyse) -> None:
    assert code(analyse, "The Danish minister said the weather in Oslo was cold.") == []
    assert code(analyse, "The Italian envoy told reporters that lunch was served.") == []


@pytest.mark.slow
def test_statement_that_is_an_act_is_an_event(analyse) -> None:
    events = code(analyse, "The Cuban ambassador denounced the Canadian decision.")
    assert [e.type for e in events] == ["ACCUSE"]
    assert events[0].source.country == "CUB"


@pytest.mark.slow
def test_light_verb_takes_the_act_of_its_object(analyse) -> None:
    events = code(analyse, "Portugal made major concessions to Spain over fishing rights.")
    assert events and events[0].type == "CONCEDE"
    assert (events[0].source.country, events[0].target.country) == ("PRT", "ESP")


@pytest.mark.slow
def test_location_gives_a_target_without_country_its_country(analyse) -> None:
    event = code(analyse, "Sudanese militias attacked a market in Chad.")[0]
    assert event.location == "Chad"
    assert event.target is not None and event.target.country == "TCD"


@pytest.mark.slow
def test_agreeing_on_something_is_agree(analyse) -> None:
    events = code(analyse, "Chile and Bolivia agreed on a new gas price.")
    assert events and {e.type for e in events} == {"AGREE"}
    assert {(e.source.country, e.target.country) for e in events} == {("CHL", "BOL"),
                                                                        ("BOL", "CHL")}
