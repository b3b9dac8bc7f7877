from __future__ import annotations

import pytest

from communique.structure.dateline import find_dateline, split_dateline


@pytest.mark.parametrize(
    ("paragraph", "raw", "place", "agency", "rest"),
    [
        (
            "WASHINGTON (AP) — The Senate voted.",
            "WASHINGTON (AP) —",
            "WASHINGTON",
            "AP",
            "The Senate voted.",
        ),
        (
            "LONDON, Nov 3 (Reuters) - Shares fell.",
            "LONDON, Nov 3 (Reuters) -",
            "LONDON",
            "Reuters",
            "Shares fell.",
        ),
        ("BERLIN — Talks resumed.", "BERLIN —", "BERLIN", None, "Talks resumed."),
        (
            "SAN JOSE, Calif. (AP) – Fires spread.",
            "SAN JOSE, Calif. (AP) –",
            "SAN JOSE",
            "AP",
            "Fires spread.",
        ),
        (
            'NEW DELHI (PTI) -- "We agree," he said.',
            "NEW DELHI (PTI) --",
            "NEW DELHI",
            "PTI",
            '"We agree," he said.',
        ),
        (
            "ADDIS ABABA, Ethiopia (Xinhua) — 12 people died.",
            "ADDIS ABABA, Ethiopia (Xinhua) —",
            "ADDIS ABABA",
            "Xinhua",
            "12 people died.",
        ),
        (
            "MOSCOW, December 16. /TASS/. Talks went on.",
            "MOSCOW, December 16. /TASS/.",
            "MOSCOW",
            "TASS",
            "Talks went on.",
        ),
        (
            "KYIV/WARSAW (Reuters) - Trains ran.",
            "KYIV/WARSAW (Reuters) -",
            "KYIV/WARSAW",
            "Reuters",
            "Trains ran.",
        ),
    ],
)
def test_datelines_of_other_agencies(
    paragraph: str, raw: str, place: str, agency: str | None, rest: str
) -> None:
    found = split_dateline(paragraph)
    assert found is not None
    dateline, remainder = found
    assert (dateline.raw, dateline.place, dateline.agency) == (raw, place, agency)
    assert remainder == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "NATO - the alliance - said nothing.",
        "The minister — who arrived late — spoke first.",
        "Moscow (Sputnik) — lower-case place names are not datelines here.",
        "UN",
        "COVID-19 cases rose again.",
        "US-Japan talks ended.",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) is None


def test_only_the_first_dateline_of_the_first_paragraphs() -> None:
    paragraphs = [
        "A summary line opens the story.",
        "PARIS (AFP) — The first dateline.",
        "ROME (ANSA) — A second one is text.",
    ]
    found = find_dateline(paragraphs)
    assert found is not None and found[0] == 1 and found[1].place == "PARIS"
    late = ["One.", "Two.", "Three.", "PARIS (AFP) — Too deep in the body."]
    assert find_dateline(late) is None
