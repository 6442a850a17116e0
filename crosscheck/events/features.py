"""How likely two claims of one article report the same incident: a small logistic model.

An article can report several incidents (a monitor's roundup, "Meanwhile, ..."), so the claims of one
article are not one event by default. Evidence, for two claims of one article:

| feature | meaning |
| --- | --- |
| ``same_sentence`` | both figures stand in one sentence |
| ``distance`` | how far apart their sentences are: ln(1 + characters between) / 10 |
| ``turn_between`` | a sentence after the first opens on another incident ("Meanwhile", "Elsewhere") |
| ``different_places`` | places the gazetteer knows apart |
| ``nearby_places`` | two known places of one province |
| ``unrelated_places`` | two different names the gazetteer does not know |
| ``same_place`` | the same place, more specific than a country |
| ``different_days`` | both state their day, and the days differ |
| ``different_kinds`` | both sentences name a kind of incident, and the kinds share nothing |
| ``different_sides`` | both sentences name a side (who acted), and the sides share nothing |
| ``one_tally`` | one is a tally over a long period, the other not |
| ``cosine`` | cosine similarity of the two sentences |

The weights are fit by logistic regression on pairs of gold mentions (``benchmarks/fit_event_weights.py``);
the figures they reach are reported in-sample and under group k-fold cross-validation side by side.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.cluster.constraints import link_places
from crosscheck.cluster.incidents import different_incidents
from crosscheck.events.actors import different_sides
from crosscheck.model import Claim

FEATURES = (
    "same_sentence",
    "distance",
    "turn_between",
    "different_places",
    "nearby_places",
    "unrelated_places",
    "same_place",
    "different_days",
    "different_kinds",
    "different_sides",
    "one_tally",
    "cosine",
)
WEIGHTS: dict[str, float] = {
    "same_sentence": 0.745,
    "distance": -1.735,
    "turn_between": -1.604,
    "different_places": -0.618,
    "nearby_places": -0.098,
    "unrelated_places": 0.0,
    "same_place": 0.765,
    "different_days": -1.843,
    "different_kinds": -1.724,
    "different_sides": -0.688,
    "one_tally": -1.523,
    "cosine": 0.383,
}
INTERCEPT = 0.393

TALLY_DAYS = 5
"""A figure whose own time spans at least this many days is a tally ("since 2011", "this month")."""

_TURN = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*[\"“']?(?:meanwhile|elsewhere|separately|in\s+(?:another|a\s+separate|"
    r"a\s+different|an\s+unrelated)\s+\w+|in\s+other\s+(?:news|developments|areas|parts))\b",
    re.I,
)


@dataclass(frozen=True)
class EventEvidence:
    same_sentence: bool
    distance: float
    turn_between: bool
    different_places: bool
    nearby_places: bool
    unrelated_places: bool
    same_place: bool
    different_days: bool
    different_kinds: bool
    different_sides: bool
    one_tally: bool
    cosine: float

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]


def logistic(vector: Sequence[float], weights: Sequence[float], intercept: float) -> float:
    score = intercept + sum(w * x for w, x in zip(weights, vector, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def is_tally(claim: Claim) -> bool:
    span = claim.time
    if span is None or span.end is None:
        return False
    if span.start is None:
        return True
    return (span.end - span.start).days + 1 >= TALLY_DAYS


def stated_day(claim: Claim) -> tuple[date, date] | None:
    """The day(s) a claim's own words put it on, when that is at most two days."""
    span = claim.time
    if span is None or span.start is None or span.end is None or not span.text:
        return None
    return (span.start, span.end) if (span.end - span.start).days <= 1 else None


def days_differ(a: Claim, b: Claim) -> bool:
    day_a, day_b = stated_day(a), stated_day(b)
    if day_a is None or day_b is None:
        return False
    return day_a[1] < day_b[0] or day_b[1] < day_a[0]


def turn_between(first: Claim, second: Claim) -> bool:
    """A sentence after ``first``'s, up to ``second``'s, opens on another incident."""
    if first.sentence_start == second.sentence_start:
        return False
    text = first.source.text
    return bool(_TURN.search(text, first.sentence_end, second.sentence_start + 60))


def evidence(a: Claim, b: Claim, cosine: float) -> EventEvidence:
    """Two claims of one article, in either order."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    gap = max(0, second.sentence_start - first.sentence_end)
    places = link_places(a, b)
    return EventEvidence(
        same_sentence=a.sentence_start == b.sentence_start,
        distance=math.log1p(gap) / 10.0,
        turn_between=turn_between(first, second),
        different_places=places == "different",
        nearby_places=places == "nearby",
        unrelated_places=places == "unrelated",
        same_place=places == "same",
        different_days=days_differ(a, b),
        different_kinds=different_incidents(a.sentence, b.sentence),
        different_sides=different_sides(a.sentence, b.sentence),
        one_tally=is_tally(a) != is_tally(b),
        cosine=cosine,
    )
