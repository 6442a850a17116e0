"""The store: one interface over SQLite and PostgreSQL for runs, their results, and reviewers' work."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from crosscheck.model import Claim, Cluster, Event, Source
from crosscheck.store import rows
from crosscheck.store.audit import insert_audit
from crosscheck.store.backend import Backend, insert_sql
from crosscheck.store.migrate import found_version, now
from crosscheck.store.write import RunData, WriteSummary, write_run

if TYPE_CHECKING:
    import numpy as np

ROLES = ("viewer", "reviewer", "admin")
_CURRENT = "retired_run IS NULL"
_DECISION = ("cluster_id", "claim_id", "kind", "payload", "user_id", "created_at", "cluster_version")
_AUDIT = ("id", "created_at", "user_id", "action", "entity", "entity_id", "before_json", "after_json")


@dataclass(frozen=True)
class RunRecord:
    id: int
    corpus: str
    started_at: str
    finished_at: str | None
    crosscheck_version: str
    embedder: str | None
    sources: int
    claims: int
    clusters: int
    events: int


@dataclass(frozen=True)
class AuditEntry:
    id: int
    created_at: str
    user_id: int | None
    action: str
    entity: str
    entity_id: str | None
    before: Any
    after: Any


class Store:
    """Open with :func:`crosscheck.store.open_store`; close, or use as a context manager."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    @property
    def where(self) -> str:
        return self.backend.where

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    def schema_version(self) -> int:
        return found_version(self.backend)

    def write_run(self, data: RunData) -> WriteSummary:
        """Store one run, all or nothing (see :mod:`crosscheck.store.write`)."""
        return write_run(self.backend, data)

    def runs(self) -> list[RunRecord]:
        columns = ", ".join(RunRecord.__dataclass_fields__)
        return [RunRecord(*row) for row in self.backend.query(f"SELECT {columns} FROM runs ORDER BY id")]

    def sources(self, ids: Iterable[str] | None = None) -> list[Source]:
        found = self._select("sources", rows.SOURCE_COLUMNS, ids, current=False)
        return [rows.source_of(row) for row in found]

    def claims(self, ids: Iterable[str] | None = None, current: bool = True) -> list[Claim]:
        """The claims (all current ones, or those with these ids), sorted by id."""
        found = self._select("claims", rows.CLAIM_COLUMNS, ids, current=current and ids is None)
        return self._claims(found)

    def claims_of(self, cluster_id: str) -> list[Claim]:
        """A cluster's claims, in the cluster's order."""
        columns = ", ".join(f"c.{name}" for name in rows.CLAIM_COLUMNS)
        found = self.backend.query(
            f"SELECT {columns} FROM cluster_members m JOIN claims c ON c.id = m.claim_id "
            "WHERE m.cluster_id = ? ORDER BY m.position",
            (cluster_id,),
        )
        return self._claims(found)

    def cluster(self, cluster_id: str) -> Cluster | None:
        found = self.clusters([cluster_id], current=False)
        return found[0] if found else None

    def cluster_version(self, cluster_id: str) -> int | None:
        found = self.backend.query("SELECT version FROM clusters WHERE id = ?", (cluster_id,))
        return int(found[0][0]) if found else None

    def clusters(self, ids: Iterable[str] | None = None, current: bool = True) -> list[Cluster]:
        """The clusters (all current ones, or those with these ids), sorted by id."""
        found = self._select("clusters", rows.CLUSTER_COLUMNS, ids, current=current and ids is None)
        members = self._members("cluster_members", "cluster_id", [row[0] for row in found])
        return [rows.cluster_of(row, members.get(row[0], [])) for row in found]

    def incident(self, event_id: str) -> Event | None:
        found = self.incidents([event_id], current=False)
        return found[0] if found else None

    def incidents(self, ids: Iterable[str] | None = None, current: bool = True) -> list[Event]:
        """The incidents (events; all current ones, or those with these ids), sorted by id. An incident's
        clusters are its current ones."""
        found = self._select("events", rows.EVENT_COLUMNS, ids, current=current and ids is None)
        event_ids = [row[0] for row in found]
        claims = self._members("event_claims", "event_id", event_ids)
        clusters: dict[str, list[str]] = {}
        for cluster_id, event_id in self._in(
            f"SELECT id, event_id FROM clusters WHERE {_CURRENT} AND event_id IN ({{}}) ORDER BY id",
            event_ids,
        ):
            clusters.setdefault(event_id, []).append(cluster_id)
        return [rows.event_of(row, claims.get(row[0], []), clusters.get(row[0], [])) for row in found]

    def embeddings(self, model: str, keys: Iterable[str] | None = None) -> dict[str, np.ndarray]:
        """Vectors by sentence key (crosscheck.embed.cache.text_key) for one embedder."""
        import numpy as np

        sql = "SELECT key, vector FROM embeddings WHERE model = ?"
        if keys is None:
            found = self.backend.query(sql, (model,))
        else:
            found = self._in(sql + " AND key IN ({})", list(keys), (model,))
        return {key: np.frombuffer(bytes(vector), dtype=np.float32) for key, vector in found}

    def add_user(self, name: str, role: str, password_hash: str | None = None) -> int:
        if role not in ROLES:
            raise ValueError(f"role {role!r}: use one of {', '.join(ROLES)}")
        with self.backend.transaction():
            return self.backend.insert_returning_id(
                "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
                (name, role, password_hash, now()),
            )

    def add_decision(
        self,
        user_id: int,
        kind: str,
        payload: Mapping[str, Any],
        cluster_id: str | None = None,
        claim_id: str | None = None,
    ) -> int:
        """Record a reviewer's decision on a cluster or claim (with the cluster's version it was made on)."""
        with self.backend.transaction():
            version = self.cluster_version(cluster_id) if cluster_id else None
            return self.backend.insert_returning_id(
                insert_sql("decisions", _DECISION),
                (cluster_id, claim_id, kind, json.dumps(payload, sort_keys=True), user_id, now(), version),
            )

    def append_audit(
        self, user_id: int | None, action: str, entity: str, entity_id: str | None, before: Any, after: Any
    ) -> int:
        with self.backend.transaction():
            return insert_audit(self.backend, user_id, action, entity, entity_id, before, after)

    def audit_log(self, entity: str | None = None, entity_id: str | None = None) -> list[AuditEntry]:
        where = [(column, value) for column, value in (("entity", entity), ("entity_id", entity_id)) if value]
        sql = f"SELECT {', '.join(_AUDIT)} FROM audit_log"
        if where:
            sql += " WHERE " + " AND ".join(f"{column} = ?" for column, _ in where)
        found = self.backend.query(sql + " ORDER BY id", [value for _, value in where])
        return [AuditEntry(*row[:6], json.loads(row[6]), json.loads(row[7])) for row in found]

    def _select(
        self, table: str, columns: tuple[str, ...], ids: Iterable[str] | None, current: bool
    ) -> list[rows.Row]:
        sql = f"SELECT {', '.join(columns)} FROM {table}"
        if ids is not None:
            return sorted(self._in(sql + " WHERE id IN ({})", list(ids)))
        return self.backend.query(sql + (f" WHERE {_CURRENT}" if current else "") + " ORDER BY id")

    def _members(self, table: str, owner: str, owner_ids: list[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        sql = f"SELECT {owner}, claim_id FROM {table} WHERE {owner} IN ({{}}) ORDER BY {owner}, position"
        for owner_id, claim_id in self._in(sql, owner_ids):
            found.setdefault(owner_id, []).append(claim_id)
        return found

    def _claims(self, found: list[rows.Row]) -> list[Claim]:
        sources = {source.id: source for source in self.sources({row[1] for row in found})}
        return [rows.claim_of(row, sources[row[1]]) for row in found]

    def _in(self, sql: str, values: list[str], before: tuple[Any, ...] = ()) -> list[rows.Row]:
        """Run ``sql`` whose ``IN ({})`` takes ``values``, in chunks the drivers accept."""
        found: list[rows.Row] = []
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            found += self.backend.query(sql.format(", ".join("?" for _ in chunk)), (*before, *chunk))
        return found
