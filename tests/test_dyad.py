"""Dyad series: counts and mean Goldstein per period and direction, facts only."""

from __future__ import annotations

import pytest

from communique.dyad import dyad_series, render_dyad_table


def event(kind: str, src: str, tgt: str, score: float, day: str, **flags: bool) -> dict:
    return {"type": kind, "source_country": src, "target_country": tgt, "goldstein": score,
            "date": day, "negated": flags.get("negated", False),
            "hypothetical": flags.get("hypothetical", False)}


EVENTS = [
    event("CONSULT", "FRA", "DEU", 1.0, "2021-03-02"),
    event("CONSULT", "DEU", "FRA", 1.0, "2021-03-02"),
    event("AGREE", "FRA", "DEU", 4.0, "2021-03-20"),
    event("ACCUSE", "DEU", "FRA", -2.0, "2021-04-01"),
    event("ASSAULT", "FRA", "DEU", -10.0, "2021-04-02", negated=True),
    event("AID", "FRA", "DEU", 7.4, "2021-04-03", hypothetical=True),
    event("CONSULT", "FRA", "ITA", 1.0, "2021-03-05"),
    event("CONSULT", "FRA", "DEU", 1.0, None),
]


def test_counts_and_means_per_month_and_direction() -> None:
    series = dyad_series(EVENTS, "fra", "deu")
    rows = {(r["period"], r["direction"]): r for r in series["periods"]}
    assert set(rows) == {("2021-03", "FRA->DEU"), ("2021-03", "DEU->FRA"),
                         ("2021-04", "DEU->FRA")}
    march = rows[("2021-03", "FRA->DEU")]
    assert march["count"] == 2 and march["types"] == {"AGREE": 1, "CONSULT": 1}
    assert march["mean_goldstein"] == 2.5
    assert rows[("2021-04", "DEU->FRA")]["mean_goldstein"] == -2.0


def test_negated_and_hypothetical_events_never_count() -> None:
    series = dyad_series(EVENTS, "FRA", "DEU", by="year")
    totals = {r["direction"]: r["count"] for r in series["periods"]}
    assert totals == {"DEU->FRA": 2, "FRA->DEU": 2}


def test_by_day_and_bad_period() -> None:
    assert len(dyad_series(EVENTS, "FRA", "DEU", by="day")["periods"]) == 4
    with pytest.raises(ValueError):
        dyad_series(EVENTS, "FRA", "DEU", by="week")


def test_rendered_table_lists_every_row() -> None:
    table = render_dyad_table(dyad_series(EVENTS, "FRA", "DEU"))
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["period", "direction"]
    assert len(lines) == 2 + 3
    assert "FRA->DEU" in table and "+2.50" in table and "AGREE 1, CONSULT 1" in table
    assert render_dyad_table(dyad_series([], "FRA", "DEU")) == "no events between FRA and DEU"
