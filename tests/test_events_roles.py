"""Source, target and their countries from the parse; coordination; dates of events."""

from __future__ import annotations

import pytest

from communique.actors import find_entities
from communique.events import find_events
from communique.events.lexicon import lexicon
from communique.model import Article, Dating, Entity, Event, Mention, Timestamp

pytestmark = pytest.mark.slow


def events_of(
    analyse, text: str, entities: list[Entity] | None = None, dating: Dating | None = None
) -> list[Event]:
    article = Article(
        id="t",
        hash="",
        origin="test",
        kind="text",
        text=text,
        timestamp=Timestamp("", "2019-03-14T09:00:00"),
    )
    return find_events(article, analyse(text), entities or [], dating)


def dyads(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


def test_coordinated_subjects_give_one_event_per_direction(analyse) -> None:
    events = events_of(
        analyse,
        "Finnish President Anna Virtanen and Estonian Prime Minister "
        "Jaan Tamm discussed energy links.",
    )
    assert [e.type for e in events] == ["CONSULT", "CONSULT"]
    assert dyads(events) == {("FIN", "EST"), ("EST", "FIN")}


def test_coordinated_nationalities_on_one_noun(analyse) -> None:
    events = events_of(analyse, "Greek and Turkish diplomats discussed the island dispute.")
    assert dyads(events) == {("GRC", "TUR"), ("TUR", "GRC")}


def test_passive_agent_is_the_source(analyse) -> None:
    events = events_of(analyse, "Two Somali villages were attacked by Ethiopian troops.")
    assert events and events[0].type == "ASSAULT"
    assert (events[0].source.country, events[0].target.country) == ("ETH", "SOM")


def test_with_names_the_other_party_of_talks(analyse) -> None:
    events = events_of(
        analyse, "The Kenyan minister consulted with Tanzanian officials about the border."
    )
    assert events and events[0].type == "CONSULT"
    assert events[0].target.country == "TZA" and events[0].target.sector == "GOV"


def test_pronoun_in_reported_speech_is_the_reporter(analyse) -> None:
    events = events_of(analyse, "Morocco says it will expel the Algerian ambassador.")
    expel = next(e for e in events if e.trigger.text == "expel")
    assert expel.source.country == "MAR" and expel.target.country == "DZA"


def test_meeting_noun_with_owner_and_destination(analyse) -> None:
    events = events_of(
        analyse, "The agenda of the Icelandic premier's visit to Norway was published."
    )
    visit = next(e for e in events if e.trigger.text == "visit")
    assert visit.type == "CONSULT" and (visit.source.country, visit.target.country) == (
        "ISL",
        "NOR",
    )


def test_entity_from_the_actors_stage_gives_country_and_name(analyse) -> None:
    text = "Ms Larsen accused the ministry of negligence."
    larsen = Entity(
        id="e1",
        name="Karen Larsen",
        type="PERSON",
        country="DNK",
        sector="GOV",
        mentions=[Mention(3, 9, "Larsen")],
    )
    events = events_of(analyse, text, entities=[larsen])
    assert events and events[0].type == "ACCUSE"
    assert events[0].source.entity == "e1" and events[0].source.country == "DNK"
    assert events[0].source.name == "Karen Larsen"


def test_a_known_leader_read_as_a_town_acts_for_his_country(analyse) -> None:
    # The actors stage may keep a known leader's surname as the small town that shares
    # it (here Morsi, a town in India); the known person is who acts in the news.
    text = "Morsi accused Israel of provoking the clashes."
    town = Entity(id="e1", name="Morsi", type="GPE", country="IND",
                  mentions=[Mention(0, 5, "Morsi")])
    events = events_of(analyse, text, entities=[town])
    assert events and events[0].source.country == "EGY"


def test_event_dates_from_the_sentence_and_from_the_article(analyse) -> None:
    dating = Dating("2019-03-14", "test")
    dated = events_of(analyse, "Chile and Peru held talks on March 11-12.", dating=dating)
    assert dated and (dated[0].date, dated[0].date_end) == ("2019-03-11", "2019-03-12")
    assert "range" in dated[0].date_basis
    relative = events_of(analyse, "Chile accused Peru of spying on Monday.", dating=dating)
    assert relative and relative[0].date == "2019-03-11"
    undated = events_of(analyse, "Chile accused Peru of spying.", dating=dating)
    assert undated[0].date == "2019-03-14" and "article date" in undated[0].date_basis


def test_evidence_and_trigger_point_into_the_text(analyse) -> None:
    text = "Rain fell. Libya expelled two Maltese diplomats. The sun rose."
    event = events_of(analyse, text)[0]
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert event.evidence.text == "Libya expelled two Maltese diplomats."
    assert text[event.trigger.start : event.trigger.end] == "expelled"


def test_pronoun_in_direct_quotation_is_not_the_reporter(analyse) -> None:
    text = '"They will expel the Algerian ambassador," the Moroccan minister told reporters.'
    expel = [e for e in events_of(analyse, text) if e.trigger.text == "expel"]
    assert expel and expel[0].source.text == "They" and expel[0].source.country is None
    assert expel[0].target.country == "DZA"


def test_a_pronoun_resolved_to_nobody_acting_on_no_country_is_no_event(analyse) -> None:
    text = '"We will expel the ambassador," he said.'
    assert not [e for e in events_of(analyse, text) if e.trigger.text == "expel"]
    named = '"We will expel the Swiss ambassador," he said.'
    assert {e.target.country for e in events_of(analyse, named)
            if e.trigger.text == "expel"} == {"CHE"}


def test_light_verb_with_a_plain_object_is_no_event(analyse) -> None:
    events = events_of(analyse, "Peru has taken the first step in the dispute.")
    assert events == []


def test_target_inside_an_object_that_is_not_an_actor(analyse) -> None:
    events = events_of(analyse, "Hungary denounced Romania's crackdown on the protesters.")
    assert events and events[0].type == "ACCUSE"
    assert (events[0].source.country, events[0].target.country) == ("HUN", "ROU")


def test_protest_is_aimed_at_the_place_it_happens(analyse) -> None:
    events = events_of(analyse, "Hundreds of Kurdish students demonstrated in Syria.")
    assert events and events[0].type == "PROTEST"
    assert events[0].target.country == "SYR" and events[0].location == "Syria"


def test_venue_of_talks_is_not_their_target(analyse) -> None:
    events = events_of(analyse, "Chile and Peru held talks in Lima.")
    assert [e.type for e in events] == ["CONSULT", "CONSULT"]
    assert dyads(events) == {("CHL", "PER"), ("PER", "CHL")}


def test_condemning_an_attack_reports_both_acts(analyse) -> None:
    events = events_of(analyse, "Egypt condemned the Libyan attack on the border post.")
    kinds = {e.type: e for e in events}
    assert set(kinds) == {"ACCUSE", "ASSAULT"}
    assert kinds["ACCUSE"].source.country == "EGY"
    assert kinds["ASSAULT"].source.country == "LBY"


def first_factual(events: list[Event]) -> Event:
    found = [e for e in events if not e.negated and not e.hypothetical]
    assert found, "no factual event"
    return found[0]


def test_seat_of_government_stands_for_its_country(analyse) -> None:
    event = first_factual(events_of(analyse, "The Kremlin condemned the Estonian decision."))
    assert (event.source.country, event.target.country) == ("RUS", "EST")


def test_plural_nationality_noun_gives_a_country(analyse) -> None:
    event = first_factual(
        events_of(analyse, "Hundreds of Bolivians protested against the Chilean government.")
    )
    assert (event.type, event.source.country, event.target.country) == ("PROTEST", "BOL", "CHL")


def test_counterpart_with_nationality_is_not_ones_own(analyse) -> None:
    event = first_factual(
        events_of(analyse, "The Thai foreign minister met his Malaysian counterpart.")
    )
    assert (event.source.country, event.target.country) == ("THA", "MYS")


def test_party_with_a_country_is_preferred_as_target(analyse) -> None:
    event = first_factual(events_of(analyse, "Iran deployed troops on the Iraqi border."))
    assert (event.source.country, event.target.country) == ("IRN", "IRQ")


def test_time_phrase_does_not_hide_the_target(analyse) -> None:
    event = first_factual(events_of(analyse, "Uganda halted fuel exports to Rwanda on Tuesday."))
    assert (event.type, event.target.country) == ("SANCTION", "RWA")


def test_doer_of_a_staged_protest_is_the_verbs_subject(analyse) -> None:
    events = events_of(analyse, "Chilean miners staged a protest against the Bolivian embassy.")
    event = first_factual(events)
    assert (event.type, event.source.country) == ("PROTEST", "CHL")


def test_judging_verb_does_not_lend_its_subject_to_the_act(analyse) -> None:
    events = events_of(analyse, "Qatar condemned the attack on the Somali capital.")
    attack = [e for e in events if e.trigger.text == "attack"]
    assert all(e.source is None or e.source.country != "QAT" for e in attack)


def test_speakers_own_government_in_reported_speech(analyse) -> None:
    events = events_of(
        analyse,
        "The Latvian president said his government was ready to sign the treaty with Lithuania.",
    )
    event = first_factual(events)
    assert event.source.country == "LVA"


def test_protest_site_names_the_target(analyse) -> None:
    event = first_factual(
        events_of(analyse, "Moroccan students rallied outside the French consulate.")
    )
    assert (event.type, event.source.country, event.target.country) == ("PROTEST", "MAR", "FRA")


def test_visited_place_is_the_host(analyse) -> None:
    event = first_factual(
        events_of(analyse, "The Polish president went to Lisbon for consultations.")
    )
    assert (event.type, event.source.country, event.target.country) == ("CONSULT", "POL", "PRT")


def test_name_misparsed_as_adverbial_is_the_subject(analyse) -> None:
    # the model labels the sentence-initial name an npadvmod here
    events = events_of(analyse, "Turkey massed tanks and troops along its border with Syria.")
    event = first_factual(events)
    assert (event.type, event.source.country) == ("MOBILIZE", "TUR")


def test_nationality_nouns_missing_from_tables(analyse) -> None:
    event = first_factual(events_of(analyse, "Serbs protested against the Kosovo police."))
    assert (event.type, event.source.country) == ("PROTEST", "SRB")


def test_place_names_labelled_as_locations_give_a_country(analyse) -> None:
    event = first_factual(events_of(analyse, "Jordan sent aid to the West Bank."))
    assert (event.type, event.source.country, event.target.country) == ("AID", "JOR", "PSE")


def test_surname_alone_names_a_known_person(analyse) -> None:
    event = first_factual(events_of(analyse, "Rabin criticised the Syrian proposal."))
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "ISR", "SYR")


