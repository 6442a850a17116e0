"""The events stage: every claim in exactly one incident, every quantity cluster inside one.

An incident is what happened (an air strike, a bombing, a tally since a date...), where and when, with
every figure and factual statement that reports it. Clusters (one quantity each) are grouped into
incidents by :mod:`crosscheck.events.grouping`, weighing how their claims stand in their articles
(:mod:`crosscheck.events.features`); :mod:`crosscheck.events.describe` names each incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from crosscheck.events.crossing import (
    CROSS_FEATURES,
    CROSS_INTERCEPT,
    CROSS_WEIGHTS,
    cross_evidence,
    neighbour_pairs,
)
from crosscheck.events.describe import describe_event
from crosscheck.events.features import FEATURES, INTERCEPT, WEIGHTS, evidence, logistic
from crosscheck.events.grouping import group_units, nearby_pairs, tally_units
from crosscheck.model import Claim, Cluster, Event

if TYPE_CHECKING:
    import numpy as np

__all__ = ["EventModel", "Events", "build_events"]


@dataclass(frozen=True)
class EventModel:
    """The weights of two claims of one article (:mod:`crosscheck.events.features`), of two articles
    (:mod:`crosscheck.events.crossing`), and the average link two groups need to merge."""

    within: tuple[float, ...] = tuple(WEIGHTS[name] for name in FEATURES)
    within_intercept: float = INTERCEPT
    across: tuple[float, ...] = tuple(CROSS_WEIGHTS[name] for name in CROSS_FEATURES)
    across_intercept: float = CROSS_INTERCEPT
    threshold: float = 0.5

    def probability(self, a: Claim, b: Claim, cosine: float) -> float:
        if a.source.id == b.source.id:
            return logistic(evidence(a, b, cosine).vector(), self.within, self.within_intercept)
        return logistic(cross_evidence(a, b, cosine).vector(), self.across, self.across_intercept)


@dataclass(frozen=True)
class Events:
    events: tuple[Event, ...]
    """Sorted by id."""
    clusters: tuple[Cluster, ...]
    """The clusters given, each with its ``event_id``, in the order given."""


def build_events(
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    vectors: np.ndarray,
    model: EventModel | None = None,
) -> Events:
    """Group ``clusters`` (which hold every claim exactly once) into incidents. ``vectors[i]`` is the
    unit-length sentence embedding of ``claims[i]``."""
    model = model or EventModel()
    unit_of_claim = {cid: unit for unit, cluster in enumerate(clusters) for cid in cluster.claim_ids}
    missing = [claim.id for claim in claims if claim.id not in unit_of_claim]
    if missing:
        raise ValueError(f"claims in no cluster: {', '.join(missing[:5])}")
    unit_of = [unit_of_claim[claim.id] for claim in claims]
    groups = group_units(
        unit_of,
        len(clusters),
        tally_units(claims, unit_of, len(clusters)),
        [*nearby_pairs(claims), *neighbour_pairs(claims, vectors)],
        lambda i, j: model.probability(claims[i], claims[j], float(vectors[i] @ vectors[j])),
        model.threshold,
    )
    claim_by_id = {claim.id: claim for claim in claims}
    events: list[Event] = []
    event_of_unit: dict[int, str] = {}
    for group in groups:
        members = [claim_by_id[cid] for unit in group for cid in clusters[unit].claim_ids]
        event = describe_event(members, [clusters[unit].id for unit in group])
        events.append(event)
        for unit in group:
            event_of_unit[unit] = event.id
    return Events(
        events=tuple(sorted(events, key=lambda event: event.id)),
        clusters=tuple(replace(cluster, event_id=event_of_unit[u]) for u, cluster in enumerate(clusters)),
    )
