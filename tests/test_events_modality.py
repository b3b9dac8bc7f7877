"""Negated and hypothetical acts are marked, never counted as having happened."""

from __future__ import annotations

import pytest

from communique.events import find_events
from communique.model import Article, Event, Timestamp

pytestmark = pytest.mark.slow


def events_of(analyse, text: str) -> list[Event]:
    article = Article(id="t", hash="", origin="test", kind="text", text=text,
                      timestamp=Timestamp("", "2019-03-14T09:00:00"))
    return find_events(article, analyse(text), [], None)


# Modes of statements derived from an act on the same trigger ("will send aid" is also a
# stated intent), which the main-act ordering puts before the act itself.
DERIVED_MODES = ("intent", "demand")


def one(analyse, text: str, trigger: str) -> Event:
    """The act on ``trigger`` itself, not a statement derived from it."""
    found = [e for e in events_of(analyse, text) if e.trigger and e.trigger.text == trigger]
    found = [e for e in found if e.mode not in DERIVED_MODES] or found
    assert found, f"no event on {trigger!r} in {events_of(analyse, text)}"
    return found[0]


def test_plain_past_act_is_factual(analyse) -> None:
    event = one(analyse, "The Irish and Welsh delegations discussed fishing quotas.",
                "discussed")
    assert not event.negated and not event.hypothetical


def test_negated_clause(analyse) -> None:
    event = one(analyse, "The question of the islands was not discussed at the Oslo meeting.",
                "discussed")
    assert event.negated and event.mode == "negated"


def test_expected_passive_complement_is_hypothetical(analyse) -> None:
    event = one(analyse, "Some twenty trade contracts are expected to be signed in Hanoi.",
                "signed")
    assert event.hypothetical and not event.negated
    assert event.mode == "expected"


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Kenya will send aid to Somalia.", "send", "future"),
        ("Kenya could send aid to Somalia.", "send", "possible"),
        ("Kenya plans to send aid to Somalia.", "send", "planned"),
        ("If Uganda asks, Kenya sends aid to Somalia.", "asks", "conditional"),
    ],
)
def test_modal_planned_and_conditional_acts(analyse, text: str, trigger: str, mode: str):
    event = one(analyse, text, trigger)
    assert event.hypothetical and event.mode == mode


def test_failed_complement_is_negated(analyse) -> None:
    event = one(analyse, "Mali and Niger failed to agree on a joint patrol.", "agree")
    assert event.negated and event.mode == "failed"


def test_commissive_is_an_act_and_its_complement_is_not(analyse) -> None:
    events = events_of(analyse, "Serbia promised to withdraw its police from Kosovo.")
    promise = next(e for e in events if e.trigger.text == "promised")
    withdraw = next(e for e in events if e.trigger.text == "withdraw")
    assert promise.type == "AGREE" and not promise.hypothetical
    assert withdraw.hypothetical and withdraw.mode == "promised"


def test_possible_meeting_noun_is_hypothetical(analyse) -> None:
    events = events_of(analyse, "Reporters asked about a possible visit by the Thai king "
                                "to Laos.")
    visits = [e for e in events if e.trigger.text == "visit"]
    assert visits and all(e.hypothetical and e.mode == "possible" for e in visits)


def test_stated_intention_is_itself_an_agree_or_threaten(analyse) -> None:
    events = events_of(analyse, "Kenya will send food aid to Somalia.")
    aid = next(e for e in events if e.type == "AID")
    intent = next(e for e in events if e.type == "AGREE")
    assert aid.hypothetical and not intent.hypothetical and intent.mode == "intent"
    assert (intent.source.country, intent.target.country) == ("KEN", "SOM")
    threat = [e for e in events_of(analyse, "Chad plans to attack rebel bases in Niger.")
              if e.type == "THREATEN"]
    assert threat and not threat[0].hypothetical and threat[0].source.country == "TCD"


def test_expected_by_others_is_not_an_intention(analyse) -> None:
    events = events_of(analyse, "Kenya is expected to send food aid to Somalia.")
    assert [e.type for e in events] == ["AID"] and events[0].hypothetical


def test_willing_to_act_in_reported_speech(analyse) -> None:
    events = events_of(analyse, "Laos says it is willing to withdraw its troops from Thailand.")
    retreat = next(e for e in events if e.type == "RETREAT")
    assert retreat.hypothetical and retreat.mode == "intended"
    assert (retreat.source.country, retreat.target.country) == ("LAO", "THA")


