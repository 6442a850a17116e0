"""Clustering within blocks, near-linear in the corpus:

1. candidate pairs: each claim's nearest neighbours of its block by sentence similarity, among the claims
   whose times lie within ``max_day_gap`` days (:mod:`crosscheck.cluster.candidates`);
2. edges: candidate pairs that no rule of :mod:`crosscheck.cluster.constraints` keeps apart and whose
   probability of stating one quantity (:mod:`crosscheck.cluster.similarity`) reaches the threshold;
3. the connected components of those edges are split by scikit-learn's agglomerative clustering over
   1 - that probability (hard rules as a distance no threshold admits);
4. groups that one strong link joins are merged (:mod:`crosscheck.cluster.merging`);
5. given reviewers' decisions, the groups are made to keep them (:mod:`crosscheck.cluster.reviewed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from crosscheck.cluster.blocking import event_time, make_blocks
from crosscheck.cluster.candidates import neighbour_pairs
from crosscheck.cluster.constraints import link
from crosscheck.cluster.merging import merge_groups
from crosscheck.cluster.reviewed import ReviewedGrouping, honour
from crosscheck.cluster.similarity import LinkWeights, evidence
from crosscheck.cluster.updates import previous_value, rises
from crosscheck.model import Claim

if TYPE_CHECKING:
    import numpy as np

    from crosscheck.config import Settings

_APART = 1e9
"""The distance of a pair a rule keeps apart: so large that no average over any group holding the pair
comes under the threshold, which makes it a cannot-link for average linkage too."""


def candidate_pairs(claims: Sequence[Claim], settings: Settings) -> Iterator[tuple[int, int]]:
    """Index pairs of claims whose times may overlap; each pair once, ``i < j``: every pair a rule could
    judge (the link model is fitted on them); clustering judges only :func:`neighbour_pairs`."""
    spans = [event_time(claim, settings.report_lag_days) for claim in claims]
    dated = sorted(
        (i for i, span in enumerate(spans) if span and span.start),
        key=lambda i: (spans[i].start, i),  # type: ignore[union-attr]
    )
    undated = [i for i, span in enumerate(spans) if not (span and span.start)]
    gap = timedelta(days=settings.max_day_gap)
    for position, i in enumerate(dated):
        end: date = spans[i].end or date.max  # type: ignore[union-attr]
        reach = end + gap if end < date.max - gap else date.max
        for j in dated[position + 1 :]:
            if spans[j].start > reach:  # type: ignore[union-attr, operator]
                break
            yield min(i, j), max(i, j)
    for position, i in enumerate(undated):
        for j in [*dated, *undated[position + 1 :]]:
            yield min(i, j), max(i, j)


def _distance(
    a: Claim, b: Claim, cosine: float, settings: Settings, weights: LinkWeights | None = None
) -> float:
    same_sentence = a.sentence_start == b.sentence_start and a.source.id == b.source.id
    if same_sentence and (previous_value(a, b) or previous_value(b, a)):
        return 0.0
    if cosine < settings.min_cosine:
        return 1.0
    rule = link(a, b, settings)
    if rule.apart:
        return _APART
    return 1.0 - evidence(a, b, cosine, settings, rule).probability(weights)


def _components(size: int, edges: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(size):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _split_component(
    component: list[int], distance_of: Callable[[int, int], float], settings: Settings
) -> list[list[int]]:
    """Agglomerative clustering of one connected component; claim indices in, groups of them out."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    distances = np.zeros((len(component), len(component)), dtype=np.float64)
    for a in range(len(component)):
        for b in range(a + 1, len(component)):
            distances[a, b] = distances[b, a] = distance_of(component[a], component[b])
    model = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage=settings.linkage,
        distance_threshold=1.0 - settings.link_threshold,
    )
    groups: dict[int, list[int]] = {}
    for label, index in zip(model.fit_predict(distances), component, strict=True):
        groups.setdefault(int(label), []).append(index)
    return list(groups.values())


def cluster_block(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    settings: Settings,
    weights: LinkWeights | None = None,
    reviewed: ReviewedGrouping | None = None,
) -> list[list[Claim]]:
    """Split one block into groups of claims about the same quantity of the same event; a pair a reviewer
    kept apart is kept apart like a pair a rule keeps apart."""
    if len(claims) == 1:
        return [list(claims)]
    known: dict[tuple[int, int], float] = {}

    def reviewed_apart(i: int, j: int) -> bool:
        return reviewed is not None and reviewed.kept_apart(claims[i].id, claims[j].id)

    def distance_of(i: int, j: int) -> float:
        pair = (min(i, j), max(i, j))
        if pair not in known:
            known[pair] = (
                _APART
                if reviewed_apart(i, j)
                else _distance(claims[i], claims[j], float(vectors[i] @ vectors[j]), settings, weights)
            )
        return known[pair]

    limit = 1.0 - settings.link_threshold
    candidates = neighbour_pairs(claims, vectors, settings)
    edges = [(i, j) for i, j in candidates if distance_of(i, j) <= limit]
    groups: list[list[int]] = []
    for component in _components(len(claims), edges):
        if len(component) == 1:
            groups.append(component)
        else:
            groups.extend(_split_component(component, distance_of, settings))
    merged = merge_groups(
        groups,
        candidates,
        probability=lambda i, j: 1.0 - distance_of(i, j),
        apart=lambda i, j: reviewed_apart(i, j) or link(claims[i], claims[j], settings).apart is not None,
        merge_link=settings.merge_link,
        update_link=settings.update_link,
        rises=lambda i, j: rises(claims[i], claims[j]),
    )
    return [[claims[i] for i in group] for group in merged]


def cluster_claims(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    settings: Settings,
    weights: LinkWeights | None = None,
    reviewed: ReviewedGrouping | None = None,
) -> list[list[Claim]]:
    """Every claim in exactly one group; groups and their members in a stable order. ``weights`` replace
    the link model's shipped weights (:mod:`crosscheck.cluster.similarity`); ``reviewed`` holds reviewers'
    decisions that the groups keep."""
    row = {claim.id: index for index, claim in enumerate(claims)}
    reviewed = None if reviewed is None or reviewed.empty else reviewed
    groups: list[list[Claim]] = []
    for block in make_blocks(claims):
        block = sorted(block, key=lambda claim: claim.id)
        block_vectors = vectors[[row[claim.id] for claim in block]]
        groups.extend(cluster_block(block, block_vectors, settings, weights, reviewed))
    if reviewed is not None:
        groups = honour(groups, reviewed)
    ordered = [sorted(group, key=lambda claim: claim.id) for group in groups]
    return sorted(ordered, key=lambda group: group[0].id)