def test_a_participle_clause_does_not_make_the_main_subject_its_doer(analyse) -> None:
    # The spokesman was asked; he asked nobody: no REQUEST with him as its source.
    text = "Asked whether the border issue came up, the Chilean spokesman said it had not."
    article = Article(id="t", hash="", origin="t", kind="text", text=text)
    analysis = analyse(text)
    found = find_events(article, analysis, find_entities(article, analysis), None)
    assert not [e for e in found if e.type == "REQUEST" and e.source is not None]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Chilean President Gabriel Boric met Peruvian President Pedro Castillo in Lima on "
            "Monday. The two leaders agreed to set up a joint commission on fisheries.",
            {("CHL", "PER"), ("PER", "CHL")},
        ),
        (
            "Chile and Peru held talks in Lima. Both sides agreed to set up a joint commission.",
            {("CHL", "PER"), ("PER", "CHL")},
        ),
    ],
)
def test_the_two_leaders_are_the_two_named_before(analyse, text: str, pair: set) -> None:
    article = Article(id="t", hash="", origin="t", kind="text", text=text)
    analysis = analyse(text)
    found = find_events(article, analysis, find_entities(article, analysis), None)
    agreed = {
        (e.source.country, e.target.country)
        for e in found
        if e.type == "AGREE" and e.source and e.target
    }
    assert agreed == pair


