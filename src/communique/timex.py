"""Time: when the reported events happened (document dating) and dates in sentences.

Public entry points: :func:`date_article`, :func:`date_clues`, :func:`find_time_expressions`,
:func:`resolve`.

Document dating.  A page's timestamp may be a crawl or update time, years after the
story.  So the timestamp is only an upper bound and a default; the text decides when it
can:

1. a full date with a year in the text ("December 15, 2016") is taken as it is;
2. a month and day without a year ("December 15-16") get the latest year that is not
   after the timestamp, is not before the latest past year the text mentions ("postponed
   since 2014" means later than 2014), and in which the weekday the text names
   ("Thursday's talks") falls on that day;
3. related articles of the same story may pass their dates (``related_dates``: ISO
   ``YYYY-MM-DD`` or a year-less ``--MM-DD``), which supply a month and day or a year
   when the text has none;
4. with only a weekday, the latest such weekday not after a related article's date is
   taken; a weekday alone never moves the page timestamp (it may name a future day).

Every inferred date says why in ``Dating.basis``.  Dates are computed with ``datetime``
only (no per-token parsing library).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from communique.model import Analysis, Article, Dating

# --- vocabulary, by concept ------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# Expressions meaning the day of the article itself, or one day either side.
DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier in the day": 0, "later in the day": 0, "earlier today": 0, "later today": 0,
    "on the same day": 0, "the same day": 0, "tomorrow": 1, "yesterday": -1,
    "the day before": -1, "the next day": 1, "the following day": 1,
}
# Week, month and year expressions relative to the article: name -> step (-1, 0, +1).
PERIOD_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
PERIODS = ("week", "month", "year")
# Years mentioned this far before the timestamp still bound the story (no older history
# like "signed in 1956" is ignored: any past year is a lower bound, we keep the latest).
EARLIEST_YEAR = 1900

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
MONTH_DAY_RANGE_RE = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD}\s*(?:-|–|—|to|and|through)\s*(\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
MONTH_DAY_RE = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD}\b(?:,?\s+(\d{{4}}))?",
                          re.IGNORECASE)
DAY_MONTH_RE = re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})\b(?:,?\s+(\d{{4}}))?",
                          re.IGNORECASE)
WEEKDAY_RE = re.compile(rf"\b({'|'.join(WEEKDAYS)})(?:'s|’s)?\b", re.IGNORECASE)
DAY_OFFSET_RE = re.compile(
    rf"\b({'|'.join(sorted(map(re.escape, DAY_OFFSETS), key=len, reverse=True))})\b",
    re.IGNORECASE)
PERIOD_RE = re.compile(rf"\b({'|'.join(PERIOD_OFFSETS)})\s+({'|'.join(PERIODS)})\b",
                       re.IGNORECASE)
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
ISO_DATE_RE = re.compile(r"^(\d{4}|-)-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression found in text, before it is tied to a calendar."""

    start: int
    end: int
    text: str
    kind: str  # month_day | month_day_range | weekday | day_offset | period
    month: int | None = None
    day: int | None = None
    day_end: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int = 0
    period: str | None = None


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A resolved date or range with the reason it was resolved so."""

    date: str
    date_end: str | None
    basis: str


@dataclass(slots=True)
class DateClues:
    """What one article's text says about when its story happened."""

    timestamp: date | None
    month_days: list[tuple[int, int]] = field(default_factory=list)
    full_dates: list[date] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    def related_hints(self) -> list[str]:
        """What another article of the same story can use: ``--MM-DD`` and full dates."""
        hints = [d.isoformat() for d in self.full_dates]
        hints += [f"--{m:02d}-{d:02d}" for m, d in self.month_days]
        return hints


# --- finding expressions ----------------------------------------------------------------


