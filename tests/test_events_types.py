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


# --- general rules of the CAMEO pattern matcher and the PLOVER mapping -----------------

def first_of(analyse, text: str) -> Event:
    events = code(analyse, text)
    assert events, "no event"
    return events[0]


@pytest.mark.slow
def test_pattern_of_another_verb_needs_more_than_function_words(analyse) -> None:
    # a block-mate's "* (TO)" pattern (host a visit) must not code praise
    event = first_of(analyse, "Mexico praised Chile for its aid to the flood victims.")
    assert (event.type, event.source.country, event.target.country) == ("SUPPORT", "MEX", "CHL")


@pytest.mark.slow
def test_time_adjuncts_do_not_fill_patterns(analyse) -> None:
    event = first_of(analyse, "Canada suspended trade with Venezuela after the election.")
    assert event.type == "SANCTION"
    assert (event.source.country, event.target.country) == ("CAN", "VEN")


@pytest.mark.slow
def test_imposing_sanctions_is_sanction(analyse) -> None:
    event = first_of(analyse, "Japan imposed sanctions on Syrian officials.")
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "JPN", "SYR")


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Lebanon denied the accusations.",
                                  "Lebanon rebuffed the Cypriot proposal.",
                                  "Lebanon turned down the Cypriot proposal."])
def test_denials_and_rebuffs_are_rejections(analyse, text: str) -> None:
    event = first_of(analyse, text)
    assert event.type == "REJECT" and event.source.country == "LBN"


@pytest.mark.slow
def test_going_on_strike_is_a_protest(analyse) -> None:
    event = first_of(analyse, "Kenyan nurses went on strike on Monday.")
    assert (event.type, event.source.country) == ("PROTEST", "KEN")


@pytest.mark.slow
def test_lodged_protest_is_an_official_complaint(analyse) -> None:
    events = code(analyse, "Spain lodged a protest with Morocco over the fishing boats.")
    assert events and {e.type for e in events} == {"ACCUSE"}
    assert (events[0].source.country, events[0].target.country) == ("ESP", "MAR")


@pytest.mark.slow
def test_reported_would_not_is_a_refusal(analyse) -> None:
    events = code(analyse, "Hungary said it would not accept the Austrian proposal.")
    factual = [e for e in events if not e.hypothetical and not e.negated]
    assert factual and factual[0].type == "REJECT"
    assert (factual[0].source.country, factual[0].target.country) == ("HUN", "AUT")


@pytest.mark.slow
def test_call_for_names_who_is_to_act(analyse) -> None:
    event = first_of(analyse, "Ecuador called for Peru to reopen its consulate.")
    assert (event.type, event.source.country, event.target.country) == ("REQUEST", "ECU", "PER")


@pytest.mark.slow
def test_withdrawing_with_no_named_object_is_a_retreat(analyse) -> None:
    event = first_of(analyse, "Eritrean units withdrew from the hills on Sunday.")
    assert (event.type, event.source.country) == ("RETREAT", "ERI")


@pytest.mark.slow
def test_phrasal_verb_overrides_its_dictionary_entry(analyse) -> None:
    event = first_of(analyse, "Belgium pulled out of the Congolese mining region.")
    assert (event.type, event.source.country) == ("RETREAT", "BEL")


@pytest.mark.slow
def test_promise_of_force_is_a_threat_and_of_coercion_a_promise(analyse) -> None:
    threat = first_of(analyse, "Armenia vowed to bomb the Azerbaijani depots.")
    assert (threat.type, threat.source.country) == ("THREATEN", "ARM")
    promise = first_of(analyse, "Laos promised Vietnam that it would arrest the smugglers.")
    assert (promise.type, promise.source.country) == ("AGREE", "LAO")


@pytest.mark.slow
def test_wanting_another_to_act_is_a_request(analyse) -> None:
    event = first_of(analyse, "Portugal wants Angola to reopen the oil talks.")
    assert (event.type, event.source.country, event.target.country) == ("REQUEST", "PRT", "AGO")


@pytest.mark.slow
def test_joint_exercises_are_cooperation_and_others_a_show_of_force(analyse) -> None:
    joint = first_of(analyse, "Chilean and Argentine marines held joint exercises off Cape Horn.")
    assert (joint.type, joint.source.country) == ("COOPERATE", "CHL")
    alone = first_of(analyse, "Venezuela held large military exercises near the border.")
    assert (alone.type, alone.source.country) == ("MOBILIZE", "VEN")


@pytest.mark.slow
def test_acts_done_in_protest_and_general_strikes_are_protests(analyse) -> None:
    walkout = first_of(analyse, "Nigerian doctors left their clinics in protest at unpaid wages.")
    assert (walkout.type, walkout.source.country) == ("PROTEST", "NGA")
    strike = first_of(analyse, "Bolivian unions called a general strike on Monday.")
    assert (strike.type, strike.source.country) == ("PROTEST", "BOL")


@pytest.mark.slow
def test_sanctions_named_by_a_noun_take_the_announcers_side(analyse) -> None:
    event = first_of(analyse, "Canada announced an arms embargo against Myanmar.")
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "CAN", "MMR")


@pytest.mark.slow
def test_downgrading_relations_is_a_sanction(analyse) -> None:
    event = first_of(analyse, "Morocco downgraded its relations with Sweden.")
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "MAR", "SWE")
