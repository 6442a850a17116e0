"""Which of two figures came first: as-of dates, publication dates, and the wording that orders tolls.

A figure's date is its as-of date (``claim.time``), else its source's publication date (:func:`when`).
:func:`later` orders two figures: a figure its own words call earlier ("the previous toll of 112",
"preliminary reports", "SANA reported earlier") dates from before its article; otherwise the later date,
then the later publication; with dates equal or unknown, a sentence that says the toll rose ("rose to",
"has risen", "climbed to", "has reached", "later said"...) orders them, unless the two name two different
claimants (one monitor's "later said" updates its own count, not another claimant's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from crosscheck.compare.independence import same_claimant
from crosscheck.model import Claim

CUMULATIVE = re.compile(
    r"\b(kill|dead|death|die|injur|wound|hurt|casualt|displac|fled|flee|refugee|arrest|detain|missing|"
    r"evacu|bod(y|ies)|victim|martyr|abduct|kidnap|destroy|damag)",
    re.IGNORECASE,
)
RISE_WORDING = re.compile(
    r"\b(rose|risen|rises|rising|climbed|climbs|jumped|increased|(has|have|had) reached|"
    r"bringing (it|the \w+ toll|the toll|to)|later (said|put|raised)|latest (toll|figure|count)|new toll|"
    r"now stands|up from|revised|"
    r"(?<!last )updated?(?!\s+(?:at|on)\b|\s*\d))\b",  # not a page stamp: "Last updated at", "(updated 1457"
    re.IGNORECASE,
)
EARLIER_TOLL = re.compile(
    r"\b(?:(?:previous|earlier|initial|first|preliminary)\s+(?:death\s+)?"
    r"(?:toll|figure|count|report|information|estimate)s?|"
    r"(?:said|reported|announced)\s+earlier)\b",
    re.IGNORECASE,
)
"""A figure its own sentence calls superseded: "the previous death toll was 20"."""
OPENING_EARLIER = re.compile(r"\W*(?:earlier|previously)\b(?!\s+(?:this|last)\s)", re.IGNORECASE)
"""A sentence that opens on "Earlier" frames all its figures: "Earlier, five civilians were killed and 27
others injured"."""
_TURN = r"but|while|however|whereas|now|later|latest|rose|risen|reached"
_NEW_STATEMENT = re.compile(rf"\b(?:said|says|say|told|reported|{_TURN})\b", re.I)
"""Words after which a figure is no longer the one an earlier wording introduced."""
_NEW_TURN = re.compile(rf"\b(?:{_TURN})\b", re.I)
"""The same for an opening "Earlier", which frames what the sentence says was said."""


def as_of(c: Claim) -> date | None:
    return (c.time.end or c.time.start) if c.time else None


def when(c: Claim) -> date | None:
    return as_of(c) or c.source.published


def later(x: Claim, y: Claim) -> tuple[bool | None, str]:
    """Whether ``x`` is later than ``y`` (None: cannot tell), and what says so.

    A figure its own words call earlier ("the previous toll of 112") dates from before its article, not
    from the article's day: it is earlier than a figure of that day or after, and of unknown order beside
    one dated before."""
    ex, ey = called_earlier(x), called_earlier(y)
    if ex != ey:
        earlier, other = (x, y) if ex else (y, x)
        day, published = when(other), earlier.source.published
        if day is None or published is None or day >= published:
            return ey, "earlier-wording"
        return None, "same-time"
    keys: list[tuple[Callable[[Claim], date | None], str]] = [
        (lambda c: c.source.published, "later-publication")
    ]
    if not _overlapping_days(x, y):
        keys.insert(0, (when, "later-date"))
    for key, name in keys:
        kx, ky = key(x), key(y)
        if kx and ky and kx != ky:
            return kx > ky, name
    if x.attribution and y.attribution and not same_claimant(x.attribution, y.attribution):
        return None, "same-time"
    rx, ry = says_rose(x.sentence), says_rose(y.sentence)
    if rx != ry:
        return rx, "rise-wording"
    return None, "same-time"


def _days(c: Claim) -> tuple[date, date] | None:
    if c.time and c.time.start and c.time.end:
        return c.time.start, c.time.end
    day = as_of(c) or c.source.published
    return (day, day) if day else None


def _overlapping_days(x: Claim, y: Claim) -> bool:
    """A stated period holds the other figure's day ("late Monday", read as Monday to Tuesday, beside
    Monday): the dates do not say which came first."""
    dx, dy = _days(x), _days(y)
    return bool(dx and dy and dx != dy and dx[0] <= dy[1] and dy[0] <= dx[1])


def called_earlier(x: Claim) -> bool:
    """``x``'s words call it an earlier toll: the wording comes before it and no new statement or rise
    comes between ("updating a previous toll of 112"; "according to earlier information, 5 were killed and
    46 injured"; not "the previous toll of 112 has risen to 126"), or after it without introducing a figure
    of its own ("killed six, according to preliminary reports"; not "killed 126, up from a previous toll of
    112"). A sentence that opens on "Earlier" calls its figures earlier."""
    from crosscheck.extract.numbers.numbers import find_numbers

    if not says_earlier(x.sentence):
        return False
    text = x.source.text
    opening = OPENING_EARLIER.match(text, x.sentence_start, x.sentence_end)
    if opening and not _NEW_TURN.search(text, opening.end(), x.start):
        return True
    for wording in EARLIER_TOLL.finditer(text, x.sentence_start, x.sentence_end):
        if wording.end() <= x.start and not _NEW_STATEMENT.search(text, wording.end(), x.start):
            return True
        if wording.start() >= x.end and not find_numbers(text, wording.end(), x.sentence_end):
            return True
    return False


@lru_cache(maxsize=65536)
def says_rose(sentence: str) -> bool:
    """The sentence reports a toll that rose or was updated ("rose to 31", "later said")."""
    return bool(RISE_WORDING.search(sentence))


@lru_cache(maxsize=65536)
def names_earlier_toll(sentence: str) -> bool:
    """The sentence names a superseded toll ("the previous death toll was 20"); an opening "Earlier" alone
    may as well tell an earlier incident."""
    return bool(EARLIER_TOLL.search(sentence))


@lru_cache(maxsize=65536)
def says_earlier(sentence: str) -> bool:
    """The sentence calls its figures superseded ("the previous death toll was 20", "Earlier, ...")."""
    return names_earlier_toll(sentence) or bool(OPENING_EARLIER.match(sentence))


def cumulative(claims: Sequence[Claim]) -> bool:
    return any(c.measure and CUMULATIVE.search(c.measure) for c in claims)
