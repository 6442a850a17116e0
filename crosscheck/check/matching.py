"""Which stored cluster a new claim joins, judged the way clustering judges a pair.

The new claim meets its candidates (:mod:`crosscheck.check.candidates`); each candidate's current cluster
is a possible home. A cluster takes the claim as average-linkage clustering would: no member is kept apart
from it by a hard rule (:func:`crosscheck.cluster.constraints.link`), and the link model's probability
(:mod:`crosscheck.cluster.similarity`) averaged over all its members reaches ``link_threshold``, or one
member is linked at least ``merge_link`` (the strong link that joins groups after clustering). Of the
clusters that take it, the one with the highest average wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosscheck.cluster.constraints import link
from crosscheck.cluster.similarity import evidence
from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Match:
    cluster: Cluster
    members: tuple[Claim, ...]
    probability: float
    """The average link probability over the cluster's members."""


def link_probability(new: Claim, stored: Claim, cosine: float, settings: Settings) -> float | None:
    """The probability that the two state one quantity; None when a hard rule keeps them apart."""
    if cosine < settings.min_cosine:
        return 0.0
    rule = link(new, stored, settings)
    if rule.apart:
        return None
    return evidence(new, stored, cosine, settings, rule).probability()


def best_cluster(
    new: Claim,
    vector: np.ndarray,
    clusters: Sequence[Cluster],
    members: Mapping[str, Sequence[Claim]],
    vectors: Mapping[str, np.ndarray],
    settings: Settings,
) -> Match | None:
    """The cluster that takes ``new`` (``vectors`` by claim id), or None."""
    best: Match | None = None
    for cluster in clusters:
        held = [claim for claim in members.get(cluster.id, ()) if claim.id in vectors]
        if not held:
            continue
        found = [link_probability(new, c, float(vectors[c.id] @ vector), settings) for c in held]
        if any(p is None for p in found):
            continue
        probabilities = [p for p in found if p is not None]
        average = sum(probabilities) / len(probabilities)
        if average < settings.link_threshold and max(probabilities) < settings.merge_link:
            continue
        if best is None or (average, cluster.id) > (best.probability, best.cluster.id):
            best = Match(cluster, tuple(held), average)
    return best