def roles_of(analyse, text: str) -> tuple[str, str | None, str | None]:
    """Type, source country and target country of the first factual event."""
    event = first_factual(events_of(analyse, text))
    return (
        event.type,
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    )


def test_addressee_preposition_beats_a_purpose_phrase(analyse) -> None:
    # "for fodder" comes first in the preposition table order; "to Japan" is the addressee
    assert roles_of(analyse, "Mongolia appealed to Japan for emergency fodder.") == (
        "REQUEST", "MNG", "JPN")


def test_two_word_preposition_names_what_is_left(analyse) -> None:
    assert roles_of(analyse, "Armenia pulled its peacekeepers out of Lebanon.") == (
        "RETREAT", "ARM", "LBN")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Downing Street welcomed the Irish proposal.", "GBR"),  # seat of two words
        ("Bosnian Croat leaders rejected the Serbian proposal.", "BIH"),  # not Croatia
        ("Turkish Cypriot officials accused Greece of provocation.", "CYP"),  # not Turkey
        ("Soviet troops withdrew from Hungary.", "RUS"),  # former state, successor's code
        ("Taliban fighters attacked a Pakistani border post.", "AFG"),  # named group
        ("King Fahd praised Egypt for its support.", "SAU"),  # title before a known name
        ("The Clinton administration criticised Cuba's leaders.", "USA"),  # known body
    ],
)
def test_names_of_several_words_groups_and_titles_give_the_source(
    analyse, text: str, source: str
) -> None:
    assert roles_of(analyse, text)[1] == source


