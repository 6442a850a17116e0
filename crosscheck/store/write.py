"""Write one run's sources, claims, incidents, clusters and embeddings in one transaction.

Ids are stable, so a run upserts: a row is inserted when its id is new, rewritten only when its content
changed (a cluster's ``version`` then goes up), and left alone otherwise, so re-running a corpus changes
nothing but the list of runs. A run speaks for its sources: a claim, cluster or incident that involves one
of them and that the run no longer produces is retired (``retired_run``), never deleted, since reviewers'
decisions may point at it.

A cluster reviewers made decisions on keeps its id when a later run's cluster holds its claims
(:mod:`crosscheck.cluster.reviewed`); when such a cluster's claims change, or a run strands one (its claims
are in the run but scattered, so it is retired with its decisions), the audit log says so in an entry of
no user (the system): ``carry_over`` or ``stranded``, with the claims before and after and the review the
cluster holds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from crosscheck import __version__
from crosscheck.model import Claim, Cluster, Event, Source
from crosscheck.store import rows
from crosscheck.store.audit import insert_audit
from crosscheck.store.backend import Backend, insert_sql
from crosscheck.store.migrate import now


@dataclass(frozen=True)
class RunData:
    """What a run hands the store."""

    corpus: str
    sources: Sequence[Source]
    claims: Sequence[Claim]
    clusters: Sequence[Cluster]
    events: Sequence[Event]
    embeddings: Mapping[str, bytes] = field(default_factory=dict)
    """Sentence key (crosscheck.embed.cache.text_key) -> float32 vector bytes."""
    embedder: str | None = None
    """The embedder's name: the model half of an embedding's key."""
    dimensions: int = 0
    settings: Mapping[str, Any] = field(default_factory=dict)
    carried: tuple[str, ...] = ()
    """Ids of clusters with reviewers' decisions that this run's clusters keep."""
    stranded: tuple[str, ...] = ()
    """Ids of clusters with reviewers' decisions whose claims this run scattered."""
    replaces: Replaced | None = None
    """For a record into the stored clusters and incidents (:mod:`crosscheck.check.record`): the clusters
    and incidents given hold every claim they are to hold, and what they replace; None for a run."""


@dataclass(frozen=True)
class Replaced:
    """The stored rows a record rewrote: those of these ids that it did not produce again are retired."""

    clusters: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    """Claims of other articles than the record's that it leaves out (a reviewer's "not a claim")."""


@dataclass(frozen=True)
class WriteSummary:
    """What one write changed, per table: rows added, rows rewritten, rows retired."""

    where: str
    """The store's file or URL (without its password)."""
    run_id: int
    added: Mapping[str, int]
    changed: Mapping[str, int]
    retired: Mapping[str, int]
    embeddings_added: int

    def describe(self) -> str:
        def counts(per_table: Mapping[str, int], extra: str = "") -> str:
            named = [f"{per_table.get(t, 0)} {_NAMES[t]}" for t in _NAMES if per_table.get(t, 0)]
            return ", ".join([*named, extra] if extra else named) or "nothing"

        embeddings = f"{self.embeddings_added} embeddings" if self.embeddings_added else ""
        return (
            f"run {self.run_id}; added {counts(self.added, embeddings)}; changed {counts(self.changed)}; "
            f"retired {counts(self.retired)}"
        )


_NAMES = {"sources": "sources", "claims": "claims", "events": "incidents", "clusters": "clusters"}


