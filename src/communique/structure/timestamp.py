"""The page's own timestamp line: "12:34 GMT08 August 2020" -> 2020-08-08T12:34:00+00:00.

One general reader instead of a list of formats: find a date (ISO, day-month-year or
month-day-year with a month name, or all numbers), then a clock time in what is left
(H:MM, H.MM, with am/pm), then a zone right after the time (a named zone, an offset, or
both: "GMT+3").  Letters glued to a following number are split first ("GMT08" is the
zone GMT and the day 08).  The line counts only when little else is on it.  A numeric
date whose day and month are both <= 12 is read day-first with "." or "-" and
month-first with "/" (the common use of each separator).

This is the time the page was published or updated, not when the reported events
happened; dating the events is another stage's job.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from communique.model import Timestamp
from communique.structure import vocab

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\d:.])(?P<day>\d{{1,2}}){_ORDINAL}\.?\s*(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})(?!\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})(?![\d:])"
)
_TIME = re.compile(
    r"(?<![\d.:])(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    r"(?![\d])\s*(?P<ampm>[ap]\.?m\b\.?)?",
    re.IGNORECASE,
)
_ZONE_AFTER_TIME = re.compile(
    r"^\s*\(?(?P<name>[A-Z]{1,5})?\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?\)?(?![A-Za-z])"
)
_GLUED_NUMBER = re.compile(r"(?<=[A-Za-z])(?=\d)")
_OTHER_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


def parse_timestamp(line: str) -> Timestamp | None:
    """The timestamp on a short line, or None when the line is not a timestamp line."""
    raw = line.strip()
    if not raw or len(raw) > vocab.TIMESTAMP_MAX_CHARS:
        return None
    found = _read_iso(raw) or _read_written(_GLUED_NUMBER.sub(" ", raw))
    if found is None:
        return None
    value, leftover = found
    if _other_words(leftover) > vocab.TIMESTAMP_MAX_OTHER_WORDS:
        return None
    return Timestamp(raw=raw, value=value)


def parse_date_value(text: str) -> str | None:
    """ISO value of a date or date-time string in any supported format (no length rules)."""
    found = _read_iso(text) or _read_written(_GLUED_NUMBER.sub(" ", text))
    return found[0] if found else None


def _read_iso(text: str) -> tuple[str, str] | None:
    match = _ISO.search(text)
    if match is None:
        return None
    day = _make_date(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return None
    leftover = _cut(text, match.start(), match.end())
    if match["hour"] is None:
        return day.isoformat(), leftover
    zone = match["zone"]
    named = zone == "Z"
    offset = (
        None if zone is None else _offset_minutes(zone if named else None, None if named else zone)
    )
    second = int(match["second"] or 0)
    value = _combine(day, int(match["hour"]), int(match["minute"]), second, offset)
    return (value, leftover) if value else None


def _read_written(text: str) -> tuple[str, str] | None:
    found = _find_date(text)
    if found is None:
        return None
    day, rest = found
    time = next((t for t in _TIME.finditer(rest) if t["minute"] or t["ampm"]), None)
    if time is None:
        return day.isoformat(), rest
    hour = _hour_24(int(time["hour"]), time["ampm"])
    zone = _ZONE_AFTER_TIME.match(rest[time.end() :])
    offset = _offset_minutes(zone["name"], zone["offset"]) if zone else None
    zone_end = time.end() + (zone.end() if zone and offset is not None else 0)
    value = _combine(day, hour, int(time["minute"] or 0), int(time["second"] or 0), offset)
    if value is None:
        return day.isoformat(), rest
    return value, _cut(rest, time.start(), zone_end)


def _find_date(text: str) -> tuple[date, str] | None:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            month = vocab.MONTHS.get(match["month"].lower())
            if month is None:
                continue
            day = _make_date(int(match["year"]), month, int(match["day"]))
            if day is not None:
                return day, _cut(text, match.start(), match.end())
    for match in _NUMERIC.finditer(text):
        day = _numeric_date(match["a"], match["b"], match["c"], match["sep"])
        if day is not None:
            return day, _cut(text, match.start(), match.end())
    return None


def _numeric_date(a: str, b: str, c: str, separator: str) -> date | None:
    if len(a) == 4:
        return _make_date(int(a), int(b), int(c))
    if len(a) > 2 or len(c) == 3:
        return None
    year = int(c) + (2000 if len(c) == 2 else 0)
    first, second = int(a), int(b)
    month_first = separator == "/"
    if first > 12:
        month_first = False
    elif second > 12:
        month_first = True
    if month_first:
        return _make_date(year, first, second)
    return _make_date(year, second, first)


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hour_24(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    afternoon = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if afternoon else 0
    return hour + 12 if afternoon else hour


def _offset_minutes(name: str | None, offset: str | None) -> int | None:
    """Minutes east of UTC for a zone name and/or a signed offset; None when unknown."""
    base = 0
    if name:
        if name not in vocab.ZONE_OFFSETS:
            return None
        base = vocab.ZONE_OFFSETS[name]
    if not offset:
        return base if name else None
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return base + sign * (int(hours) * 60 + int(minutes))


def _combine(day: date, hour: int, minute: int, second: int, offset: int | None) -> str | None:
    zone = None if offset is None else timezone(timedelta(minutes=offset))
    try:
        moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    return moment.isoformat()


def _cut(text: str, start: int, end: int) -> str:
    return f"{text[:start]} {text[end:]}"


def _other_words(leftover: str) -> int:
    """Words on the line that are neither part of the timestamp nor its labels."""
    words = (word.lower().rstrip(".") for word in _OTHER_WORD.findall(leftover))
    ignorable = vocab.TIMESTAMP_LABEL_WORDS | vocab.WEEKDAYS
    return sum(1 for word in words if word and word not in ignorable)