def test_capitalised_word_before_a_common_noun_is_not_a_surname(analyse) -> None:
    # "Riot" is spanned as a person by the model; it must not be looked up as a surname
    event = first_factual(events_of(analyse, "Riot police fired tear gas at protesters."))
    assert event.source is not None and event.source.country is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran massed troops on its frontier with Afghanistan.", ("MOBILIZE", "IRN", "AFG")),
        ("Greece deployed soldiers near the Turkish border.", ("MOBILIZE", "GRC", "TUR")),
    ],
)
def test_a_border_names_the_country_on_its_other_side(analyse, text: str, expected) -> None:
    assert roles_of(analyse, text) == expected


def test_actor_with_a_country_inside_the_object_beats_a_bare_one(analyse) -> None:
    # "militants" has no country; the place they are in does
    assert roles_of(analyse, "Chad vowed to strike militants in Sudan.")[1:] == ("TCD", "SDN")


def test_coordinated_parties_of_a_joint_act_are_each_others_target(analyse) -> None:
    events = events_of(analyse, "Chile and Argentina agreed on the Patagonia question.")
    assert dyads([e for e in events if e.type == "AGREE"]) == {("CHL", "ARG"), ("ARG", "CHL")}


def test_travelling_for_talks_is_hosted_where_one_arrives(analyse) -> None:
    assert roles_of(analyse, "The Indian foreign minister arrived in Dhaka for talks.") == (
        "CONSULT", "IND", "BGD")
    home = events_of(analyse, "The Bangladeshi foreign minister arrived in Dhaka for talks.")
    assert all(e.target is None or e.target.country != "BGD" for e in home)


def test_party_named_through_a_quantity_of_talks(analyse) -> None:
    assert roles_of(analyse, "Portugal held two rounds of talks with Angola.") == (
        "CONSULT", "PRT", "AGO")


def test_party_named_in_a_clause_on_the_object(analyse) -> None:
    assert roles_of(analyse, "Kenya's president accepted an invitation to visit Ghana.")[1:] == (
        "KEN", "GHA")


def test_domestic_body_lends_its_country_to_a_bare_domestic_target(analyse) -> None:
    assert roles_of(analyse, "Egyptian police detained dozens of opposition activists.") == (
        "COERCE", "EGY", "EGY")
    # armed forces do not: whose rebels they fight is not said
    assert roles_of(analyse, "Ugandan troops killed twelve rebels.")[2] is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United Nations urged Sudan to disarm the militias.", "SDN"),
        ("NATO warned Serbia against attacking Kosovo.", "SRB"),
    ],
)
def test_international_organisations_get_no_country(analyse, text: str, target: str) -> None:
    event = first_factual(events_of(analyse, text))
    assert event.source is not None and event.source.country is None
    assert event.target.country == target


def test_lexicon_spellings_of_known_names_and_former_states() -> None:
    lex = lexicon()
    assert lex.known_name("Kim Young-sam") == "KOR"  # the tables spell hyphens as spaces
    assert lex.country("East Timor") == "TLS"  # a former code mapped to its ISO successor
    assert lex.country("Czechoslovakia") == "CZE"
    assert lex.named_actor("Hezbollah") == "LBN"  # a named group
    assert lex.named_group("Hezbollah") == "LBN"
    assert lex.named_group("Clinton") is None  # groups never guess from a surname


