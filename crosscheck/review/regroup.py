"""Regrouping an incident's figures: merging two clusters, or moving claims from one cluster to another.

Each is a decision on the cluster that loses claims (``{"into": target}`` for a merge, ``{"into": target,
"claims": [...]}`` for a move) and an audit entry on each of the two clusters, made in one transaction that
bumps both versions only if both are still the versions the reviewer saw. The store's analysis tables stay
as the run wrote them; the UI lays the decisions over them in order: a cluster left without claims is
hidden, and a numeric cluster whose claims changed is compared again (verdict, explanation, range).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster
from crosscheck.review.state import _AUDIT, _DECISION
from crosscheck.store import Store
from crosscheck.store.backend import insert_sql
from crosscheck.store.migrate import now

KINDS = ("merge", "move")


class _Stale(Exception):
    pass


@dataclass(frozen=True)
class Regrouping:
    kind: str
    source: str
    target: str
    claims: tuple[str, ...] = ()
    """The moved claims (a move); a merge moves all of the source's."""


def regroupings(store: Store) -> list[Regrouping]:
    found = store.backend.query(
        "SELECT kind, cluster_id, payload FROM decisions WHERE kind IN ('merge', 'move') ORDER BY id"
    )
    decided = []
    for kind, source, payload in found:
        values = json.loads(payload)
        decided.append(Regrouping(kind, source, values["into"], tuple(values.get("claims", ()))))
    return decided


def regroup(
    store: Store,
    user_id: int,
    change: Regrouping,
    source_version: int,
    target_version: int,
) -> bool:
    """Record a merge or a move; False (nothing changed) when either cluster was saved since."""
    backend = store.backend
    payload: dict[str, object] = {"into": change.target}
    if change.kind == "move":
        payload["claims"] = list(change.claims)
    source_after: dict[str, object] = {"merged_into": change.target}
    target_after: dict[str, object] = {"absorbed": change.source}
    if change.kind == "move":
        source_after, target_after = payload, {"received": list(change.claims), "from": change.source}
    try:
        with backend.transaction():
            for cluster_id, seen in ((change.source, source_version), (change.target, target_version)):
                if not backend.query(
                    "UPDATE clusters SET version = version + 1 WHERE id = ? AND version = ? RETURNING id",
                    (cluster_id, seen),
                ):
                    raise _Stale(cluster_id)
            backend.insert_returning_id(
                insert_sql("decisions", _DECISION),
                (change.source, change.kind, json.dumps(payload), user_id, now(), source_version),
            )
            for cluster_id, seen, after in (
                (change.source, source_version, source_after),
                (change.target, target_version, target_after),
            ):
                backend.insert_returning_id(
                    insert_sql("audit_log", _AUDIT),
                    (
                        now(), user_id, change.kind, "cluster", cluster_id,
                        json.dumps({"version": seen}), json.dumps({**after, "version": seen + 1}),
                    ),
                )  # fmt: skip
    except _Stale:
        return False
    return True


def regrouped(
    clusters: Sequence[Cluster], decided: Sequence[Regrouping], claims: Mapping[str, Claim]
) -> list[Cluster]:
    """The clusters with the decisions laid over them, in the order they were made."""
    if not decided:
        return list(clusters)
    from crosscheck.compare import make_cluster

    members = {cluster.id: list(cluster.claim_ids) for cluster in clusters}
    for change in decided:
        if change.source not in members or change.target not in members:
            continue
        moved = list(members[change.source] if change.kind == "merge" else change.claims)
        for claim_id in moved:
            for held in members.values():
                if claim_id in held:
                    held.remove(claim_id)
            members[change.target].append(claim_id)
    kept = []
    for cluster in clusters:
        ids = members[cluster.id]
        if not ids:
            continue
        if ids != list(cluster.claim_ids):
            found = [claims[cid] for cid in ids if cid in claims]
            if found and all(claim.kind == "numeric" for claim in found):
                again = make_cluster(found, Settings())
                cluster = replace(again, id=cluster.id, event_id=cluster.event_id)
            cluster = replace(cluster, claim_ids=tuple(ids))
        kept.append(cluster)
    return kept
