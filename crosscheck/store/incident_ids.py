"""The store's side of carrying incident ids over (:mod:`crosscheck.events.carry`).

Before a run: :func:`previous_incidents` reads every incident the store holds, current and retired, with
its last claims. While the run is written: :func:`audit_retired_incidents` adds an entry of no user for each
incident the run retired: ``merged`` with the incident that now holds most of its claims (``into``), or
``retired`` when none does. After it: :func:`successor` answers where a retired incident's claims went, so
that a bookmarked incident page leads to the incident that holds them now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.events.carry import PreviousIncidents, StoredIncident
from crosscheck.store.audit import insert_audit
from crosscheck.store.backend import Backend

if TYPE_CHECKING:
    from crosscheck.store.store import Store

INCIDENT = "incident"
"""The audit log's ``entity`` of the entries about incidents."""


def previous_incidents(store: Store) -> PreviousIncidents:
    """Every incident of the store with the claims it held last, for the next run to carry ids over."""
    backend = store.backend
    claims: dict[str, list[str]] = {}
    for event_id, claim_id in backend.query(
        "SELECT event_id, claim_id FROM event_claims ORDER BY event_id, position"
    ):
        claims.setdefault(event_id, []).append(claim_id)
    rows = backend.query("SELECT id, first_run, retired_run FROM events ORDER BY id")
    incidents = tuple(
        StoredIncident(event_id, tuple(claims.get(event_id, ())), int(first_run), retired is None)
        for event_id, first_run, retired in rows
    )
    return PreviousIncidents(incidents, frozenset(event_id for event_id, _, _ in rows))


def successor(backend: Backend, event_id: str) -> str | None:
    """The current incident holding most of the claims a retired incident held last (ties: the smaller
    id); None when the incident is current, unknown, or none of its claims is in a current incident."""
    found = backend.query("SELECT retired_run FROM events WHERE id = ?", (event_id,))
    if not found or found[0][0] is None:
        return None
    holders = backend.query(
        "SELECT m.event_id, COUNT(*) FROM event_claims m JOIN events e ON e.id = m.event_id "
        "WHERE e.retired_run IS NULL AND m.claim_id IN "
        "(SELECT claim_id FROM event_claims WHERE event_id = ?) GROUP BY m.event_id",
        (event_id,),
    )
    if not holders:
        return None
    return str(min(holders, key=lambda row: (-int(row[1]), row[0]))[0])


def audit_retired_incidents(backend: Backend, run_id: int) -> None:
    """An audit entry of no user for each incident run ``run_id`` retired: ``merged`` (``into`` the
    incident holding most of its claims) or ``retired``."""
    retired = backend.query("SELECT id, title FROM events WHERE retired_run = ? ORDER BY id", (run_id,))
    for event_id, title in retired:
        claims = [
            claim_id
            for (claim_id,) in backend.query(
                "SELECT claim_id FROM event_claims WHERE event_id = ? ORDER BY position", (event_id,)
            )
        ]
        into = successor(backend, event_id)
        insert_audit(
            backend, None, "merged" if into else "retired", INCIDENT, event_id,
            {"title": title, "claims": claims}, {"into": into, "run": run_id},
        )  # fmt: skip
