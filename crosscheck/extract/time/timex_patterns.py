"""Time expressions and their resolvers: the pattern table that timex.py searches a sentence with.

Each rule is a pattern plus a resolver ``(match, published) -> (start, end) | None``. Relative
expressions need the publication date; absolute ones ("in March 2011", "on January 24, 2017") do not.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "couple": 2,
}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}

Span = tuple[date | None, date | None]
Resolver = Callable[[re.Match[str], date | None], Span | None]

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_LOST_APOSTROPHE = r"s(?=\s+(?!and\b|or\b|through\b|to\b)[a-z])"
"""A possessive whose apostrophe the text lost ("Saturdays convoy attack"): "s" before a lower-case word."""
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_N = (
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|"
    r"couple(?: of)?)"
)


def _mon_key(s: str) -> str:
    s = s.lower().rstrip(".")
    return s if s in MONTHS else s[:3]


def _month_end(y: int, mo: int) -> date:
    return date(y, mo, calendar.monthrange(y, mo)[1])


def _weekday(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    target = WEEKDAYS.index(m.group("wd").lower())
    last = (m.group("last") or "").lower()
    back = (pub.weekday() - target) % 7
    if back == 0 and last == "last":
        back = 7
    day = pub - timedelta(days=back)
    if last == "since":
        return day, pub
    # a strike "late Tuesday" is often Wednesday's news, one "early Friday" Thursday night's
    if (m.group("tod") or "").lower() in ("night", "overnight") or last.startswith("late"):
        return day, day + timedelta(days=1)
    if last.startswith("early"):
        return day - timedelta(days=1), day
    return day, day


def _day_month(m: re.Match[str], pub: date | None) -> Span | None:
    mo, d = MONTHS[_mon_key(m.group("mon"))], int(m.group("day"))
    if m.group("year"):
        y = int(m.group("year"))
    elif pub is None:
        return None
    else:
        y = pub.year if (mo, d) <= (pub.month, pub.day) else pub.year - 1
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    if m.group("since"):
        return day, pub
    return day, day


def _month_year(m: re.Match[str], pub: date | None) -> Span | None:
    mo = MONTHS[_mon_key(m.group("mon"))]
    if m.groupdict().get("year"):
        y = int(m.group("year"))
    elif pub is None:
        return None
    else:
        y = pub.year if mo <= pub.month else pub.year - 1
    start = date(y, mo, 1)
    return (start, pub) if m.group("since") else (start, _month_end(y, mo))


def _year(m: re.Match[str], pub: date | None) -> Span | None:
    y = int(m.group("year"))
    return (date(y, 1, 1), pub) if m.group("since") else (date(y, 1, 1), date(y, 12, 31))


def _past(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    raw = (m.group("n") or "one").lower().replace("couple of", "couple")
    n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
    days = max(1, round(n * UNIT_DAYS[m.group("unit").lower().rstrip("s")]))
    return pub - timedelta(days=days), pub


def _ago(m: re.Match[str], pub: date | None) -> Span | None:
    span = _past(m, pub)
    return (span[0], span[0]) if span else None


def _offset(days_back: int, length: int = 0) -> Resolver:
    def resolve(_m: re.Match[str], pub: date | None) -> Span | None:
        if pub is None:
            return None
        start = pub - timedelta(days=days_back)
        return start, start + timedelta(days=length)

    return resolve


def _calendar(unit: str, previous: bool) -> Resolver:
    def resolve(_m: re.Match[str], pub: date | None) -> Span | None:
        if pub is None:
            return None
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday())
            return (monday - timedelta(days=7), monday - timedelta(days=1)) if previous else (monday, pub)
        if unit == "month":
            first = pub.replace(day=1)
            if previous:
                last = first - timedelta(days=1)
                return last.replace(day=1), last
            return first, pub
        jan1 = pub.replace(month=1, day=1)
        return (date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)) if previous else (jan1, pub)

    return resolve


def _iso(m: re.Match[str], _pub: date | None) -> Span | None:
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return day, day


_SINCE = r"(?:(?P<since>(?i:since|from))\s+)?"
RULES: tuple[tuple[str, re.Pattern[str], Resolver], ...] = (
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso),
    (
        "day_month",
        re.compile(
            rf"\b{_SINCE}(?:(?:on|On)\s+)?(?:{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?"
            r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MON.replace("mon>", "mon2>")
            + r"(?:,?\s+"
            + _YEAR.replace("year>", "year2>")
            + r")?)\b(?!\s*(?:per|%))"
        ),
        lambda m, p: _day_month(_Normalised(m), p),
    ),
    (
        "month_year",
        re.compile(rf"\b{_SINCE}(?:(?:in|In|of|during|early|late|mid)[\s-]+)?{_MON}(?:,?\s+{_YEAR})"),
        _month_year,
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<since>[Ss]ince|[Ff]rom)\s+(?:(?:early|mid|late)[\s-]+)?|"
            rf"(?i:in|during|early|late|mid)[\s-]+){_MON}\b(?!\s+\d)"
        ),
        _month_year,
    ),
    (
        "year",
        re.compile(
            rf"\b(?:(?P<since>since|from)|in|during|of|by|In|Since)\s+{_YEAR}\b(?!\s*[-–]?\s*\w*\s*(?:people|"
            r"civilians|militants|fighters|soldiers|troops|%|per))"
        ),
        _year,
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<last>(?i:last|this|on|since|(?:early|late)(?:\s+on)?))\s+)?\b{_WD}(?:'s|’s|{_LOST_APOSTROPHE})?"
            r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight))?\b"
        ),
        _weekday,
    ),
    ("yesterday", re.compile(r"\b(?i:yesterday)\b"), _offset(1)),
    ("last_night", re.compile(r"\b(?i:last night)\b"), _offset(1, 1)),
    (
        "today",
        re.compile(r"\b(?i:today|tonight|this morning|this afternoon|this evening|earlier today)\b"),
        _offset(0),
    ),
    ("overnight", re.compile(r"\b(?i:overnight)\b"), _offset(1, 1)),
    ("recent", re.compile(r"\b(?i:in\s+(?:the\s+)?recent\s+days)\b"), _offset(7, 7)),
    ("ago", re.compile(rf"\b{_N}\s+(?P<unit>hours?|days?|weeks?|months?|years?)\s+ago\b", re.I), _ago),
    (
        "past",
        re.compile(
            rf"\b(?:(?:over|in|during|within|for)\s+)?(?:the\s+(?:past|last|previous)|past)\s+(?:{_N}\s+)?"
            r"(?P<unit>hours?|days?|weeks?|months?|years?)\b",
            re.I,
        ),
        _past,
    ),
    ("this_week", re.compile(r"\b(?i:(?:earlier\s+|later\s+)?this\s+week)\b"), _calendar("week", False)),
    ("last_week", re.compile(r"\b(?i:last\s+week)\b"), _calendar("week", True)),
    ("this_month", re.compile(r"\b(?i:(?:earlier\s+)?this\s+month)\b"), _calendar("month", False)),
    ("last_month", re.compile(r"\b(?i:last\s+month)\b"), _calendar("month", True)),
    ("this_year", re.compile(r"\b(?i:(?:earlier\s+)?this\s+year)\b"), _calendar("year", False)),
    ("last_year", re.compile(r"\b(?i:last\s+year)\b"), _calendar("year", True)),
)


class _Normalised:
    """Lets one resolver read both "January 24" and "24 January" matches."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str | None:
        g = self._m.groupdict()
        if name in ("mon", "day", "year"):
            return g.get(name) or g.get(name + "2")
        return g.get(name)
