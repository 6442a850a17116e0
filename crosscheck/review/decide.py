"""Recording decisions (see :mod:`crosscheck.review.decision_kinds`): each action is its decisions and an
audit entry per cluster it touches, in one transaction that bumps the version of every cluster it changes
only if each is still the version the reviewer saw; otherwise nothing is written.

A split or a rejected match also adds, in that transaction, the row of each cluster it makes, judged on its
claims as the pages show them, under the id the next run keeps for it. The row has no members (the pages
lay the decision over the run, as they lay every decision) and a digest no run computes
(:data:`REVIEWER_MADE`), so the next run that holds its claims rewrites it, members and all."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crosscheck.cluster.corrections import apply_corrections
from crosscheck.model import Cluster, Correction
from crosscheck.review.decision_kinds import decided, new_cluster_id
from crosscheck.review.overlay import made_cluster
from crosscheck.store import Store, rows
from crosscheck.store.audit import insert_audit
from crosscheck.store.backend import Backend, insert_sql
from crosscheck.store.migrate import now

_DECISION = ("cluster_id", "claim_id", "kind", "payload", "user_id", "created_at", "cluster_version")
REVIEWER_MADE = "made by a reviewer"
"""The digest of a cluster row a decision added: never a run's, so a run rewrites the row."""


@dataclass(frozen=True)
class Change:
    """One decision row."""

    kind: str
    cluster_id: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    claim_id: str | None = None


class _Stale(Exception):
    pass


def record(
    store: Store,
    user_id: int,
    changes: Sequence[Change],
    seen: Mapping[str, int],
    audits: Sequence[tuple[str, Mapping[str, Any], Mapping[str, Any]]],
    made: Sequence[Cluster] = (),
) -> bool:
    """Bump each cluster of ``seen`` from the version given there, add the rows of the clusters ``made``,
    write the decisions and the audit entries (cluster id, before, after; a cluster of ``seen`` gets its
    versions added). False, with nothing written, when a cluster was saved since."""
    backend = store.backend
    try:
        with backend.transaction():
            for cluster_id, version in seen.items():
                if not backend.query(
                    "UPDATE clusters SET version = version + 1 WHERE id = ? AND version = ? RETURNING id",
                    (cluster_id, version),
                ):
                    raise _Stale(cluster_id)
            _add_rows(backend, made)
            for change in changes:
                backend.insert_returning_id(
                    insert_sql("decisions", _DECISION),
                    (
                        change.cluster_id, change.claim_id, change.kind,
                        json.dumps(dict(change.payload), sort_keys=True), user_id, now(),
                        seen.get(change.cluster_id),
                    ),
                )  # fmt: skip
            kind = changes[0].kind
            for cluster_id, before, after in audits:
                version = seen.get(cluster_id)
                versions = (
                    ({"version": version}, {"version": version + 1}) if version is not None else ({}, {})
                )
                insert_audit(
                    backend,
                    user_id,
                    kind,
                    "cluster",
                    cluster_id,
                    {**before, **versions[0]},
                    {**after, **versions[1]},
                )
    except _Stale:
        return False
    return True


def _add_rows(backend: Backend, made: Sequence[Cluster]) -> None:
    """The rows of the clusters a decision makes, in the latest run. A current cluster keeps its row; one a
    run retired is put back in use, rewritten, without the members it had."""
    if not made:
        return
    run = backend.query("SELECT MAX(id) FROM runs")[0][0]
    columns = (*rows.CLUSTER_COLUMNS, "digest", "first_run", "updated_run")
    rewrite = ", ".join(f"{column} = ?" for column in (*rows.CLUSTER_COLUMNS[1:], "digest", "updated_run"))
    for cluster in made:
        row = rows.cluster_row(cluster)
        found = backend.query("SELECT retired_run FROM clusters WHERE id = ?", (cluster.id,))
        if not found:
            backend.insert_many("clusters", columns, [(*row, REVIEWER_MADE, run, run)])
        elif found[0][0] is not None:
            backend.execute("DELETE FROM cluster_members WHERE cluster_id = ?", (cluster.id,))
            backend.execute(
                f"UPDATE clusters SET {rewrite}, retired_run = NULL, version = version + 1 WHERE id = ?",
                (*row[1:], REVIEWER_MADE, run, cluster.id),
            )


def _made(store: Store, source: str, parts: Sequence[Sequence[str]]) -> list[Cluster]:
    """The clusters splitting these parts off ``source`` makes, judged on their claims as corrected by the
    misread decisions (read from the store alone: a page's analysis may be stale by now)."""
    stored = store.cluster(source)
    if stored is None:
        return []
    wanted = store.claims(sorted({claim for part in parts for claim in part}))
    fixes = [
        (d.claim_id, Correction(d.id, str(d.payload.get("field")), str(d.payload.get("correction", ""))))
        for d in decided(store, ("misread",))
        if d.claim_id is not None and d.payload.get("field") != "not_a_claim"
    ]
    claims = {claim.id: claim for claim in apply_corrections(wanted, fixes)}
    return [
        made_cluster(new_cluster_id(part), stored, [claims[c] for c in sorted(part) if c in claims])
        for part in parts
    ]


def split(store: Store, user_id: int, source: str, claims: Sequence[str], seen: int) -> str | None:
    """Split these claims off ``source`` into a new cluster; its id, or None when ``source`` is stale."""
    chosen = sorted(set(claims))
    new = new_cluster_id(chosen)
    change = Change("split", source, {"into": new, "claims": chosen})
    audits = [(source, {}, {"split": chosen, "into": new}), (new, {}, {"received": chosen, "from": source})]
    made = _made(store, source, [chosen])
    return new if record(store, user_id, [change], {source: seen}, audits, made) else None


def reject_match(store: Store, user_id: int, cluster: str, claims: Sequence[str], seen: int) -> bool:
    """These claims do not report ``cluster``'s figure: one decision each, and a cluster of its own each."""
    chosen = sorted(set(claims))
    changes = [Change("reject_match", cluster, {}, claim) for claim in chosen]
    into = [new_cluster_id([c]) for c in chosen]
    audits = [
        (cluster, {}, {"rejected": chosen, "into": into}),
        *((alone, {}, {"received": [c], "from": cluster}) for c, alone in zip(chosen, into, strict=True)),
    ]
    made = _made(store, cluster, [[c] for c in chosen])
    return record(store, user_id, changes, {cluster: seen}, audits, made)


def misread(
    store: Store, user_id: int, cluster: str, claims: Sequence[str], what: str, correction: str, seen: int
) -> bool:
    """The extractor misread these claims' ``what`` (a field of decision_kinds.MISREAD_FIELDS)."""
    chosen = sorted(set(claims))
    payload = {"field": what, "correction": correction}
    changes = [Change("misread", cluster, payload, claim) for claim in chosen]
    audits = [(cluster, {}, {"misread": chosen, **payload})]
    return record(store, user_id, changes, {cluster: seen}, audits)


def assign(store: Store, user_id: int, cluster: str, name: str | None, before: str | None, seen: int) -> bool:
    """``cluster`` is for ``name`` to review (None: for nobody)."""
    change = Change("assign", cluster, {"user": name})
    return record(store, user_id, [change], {cluster: seen}, [(cluster, {"user": before}, {"user": name})])
