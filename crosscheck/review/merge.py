"""Merging two figures of one incident: a reviewer says two clusters count the same thing.

A merge is a decision on the absorbed cluster (``{"into": target}``) and an audit entry on each cluster,
made in one transaction that bumps both versions only if both are still the versions the reviewer saw. The
store's analysis tables are left as the run wrote them; the UI lays the merges over them: the target shows
both clusters' claims, compared again (verdict, explanation, reconciled range), and the absorbed cluster is
hidden.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster
from crosscheck.review.state import _AUDIT, _DECISION
from crosscheck.store import Store
from crosscheck.store.backend import insert_sql
from crosscheck.store.migrate import now


class _Stale(Exception):
    pass


def merges(store: Store) -> dict[str, str]:
    """Absorbed cluster id -> the cluster it was merged into (chains followed to their end)."""
    found: dict[str, str] = {}
    for cluster_id, payload in store.backend.query(
        "SELECT cluster_id, payload FROM decisions WHERE kind = 'merge' ORDER BY id"
    ):
        found[cluster_id] = json.loads(payload)["into"]
    for source in found:
        seen = {source}
        while found[source] in found and found[source] not in seen:
            seen.add(found[source])
            found[source] = found[found[source]]
    return found


def merge_clusters(
    store: Store, user_id: int, source: str, source_version: int, target: str, target_version: int
) -> bool:
    """Merge ``source`` into ``target``; False (nothing changed) when either was saved since."""
    backend = store.backend
    try:
        with backend.transaction():
            for cluster_id, seen in ((source, source_version), (target, target_version)):
                if not backend.query(
                    "UPDATE clusters SET version = version + 1 WHERE id = ? AND version = ? RETURNING id",
                    (cluster_id, seen),
                ):
                    raise _Stale(cluster_id)
            backend.insert_returning_id(
                insert_sql("decisions", _DECISION),
                (source, "merge", json.dumps({"into": target}), user_id, now(), source_version),
            )
            for cluster_id, seen, after in (
                (source, source_version, {"merged_into": target}),
                (target, target_version, {"absorbed": source}),
            ):
                backend.insert_returning_id(
                    insert_sql("audit_log", _AUDIT),
                    (
                        now(), user_id, "merge", "cluster", cluster_id,
                        json.dumps({"version": seen}), json.dumps({**after, "version": seen + 1}),
                    ),
                )  # fmt: skip
    except _Stale:
        return False
    return True


def merged(
    clusters: Sequence[Cluster], merged_into: Mapping[str, str], claims: Mapping[str, Claim]
) -> list[Cluster]:
    """The clusters with the merges laid over them: absorbed ones dropped, each target compared again on
    all its claims (numeric clusters only; a factual one keeps its claims listed and its verdict)."""
    if not merged_into:
        return list(clusters)
    from crosscheck.compare import make_cluster

    by_id = {cluster.id: cluster for cluster in clusters}
    extra: dict[str, list[str]] = {}
    for source, target in merged_into.items():
        if source in by_id and target in by_id:
            extra.setdefault(target, []).extend(by_id[source].claim_ids)
    kept = []
    for cluster in clusters:
        if cluster.id in merged_into and merged_into[cluster.id] in by_id:
            continue
        if cluster.id in extra:
            ids = [*cluster.claim_ids, *(cid for cid in extra[cluster.id] if cid not in cluster.claim_ids)]
            members = [claims[cid] for cid in ids if cid in claims]
            if members and all(claim.kind == "numeric" for claim in members):
                again = make_cluster(members, Settings())
                cluster = replace(again, id=cluster.id, event_id=cluster.event_id, claim_ids=tuple(ids))
            else:
                cluster = replace(cluster, claim_ids=tuple(ids))
        kept.append(cluster)
    return kept
