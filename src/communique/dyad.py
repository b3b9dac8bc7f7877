"""Dyad view: how two countries acted toward each other over time.

Pure aggregation over stored events (dicts with ``type``, ``source_country``,
``target_country``, ``goldstein``, ``date``, ``negated``, ``hypothetical``): counts by
PLOVER type and mean Goldstein score per period and direction.  Negated and
hypothetical events never count: they did not happen.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

PERIOD_LENGTHS = {"day": 10, "month": 7, "year": 4}  # characters of an ISO date


def _period(iso_date: str | None, by: str) -> str | None:
    if not iso_date or len(iso_date) < PERIOD_LENGTHS[by]:
        return None
    return iso_date[: PERIOD_LENGTHS[by]]


def dyad_series(events: Iterable[dict[str, Any]], a: str, b: str, by: str = "month") -> dict:
    """Aggregate events between countries ``a`` and ``b`` into ``{"a", "b", "by",
    "periods": [{"period", "direction" ("A->B"), "count", "types", "mean_goldstein"}]}``.
    """
    if by not in PERIOD_LENGTHS:
        raise ValueError(f"by must be one of {sorted(PERIOD_LENGTHS)}, not {by!r}")
    a, b = a.upper(), b.upper()
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    for event in events:
        if event.get("negated") or event.get("hypothetical"):
            continue
        direction = (event.get("source_country"), event.get("target_country"))
        if direction not in ((a, b), (b, a)):
            continue
        period = _period(event.get("date"), by)
        if period is None:
            continue
        key = (period, f"{direction[0]}->{direction[1]}")
        types[key][event.get("type") or "?"] += 1
        if event.get("goldstein") is not None:
            scores[key].append(float(event["goldstein"]))
    periods = [
        {
            "period": period,
            "direction": direction,
            "count": sum(types[(period, direction)].values()),
            "types": dict(sorted(types[(period, direction)].items())),
            "mean_goldstein": (round(sum(s) / len(s), 2)
                               if (s := scores[(period, direction)]) else None),
        }
        for period, direction in sorted(types)
    ]
    return {"a": a, "b": b, "by": by, "periods": periods}


def render_dyad_table(series: dict) -> str:
    """A plain-text table of a :func:`dyad_series` result."""
    header = ("period", "direction", "events", "mean Goldstein", "types")
    rows = [
        (row["period"], row["direction"], str(row["count"]),
         "-" if row["mean_goldstein"] is None else f"{row['mean_goldstein']:+.2f}",
         ", ".join(f"{t} {n}" for t, n in row["types"].items()))
        for row in series["periods"]
    ]
    if not rows:
        return f"no events between {series['a']} and {series['b']}"
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
             for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