def test_a_surname_shared_across_countries_names_nobody() -> None:
    lex = lexicon()
    # the full name is known; the surname alone also belongs to a namesake elsewhere
    assert lex.named_actor("Pedro Sanchez") == "ESP"
    assert lex.named_actor("Sanchez") is None
    assert lex.named_actor("Zelensky") == "UKR"


def test_international_bodies_have_no_country_in_the_tables() -> None:
    lex = lexicon()
    for name in ("the United Nations", "NATO", "the European Union", "the Arab League", "EU"):
        assert lex.country(name) is None and lex.named_actor(name) is None


def test_a_statements_venue_is_not_its_target(analyse) -> None:
    events = events_of(
        analyse, "The Chilean minister denounced the tariffs at a press briefing in Madrid."
    )
    assert all(e.target is None or e.target.country != "ESP" for e in events)


def test_the_issuer_of_a_text_is_its_source(analyse) -> None:
    text = "The communique, released by the Moroccan palace, accused Algeria of provocation."
    assert roles_of(analyse, text)[1:] == ("MAR", "DZA")


def test_the_object_of_an_appeal_does_the_act_appealed_for(analyse) -> None:
    events = events_of(analyse, "Brazil urged Paraguay to release the detained farmers.")
    released = [e for e in events if e.trigger.text == "release"]
    assert released and all(e.source.country == "PRY" for e in released)


def test_the_purpose_names_the_target_before_the_place(analyse) -> None:
    text = "Hundreds of Kenyans took to the streets of Mombasa to protest against Ugandan tariffs."
    assert roles_of(analyse, text) == ("PROTEST", "KEN", "UGA")


def test_the_giver_of_what_is_received_is_the_source(analyse) -> None:
    text = "Nepal received 40 million dollars in flood aid from India."
    assert roles_of(analyse, text) == ("AID", "IND", "NPL")
    # accepting a proposal stays the subject's own act
    assert roles_of(analyse, "Iraq accepted a proposal from Russia.")[1:] == ("IRQ", "RUS")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The head of the Kurdish regional government in Iraq criticised Turkey.", "IRQ"),
        ("The spokesman of the Afghan delegation rejected the Pakistani offer.", "AFG"),
    ],
)
def test_a_role_of_a_body_takes_the_bodys_country(analyse, text: str, source: str) -> None:
    assert roles_of(analyse, text)[1] == source


def test_a_patron_is_not_the_actors_country(analyse) -> None:
    events = events_of(analyse, "Russian-backed separatists shelled Ukrainian army positions.")
    shelled = [e for e in events if e.trigger.text == "shelled"]
    assert shelled and shelled[0].source.country != "RUS"
    assert shelled[0].target.country == "UKR"


def test_a_go_between_acts_towards_both_parties(analyse) -> None:
    events = events_of(analyse, "Norway mediated between Colombia and the rebels.")
    assert events and events[0].source.country == "NOR"
    assert events[0].target.country == "COL"


def test_a_warning_about_ones_own_retaliation_targets_the_other_side(analyse) -> None:
    text = "The Indian army chief warned that New Delhi would respond to any Chinese incursion."
    assert roles_of(analyse, text)[1:] == ("IND", "CHN")


def test_an_explicit_nationality_beats_a_known_title(analyse) -> None:
    # "Secretary of State" alone is known as a US office; "Canadian" says otherwise
    text = "The Canadian Secretary of State for Asia criticised the Chinese decision."
    assert roles_of(analyse, text)[1:] == ("CAN", "CHN")


def test_an_act_as_subject_names_the_parties(analyse) -> None:
    text = "The talks between Greece and North Macedonia resumed on Tuesday."
    events = events_of(analyse, text)
    assert events and (events[0].source.country, events[0].target.country) == ("GRC", "MKD")


def test_a_subject_standing_for_its_reporter_is_not_a_second_party(analyse) -> None:
    text = "The Bolivian president said his government was ready to sign a gas deal with Peru."
    events = events_of(analyse, text)
    assert all(e.target is None or e.target.country != "BOL" for e in events)
    assert any(e.target and e.target.country == "PER" for e in events)


