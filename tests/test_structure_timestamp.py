from __future__ import annotations

import pytest

from communique.structure.timestamp import parse_date_value, parse_timestamp


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("12:34 GMT08 August 2020", "2020-08-08T12:34:00+00:00"),
        ("07:05 GMT21 March 2019", "2019-03-21T07:05:00+00:00"),
        ("08.08.2020 12:34", "2020-08-08T12:34:00"),
        ("August 8, 2020 12:34 PM", "2020-08-08T12:34:00"),
        ("March 3, 2021 12:10 AM", "2021-03-03T00:10:00"),
        ("Updated: 2020-08-08T12:34:00Z", "2020-08-08T12:34:00+00:00"),
        ("Published 8 Aug 2020, 12:34 BST", "2020-08-08T12:34:00+01:00"),
        ("Mon 10 Aug 2020 09.15 EDT", "2020-08-10T09:15:00-04:00"),
        ("12/25/2021 3:05 pm GMT+3", "2021-12-25T15:05:00+03:00"),
        ("2019-05-01 08:00 +0300", "2019-05-01T08:00:00+03:00"),
        ("Last updated: Monday, August 10, 2020 09:15 AM EDT", "2020-08-10T09:15:00-04:00"),
        ("Posted on 3rd March 2019", "2019-03-03"),
        ("17/04/2022", "2022-04-17"),
        ("2022/04/17 21:00 UTC", "2022-04-17T21:00:00+00:00"),
        ("Sept. 9, 2018, 4:30 p.m. MSK", "2018-09-09T16:30:00+03:00"),
        ("1 July 2019 18:00 UTC-5:30", "2019-07-01T18:00:00-05:30"),
    ],
)
def test_timestamp_formats(line: str, value: str) -> None:
    found = parse_timestamp(line)
    assert found is not None
    assert found.raw == line
    assert found.value == value


def test_unknown_zone_gives_local_time_without_offset() -> None:
    found = parse_timestamp("4 May 2021 10:00 XYZ")
    assert found is not None
    assert found.value == "2021-05-04T10:00:00"


@pytest.mark.parametrize(
    "line",
    [
        "Listen Live",
        "Joint Investment Fund",
        "The minister arrived in Tokyo on Friday for talks on trade, 8 August 2020",
        "31 February 2020 10:00",
        "10:45",
        "x" * 200 + " 8 August 2020",
    ],
)
def test_not_a_timestamp_line(line: str) -> None:
    assert parse_timestamp(line) is None


def test_date_value_has_no_length_rule() -> None:
    long_label = "first published in the print edition of the paper on 2 June 2022 at 09:30 CEST"
    assert parse_date_value(long_label) == "2022-06-02T09:30:00+02:00"
    assert parse_date_value("no date here") is None
