"""Reviewers' established figures, read from a store, as the known values of the slots they settle."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crosscheck.store import Store


def established_figures(store: Store) -> dict[str, tuple[float, float]]:
    """Cluster id -> (low, high) of its current review's established figure, for every cluster that has one
    (read only; the review is the payload of the cluster's latest "review" decision)."""
    from crosscheck.review.state import reviews

    found: dict[str, tuple[float, float]] = {}
    for cluster_id, review in reviews(store).items():
        low = review.low if review.low is not None else review.high
        high = review.high if review.high is not None else review.low
        if low is not None and high is not None:
            found[cluster_id] = (float(low), float(high))
    return dict(sorted(found.items()))