def test_aid_given_in_a_place_goes_to_its_country(analyse) -> None:
    assert roles_of(analyse, "Jordan sent medicine to civilians in Iraq.") == ("AID", "JOR", "IRQ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul accused the North of jamming GPS signals.", ("KOR", "PRK")),
        ("North Korea warned the South against holding the drills.", ("PRK", "KOR")),
    ],
)
def test_a_half_of_a_divided_country_named_by_the_sentence(analyse, text, expected) -> None:
    assert roles_of(analyse, text)[1:] == expected


def test_the_south_without_a_divided_country_is_no_country(analyse) -> None:
    events = events_of(analyse, "Brazilian farmers accused the South of dumping cheap grain.")
    assert all(e.target is None or e.target.country is None for e in events)


def first_dyad(analyse, text: str, event_type: str) -> tuple[str | None, str | None]:
    """Source and target countries of the first event of ``event_type``, with the actors
    stage's entities as in the pipeline."""
    article = Article(id="t", hash="", origin="t", kind="text", text=text)
    analysis = analyse(text)
    found = [e for e in find_events(article, analysis, find_entities(article, analysis), None)
             if e.type == event_type]
    assert found, f"no {event_type} event in {text!r}"
    event = found[0]
    return (event.source.country if event.source else None,
            event.target.country if event.target else None)


@pytest.mark.parametrize(
    ("text", "event_type", "dyad"),
    [
        ("Nigerian students rallied in front of the Ghanaian embassy in Abuja.", "PROTEST",
         ("NGA", "GHA")),
        ("Chilean students staged a protest outside the Argentine consulate.", "PROTEST",
         ("CHL", "ARG")),
    ],
)
def test_where_a_protest_is_held_names_its_target(analyse, text, event_type, dyad) -> None:
    assert first_dyad(analyse, text, event_type) == dyad


def test_prisoners_held_by_someone_point_at_the_holder(analyse) -> None:
    text = "Colombia demanded the release of all prisoners held by Venezuela."
    assert first_dyad(analyse, text, "REQUEST") == ("COL", "VEN")


@pytest.mark.parametrize(
    ("text", "event_type", "dyad"),
    [
        ("Morocco threatened to cut gas supplies if Spain backed the plan.", "THREATEN",
         ("MAR", "ESP")),
        ("Hungary refused to ratify the treaty unless Romania changed its language law.",
         "REJECT", ("HUN", "ROU")),
    ],
)
def test_a_condition_names_whom_a_threat_or_refusal_is_aimed_at(
    analyse, text, event_type, dyad
) -> None:
    assert first_dyad(analyse, text, event_type) == dyad


def test_a_threat_is_never_aimed_at_the_threatener_by_its_own_condition(analyse) -> None:
    text = "Moscow threatened to cut gas supplies if Russian firms lost their contracts."
    assert first_dyad(analyse, text, "THREATEN")[1] is None


def test_an_act_as_subject_gives_its_target(analyse) -> None:
    text = "The Ethiopian bombardment of Eritrean towns killed nine civilians."
    assert first_dyad(analyse, text, "ASSAULT") == ("ETH", "ERI")


def test_what_a_joint_complement_acts_on_is_no_party(analyse) -> None:
    events = events_of(analyse, "Laos and Vietnam agreed to deploy border guards along the river.")
    agreed = dyads([e for e in events if e.type == "AGREE"])
    assert agreed == {("LAO", "VNM"), ("VNM", "LAO")}


def test_a_joint_act_keeps_a_partner_named_by_its_object(analyse) -> None:
    events = events_of(analyse, "Mali and Niger met a delegation of Algerian mediators.")
    assert ("MLI", "DZA") in dyads([e for e in events if e.type == "CONSULT"])


def test_a_joint_topic_names_the_partner_after_with(analyse) -> None:
    text = "Japan voiced willingness to improve relations with North Korea."
    assert first_dyad(analyse, text, "AGREE") == ("JPN", "PRK")


def test_congo_alone_names_no_country(analyse) -> None:
    assert first_dyad(analyse, "Angola accused Congo of harbouring separatists.",
                      "ACCUSE") == ("AGO", None)
    assert first_dyad(analyse, "Angola accused the Democratic Republic of Congo of "
                      "harbouring separatists.", "ACCUSE") == ("AGO", "COD")