def write_run(backend: Backend, data: RunData) -> WriteSummary:
    with backend.transaction():
        run_id = backend.insert_returning_id(
            insert_sql("runs", ("corpus", "started_at", "crosscheck_version", "embedder", "settings")),
            (data.corpus, now(), __version__, data.embedder, json.dumps(dict(data.settings), sort_keys=True)),
        )
        writer = _Writer(backend, run_id)
        writer.sync("sources", rows.SOURCE_COLUMNS, [rows.source_row(s) for s in data.sources])
        writer.sync("claims", rows.CLAIM_COLUMNS, [rows.claim_row(c) for c in data.claims])
        source_ids = {source.id for source in data.sources}
        event_members = _stored_members(backend, "event_claims", "event_id", source_ids)
        cluster_members = _stored_members(backend, "cluster_members", "cluster_id", source_ids)
        events = list(data.events) if data.replaces else _keeping_others(data.events, event_members)
        regrouped = _regrouped(backend, "event_claims", "event_id", events)
        written = writer.sync(
            "events", rows.EVENT_COLUMNS, [rows.event_row(e) for e in data.events], rewrite=regrouped
        )
        _members(backend, "event_claims", "event_id", [e for e in events if e.id in written])
        decided = _held(backend, (*data.carried, *data.stranded))
        clusters = list(data.clusters) if data.replaces else _keeping_others(data.clusters, cluster_members)
        regrouped = _regrouped(backend, "cluster_members", "cluster_id", clusters)
        cluster_rows = [rows.cluster_row(c) for c in data.clusters]
        written = writer.sync(
            "clusters", rows.CLUSTER_COLUMNS, cluster_rows, versioned=True, rewrite=regrouped
        )
        _members(backend, "cluster_members", "cluster_id", [c for c in clusters if c.id in written])
        current_claims = "SELECT id, source_id FROM claims WHERE retired_run IS NULL"
        writer.retire("claims", {c.id for c in data.claims}, source_ids, current_claims)
        if data.replaces:
            _retire_replaced(writer, data, data.replaces)
        else:
            _retire_unproduced(writer, data, source_ids, event_members, cluster_members)
        _audit_decided(backend, run_id, decided, set(data.stranded))
        added_embeddings = _embeddings(backend, data, run_id)
        backend.execute(
            "UPDATE runs SET finished_at = ?, sources = ?, claims = ?, clusters = ?, events = ? WHERE id = ?",
            (now(), len(data.sources), len(data.claims), len(data.clusters), len(data.events), run_id),
        )
    return WriteSummary(backend.where, run_id, writer.added, writer.changed, writer.retired, added_embeddings)


def _retire_unproduced(
    writer: _Writer,
    data: RunData,
    source_ids: set[str],
    event_members: _StoredMembers,
    cluster_members: _StoredMembers,
) -> None:
    """A run speaks for its sources: their incidents and clusters it did not produce are retired, or keep
    the other articles' claims."""
    from crosscheck.store.incident_ids import audit_retired_incidents

    produced = {e.id for e in data.events}
    _shrink(writer, "events", "event_claims", "event_id", produced, event_members)
    events_sql = _member_sources("events", "event_claims", "event_id")
    writer.retire("events", produced, source_ids, events_sql)
    audit_retired_incidents(writer.backend, writer.run_id)
    produced = {c.id for c in data.clusters}
    _shrink(writer, "clusters", "cluster_members", "cluster_id", produced, cluster_members, versioned=True)
    clusters_sql = _member_sources("clusters", "cluster_members", "cluster_id") + _MADE_SOURCES
    writer.retire("clusters", produced, source_ids, clusters_sql, versioned=True)


def _retire_replaced(writer: _Writer, data: RunData, replaced: Replaced) -> None:
    """A record retires what it replaced and did not produce again, and nothing else."""
    from crosscheck.store.incident_ids import audit_retired_incidents

    writer.retire_ids("claims", replaced.claims)
    writer.retire_ids("events", replaced.events - {e.id for e in data.events})
    audit_retired_incidents(writer.backend, writer.run_id)
    writer.retire_ids("clusters", replaced.clusters - {c.id for c in data.clusters}, versioned=True)


def _member_sources(table: str, members: str, owner: str) -> str:
    """(id, source id of one of its claims) for each current row of ``table``."""
    return (
        f"SELECT m.{owner}, c.source_id FROM {members} m JOIN claims c ON c.id = m.claim_id "
        f"JOIN {table} t ON t.id = m.{owner} WHERE t.retired_run IS NULL"
    )


_MADE_SOURCES = (
    " UNION SELECT t.id, c.source_id FROM clusters t JOIN event_claims e ON e.event_id = t.event_id "
    "JOIN claims c ON c.id = e.claim_id WHERE t.retired_run IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM cluster_members m WHERE m.cluster_id = t.id)"
)
"""(id, source id of a claim of its incident) for each current cluster without members: one a reviewer's
split or rejected match made (crosscheck.review.decide), retired when a run on its incident's sources does
not take it in."""


_Owner = TypeVar("_Owner", Event, Cluster)


@dataclass(frozen=True)
class _StoredMembers:
    """Read once, before the run writes: the current claims of other articles than the run's that each
    stored incident or cluster holds (``others``), and those that hold a claim of the run's articles."""

    others: dict[str, list[str]]
    touched: set[str]


