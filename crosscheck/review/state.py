"""Reviewers' decisions on a cluster: the current review is the payload of its latest "review" decision.

Saving a review is one transaction: it bumps the cluster's version only if it is still the version the
reviewer saw, records the decision and appends the audit entry. A save against an older version changes
nothing and is answered with a :class:`Conflict` listing what was saved since.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from crosscheck.store import AuditEntry, Store
from crosscheck.store.audit import insert_audit
from crosscheck.store.backend import insert_sql
from crosscheck.store.migrate import now

REVIEW_VERDICTS = ("agree", "compatible", "update", "contradict", "cannot tell")
STATUSES = ("unreviewed", "in progress", "reviewed", "published")
_DECISION = ("cluster_id", "kind", "payload", "user_id", "created_at", "cluster_version")


@dataclass(frozen=True)
class Review:
    verdict: str | None = None
    low: float | None = None
    high: float | None = None
    figure_source: str = ""
    note: str = ""
    status: str = "unreviewed"

    @property
    def figure(self) -> str:
        if self.low is None and self.high is None:
            return ""
        low, high = (_num(self.low), _num(self.high))
        return low if low == high else f"{low}–{high}"


@dataclass(frozen=True)
class Saved:
    version: int
    review: Review


@dataclass(frozen=True)
class Conflict:
    version: int
    """The cluster's current version."""
    review: Review
    """The review as it now stands."""
    since: tuple[AuditEntry, ...]
    """The changes saved after the version the reviewer saw."""


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def review_of(payload: dict[str, Any]) -> Review:
    known = {name: payload[name] for name in Review.__dataclass_fields__ if name in payload}
    return Review(**known)


def reviews(store: Store, cluster_ids: list[str] | None = None) -> dict[str, Review]:
    """The current review of each reviewed cluster (all of them, or these)."""
    sql = "SELECT cluster_id, payload FROM decisions WHERE kind = 'review'"
    params: list[str] = []
    if cluster_ids is not None:
        if not cluster_ids:
            return {}
        sql += f" AND cluster_id IN ({', '.join('?' for _ in cluster_ids)})"
        params = cluster_ids
    found: dict[str, Review] = {}
    for cluster_id, payload in store.backend.query(sql + " ORDER BY id", params):
        found[cluster_id] = review_of(json.loads(payload))
    return found


def cluster_versions(store: Store, cluster_ids: list[str]) -> dict[str, int]:
    """The current version of each of these clusters, which the store must hold. Read as the few versions
    above 1 (a cluster starts at 1), faster than looking up a page's thousand clusters."""
    changed = dict(store.backend.query("SELECT id, version FROM clusters WHERE version <> 1"))
    return {cluster_id: int(changed.get(cluster_id, 1)) for cluster_id in cluster_ids}


def save_review(
    store: Store, user_id: int, cluster_id: str, seen_version: int, new: Review
) -> Saved | Conflict:
    backend = store.backend
    with backend.transaction():
        bumped = backend.query(
            "UPDATE clusters SET version = version + 1 WHERE id = ? AND version = ? RETURNING version",
            (cluster_id, seen_version),
        )
        if bumped:
            before = reviews(store, [cluster_id]).get(cluster_id, Review())
            version = int(bumped[0][0])
            payload = json.dumps(asdict(new), sort_keys=True)
            backend.insert_returning_id(
                insert_sql("decisions", _DECISION),
                (cluster_id, "review", payload, user_id, now(), seen_version),
            )
            insert_audit(
                backend, user_id, "review", "cluster", cluster_id,
                {**asdict(before), "version": seen_version}, {**asdict(new), "version": version},
            )  # fmt: skip
            return Saved(version, new)
    current = store.cluster_version(cluster_id)
    if current is None:
        raise KeyError(cluster_id)
    since = tuple(
        entry
        for entry in store.audit_log("cluster", cluster_id)
        if isinstance(entry.after, dict) and int(entry.after.get("version", 0)) > seen_version
    )
    return Conflict(current, reviews(store, [cluster_id]).get(cluster_id, Review()), since)