def test_codes_outside_iso_are_no_country() -> None:
    assert lexicon().country("Kosovo") is None
    assert lexicon().country("Kinshasa") == "COD"


def test_the_speakers_own_forces_in_a_denial_point_past_themselves(analyse) -> None:
    text = "Turkey denied that its jets had bombed Iraqi villages."
    assert first_dyad(analyse, text, "REJECT") == ("TUR", "IRQ")


def test_drills_around_a_country_are_aimed_at_it(analyse) -> None:
    text = "Turkey held military exercises around Cyprus."
    assert first_dyad(analyse, text, "MOBILIZE") == ("TUR", "CYP")


def test_who_is_helped_to_act_is_the_target(analyse) -> None:
    text = "Norway offered to help Sri Lanka rebuild its fishing fleet."
    assert first_dyad(analyse, text, "AGREE") == ("NOR", "LKA")


def test_closing_ones_own_embassy_acts_on_the_host(analyse) -> None:
    text = "Norway closed its embassy in Kabul."
    assert first_dyad(analyse, text, "SANCTION") == ("NOR", "AFG")


def test_a_known_insurgent_group_has_its_home_country(analyse) -> None:
    text = "Al-Shabaab fighters attacked an Ethiopian convoy."
    assert first_dyad(analyse, text, "ASSAULT") == ("SOM", "ETH")


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Chilean nurses went on strike against the government's pension plans.",
         ("CHL", "CHL")),
        ("Polish farmers blocked roads in protest against the government's grain policy.",
         ("POL", "POL")),
    ],
)
def test_a_protest_against_a_bare_government_is_at_home(analyse, text, dyad) -> None:
    assert first_dyad(analyse, text, "PROTEST") == dyad


def test_a_strike_in_the_gaza_strip_hits_palestine(analyse) -> None:
    text = "Egyptian troops fired on smugglers in the Gaza Strip."
    assert first_dyad(analyse, text, "ASSAULT") == ("EGY", "PSE")


@pytest.mark.parametrize(
    ("text", "event_type", "dyad"),
    [
        ("Turkey demanded the release of Turkish sailors held in Libya.", "REQUEST",
         ("TUR", "LBY")),
        ("Russia criticised the treatment of Russian speakers in Latvia.", "ACCUSE",
         ("RUS", "LVA")),
        # at home, one's own nationals stay the target
        ("Kenyan police arrested Kenyan activists in Nairobi.", "COERCE", ("KEN", "KEN")),
    ],
)
def test_own_nationals_abroad_stand_for_where_they_are(
    analyse, text, event_type, dyad
) -> None:
    assert first_dyad(analyse, text, event_type) == dyad


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean and Peruvian leaders discussed the US presence in the region.",
     {("CHL", "PER"), ("PER", "CHL")}),
    ("Chile discussed Bolivian gas with Argentina.", {("CHL", "ARG")}),
    ("Chile discussed Bolivian gas.", {("CHL", None)}),
    ("Chilean and Peruvian ministers met Bolivian officials.", {("CHL", "BOL"), ("PER", "BOL")}),
])
def test_what_is_discussed_is_a_topic_not_a_party(analyse, text: str, expected: set) -> None:
    assert dyads(events_of(analyse, text)) == expected


def with_entities(analyse, text: str) -> list[Event]:
    article = Article(id="t", hash="", origin="test", kind="text", text=text)
    analysis = analyse(text)
    return find_events(article, analysis, find_entities(article, analysis), None)


@pytest.mark.parametrize("text", [
    "Iran condemned the Fallujah review panel.",
    "Syria condemned the Lebanon inquiry.",
])
def test_a_place_naming_a_bodys_topic_gives_it_no_country(analyse, text: str) -> None:
    event = first_factual(events_of(analyse, text))
    assert event.type == "ACCUSE" and event.source.country in ("IRN", "SYR")
    assert event.target is None or event.target.country is None


def test_a_country_or_nationality_still_names_a_bodys_party(analyse) -> None:
    senate = first_factual(events_of(analyse, "Russia criticised the United States Senate "
                                              "committee."))
    assert senate.target.country == "USA"
    officials = first_factual(events_of(analyse, "Beijing officials met the American trade "
                                                 "delegation."))
    assert (officials.source.country, officials.target.country) == ("CHN", "USA")


