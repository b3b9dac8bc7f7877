"""Dates in sentences and document dating (no model needed: dating reads the text)."""

from __future__ import annotations

from datetime import date

import pytest

from communique.model import Article, Timestamp
from communique.timex import date_article, date_clues, find_time_expressions, resolve

ANCHOR = date(2019, 3, 14)  # a Thursday


def only(text: str):
    found = find_time_expressions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "start", "end", "basis_word"),
    [
        ("The ministers met on March 12.", "2019-03-12", None, "absolute"),
        ("Talks were held on 12 March 2018.", "2018-03-12", None, "absolute"),
        ("The summit ran March 11-13 in Oslo.", "2019-03-11", "2019-03-13", "range"),
        ("The envoy arrived on Tuesday.", "2019-03-12", None, "relative"),
        ("Tuesday's talks were short.", "2019-03-12", None, "relative"),
        ("They will sign the deal tomorrow.", "2019-03-15", None, "relative"),
        ("The army withdrew yesterday.", "2019-03-13", None, "relative"),
        ("Earlier in the day the envoy landed.", "2019-03-14", None, "relative"),
        ("Protests spread last week.", "2019-03-04", "2019-03-10", "range"),
        ("Trade fell last month.", "2019-02-01", "2019-02-28", "range"),
    ],
)
def test_each_date_form_resolves_against_the_article_date(
    text: str, start: str, end: str | None, basis_word: str
) -> None:
    ref = resolve(only(text), ANCHOR)
    assert ref is not None
    assert (ref.date, ref.date_end) == (start, end)
    assert basis_word in ref.basis


def test_weekday_of_a_future_clause_counts_forward() -> None:
    ref = resolve(only("The leaders will meet on Saturday."), ANCHOR, future=True)
    assert ref is not None and ref.date == "2019-03-16"


def test_december_read_in_january_is_last_year() -> None:
    ref = resolve(only("The truce began on December 30."), date(2020, 1, 3))
    assert ref is not None and ref.date == "2019-12-30"


def test_impossible_dates_are_ignored() -> None:
    found = find_time_expressions("It happened on February 31 or May 40.")
    assert [m.text for m in found] == ["February 31"]  # day 40 is no date at all
    assert resolve(found[0], ANCHOR) is None  # February has no 31st


def article(text: str, stamp: str | None) -> Article:
    return Article(id="t", hash="", origin="test", kind="text", text=text,
                   timestamp=Timestamp(stamp or "", stamp))


def test_weekday_and_month_day_choose_the_year_before_a_late_timestamp() -> None:
    text = ("The foreign ministers of Chile and Peru met in Lima on March 9. "
            "After Saturday's meeting, talks stalled as they have since 2010.")
    dating = date_article(article(text, "2021-06-30T10:00:00"))
    assert dating is not None
    # March 9 is a Saturday in 2019 (and 2013, before nothing; 2024 is after the stamp)
    assert dating.date == "2019-03-09"
    assert "weekday: Saturday matches 2019-03-09" in dating.basis
    assert "after 2010 (mentioned)" in dating.basis


def test_mentioned_past_year_is_a_lower_bound() -> None:
    text = "Ever since the 2017 accord, the border talks on May 3 have mattered."
    dating = date_article(article(text, "2021-01-10T00:00:00"))
    assert dating is not None and dating.date == "2020-05-03"
    dating = date_article(article("The talks on May 3 mattered.", "2021-01-10T00:00:00"))
    assert dating is not None and dating.date == "2020-05-03"
    late = date_article(article("Since 2020 the talks on May 3 have mattered.",
                                "2021-01-10T00:00:00"))
    assert late is not None and late.date == "2020-05-03"


def test_full_date_in_the_text_wins_over_the_timestamp() -> None:
    dating = date_article(article("The pact was signed on April 2, 2015 in Rabat.",
                                  "2020-01-01T00:00:00"))
    assert dating is not None and dating.date == "2015-04-02"
    assert "absolute" in dating.basis


def test_related_articles_supply_month_day_and_year() -> None:
    text = "During Wednesday's visit the two premiers talked, a first since 2012."
    alone = date_article(article(text, "2022-09-01T00:00:00"))
    assert alone is not None and alone.date == "2022-09-01"
    assert "timestamp" in alone.basis
    helped = date_article(article(text, "2022-09-01T00:00:00"), related_dates=["--11-06"])
    # November 6 is a Wednesday in 2019 (after 2012, before the 2022 timestamp)
    assert helped is not None and helped.date == "2019-11-06"
    assert "related article" in helped.basis
    year = date_article(article("The visit of November 6 went well.", "2022-09-01T00:00:00"),
                        related_dates=["2019-11-06"])
    assert year is not None and year.date == "2019-11-06"


def test_clues_offer_hints_to_related_articles() -> None:
    clues = date_clues(article("Talks on May 3 and a deal on June 1, 2018.", None))
    assert clues.related_hints() == ["2018-06-01", "--05-03"]


def test_no_clue_and_no_timestamp_gives_no_dating() -> None:
    assert date_article(article("The ministers talked.", None)) is None