def find_time_expressions(text: str, offset: int = 0) -> list[TimeMention]:
    """Every date-like expression in ``text``; offsets are shifted by ``offset``."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], **fields: object) -> None:
        span = (match.start(), match.end())
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        found.append(TimeMention(span[0] + offset, span[1] + offset, match.group(0), **fields))

    for m in MONTH_DAY_RANGE_RE.finditer(text):
        add(m, kind="month_day_range", month=MONTHS[m.group(1).lower()], day=int(m.group(2)),
            day_end=int(m.group(3)), year=_year(m.group(4)))
    for m in MONTH_DAY_RE.finditer(text):
        add(m, kind="month_day", month=MONTHS[m.group(1).lower()], day=int(m.group(2)),
            year=_year(m.group(3)))
    for m in DAY_MONTH_RE.finditer(text):
        add(m, kind="month_day", month=MONTHS[m.group(2).lower()], day=int(m.group(1)),
            year=_year(m.group(3)))
    for m in DAY_OFFSET_RE.finditer(text):
        add(m, kind="day_offset", offset=DAY_OFFSETS[m.group(1).lower()])
    for m in WEEKDAY_RE.finditer(text):
        add(m, kind="weekday", weekday=WEEKDAYS[m.group(1).lower()])
    for m in PERIOD_RE.finditer(text):
        add(m, kind="period", offset=PERIOD_OFFSETS[m.group(1).lower()],
            period=m.group(2).lower())
    return sorted((t for t in found if _valid(t)), key=lambda t: t.start)


def _year(raw: str | None) -> int | None:
    return int(raw) if raw else None


def _valid(mention: TimeMention) -> bool:
    if mention.day is not None and not 1 <= mention.day <= 31:
        return False
    return mention.day_end is None or (mention.day or 0) < mention.day_end <= 31


# --- resolving expressions against an anchor date ---------------------------------------


def resolve(mention: TimeMention, anchor: date, *, future: bool = False) -> TimeRef | None:
    """Tie an expression to the calendar, relative to the article's date ``anchor``.

    ``future`` says the clause is about what will happen ("will meet on Friday"), so a
    bare weekday is the next one rather than the last one.
    """
    if mention.kind in ("month_day", "month_day_range"):
        return _resolve_month_day(mention, anchor)
    if mention.kind == "weekday" and mention.weekday is not None:
        day = _weekday_near(anchor, mention.weekday, future)
        return TimeRef(day.isoformat(), None,
                       f"relative: {mention.text.strip()} nearest to {anchor.isoformat()}")
    if mention.kind == "day_offset":
        day = anchor + timedelta(days=mention.offset)
        return TimeRef(day.isoformat(), None,
                       f"relative: {mention.text.strip()} from {anchor.isoformat()}")
    if mention.kind == "period" and mention.period:
        start, end = _period(anchor, mention.period, mention.offset)
        return TimeRef(start.isoformat(), end.isoformat(),
                       f"relative range: {mention.text.strip()} from {anchor.isoformat()}")
    return None


def _resolve_month_day(mention: TimeMention, anchor: date) -> TimeRef | None:
    assert mention.month is not None and mention.day is not None
    if mention.year:
        year, how = mention.year, "absolute"
    else:
        year, how = _closest_year(anchor, mention.month, mention.day), "absolute, year of article"
    start = _safe_date(year, mention.month, mention.day)
    if start is None:
        return None
    end = _safe_date(year, mention.month, mention.day_end) if mention.day_end else None
    kind = "range" if end else "date"
    return TimeRef(start.isoformat(), end.isoformat() if end else None,
                   f"{how} {kind}: {mention.text.strip()}")


def _closest_year(anchor: date, month: int, day: int) -> int:
    """The year putting month/day nearest the anchor ("December 30" read in January)."""
    candidates = [anchor.year - 1, anchor.year, anchor.year + 1]
    return min(candidates, key=lambda y: abs(((_safe_date(y, month, min(day, 28)) or anchor)
                                               - anchor).days))


def _weekday_near(anchor: date, weekday: int, future: bool) -> date:
    if future:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _period(anchor: date, period: str, step: int) -> tuple[date, date]:
    if period == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6)
    if period == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        year, month = divmod(index, 12)
        first = date(year, month + 1, 1)
        following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
        return first, following - timedelta(days=1)
    year = anchor.year + step
    return date(year, 1, 1), date(year, 12, 31)


def _safe_date(year: int, month: int, day: int | None) -> date | None:
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


# --- document dating --------------------------------------------------------------------


def parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    match = ISO_DATE_RE.match(value)
    if not match or match.group(1) == "-":
        return None
    return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


def date_clues(article: Article, analysis: Analysis | None = None) -> DateClues:
    """Collect the dating clues of one article (its text and timestamp)."""
    stamp = parse_iso_date(article.timestamp.value if article.timestamp else None)
    clues = DateClues(timestamp=stamp)
    full_date_spans: list[tuple[int, int]] = []
    for mention in find_time_expressions(article.text):
        if mention.kind in ("month_day", "month_day_range") and mention.month and mention.day:
            if mention.year:
                full = _safe_date(mention.year, mention.month, mention.day)
                if full:
                    clues.full_dates.append(full)
                    full_date_spans.append((mention.start, mention.end))
            else:
                clues.month_days.append((mention.month, mention.day))
        elif mention.kind == "weekday" and mention.weekday is not None:
            clues.weekdays.append(mention.weekday)
    for match in YEAR_RE.finditer(article.text):
        inside = any(s <= match.start() < e for s, e in full_date_spans)
        if not inside and int(match.group(1)) >= EARLIEST_YEAR:
            clues.years.append(int(match.group(1)))
    return clues


def date_article(
    article: Article, analysis: Analysis | None = None, related_dates: Sequence[str] = ()
) -> Dating | None:
    """When the article's story happened; ``None`` when there is no clue at all.

    ``related_dates`` are known dates of other articles of the same story (ISO dates or
    ``--MM-DD``), as a store can supply them.
    """
    clues = date_clues(article, analysis)
    related_full = [d for d in map(parse_iso_date, related_dates) if d]
    related_md = [_month_day(h) for h in related_dates]
    related_md = [md for md in related_md if md]
    if clues.full_dates:
        first = clues.full_dates[0]
        return Dating(first.isoformat(), f"absolute: {first:%B %-d, %Y} in the text")
    month_day, md_basis = _story_month_day(clues, related_full, related_md)
    weekday = Counter(clues.weekdays).most_common(1)[0][0] if clues.weekdays else None
    upper = clues.timestamp or (max(related_full) if related_full else None)
    if upper is None:
        return None
    lower, lower_basis = _lower_bound(clues, upper)
    if month_day:
        return _date_from_month_day(month_day, md_basis, weekday, upper, lower, lower_basis,
                                    related_full, clues.timestamp)
    if related_full:
        anchor = related_full[0]
        if weekday is not None:
            day = _weekday_near(anchor, weekday, future=False)
            return Dating(day.isoformat(), f"weekday: {_weekday_name(weekday)} on or before "
                                           f"{anchor.isoformat()} (related article)")
        return Dating(anchor.isoformat(), "date of a related article")
    return Dating(upper.isoformat(), "page timestamp (no date in the text)")


def _month_day(hint: str) -> tuple[int, int] | None:
    match = ISO_DATE_RE.match(hint)
    return (int(match.group(2)), int(match.group(3))) if match else None


def _story_month_day(
    clues: DateClues, related_full: list[date], related_md: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, str]:
    if clues.month_days:
        month, day = clues.month_days[0]
        return (month, day), f"{_month_name(month)} {day} in the text"
    if related_md:
        month, day = related_md[0]
        return (month, day), f"{_month_name(month)} {day} from a related article"
    return None, ""


def _lower_bound(clues: DateClues, upper: date) -> tuple[int, str]:
    past = [y for y in clues.years if y < upper.year]
    if not past:
        return EARLIEST_YEAR, ""
    latest = max(past)
    return latest, f"after {latest} (mentioned)"


def _date_from_month_day(
    month_day: tuple[int, int], md_basis: str, weekday: int | None, upper: date,
    lower: int, lower_basis: str, related_full: list[date], stamp: date | None,
) -> Dating:
    month, day = month_day
    years = [y for y in range(upper.year, lower - 1, -1)
             if (d := _safe_date(y, month, day)) and d <= upper]
    reasons = [md_basis]
    related_years = [d.year for d in related_full if (d.month, d.day) == month_day]
    if related_years and related_years[0] in years:
        chosen = related_years[0]
        reasons.append(f"year {chosen} from a related article")
    elif weekday is not None and (matching := [y for y in years if date(y, month, day).weekday()
                                               == weekday]):
        chosen = matching[0]
        reasons.insert(0, f"weekday: {_weekday_name(weekday)} matches "
                          f"{date(chosen, month, day).isoformat()}")
    else:
        chosen = years[0] if years else upper.year
        reasons.append("latest year not after the page timestamp")
    if lower_basis:
        reasons.append(lower_basis)
    if stamp and stamp.year != chosen:
        reasons.append(f"page timestamp {stamp.isoformat()} is later")
    found = _safe_date(chosen, month, day) or upper
    return Dating(found.isoformat(), "; ".join(reasons))


def _weekday_name(weekday: int) -> str:
    return next(name for name, n in WEEKDAYS.items() if n == weekday).capitalize()


def _month_name(month: int) -> str:
    return calendar.month_name[month]


def mentions_in(text: str, start: int, end: int) -> Iterable[TimeMention]:
    """Time expressions inside ``text[start:end]``, with offsets into ``text``."""
    return find_time_expressions(text[start:end], offset=start)