def test_a_persons_name_that_is_a_country_gives_no_country(analyse) -> None:
    event = first_factual(with_entities(analyse, "Senator Chad Morrow criticised the Saudi "
                                                 "government."))
    assert (event.source.country, event.target.country) == (None, "SAU")
    known = first_factual(with_entities(analyse, "President Clinton praised King Hussein "
                                                 "for his courage."))
    assert (known.source.country, known.target.country) == ("USA", "JOR")


def test_a_person_named_in_full_is_not_a_known_namesake(analyse) -> None:
    # The tables know a Canadian Peterson; Dana Peterson, a senator, is someone else.
    text = "Senator Dana Peterson spoke in Denver. Peterson criticised the Saudi government."
    events = [e for e in with_entities(analyse, text) if e.source and e.source.text == "Peterson"]
    assert events and events[0].source.country is None
    # with no full name in the article, the surname still points to the known person
    alone = first_factual(with_entities(analyse, "Peterson criticised the Saudi government."))
    assert alone.source.country == "CAN"


def test_a_visit_to_a_town_at_home_is_no_act_between_parties(analyse) -> None:
    home = with_entities(analyse, "President Obama's visit to Cleveland drew a large crowd.")
    assert [e for e in home if e.type == "CONSULT"] == []
    abroad = with_entities(analyse, "President Obama's visit to Havana drew a large crowd.")
    assert [(e.source.country, e.target.country) for e in abroad if e.type == "CONSULT"] == [
        ("USA", "CUB")]


@pytest.mark.parametrize("text", [
    "The French president left office in May.",
    "The Dutch prime minister went even further in a radio interview.",
    "The Danish foreign minister dominated the news all week.",
])
def test_talks_trips_and_force_with_no_counterpart_are_no_events(analyse, text: str) -> None:
    assert [e for e in with_entities(analyse, text) if not e.negated and not e.hypothetical] == []


def test_a_counterpart_the_parser_missed_or_an_armed_doer_keeps_the_act(analyse) -> None:
    call = with_entities(
        analyse,
        "The Algerian minister discussed the crisis by telephone with his French counterpart.",
    )
    assert [(e.type, e.source.country) for e in call] == [("CONSULT", "DZA")]
    raid = with_entities(analyse, "Danish troops attacked at dawn.")
    assert [(e.type, e.source.country) for e in raid] == [("ASSAULT", "DNK")]


@pytest.mark.parametrize("text", [
    "The American envoy handled the data for the Justice Department.",
    "The Swiss banker handled the accounts of the Geneva firm.",
])
def test_cooperation_by_a_vague_verb_needs_a_second_country(analyse, text: str) -> None:
    assert [e for e in with_entities(analyse, text) if e.type == "COOPERATE"] == []
    abroad = with_entities(analyse, "Ghana cooperated with Ivory Coast in the search.")
    assert [(e.source.country, e.target.country) for e in abroad if e.type == "COOPERATE"] == [
        ("GHA", "CIV")]


def test_a_blessing_is_no_act_but_a_leaders_blessing_is(analyse) -> None:
    assert with_entities(analyse, "And God bless America.") == []
    blessed = with_entities(analyse, "The Pope blessed the Syrian refugees.")
    assert [(e.type, e.target.country) for e in blessed] == [("SUPPORT", "SYR")]


def test_a_promise_to_no_one_is_an_intent_only_from_a_state(analyse) -> None:
    promise = with_entities(analyse, "Senator Ruth Ames of Ohio pledged to bring the jobs back.")
    assert [e for e in promise if not e.negated and not e.hypothetical] == []
    offer = with_entities(analyse, "Moscow offered to pull back its forces from the border.")
    assert [(e.type, e.source.country) for e in offer if not e.hypothetical] == [
        ("AGREE", "RUS")]


@pytest.mark.parametrize("text", [
    "Germany received support from France for the plan.",
    "Germany won backing from France for its bid.",
])
def test_support_received_comes_from_the_giver(analyse, text: str) -> None:
    event = first_factual(events_of(analyse, text))
    assert (event.type, event.source.country, event.target.country) == ("SUPPORT", "FRA", "DEU")
