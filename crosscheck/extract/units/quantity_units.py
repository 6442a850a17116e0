"""What follows a numeral: its unit ("km", "per cent"), an age ("-year-old"), a rate ("a day").

``unit_and_extras(text, n_end, end, currency)`` reads after a numeral ending at ``n_end`` and returns
``(end of match, unit, rate, is_age)``. Ages ("a 12-year-old boy") get unit ``"year_of_age"`` (or
month/week/day_of_age) unless the noun is a span of time ("a three-year-old siege" is a duration of
3 years); a price per thing ("$52 a barrel") folds into the unit, a rate per unit of time stays a rate.
"""

from __future__ import annotations

import re

from crosscheck.extract.units.units import rate_after, unit_after

_AGE_RE = re.compile(
    r"(?P<sp>[ \t]*+-?[ \t]*+)(?P<u>year|month|week|day)s?(?:[ \t]*-[ \t]*|[ \t]+)old\b"
    r"(?:[ \t]*+-?[ \t]*+(?P<noun>[A-Za-z]+)(?:[ \t]+(?P<noun2>[A-Za-z]+))?)?",
    re.I,
)
_DURATION_NOUNS = frozenset(
    [
        "siege",
        "war",
        "conflict",
        "blockade",
        "crisis",
        "campaign",
        "occupation",
        "insurgency",
        "ban",
        "truce",
        "ceasefire",
        "dispute",
        "battle",
        "standoff",
        "stand-off",
        "rule",
        "regime",
        "programme",
        "program",
        "project",
        "partnership",
        "relationship",
        "tradition",
        "policy",
        "investigation",
        "case",
        "fight",
        "offensive",
        "struggle",
        "revolution",
        "uprising",
        "drought",
        "famine",
        "presence",
        "mission",
        "operation",
        "freeze",
        "embargo",
        "moratorium",
        "lockdown",
        "curfew",
        "detention",
        "imprisonment",
        "captivity",
        "sentence",
    ]
)
_RATE_AFTER_NOUN = re.compile(
    r"[ \t]+[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?"
    r"(?=[ \t]+(?:a|an|per|each|every)[ \t]|[ \t]+(?:daily|weekly|monthly|annually|yearly|hourly)\b)",
    re.I,
)
TIME_RATES = frozenset(
    ("year", "month", "week", "day", "night", "hour", "minute", "second", "decade", "century")
)


def unit_and_extras(
    text: str, n_end: int, end: int, currency: str | None
) -> tuple[int, str | None, str | None, bool]:
    """After a numeral: ``(end of match, unit, rate, is_age)``."""
    pos = n_end
    unit = currency
    age = _AGE_RE.match(text, pos, end)
    if age:
        noun = (age.group("noun") or "").lower()
        if noun not in _DURATION_NOUNS and (age.group("noun2") or "").lower() in _DURATION_NOUNS:
            noun = age.group("noun2").lower()  # "a three-year-old Isis siege"
        base = age.group("u").lower()
        stop = age.start("noun") if age.group("noun") else age.end()
        stop = len(text[:stop].rstrip(" -\t"))
        if noun in _DURATION_NOUNS:
            return stop, base, None, False
        return stop, f"{base}_of_age", None, True
    hit = unit_after(text, pos, end)
    if hit and not (currency and hit.unit in ("usd", "eur", "gbp", "cent")):
        unit = hit.unit if currency is None or hit.unit in ("percent",) else currency
        pos = hit.end
    elif hit:
        pos = hit.end
    rate = rate_after(text, pos, end)
    rate_name = None
    if rate and (unit is not None):
        pos, rate_name = rate
        if rate_name not in TIME_RATES:
            unit, rate_name = f"{unit}/{rate_name}", None  # "$52 a barrel": a price, not a rate
    elif rate is None:
        noun = _RATE_AFTER_NOUN.match(text, pos, end)
        if noun:
            r2 = rate_after(text, noun.end(), end)
            if r2:
                rate_name = r2[1]
    return pos, unit, rate_name, False