def _stored_members(backend: Backend, table: str, owner: str, source_ids: set[str]) -> _StoredMembers:
    sql = (
        f"SELECT m.{owner}, m.claim_id, c.source_id FROM {table} m JOIN claims c ON c.id = m.claim_id "
        f"WHERE c.retired_run IS NULL ORDER BY m.{owner}, m.position"
    )
    others: dict[str, list[str]] = {}
    touched: set[str] = set()
    for owner_id, claim_id, source_id in backend.query(sql):
        if source_id in source_ids:
            touched.add(owner_id)
        else:
            others.setdefault(owner_id, []).append(claim_id)
    return _StoredMembers(others, touched)


def _keeping_others(owners: Sequence[_Owner], stored: _StoredMembers) -> list[_Owner]:
    """The run's incidents or clusters, each also holding the claims of articles outside the run that its
    stored row holds: a run over some of a store's articles (``check --record``) speaks for those only."""
    others = stored.others
    return [
        replace(o, claim_ids=(*o.claim_ids, *(c for c in others[o.id] if c not in o.claim_ids)))
        if o.id in others
        else o
        for o in owners
    ]


def _shrink(
    writer: _Writer,
    rows_table: str,
    table: str,
    owner: str,
    produced: set[str],
    stored: _StoredMembers,
    versioned: bool = False,
) -> None:
    """A stored incident or cluster holding claims of the run's articles and of others, which the run did
    not produce, keeps the others' claims instead of being retired with the run's."""
    others = stored.others
    kept = sorted(owner_id for owner_id in others if owner_id in stored.touched and owner_id not in produced)
    writer.backend.executemany(f"DELETE FROM {table} WHERE {owner} = ?", [(o,) for o in kept])
    writer.backend.insert_many(
        table,
        (owner, "claim_id", "position"),
        [(o, claim_id, position) for o in kept for position, claim_id in enumerate(others[o])],
    )
    bump = ", version = version + 1" if versioned else ""
    writer.backend.executemany(
        f"UPDATE {rows_table} SET updated_run = ?{bump} WHERE id = ?", [(writer.run_id, o) for o in kept]
    )


class _Writer:
    def __init__(self, backend: Backend, run_id: int) -> None:
        self.backend = backend
        self.run_id = run_id
        self.added = dict.fromkeys(_NAMES, 0)
        self.changed = dict.fromkeys(_NAMES, 0)
        self.retired = dict.fromkeys(_NAMES, 0)

    def sync(
        self,
        table: str,
        columns: Sequence[str],
        new_rows: Sequence[rows.Row],
        versioned: bool = False,
        rewrite: frozenset[str] = frozenset(),
    ) -> set[str]:
        """Insert the new rows, rewrite the changed ones (and those in ``rewrite``); the ids of both."""
        known = {
            row_id: (digest, retired)
            for row_id, digest, retired in self.backend.query(f"SELECT id, digest, retired_run FROM {table}")
        }
        inserts: list[rows.Row] = []
        updates: list[rows.Row] = []
        for row in new_rows:
            digest = rows.digest(row)
            if row[0] not in known:
                inserts.append((*row, digest, self.run_id, self.run_id))
            elif known[row[0]] != (digest, None) or row[0] in rewrite:
                updates.append((*row[1:], digest, self.run_id, row[0]))
        self.backend.insert_many(table, (*columns, "digest", "first_run", "updated_run"), inserts)
        assignments = ", ".join(f"{column} = ?" for column in (*columns[1:], "digest", "updated_run"))
        bump = ", version = version + 1" if versioned else ""
        self.backend.executemany(
            f"UPDATE {table} SET {assignments}, retired_run = NULL{bump} WHERE id = ?", updates
        )
        self.added[table], self.changed[table] = len(inserts), len(updates)
        return {row[0] for row in inserts} | {row[-1] for row in updates}

    def retire(
        self, table: str, produced: set[str], source_ids: set[str], pairs_sql: str, versioned: bool = False
    ) -> None:
        """Retire the current rows that involve one of the run's sources and that the run did not produce."""
        pairs = self.backend.query(pairs_sql)
        stale = sorted({row_id for row_id, source_id in pairs if source_id in source_ids} - produced)
        bump = ", version = version + 1" if versioned else ""
        self.backend.executemany(
            f"UPDATE {table} SET retired_run = ?{bump} WHERE id = ?", [(self.run_id, i) for i in stale]
        )
        self.retired[table] = len(stale)

    def retire_ids(self, table: str, ids: frozenset[str] | set[str], versioned: bool = False) -> None:
        """Retire the current rows of these ids."""
        sql = f"SELECT id FROM {table} WHERE retired_run IS NULL"
        current = {row_id for (row_id,) in self.backend.query(sql)}
        stale = sorted(current & set(ids))
        bump = ", version = version + 1" if versioned else ""
        self.backend.executemany(
            f"UPDATE {table} SET retired_run = ?{bump} WHERE id = ?", [(self.run_id, i) for i in stale]
        )
        self.retired[table] += len(stale)


