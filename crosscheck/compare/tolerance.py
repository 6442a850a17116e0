"""When two stated figures are "the same up to rounding".

Rule: figures ``a`` and ``b`` are *close* when ``a == b``, or when at least one of them looks rounded and

    |a - b| <= max(settings.absolute_tolerance, settings.rounding_tolerance * max(|a|, |b|))

A figure looks rounded when its qualifier is "about"/"nearly", or when it is at least ROUND_FROM and a
multiple of ROUND_STEP (100, 250, 1,000, 3,000...). Precise counts are compared exactly: a casualty recorder
treats 45 and 46 dead, or 20 and 21 dead, as different figures, while 1,000 and 1,020 may be one figure
rounded. So the absolute tolerance only ever widens the relative one for small rounded figures.
"""

from __future__ import annotations

from crosscheck.config import Settings

ROUND_FROM = 100.0
ROUND_STEP = 10.0
ROUNDING_QUALIFIERS = ("about", "nearly")


def looks_rounded(x: float, qualifier: str | None) -> bool:
    if qualifier in ROUNDING_QUALIFIERS:
        return True
    return abs(x) >= ROUND_FROM and float(x / ROUND_STEP).is_integer()


def allowed_difference(a: float, qa: str | None, b: float, qb: str | None, settings: Settings) -> float:
    if not (looks_rounded(a, qa) or looks_rounded(b, qb)):
        return 0.0
    return max(settings.absolute_tolerance, settings.rounding_tolerance * max(abs(a), abs(b)))


def close(a: float, qa: str | None, b: float, qb: str | None, settings: Settings) -> bool:
    return a == b or abs(a - b) <= allowed_difference(a, qa, b, qb, settings)
