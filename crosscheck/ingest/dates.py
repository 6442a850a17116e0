"""Publication dates in the forms news pages and corpora use; anything else is None, never a guess."""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_ORDINAL = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:,?\s+(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?|(?<=at\s)\d{4})(?:\s*[ap]\.?m\.?)?"
    r"(?:\s+(?:[ecmp][sd]t|gmt|utc|bst|cest?|eest?|msk)(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
_ISO_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"

DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", rf"(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_ISO_TIME}"),
    ("ymd_slash", r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})"),
    ("us_slash", r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})"),
    (
        "day_first",
        r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})",
    ),
    (
        "day_month",
        rf"(?:{_WEEKDAY})?(?P<d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<y>\d{{4}})",
    ),
    ("month_day", rf"(?:{_WEEKDAY})?(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>\d{{4}})"),
)
_COMPILED = tuple(
    (name, re.compile(rf"\s*{pattern}{_TIME}\s*", re.IGNORECASE)) for name, pattern in DATE_PATTERNS
)
_ANONYMOUS = "|".join(re.sub(r"\?P<\w+>", "?:", pattern) for _, pattern in DATE_PATTERNS)
_DATE_LABEL = r"(?:(?:date of publication|published|posted|updated)(?:\s+on)?\s*:?\s*)?"
LEADING_DATE = re.compile(
    rf"^\s*{_DATE_LABEL}(?:{_ANONYMOUS}){_TIME}(?:\s*[|:,\u2013\u2014-])?\s+", re.IGNORECASE
)
"""A date (and time) opening a text, as in FA-KES content ("Wed 05 Apr 2017 Title. Body...")."""


def parse_date(text: str | None) -> date | None:
    """The date a string holds when the whole string is one date (times and weekdays allowed)."""
    if not text:
        return None
    for _, regex in _COMPILED:
        found = regex.fullmatch(text)
        if not found:
            continue
        parts = {key.rstrip("2"): value for key, value in found.groupdict().items() if value}
        month = MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
        day, year = int(parts["d"]), int(parts["y"])
        if month > 12 and day <= 12 and parts.get("m"):
            month, day = day, month
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def date_in_first_lines(text: str, lines: int = 3) -> date | None:
    """A date from one of the first non-empty lines when that line is nothing but a date."""
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        found = parse_date(line)
        if found:
            return found
        seen += 1
        if seen >= lines:
            break
    return None
