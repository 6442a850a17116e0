"""The records truth discovery reads and returns.

A claim is one source's statement about one item as an interval: "42" is [42, 42], "at least 20" is
[20, inf), "60 to 70" is [60, 70]. In the pipeline an item is a cluster (a slot), a source an outlet or a
claimant; on the benchmarks an item is a city-year or a flight's attribute, a source a Wikipedia editor or a
web site.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Claim:
    """One source's value for one item, as the interval [low, high] (high may be ``math.inf``)."""

    item: str
    source: str
    low: float
    high: float
    voice: str = ""
    """Claims of one item that share a non-empty voice are one source of information (a wire story two
    outlets carry, one claimant's figure relayed by several): they vote once, and a claim whose item no other
    voice states is not counted in its source's record."""

    @classmethod
    def point(cls, item: str, source: str, value: float) -> Claim:
        return cls(item, source, float(value), float(value))

    @property
    def is_point(self) -> bool:
        return self.low == self.high

    def contains(self, value: float, tolerance: float = 0.0) -> bool:
        """Whether ``value`` lies in the interval widened by ``tolerance`` on each side."""
        return self.low - tolerance <= value <= self.high + tolerance

    def distance(self, value: float) -> float:
        """How far ``value`` lies outside the interval (0 inside)."""
        if value < self.low:
            return self.low - value
        if value > self.high:
            return value - self.high
        return 0.0

    def nearest(self, value: float) -> float:
        """The point of the interval nearest to ``value``."""
        return min(max(value, self.low), self.high)


@dataclass(frozen=True)
class Estimate:
    """The value an item most likely had, and the share of the (weighted) sources that support it."""

    item: str
    value: float
    support: float
    sources: int


@dataclass(frozen=True)
class SourceReliability:
    """How far one source can be trusted, measured against the estimates.

    ``reliability`` is the share of its claims (on items that other sources also state) whose interval holds
    the estimate, smoothed by a uniform prior; ``low`` and ``high`` bound it (an equal-tailed Beta interval at
    the level asked for), so a source with one shared claim gets a wide interval. ``bias`` is the median
    signed log-ratio of its figures to the estimates (0 for a claim that holds the estimate; positive: it
    runs high; ``exp(bias)`` is the typical factor), ``None`` when it states no comparable figure.
    """

    source: str
    claims: int
    shared: int
    agreed: int
    reliability: float
    low: float
    high: float
    weight: float
    bias: float | None
    bias_low: float | None = None
    bias_high: float | None = None
    """A distribution-free interval for the median log-ratio (order statistics of its claims' log-ratios, at
    the level asked for); the widest claims' ends when it has too few claims for that level."""
    miss_bias: float | None = None
    """The median log-ratio of its claims that miss the estimate: how far off it is when it is off."""
    higher: int = 0
    """Of its claims that miss the estimate, those above it; ``lower`` those below."""
    lower: int = 0

    @property
    def contradicted(self) -> int:
        return self.shared - self.agreed


@dataclass(frozen=True)
class TruthResult:
    """Estimates sorted by item, sources sorted by name."""

    estimates: tuple[Estimate, ...]
    sources: tuple[SourceReliability, ...]

    def values(self) -> dict[str, float]:
        return {estimate.item: estimate.value for estimate in self.estimates}


def finite(value: float) -> bool:
    return not (math.isinf(value) or math.isnan(value))
