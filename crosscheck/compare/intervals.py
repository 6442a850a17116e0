"""The set of true values a claim allows, as an interval on the real line.

Qualifier semantics (N is ``claim.value``, or ``low``/``high`` where the qualifier needs them):

    exact N       [N, N]            at_least N   [N, inf)       more_than N   (N, inf)
    at_most N     [0, N]            less_than N  [0, N)
    about N       [N(1-t), N(1+t)]  nearly N     [N(1-t), N]    (t = Settings.about_tolerance, 0.1)
    range         [low, high]       vague        [low, high] or [low, inf) ("dozens": low=24)

A claim's *stated figure* is the number the text gives (N; for ranges the pair low..high); agreement
compares stated figures, compatibility compares intervals.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from crosscheck.model import Claim

ABOUT_TOLERANCE = 0.1
"""Relative half-width of "about N" and depth of "nearly N". Belongs in Settings (asked of the lead)."""

INF = math.inf


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"empty interval: {self.low} > {self.high}")

    def intersects(self, other: Interval) -> bool:
        return _common(max_low(self, other), min_high(self, other))

    def shifted_out(self, slack: float) -> Interval:
        """Widened by ``slack`` on both finite sides, closed."""
        return Interval(max(0.0, self.low - slack), self.high + slack)

    @property
    def bounded(self) -> bool:
        return self.high != INF

    def __str__(self) -> str:
        left = "(" if self.low_open else "["
        right = ")" if self.high_open or self.high == INF else "]"
        high = "inf" if self.high == INF else fmt(self.high)
        return f"{left}{fmt(self.low)}, {high}{right}"


def max_low(*intervals: Interval) -> tuple[float, bool]:
    low = max(i.low for i in intervals)
    return low, any(i.low == low and i.low_open for i in intervals)


def min_high(*intervals: Interval) -> tuple[float, bool]:
    high = min(i.high for i in intervals)
    return high, any(i.high == high and i.high_open for i in intervals)


def _common(low: tuple[float, bool], high: tuple[float, bool]) -> bool:
    if low[0] < high[0]:
        return True
    return low[0] == high[0] and not low[1] and not high[1] and low[0] != INF


def common_point(intervals: list[Interval]) -> bool:
    return _common(max_low(*intervals), min_high(*intervals))


def fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def figure(claim: Claim) -> float | None:
    """The single number the text states (None for ranges, or when nothing is known)."""
    if claim.qualifier == "range":
        return None
    for candidate in (claim.value, claim.low, claim.high):
        if candidate is not None:
            return float(candidate)
    return None


def stated(claim: Claim) -> tuple[float, ...]:
    """The stated figure(s): (N,) for single figures, (low, high) for ranges."""
    if claim.qualifier == "range":
        return tuple(float(x) for x in (claim.low, claim.high) if x is not None)
    n = figure(claim)
    return () if n is None else (n,)


def interval(claim: Claim, about: float = ABOUT_TOLERANCE) -> Interval | None:
    """The values ``claim`` allows, or None when it carries no usable number."""
    q = claim.qualifier or "exact"
    if q in ("range", "vague"):
        low = claim.low if claim.low is not None else claim.value
        if low is None:
            return None
        high = claim.high if claim.high is not None else INF
        return Interval(float(min(low, high)), float(max(low, high)))
    n = figure(claim)
    if n is None:
        return None
    match q:
        case "at_least":
            return Interval(n, INF)
        case "more_than":
            return Interval(n, INF, low_open=True)
        case "at_most":
            return Interval(0.0, n)
        case "less_than":
            return Interval(0.0, n, high_open=True) if n > 0 else None
        case "about":
            return Interval(_scaled(n, 1 - about), _scaled(n, 1 + about))
        case "nearly":
            return Interval(_scaled(n, 1 - about), n)
        case _:
            return Interval(n, n)


def _scaled(n: float, factor: float) -> float:
    return round(n * factor, 9)
