from __future__ import annotations

import pytest

from communique.model import Page
from communique.structure.furniture import Furniture, furniture_key, generic_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share Tweet Email", "widget"),
        ("Print | Comment (14)", "widget"),
        ("Listen to audio", "widget"),
        ("Copy link", "widget"),
        ("Text size A A A", "widget"),
        ("Register to reply", "widget"),
        ("ShareEmailPrint", "widget"),
        ("• • •", "decoration"),
        ("World · Business · Science and Health · Opinion", "navigation"),
        ("Get the latest breaking news alerts straight to your phone", "promo"),
        ("Never miss an update again: join our WhatsApp channel today", "promo"),
        ("Subscribe now for unlimited access to local journalism", "promo"),
        ("Sign up for our free morning briefing", "promo"),
        ("This site uses cookies to personalise content.", "cookie notice"),
        ("© 2024 Northern Ledger Ltd", "image credit"),
        ("Copyright 2019 The Daily Beacon", "legal notice"),
        ("Terms of use · Privacy policy", "legal notice"),
        ("Photo: A crowd outside the court / Northern Ledger", "image credit"),
        ("Children wait at a bus stop in the rain. Getty Images", "image credit"),
        ("Story continues below advertisement", "advertisement"),
        ("Image source, Northern Ledger", "image credit"),
        ("Source: Coastal News Service", "image credit"),
        ("Like this story? Share it with a friend!", "promo"),
        ("4 min read", "widget"),
        ("Reading time: 4 minutes", "reading aid"),
        ("By Amelia Hart and Tomasz Nowak", "byline"),
        ("(Reporting by Lena Park; Editing by Sam Oduya)", "byline"),
        ("Comments are closed.", "comments notice"),
    ],
)
def test_generic_furniture(line: str, reason: str) -> None:
    assert generic_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Joint Venture Talks",
        "Read the Room",  # a heading that shares one word with a button
        "No.",
        "The regulator said the company had asked customers to subscribe to its newsletter "
        "before the data breach, a request that investigators now say exposed the addresses "
        "of more than two million people to criminals who sold them on.",
        "Copyright lawsuits filed by three publishers against the start-up were thrown out by "
        "a federal judge on Tuesday.",
        "By the end of the week, the river had risen by two metres.",
        "Опубликовано в понедельник",
    ],
)
def test_text_is_not_furniture(line: str) -> None:
    assert generic_reason(line) is None


def test_line_keys_are_normalised_and_distinct() -> None:
    keys = Furniture.line_keys("Listen\u00a0Live\n  listen live  \n\nA line\r\nA line\n")
    assert keys == {"listen live", "a line"}


def test_short_line_in_two_pages_is_furniture() -> None:
    furniture = Furniture()
    furniture.observe("site", "Morning Edition\nFirst story body.\n")
    assert furniture.reason("site", "Morning Edition") is None
    furniture.observe("site", "Morning Edition\nSecond story body.\n")
    reason = furniture.reason("site", "Morning  Edition")
    assert reason is not None and "2 of 2 pages" in reason
    assert furniture.reason("other-site", "Morning Edition") is None


def test_page_counts_each_line_once() -> None:
    furniture = Furniture()
    furniture.observe("site", "Back Issues\nBack Issues\nBack Issues\n")
    assert furniture.reason("site", "Back Issues") is None


def test_headline_needs_three_pages() -> None:
    furniture = Furniture()
    headline = "Harbour Authority Approves New Ferry Terminal Plan"
    for n in range(2):
        furniture.observe("site", f"{headline}\nBody {n}.")
    assert furniture.reason("site", headline) is None
    furniture.observe("site", f"{headline}\nBody 3.")
    assert furniture.reason("site", headline) is not None


def test_recurring_sentence_needs_many_pages_and_half_of_them() -> None:
    background = (
        "The harbour authority has been under pressure since two ferry operators left the port."
    )
    furniture = Furniture()
    for n in range(4):
        furniture.observe("site", f"{background}\nStory {n}.")
    assert furniture.reason("site", background) is None  # reused by 4 stories: kept
    furniture.observe("site", f"{background}\nStory 5.")
    assert furniture.reason("site", background) is not None  # in 5 of 5 pages
    for n in range(6):
        furniture.observe("site", f"Story {n} has other text.")
    assert furniture.reason("site", background) is None  # 5 of 11 pages: under half


def test_add_counts_merges_stored_counts() -> None:
    furniture = Furniture()
    furniture.add_counts("site", {"newsroom hotline": 1}, pages=1)
    furniture.observe("site", "Newsroom Hotline\nBody.")
    assert furniture.pages("site") == 2
    assert furniture.counts("site")["newsroom hotline"] == 2
    assert furniture.reason("site", "Newsroom Hotline") is not None


@pytest.mark.parametrize(
    ("page", "key"),
    [
        (Page(origin="a.txt", raw=b"x", kind="text", source="Ledger"), "Ledger"),
        (
            Page(origin="a.txt", raw=b"x", kind="text", url="https://www.ledger.example/a"),
            "ledger.example",
        ),
        (Page(origin="/data/ledger/a.txt", raw=b"x", kind="text"), "/data/ledger"),
        (Page(origin="/data/crawl.warc#record-3", raw=b"x", kind="html"), "/data"),
        (Page(origin="/data/feed.jsonl:12", raw=b"x", kind="text"), "/data"),
    ],
)
def test_furniture_key(page: Page, key: str) -> None:
    assert furniture_key(page) == key
