"""What the store says about the candidates: their clusters (with reviewers' merges and moves laid over
them, as the review UI lays them), the reviews, the incidents' titles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crosscheck.check.candidates import StoreIndex
from crosscheck.check.judge import ESTABLISHED_STATUSES, ReviewedFigure
from crosscheck.model import Claim, Cluster
from crosscheck.store import Store

_CHUNK = 400


@dataclass(frozen=True)
class Clusters:
    of_claim: dict[str, str]
    """Stored claim id -> the id of the current cluster holding it."""
    by_id: dict[str, Cluster]
    members: dict[str, tuple[Claim, ...]]


def clusters_of(index: StoreIndex, claim_ids: Iterable[str]) -> Clusters:
    """The current clusters of these stored claims, and every member of each but the stored copies of the
    checked articles (an article is never held against itself). Reviewers' merges, moves, splits, rejected
    matches and misreads are laid over them as the review UI lays them (:mod:`crosscheck.review.overlay`)."""
    from crosscheck.review.decision_kinds import REGROUPING_KINDS, decided
    from crosscheck.review.overlay import laid

    store = index.store
    touched = holding(store, claim_ids)
    decisions = decided(store)
    links = [(d.cluster_id, d.target) for d in decisions if d.kind in REGROUPING_KINDS and d.cluster_id]
    grown = True
    while grown:  # every cluster a regrouping connects to the touched ones
        before = len(touched)
        for source, target in links:
            if source in touched or target in touched:
                touched |= {source, target}
        grown = len(touched) > before
    found = store.clusters(sorted(touched))
    claims = {c.id: c for c in index.claims_by_id({cid for k in found for cid in k.claim_ids})}
    overlay = laid(found, decisions, claims)
    kept = [k for k in overlay.clusters if k.event_id is not None]
    others = {
        cid: c
        for cid, c in overlay.claims.items()
        if c.source_id not in index.exclude_sources and cid not in overlay.hidden
    }
    members = {k.id: tuple(others[cid] for cid in k.claim_ids if cid in others) for k in kept}
    of_claim = {cid: k.id for k in kept for cid in k.claim_ids}
    return Clusters(of_claim, {k.id: k for k in kept}, members)


def query_in(store: Store, sql: str, ids: Iterable[str]) -> list[tuple[Any, ...]]:
    """The rows of ``sql``, whose ``IN ({})`` takes the ids, asked in chunks the drivers accept."""
    wanted = sorted(set(ids))
    found: list[tuple[Any, ...]] = []
    for at in range(0, len(wanted), _CHUNK):
        chunk = wanted[at : at + _CHUNK]
        found += store.backend.query(sql.format(", ".join("?" for _ in chunk)), chunk)
    return found


def holding(store: Store, claim_ids: Iterable[str]) -> set[str]:
    """The current clusters whose stored members include one of these claims (as the run wrote them)."""
    sql = (
        "SELECT DISTINCT m.cluster_id FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "
        "WHERE k.retired_run IS NULL AND m.claim_id IN ({})"
    )
    return {cluster_id for (cluster_id,) in query_in(store, sql, claim_ids)}


def reviewed_figures(store: Store, cluster_ids: Iterable[str]) -> dict[str, ReviewedFigure]:
    """The established figure of each cluster a reviewer settled (reviewed or published, with a figure)."""
    from crosscheck.review.state import reviews

    found: dict[str, ReviewedFigure] = {}
    for cluster_id, review in reviews(store, sorted(set(cluster_ids))).items():
        if review.status in ESTABLISHED_STATUSES and (review.low is not None or review.high is not None):
            low = review.low if review.low is not None else review.high
            high = review.high if review.high is not None else review.low
            assert low is not None and high is not None
            found[cluster_id] = ReviewedFigure(low, high, review.figure_source)
    return found


def incident_titles(store: Store, event_ids: Iterable[str]) -> dict[str, str]:
    return dict(query_in(store, "SELECT id, title FROM events WHERE id IN ({})", event_ids))
