"""Roles of lines by shape and position, on pages written for these tests."""

from __future__ import annotations

import pytest

from communique.errors import NoText
from communique.model import Article, Page
from communique.structure import build_article


def build(text: str, **page_fields: object) -> Article:
    page = Page(origin="mem.txt", raw=text.encode(), kind="text", **page_fields)
    return build_article(page, text, None)


BODY_1 = "The port authority said on Monday that it would dredge the harbour entrance next spring."
BODY_2 = (
    "Shipping companies had complained for years that larger vessels could not enter at low tide."
)
BODY_3 = "The work is expected to cost about 40 million dollars and take five months."


def test_heading_followed_by_body_is_a_heading() -> None:
    article = build(f"{BODY_1}\n\nWhat Happens Next\n\n{BODY_2}\n\n{BODY_3}\n")
    assert [(h.text, h.before_paragraph) for h in article.headings] == [("What Happens Next", 1)]
    assert len(article.paragraphs) == 3
    assert "What Happens Next" not in article.text


def test_short_body_sentence_is_not_a_heading() -> None:
    article = build(f"{BODY_1}\n\nNobody objected.\n\n{BODY_2}\n")
    assert article.headings == []
    assert [p.text for p in article.paragraphs][1] == "Nobody objected."


def test_quotation_line_without_full_stop_is_body() -> None:
    article = build(f"{BODY_1}\n\n\u201cWe Will Not Give Up the Harbour\u201d\n\n{BODY_2}")
    assert article.headings == []
    assert len(article.paragraphs) == 3


def test_title_case_question_is_a_heading_but_a_plain_question_is_body() -> None:
    article = build(
        f"{BODY_1}\n\nWho Pays for It?\n\n{BODY_2}\n\nBut who will pay for it?\n\n{BODY_3}"
    )
    assert [h.text for h in article.headings] == ["Who Pays for It?"]
    assert "But who will pay for it?" in article.text


def test_title_line_before_body() -> None:
    article = build(f"Harbour to Be Dredged Next Spring\n\n{BODY_1}\n\n{BODY_2}")
    assert article.title == "Harbour to Be Dredged Next Spring"
    assert article.paragraphs[0].text == BODY_1


def test_site_name_above_the_headline_is_not_the_title() -> None:
    text = f"The Coastal Observer Online\nHarbour to Be Dredged Next Spring\n\n{BODY_1}\n\n{BODY_2}"
    article = build(text)
    assert article.title == "Harbour to Be Dredged Next Spring"
    assert ("The Coastal Observer Online", "before body") in [
        (d.text, d.reason) for d in article.dropped
    ]


def test_page_without_title_gets_none_not_a_sentence() -> None:
    assert build(f"{BODY_1}\n\n{BODY_2}").title is None


def test_title_given_by_input_wins_and_its_line_is_dropped() -> None:
    article = build(f"Dredging Plan\n\n{BODY_1}\n\n{BODY_2}", title="Dredging Plan")
    assert article.title == "Dredging Plan"
    assert "Dredging Plan" not in article.text


def test_related_block_and_tag_line_after_body() -> None:
    text = (
        f"{BODY_1}\n\n{BODY_2}\n\n\n"
        "Fishermen Fear Dredging Will Harm Spawning Grounds\n"
        "Port Traffic Hits Record High in Third Quarter\n"
        "Harbour, dredging, shipping, port authority\n"
    )
    article = build(text)
    assert [r.headline for r in article.related] == [
        "Fishermen Fear Dredging Will Harm Spawning Grounds",
        "Port Traffic Hits Record High in Third Quarter",
    ]
    assert article.tags == ["Harbour", "dredging", "shipping", "port authority"]
    assert article.paragraphs[-1].text == BODY_2


