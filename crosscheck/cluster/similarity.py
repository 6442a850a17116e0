"""How likely two claims state the same quantity of the same event: a small logistic model.

Sentence similarity alone is a weak signal (it is blind to the numbers and puts every killing of a day
together), so it is one feature among the ones a fact-checker uses:

| feature | meaning |
| --- | --- |
| ``cosine`` | cosine similarity of the claims' sentences (sentence-transformers) |
| ``same_measure`` | the measures are equal ("civilians killed" / "civilians killed"), not just related |
| ``same_figure`` | the figures agree up to rounding ("at least 12" / "12") |
| ``overlapping`` | the intervals have a common point ("at least 20" / "25") |
| ``same_claimant`` | both name the same claimant (a relayed figure) |
| ``unrelated_places`` | two place names the gazetteer does not know to be one place |
| ``day_gap`` | days between the two figures' dates (0 when unknown) |

The weights were fitted by logistic regression on pairs of hand-annotated mentions (the FA-KES dev set:
same-slot pairs against other-slot pairs of the same articles) with ``benchmarks/fit_link_weights.py``,
rounded, and are fixed here: general evidence weights, not rules about any article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.model import Claim

if TYPE_CHECKING:
    from crosscheck.config import Settings

FEATURES = (
    "cosine",
    "same_measure",
    "same_figure",
    "overlapping",
    "same_claimant",
    "unrelated_places",
    "day_gap",
)
WEIGHTS = {
    "cosine": 1.5,
    "same_measure": 2.6,
    "same_figure": 2.5,
    "overlapping": 0.9,
    "same_claimant": 0.0,
    "unrelated_places": -0.4,
    "day_gap": -0.25,
}
INTERCEPT = -3.6


@dataclass(frozen=True)
class PairEvidence:
    cosine: float
    same_measure: bool
    same_figure: bool
    overlapping: bool
    same_claimant: bool
    unrelated_places: bool
    day_gap: int

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]

    def probability(self) -> float:
        score = INTERCEPT + sum(
            WEIGHTS[name] * value for name, value in zip(FEATURES, self.vector(), strict=True)
        )
        return 1.0 / (1.0 + math.exp(-score))


def _day(claim: Claim):  # -> date | None
    if claim.time is not None and (claim.time.end or claim.time.start):
        return claim.time.end or claim.time.start
    return claim.source.published


def evidence(a: Claim, b: Claim, cosine: float, settings: Settings, unrelated_places: bool) -> PairEvidence:
    from crosscheck.cluster.constraints import measure_key_of
    from crosscheck.compare.independence import same_claimant
    from crosscheck.compare.intervals import interval
    from crosscheck.compare.verdicts import figures_close

    span_a, span_b = interval(a), interval(b)
    day_a, day_b = _day(a), _day(b)
    return PairEvidence(
        cosine=cosine,
        same_measure=bool(a.measure and b.measure and measure_key_of(a.measure) == measure_key_of(b.measure)),
        same_figure=a.kind == "numeric" and b.kind == "numeric" and figures_close(a, b, settings),
        overlapping=bool(span_a and span_b and span_a.intersects(span_b)),
        same_claimant=bool(a.attribution and b.attribution and same_claimant(a.attribution, b.attribution)),
        unrelated_places=unrelated_places,
        day_gap=abs((day_a - day_b).days) if day_a and day_b else 0,
    )
