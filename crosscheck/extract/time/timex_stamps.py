"""Datelines and photo-caption stamps: full dates that date the page, not the event.

"AFP Saturday 25 Jun 2016 Russian and regime air strikes killed 47 people", "7 July 2015 A suicide
bomber killed 25 soldiers", "Syria August 6 2016 (TRT World and Agencies)", "08.04.2017(updated ...)",
"Last updated at Jun 182016". A full calendar date with a year that no preposition introduces is such a
stamp; a weekday glued before it belongs to it. "killed on October 2 2017", "since March 15 2011" and
"the October 2 2017 bombing" are read as event times as before.
"""

from __future__ import annotations

import re

_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|"
    r"Sun(?:day)?)\.?,?\s+"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_STAMP = re.compile(
    rf"(?<![\w.])(?:{_WEEKDAY})?(?:"
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"
    # "Jun 182016": some pages glue the day to the year
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+)?{_YEAR}"
    rf"|\d{{1,2}}([./-])\d{{1,2}}\1{_YEAR}"
    rf"|{_YEAR}-\d\d-\d\d"
    r")(?![\w])"
)
_INTRODUCED = re.compile(
    r"\b(?:on|in|since|from|until|till|by|of|between|and|to|before|after|dated|through|the)\s*,?\s*$",
    re.IGNORECASE,
)
_LOOK_BACK = 20


def find_stamps(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every dateline or stamp in ``text[start:end]``, glued weekday included."""
    return [
        (m.start(), m.end())
        for m in _STAMP.finditer(text, start, end)
        if not _INTRODUCED.search(text, max(0, m.start() - _LOOK_BACK), m.start())
    ]
