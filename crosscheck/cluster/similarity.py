"""How likely two claims state the same quantity of the same event: a small logistic model.

Sentence similarity alone is a weak signal (it is blind to the numbers and puts every killing of a day
together), so it is one feature among the ones a fact-checker uses:

| feature | meaning |
| --- | --- |
| ``cosine`` | cosine similarity of the claims' sentences (sentence-transformers) |
| ``same_measure`` | the measures are equal ("civilians killed" / "civilians killed"), not just related |
| ``same_figure`` | the figures agree up to rounding ("at least 12" / "12") |
| ``overlapping`` | the intervals have a common point ("at least 20" / "25") |
| ``unrelated_places`` | two different place names the gazetteer does not know |
| ``nearby_places`` | two known places of one province (a village and the nearby town) |
| ``different_places`` | places the gazetteer knows apart (other provinces or countries) |
| ``different_stated_places`` | ...and each figure's own sentence names its place (more certain than a place
read from the article) |
| ``same_place`` | both name the same place, more specific than a country |
| ``different_incidents`` | both sentences name the kind of incident, and the kinds differ (air strikes /
car bomb; :mod:`crosscheck.cluster.incidents`) |
| ``same_day`` | both state the same day, or were reported on it ("on Wednesday", "said on Wednesday") |
| ``day_gap`` | days between the two figures' dates (0 when unknown) |
| ``magnitude_gap`` | how far apart the figures' orders of magnitude are (6 against 300,000) |

The shipped weights are hand-set: chosen on the FA-KES dev set by a coordinate search over ``crosscheck
eval gold``, starting from a logistic fit. ``crosscheck eval gold`` cross-validates the fitting procedure
instead (:func:`crosscheck.evaluate.link_fit.fit_link_weights`, printed by
``benchmarks/fit_link_weights.py``): a balanced logistic regression with the weights of sentence
similarity and of places known apart set (``SET_WEIGHTS``), since every gold pair is about related events
and a fit cannot see how those two separate the unrelated events of a whole corpus. Shipping the fitted
weights was measured and not kept: slot figures cross-validated 0.801 / 0.885 / 0.798 (pair recall,
precision, verdict) against 0.774 / 0.855 / 0.762 for a plain fit, but the incidents built on those
clusters lose cross-validated event pair precision (0.875 -> 0.801, with the incident model refit), so the
two models are to be fit together. Naming the same claimant is left out: within one event most figures
come from the same monitor, so it does not tell one quantity from another. Different places weigh heavily
but are not a wall: a place read from text can be the origin of the victims or of a statement.
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
    "nearby_places",
    "different_places",
    "different_stated_places",
    "same_place",
    "different_incidents",
    "same_day",
    "day_gap",
    "magnitude_gap",
)
WEIGHTS = {
    "cosine": 7.0,
    "same_measure": 2.0,
    "same_figure": 2.2,
    "overlapping": 0.3,
    "unrelated_places": -2.0,
    "nearby_places": -1.0,
    "different_places": -5.0,
    "different_stated_places": -1.0,
    "same_place": 1.0,
    "different_incidents": -2.5,
    "same_day": 2.0,
    "day_gap": -1.8,
    "magnitude_gap": -0.8,
}
INTERCEPT = -4.5
SET_WEIGHTS = {name: WEIGHTS[name] for name in ("cosine", "different_places")}
"""Weights set rather than fit (see :func:`crosscheck.evaluate.link_fit.fit_link_weights`): what separates
unrelated events, which the gold's pairs of related events cannot teach."""


@dataclass(frozen=True)
class LinkWeights:
    """The model's weights, in ``FEATURES`` order, and its intercept: the shipped ones by default, or
    weights fit on other data (cross-validation refits them on each fold)."""

    weights: tuple[float, ...] = tuple(WEIGHTS[name] for name in FEATURES)
    intercept: float = INTERCEPT

    def probability(self, found: PairEvidence) -> float:
        score = self.intercept + sum(w * x for w, x in zip(self.weights, found.vector(), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True)
class PairEvidence:
    cosine: float
    same_measure: bool
    same_figure: bool
    overlapping: bool
    unrelated_places: bool
    nearby_places: bool
    different_places: bool
    different_stated_places: bool
    """Different places that each figure's own sentence names ("in Aleppo" / "in Homs"): more certain
    than a place read from the article."""
    same_place: bool
    different_incidents: bool
    same_day: bool
    day_gap: int
    magnitude_gap: float
    """|ln(a / b)| of the two figures, at most ``MAX_MAGNITUDE_GAP``: a toll of 6 and one of 300,000 are
    rarely one quantity."""

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]

    def probability(self, weights: LinkWeights | None = None) -> float:
        return (weights or SHIPPED).probability(self)


SHIPPED = LinkWeights()
MAX_MAGNITUDE_GAP = 6.0


def _size(claim: Claim) -> float | None:
    """A figure's order of magnitude: its value, else the middle of its range, else its one bound."""
    if claim.value:
        return abs(claim.value)
    bounds = [abs(b) for b in (claim.low, claim.high) if b]
    return sum(bounds) / len(bounds) if bounds else None


def magnitude_gap(a: Claim, b: Claim) -> float:
    size_a, size_b = _size(a), _size(b)
    if not (size_a and size_b):
        return 0.0
    return min(MAX_MAGNITUDE_GAP, abs(math.log(size_a / size_b)))


def _stated_day(claim: Claim) -> date | None:
    """The day a claim's own words put it on or report it by ("on Tuesday", "late Tuesday", "said on
    Wednesday"): the last day of a stated span of at most a few days."""
    from crosscheck.extract.time.timex import REPORT_LAG_DAYS

    span = claim.time
    if span is None or span.start is None or span.end is None:
        return None
    return span.end if (span.end - span.start).days <= REPORT_LAG_DAYS else None


def evidence(a: Claim, b: Claim, cosine: float, settings: Settings, rule: Link) -> PairEvidence:
    from crosscheck.cluster.constraints import measure_key_of
    from crosscheck.cluster.incidents import different_incidents
    from crosscheck.compare.intervals import interval
    from crosscheck.compare.relations import figures_close
    from crosscheck.compare.timing import when

    span_a, span_b = interval(a, settings.about_tolerance), interval(b, settings.about_tolerance)
    day_a, day_b = when(a), when(b)
    return PairEvidence(
        cosine=cosine,
        same_measure=bool(a.measure and b.measure and measure_key_of(a.measure) == measure_key_of(b.measure)),
        same_figure=a.kind == "numeric" and b.kind == "numeric" and figures_close(a, b, settings),
        overlapping=bool(span_a and span_b and span_a.intersects(span_b)),
        unrelated_places=rule.unrelated_places,
        nearby_places=rule.nearby_places,
        different_places=rule.different_places,
        different_stated_places=rule.different_places
        and a.location_basis == "sentence"
        and b.location_basis == "sentence",
        same_place=rule.same_place,
        different_incidents=different_incidents(a.sentence, b.sentence),
        same_day=_stated_day(a) is not None and _stated_day(a) == _stated_day(b),
        day_gap=abs((day_a - day_b).days) if day_a and day_b else 0,
        magnitude_gap=magnitude_gap(a, b) if a.kind == "numeric" and b.kind == "numeric" else 0.0,
    )
