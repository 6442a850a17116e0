"""How likely two claims state the same quantity of the same event: a small logistic model.

Sentence similarity alone is a weak signal (it is blind to the numbers and puts every killing of a day
together), so it is one feature among the ones a fact-checker uses:

| feature | meaning |
| --- | --- |
| ``cosine`` | cosine similarity of the claims' sentences (sentence-transformers) |
| ``same_measure`` | the measures are equal ("civilians killed" / "civilians killed"), not just related |
| ``same_figure`` | the figures agree up to rounding ("at least 12" / "12") |
| ``overlapping`` | the intervals have a common point ("at least 20" / "25") |
| ``unrelated_places`` | two place names the gazetteer does not know to be one place |
| ``different_places`` | places the gazetteer knows apart (other governorates or countries): strong, not
absolute, evidence against, since a place read from text can be the origin of victims or of a statement |
| ``same_place`` | both name the same place, more specific than a country |
| ``same_day`` | both state the same single day ("on Wednesday") |
| ``day_gap`` | days between the two figures' dates (0 when unknown) |

The weights are general evidence weights, not rules about any article, chosen on the FA-KES dev set:
``benchmarks/fit_link_weights.py`` fits them on pairs of gold mentions of the same articles, where every
pair is about related events, so it undervalues sentence similarity, which is what separates unrelated
events across a whole corpus; the shipped weights give similarity its corpus-wide role (a pair needs a
cosine of about 0.45 with the same measure, less when the figures agree too) and were checked with
``crosscheck eval gold``. Naming the same claimant is left out: within one event most figures come from
the same monitor, so it does not tell one quantity from another. A figure's agreement is deliberately a
small weight: a contradiction is two different figures for one quantity, and the cluster must hold both
for the verdict to see it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from crosscheck.model import Claim

if TYPE_CHECKING:
    from crosscheck.cluster.constraints import Link
    from crosscheck.config import Settings

FEATURES = (
    "cosine",
    "same_measure",
    "same_figure",
    "overlapping",
    "unrelated_places",
    "different_places",
    "same_place",
    "same_day",
    "day_gap",
)
WEIGHTS = {
    "cosine": 6.0,
    "same_measure": 1.5,
    "same_figure": 1.2,
    "overlapping": 0.3,
    "unrelated_places": -0.5,
    "different_places": -5.0,
    "same_place": 0.5,
    "same_day": 1.0,
    "day_gap": -0.6,
}
INTERCEPT = -4.5


@dataclass(frozen=True)
class PairEvidence:
    cosine: float
    same_measure: bool
    same_figure: bool
    overlapping: bool
    unrelated_places: bool
    different_places: bool
    same_place: bool
    same_day: bool
    day_gap: int

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]

    def probability(self) -> float:
        score = INTERCEPT + sum(
            WEIGHTS[name] * value for name, value in zip(FEATURES, self.vector(), strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def _day(claim: Claim) -> date | None:
    if claim.time is not None and (claim.time.end or claim.time.start):
        return claim.time.end or claim.time.start
    return claim.source.published


def _stated_day(claim: Claim) -> date | None:
    """The day a claim's own words put it on or report it by ("on Tuesday", "late Tuesday", "said on
    Wednesday"): the last day of a stated span of at most a few days."""
    from crosscheck.extract.timex import REPORT_LAG_DAYS

    span = claim.time
    if span is None or span.start is None or span.end is None:
        return None
    return span.end if (span.end - span.start).days <= REPORT_LAG_DAYS else None


def evidence(a: Claim, b: Claim, cosine: float, settings: Settings, rule: Link) -> PairEvidence:
    from crosscheck.cluster.constraints import measure_key_of
    from crosscheck.compare.intervals import interval
    from crosscheck.compare.verdicts import figures_close

    span_a, span_b = interval(a, settings.about_tolerance), interval(b, settings.about_tolerance)
    day_a, day_b = _day(a), _day(b)
    return PairEvidence(
        cosine=cosine,
        same_measure=bool(a.measure and b.measure and measure_key_of(a.measure) == measure_key_of(b.measure)),
        same_figure=a.kind == "numeric" and b.kind == "numeric" and figures_close(a, b, settings),
        overlapping=bool(span_a and span_b and span_a.intersects(span_b)),
        unrelated_places=rule.unrelated_places,
        different_places=rule.different_places,
        same_place=rule.same_place,
        same_day=_stated_day(a) is not None and _stated_day(a) == _stated_day(b),
        day_gap=abs((day_a - day_b).days) if day_a and day_b else 0,
    )
