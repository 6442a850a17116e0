"""How likely two claims of different articles report the same incident, and which pairs to weigh.

Candidates: for each claim, its ``NEIGHBOURS`` most similar sentences among the claims of other articles
whose dates lie within ``MAX_DAY_GAP`` days (claims are bucketed by day, so each claim is compared with a
window of the corpus, never with all of it). Evidence:

| feature | meaning |
| --- | --- |
| ``cosine`` | cosine similarity of the two sentences |
| ``same_figure`` | the figures agree up to rounding |
| ``same_measure`` | the same measure ("civilians killed") |
| ``same_place`` / ``different_places`` / ``nearby_places`` | how their places relate (the gazetteer) |
| ``same_day`` | both state their day, and it is the same |
| ``different_days`` | both state their day, and the days differ |
| ``day_gap`` | days between the two figures' dates, over 7 (at most 1) |
| ``different_kinds`` | both sentences name a kind of incident, and the kinds share nothing |
| ``different_sides`` | both sentences name a side (who acted), and the sides share nothing |
| ``one_tally`` | one is a tally over a long period, the other not |
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.cluster.constraints import link_places, measure_key_of
from crosscheck.cluster.incidents import different_incidents
from crosscheck.compare.relations import figures_close
from crosscheck.compare.timing import when
from crosscheck.config import Settings
from crosscheck.events.actors import different_sides
from crosscheck.events.features import days_differ, is_tally, stated_day
from crosscheck.model import Claim

if TYPE_CHECKING:
    import numpy as np

CROSS_FEATURES = (
    "cosine",
    "same_figure",
    "same_measure",
    "same_place",
    "different_places",
    "nearby_places",
    "same_day",
    "different_days",
    "day_gap",
    "different_kinds",
    "different_sides",
    "one_tally",
)
MAX_DAY_GAP = 4
NEIGHBOURS = 8
MIN_COSINE = 0.4
FIGURE_SETTINGS = Settings()
"""The default tolerances say whether two figures agree."""
CROSS_WEIGHTS: dict[str, float] = {
    "cosine": 1.012,
    "same_figure": 0.969,
    "same_measure": -0.762,
    "same_place": 0.57,
    "different_places": -0.807,
    "nearby_places": 0.0,
    "same_day": 1.488,
    "different_days": -1.85,
    "day_gap": -3.619,
    "different_kinds": -1.872,
    "different_sides": -0.961,
    "one_tally": -1.612,
}
CROSS_INTERCEPT = 0.141


@dataclass(frozen=True)
class CrossEvidence:
    cosine: float
    same_figure: bool
    same_measure: bool
    same_place: bool
    different_places: bool
    nearby_places: bool
    same_day: bool
    different_days: bool
    day_gap: float
    different_kinds: bool
    different_sides: bool
    one_tally: bool

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in CROSS_FEATURES]


def cross_evidence(a: Claim, b: Claim, cosine: float) -> CrossEvidence:
    places = link_places(a, b)
    day_a, day_b = when(a), when(b)
    numeric = a.kind == "numeric" and b.kind == "numeric"
    return CrossEvidence(
        cosine=cosine,
        same_figure=numeric and figures_close(a, b, FIGURE_SETTINGS),
        same_measure=bool(a.measure and b.measure and measure_key_of(a.measure) == measure_key_of(b.measure)),
        same_place=places == "same",
        different_places=places == "different",
        nearby_places=places == "nearby",
        same_day=stated_day(a) is not None and stated_day(a) == stated_day(b),
        different_days=days_differ(a, b),
        day_gap=min(1.0, abs((day_a - day_b).days) / 7.0) if day_a and day_b else 0.0,
        different_kinds=different_incidents(a.sentence, b.sentence),
        different_sides=different_sides(a.sentence, b.sentence),
        one_tally=is_tally(a) != is_tally(b),
    )


def neighbour_pairs(claims: Sequence[Claim], vectors: np.ndarray) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j), i < j, of claims of different articles: each claim's most similar sentences
    among the claims dated within ``MAX_DAY_GAP`` days of it. Undated claims have no neighbours."""
    import numpy as np

    by_day: dict[int, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        day = when(claim)
        if day is not None:
            by_day[day.toordinal()].append(index)
    seen: set[tuple[int, int]] = set()
    for day in sorted(by_day):
        rows = by_day[day]
        window = [j for d in range(day - MAX_DAY_GAP, day + MAX_DAY_GAP + 1) for j in by_day.get(d, ())]
        similarity = vectors[rows] @ vectors[window].T
        sources = [claims[j].source.id for j in window]
        for r, i in enumerate(rows):
            order = np.argsort(-similarity[r], kind="stable")
            taken = 0
            for k in order:
                if similarity[r, k] < MIN_COSINE or taken >= NEIGHBOURS:
                    break
                j = window[k]
                if sources[k] == claims[i].source.id:
                    continue
                taken += 1
                pair = (min(i, j), max(i, j))
                if pair not in seen:
                    seen.add(pair)
                    yield pair