def _regrouped(
    backend: Backend, table: str, owner: str, owners: Sequence[Event] | Sequence[Cluster]
) -> frozenset[str]:
    """The known events or clusters whose claims differ from the store's (a row's digest leaves its claims
    out: an incident keeps its id as articles join it, a reviewed cluster as claims join or leave it)."""
    stored: dict[str, list[str]] = {}
    sql = f"SELECT {owner}, claim_id FROM {table} ORDER BY {owner}, position"
    for owner_id, claim_id in backend.query(sql):
        stored.setdefault(owner_id, []).append(claim_id)
    return frozenset(o.id for o in owners if o.id in stored and stored[o.id] != list(o.claim_ids))


def _members(backend: Backend, table: str, owner: str, owners: Sequence[Event] | Sequence[Cluster]) -> None:
    """Replace the claim lists of the events or clusters just inserted or rewritten."""
    backend.executemany(f"DELETE FROM {table} WHERE {owner} = ?", [(o.id,) for o in owners])
    backend.insert_many(
        table,
        (owner, "claim_id", "position"),
        [(o.id, claim_id, position) for o in owners for position, claim_id in enumerate(o.claim_ids)],
    )


_Held = tuple[int, list[str]]
"""A cluster's version (0 before it exists) and claims."""


def _held(backend: Backend, cluster_ids: Sequence[str]) -> dict[str, _Held]:
    found: dict[str, _Held] = {}
    for cluster_id in cluster_ids:
        version = backend.query("SELECT version FROM clusters WHERE id = ?", (cluster_id,))
        claims = backend.query(
            "SELECT claim_id FROM cluster_members WHERE cluster_id = ? ORDER BY position", (cluster_id,)
        )
        found[cluster_id] = (int(version[0][0]) if version else 0, [claim_id for (claim_id,) in claims])
    return found


def _audit_decided(backend: Backend, run_id: int, before: Mapping[str, _Held], stranded: set[str]) -> None:
    """An entry of no user for each decided cluster whose claims this run changed, or that it retired."""
    from crosscheck.store.decided import latest_review

    after = _held(backend, sorted(before))
    retired = dict(backend.query("SELECT id, retired_run FROM clusters WHERE retired_run = ?", (run_id,)))
    for cluster_id in sorted(before):
        gone = cluster_id in stranded and cluster_id in retired
        if before[cluster_id] == after[cluster_id] or (cluster_id in stranded and not gone):
            continue
        review = latest_review(backend, cluster_id)
        state = {"verdict": review.get("verdict"), "status": review.get("status", "unreviewed")}
        state |= {"low": review.get("low"), "high": review.get("high"), "note": review.get("note", "")}
        (old_version, old_claims), (version, claims) = before[cluster_id], after[cluster_id]
        insert_audit(
            backend, None, "stranded" if gone else "carry_over", "cluster", cluster_id,
            {**state, "claims": old_claims, "version": old_version},
            {**state, "claims": claims, "version": version, "run": run_id},
        )  # fmt: skip


def _embeddings(backend: Backend, data: RunData, run_id: int) -> int:
    if not data.embedder or not data.embeddings:
        return 0
    known = {key for (key,) in backend.query("SELECT key FROM embeddings WHERE model = ?", (data.embedder,))}
    new = [
        (data.embedder, key, data.dimensions, vector, run_id)
        for key, vector in sorted(data.embeddings.items())
        if key not in known
    ]
    backend.insert_many("embeddings", ("model", "key", "dimensions", "vector", "first_run"), new)
    return len(new)
