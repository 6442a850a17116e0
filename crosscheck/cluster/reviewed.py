"""Reviewers' decisions as constraints on a later clustering, and the ids that carry their decisions over.

A :class:`ReviewedGrouping` (read from a store by :mod:`crosscheck.store.decided`) holds:

- ``together``: must-link groups, each named by the cluster it is (the target of a merge or a move, a split's
  new part, a cluster given a verdict or an established figure). Its claims end in one cluster, which new
  claims may join; two such groups never end in one cluster unless a reviewer merged them.
- ``apart``: cannot-link pairs of claims (what a move or split took out of a cluster and what it left
  there; a rejected claim and the rest of its cluster). The pair is kept apart while clustering, and no
  claim joins a group holding a claim it is kept apart from.
- ``dropped``: claims a reviewer marked as not a claim; the run leaves them out.
- ``corrections``: what reviewers corrected in misread claims (value, measure, place, time); the run
  clusters and compares the corrected claims (:mod:`crosscheck.cluster.corrections`).
- ``decided``: every cluster a decision was made on, with the claims it holds once all decisions are laid
  over the store's clusters, for :func:`carry_over`.

:func:`honour` applies to the figures' clustering and, within each incident, to the who-did-it claims
(:func:`crosscheck.compare.factual.compare_factual`).

Carrying over: a new cluster takes the id of a decided cluster when it holds more than half of that
cluster's claims present in the run (a must-link group's cluster holds all of them), so a verdict, an
established figure, an assignment and the history stay on it. Each decided id goes to at most one new
cluster and each new cluster takes at most one id: a must-link group's first, then the largest share, then
the earlier decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from crosscheck.model import Claim, Cluster, Correction, Event


def pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


@dataclass(frozen=True)
class ReviewedGrouping:
    together: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(cluster id, its claim ids): must-link groups, disjoint, in the order they were decided."""
    apart: frozenset[tuple[str, str]] = frozenset()
    """Cannot-link pairs of claim ids, each sorted."""
    dropped: frozenset[str] = frozenset()
    """Claims marked "not a claim"."""
    decided: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(cluster id, the claim ids it holds after the decisions), in the order they were first decided."""
    corrections: tuple[tuple[str, Correction], ...] = ()
    """(claim id, correction), in the order they were made."""
    _seed_of: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for index, (_, claim_ids) in enumerate(self.together):
            for claim_id in claim_ids:
                self._seed_of.setdefault(claim_id, index)

    @property
    def empty(self) -> bool:
        return not (self.together or self.apart or self.dropped or self.decided or self.corrections)

    def kept_apart(self, a: str, b: str) -> bool:
        return pair(a, b) in self.apart

    def seed_of(self, claim_id: str) -> int | None:
        return self._seed_of.get(claim_id)


def honour(groups: Sequence[Sequence[Claim]], reviewed: ReviewedGrouping) -> list[list[Claim]]:
    """The clustering's groups made to keep the reviewed grouping.

    Each must-link group gathers its claims from wherever the clustering put them. A claim of no such group
    goes with the must-link group that holds most of the claims it was clustered with, among those holding
    no claim it is kept apart from; if there is none, it stays with the other such claims of its group,
    split where two of them are kept apart."""
    seeds: list[list[Claim]] = [[] for _ in reviewed.together]
    for group in groups:
        for claim in group:
            seed = reviewed.seed_of(claim.id)
            if seed is not None:
                seeds[seed].append(claim)
    rest: list[list[Claim]] = []
    for group in groups:
        held = Counter(s for claim in group if (s := reviewed.seed_of(claim.id)) is not None)
        ranked = sorted(held, key=lambda s: (-held[s], s))
        left: list[Claim] = []
        for claim in group:
            if reviewed.seed_of(claim.id) is not None:
                continue
            home = next((s for s in ranked if _fits(claim, seeds[s], reviewed)), None)
            if home is None:
                left.append(claim)
            else:
                seeds[home].append(claim)
        rest += _apart_groups(left, reviewed)
    return [seed for seed in seeds if seed] + rest


def _fits(claim: Claim, group: Sequence[Claim], reviewed: ReviewedGrouping) -> bool:
    return not any(reviewed.kept_apart(claim.id, other.id) for other in group)


def _apart_groups(claims: Sequence[Claim], reviewed: ReviewedGrouping) -> list[list[Claim]]:
    """Claims into as few groups as a first-fit finds with no two kept apart in one."""
    groups: list[list[Claim]] = []
    for claim in claims:
        home = next((group for group in groups if _fits(claim, group, reviewed)), None)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return groups


def carry_over(
    clusters: Sequence[Cluster], events: Sequence[Event], reviewed: ReviewedGrouping
) -> tuple[list[Cluster], list[Event]]:
    """The clusters (and their events' cluster lists) with decided ids carried over, as the module says."""
    holder = {claim_id: cluster.id for cluster in clusters for claim_id in cluster.claim_ids}
    natural = {cluster.id for cluster in clusters}
    held_together = {cluster_id for cluster_id, _ in reviewed.together}
    offers: list[tuple[bool, int, int, str, str]] = []
    for order, (decided_id, claim_ids) in enumerate(reviewed.decided):
        here = [claim_id for claim_id in claim_ids if claim_id in holder]
        for new_id, count in Counter(holder[claim_id] for claim_id in here).items():
            if 2 * count > len(here):
                offers.append((decided_id not in held_together, -count, order, decided_id, new_id))
    renamed: dict[str, str] = {}
    taken: set[str] = set()
    for *_, decided_id, new_id in sorted(offers):
        if new_id in renamed or decided_id in taken:
            continue
        if decided_id != new_id and decided_id in natural:
            continue  # another cluster of this run has that id of its own
        renamed[new_id] = decided_id
        taken.add(decided_id)
    new_clusters = [replace(c, id=renamed.get(c.id, c.id)) for c in clusters]
    new_events = [
        replace(e, cluster_ids=tuple(sorted(renamed.get(cid, cid) for cid in e.cluster_ids))) for e in events
    ]
    return new_clusters, new_events


def standing(clusters: Sequence[Cluster], reviewed: ReviewedGrouping) -> tuple[list[str], list[str]]:
    """The decided clusters a run's clusters carry, and those it strands (claims in the run, id gone)."""
    ids = {cluster.id for cluster in clusters}
    present = {claim_id for cluster in clusters for claim_id in cluster.claim_ids}
    kept = [decided_id for decided_id, _ in reviewed.decided if decided_id in ids]
    stranded = [
        decided_id
        for decided_id, claim_ids in reviewed.decided
        if decided_id not in ids and any(claim_id in present for claim_id in claim_ids)
    ]
    return kept, stranded