def test_page_with_no_related_block_keeps_its_last_paragraph() -> None:
    article = build(f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n")
    assert article.related == [] and article.tags == []
    assert article.paragraphs[-1].text == BODY_3


def test_headline_with_commas_is_related_not_tags() -> None:
    text = (
        f"{BODY_1}\n\n{BODY_2}\n\n"
        "Tugs, Pilots, Cranes: How a Modern Port Works at Night\n"
        "Port Strike Ends, but Backlog Will Take Weeks to Clear\n"
    )
    article = build(text)
    assert len(article.related) == 2 and article.tags == []


def test_sentence_with_commas_stays_body() -> None:
    sentence = "The cargo included grain, timber, steel, and machinery."
    article = build(f"{BODY_1}\n\n{sentence}\n\n{BODY_2}")
    assert article.tags == []
    assert article.paragraphs[1].text == sentence


def test_labelled_tag_line() -> None:
    article = build(f"{BODY_1}\n\n{BODY_2}\n\nKeywords: ports; maritime law\n")
    assert article.tags == ["ports", "maritime law"]


def test_inline_read_more_is_related() -> None:
    article = build(f"{BODY_1}\n\nREAD MORE: Port Strike Ends After Nine Days\n\n{BODY_2}")
    assert [r.headline for r in article.related] == ["Port Strike Ends After Nine Days"]
    assert "Port Strike" not in article.text


def test_short_list_in_the_body_stays_body() -> None:
    items = "Dredging the entrance\nWidening the turning basin\nNew mooring posts"
    article = build(f"{BODY_1}\n\n{items}\n\n{BODY_2}")
    assert article.headings == []
    assert "Widening the turning basin" in article.text


def test_dateline_split_off_the_first_body_paragraph() -> None:
    article = build(f"HALIFAX (CNS) — {BODY_1}\n\n{BODY_2}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("HALIFAX", "CNS")
    assert article.paragraphs[0].text == BODY_1


def test_page_of_only_short_lines_keeps_them_as_body() -> None:
    article = build("Harbour Notes\nTide Tables Revised\nBerth Seven Closed")
    assert [p.text for p in article.paragraphs] == [
        "Harbour Notes",
        "Tide Tables Revised",
        "Berth Seven Closed",
    ]
    assert article.title is None


def test_page_of_furniture_only_has_no_text() -> None:
    with pytest.raises(NoText):
        build("Share Tweet Email\nAdvertisement\n\u00a9 2022 Someone\n")


def test_published_field_used_when_page_has_no_timestamp_line() -> None:
    article = build(f"{BODY_1}\n\n{BODY_2}", published="2022-03-01T08:00:00Z")
    assert article.timestamp is not None
    assert article.timestamp.value == "2022-03-01T08:00:00+00:00"


def test_language_guess() -> None:
    assert build(f"{BODY_1}\n\n{BODY_2}").language == "en"
    german = "Der Hafen wird im nächsten Frühjahr ausgebaggert, teilte die Behörde am Montag mit."
    assert build(f"{german}\n\n{german}").language is None
    french = "Le port sera dragué au printemps prochain, a annoncé lundi l'autorité portuaire."
    assert build(f"{french}\n\n{french}").language is None


def test_wrapped_page_keeps_related_headlines_apart() -> None:
    text = (
        "The port authority said on Monday that it would dredge the harbour\n"
        "entrance next spring, after years of complaints from shipping lines\n"
        "that larger vessels could not enter the port at low tide.\n\n"
        "The work is expected to cost about forty million dollars and to take\n"
        "five months, during which the entrance will close for two weekends.\n\n"
        "Fishermen Fear Dredging Will Harm the Spawning Grounds\n"
        "Port Traffic Hits Record High in the Third Quarter\n"
    )
    article = build(text)
    assert len(article.paragraphs) == 2
    assert [r.headline for r in article.related] == [
        "Fishermen Fear Dredging Will Harm the Spawning Grounds",
        "Port Traffic Hits Record High in the Third Quarter",
    ]


def test_update_line_inside_body_is_not_a_heading() -> None:
    article = build(f"{BODY_1}\n\nUpdated 9 May 2022, 14:05\n\n{BODY_2}")
    assert article.headings == []
    assert ("Updated 9 May 2022, 14:05", "timestamp below the top") in [
        (d.text, d.reason) for d in article.dropped
    ]
    assert article.timestamp is None