def test_stated_refusal_is_a_reject(analyse) -> None:
    events = events_of(analyse, "Jordan says it will not accept more Syrian refugees.")
    reject = [e for e in events if e.type == "REJECT"]
    assert reject and not reject[0].negated and reject[0].source.country == "JOR"
    # the negated assent is the refusal itself: no negated "accept" is left beside it
    assert all(e.type == "REJECT" for e in events if e.trigger.text == "accept")


def test_must_in_reported_speech_is_a_request_of_the_subject(analyse) -> None:
    events = events_of(analyse, "Chile said that Bolivia must withdraw its claim.")
    request = [e for e in events if e.type == "REQUEST"]
    assert request and request[0].mode == "demand" and not request[0].hypothetical
    assert (request[0].source.country, request[0].target.country) == ("CHL", "BOL")


def test_a_felt_state_is_no_event(analyse) -> None:
    from communique.actors import find_entities
    from communique.events import find_events
    from communique.model import Article

    for text in ("Many Chilean farmers were disappointed with the results of the talks.",
                 "Peruvian officials are worried about the new tariffs."):
        article = Article(id="t", hash="", origin="t", kind="text", text=text)
        analysis = analyse(text)
        assert find_events(article, analysis, find_entities(article, analysis), None) == []


def test_infinitive_of_purpose_is_not_an_act_done(analyse) -> None:
    event = one(analyse, "Peru opened a centre to help Venezuelan migrants.", "help")
    assert event.hypothetical and event.mode == "purpose"


def test_not_hesitating_asserts_the_intent(analyse) -> None:
    events = events_of(analyse, "Seoul said it would not hesitate to strike the northern bases.")
    struck = [e for e in events if e.trigger.text == "strike"]
    assert struck and all(not e.negated for e in struck)
    stated = [e for e in struck if not e.hypothetical]
    assert stated and stated[0].type == "THREATEN"


def test_stated_refusal_is_factual_and_its_negation_consumed(analyse) -> None:
    event = one(analyse, "Tonga has not accepted the Samoan offer.", "accepted")
    assert event.type == "REJECT"
    assert not event.negated and not event.hypothetical and event.mode is None


def test_negated_copula_negates_the_stance_and_its_complement(analyse) -> None:
    events = events_of(analyse, "Armenia is not ready to withdraw from the disputed villages.")
    withdrawal = [e for e in events if e.type == "RETREAT"]
    assert withdrawal and all(e.negated for e in withdrawal)
    refusal = [e for e in events if not e.negated and not e.hypothetical]
    assert refusal and refusal[0].type == "REJECT"


def test_attempt_is_not_a_stated_intent(analyse) -> None:
    events = events_of(analyse, "Rebels tried to kill the Malian defence minister.")
    assert events and all(e.type != "THREATEN" for e in events)
    assert all(e.mode == "attempted" for e in events)


def test_infinitive_completing_a_noun_is_not_yet_done(analyse) -> None:
    event = one(analyse, "Ghana took the first step to sign the fishing treaty with Togo.",
                "sign")
    assert event.hypothetical and not event.negated


def test_an_act_under_if_is_hypothetical_even_as_a_bare_passive(analyse) -> None:
    # "if attacked": no subject, no auxiliary; the condition alone frames it
    event = one(analyse, "Estonia vowed to defend itself if attacked by its neighbour.",
                "attacked")
    assert event.hypothetical and not event.negated


def test_an_act_noun_subject_takes_the_mood_of_its_verb(analyse) -> None:
    event = one(analyse, "Clashes could erupt between Sudanese and Chadian soldiers.",
                "Clashes")
    assert event.hypothetical


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The foreign ministers of Chile and Peru are meeting next week in Lima.", "meeting"),
        ("The envoys of Chile and Peru meet tomorrow in Lima.", "meet"),
    ],
)
def test_a_present_act_dated_ahead_is_planned(analyse, text: str, trigger: str) -> None:
    event = one(analyse, text, trigger)
    assert event.hypothetical and event.mode == "planned"


def test_an_act_the_next_day_in_the_past_happened(analyse) -> None:
    event = one(analyse, "The envoys of Chile and Peru met the next day in Lima.", "met")
    assert not event.hypothetical


@pytest.mark.parametrize("text", ["We'd urge Mexico to act.", "We’d urge Mexico to act."])
def test_a_contracted_would_makes_the_act_hypothetical(analyse, text: str) -> None:
    assert one(analyse, text, "urge").hypothetical


def test_a_contracted_had_leaves_the_act_done(analyse) -> None:
    assert not one(analyse, "They'd urged Mexico to act.", "urged").hypothetical
