"""Clock times as the Flight benchmark's sources write them, read to minutes after midnight.

The sources write "12/1/11 2:06 PM (-05:00)", "1:55pDec 1", "2:07 PMDec 01", "Dec 01 - 12:00noon",
"2011-12-01 12/1 2:07 PM", "12:26 AM  Fri 02-Dec-2011 (Runway)", "Thu., Dec.01, 2011 3:37 p.m.",
"2011-12-01 Thu 16:13". The first h:mm is the time and an am/pm marker right after it (also glued to the
month, or "noon"/"midnight") sets the half of the day; the date and any time zone are ignored, as the gold
(the airline's local time) is compared by clock time. Measured before writing this (261 distinct shapes over
the seven days): ``dateutil.parser.parse(fuzzy=True)`` read 27 shapes wrong ("2:07 PMDec 01" as 02:07, "Dec
01 - Not Available" as midnight, "12:00midnight" as noon, "2011-12-01 11/30 5:20 PM" not at all);
``dateparser`` failed on 102 shapes and took 22 s.
"""

from __future__ import annotations

import re

_TIME = re.compile(r"(\d{1,2}):(\d{2})\s*(a\.m\.|p\.m\.|am|pm|a|p|noon|midnight)?", re.I)
DAY = 24 * 60


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
