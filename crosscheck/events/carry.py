"""Incident ids carried over from a store's previous runs, so that they hold when articles are added.

A run names each incident after its first claim (:func:`crosscheck.events.describe.event_id`): the same
input always gives the same ids, but an article published before an incident's first one that joins it, or
a split that takes the first claim elsewhere, changes the id. With the incidents a store already holds
(:class:`PreviousIncidents`, read by :mod:`crosscheck.store.incident_ids`), a new incident takes the id of
the stored incident with which it shares the most claims, when it holds more than half of that incident's
claims present in the run. So an incident keeps its id when articles join it, and when it splits, its
larger part keeps it.

Each stored id goes to at most one new incident and each new incident takes at most one id: a current
stored incident before a retired one (a retired id comes back when its claims part again from what they
were merged into), then the most claims shared, then the incident stored first, then the smaller id. The
other incidents keep their own ids unless a stored incident has it (or one carried over here); those get a
fresh id made from their own id and their claims, which no stored incident has.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from crosscheck.model import Cluster, Event


@dataclass(frozen=True)
class StoredIncident:
    id: str
    claim_ids: tuple[str, ...]
    first_run: int
    """The run that first stored it (the older wins a tie)."""
    current: bool = True
    """False for an incident a run retired."""


@dataclass(frozen=True)
class PreviousIncidents:
    """What a store holds of the incidents before a run."""

    incidents: tuple[StoredIncident, ...] = ()
    """The incidents that can hand their id over: current and retired ones, each with its last claims."""
    known_ids: frozenset[str] = frozenset()
    """Every incident id the store has ever held: a fresh id is none of them."""


def carried_ids(events: Sequence[Event], previous: PreviousIncidents) -> dict[str, str]:
    """The id each of ``events`` is to take (by its own id), as the module says; the ids are unique."""
    event_of_claim = {claim_id: event.id for event in events for claim_id in event.claim_ids}
    offers: list[tuple[bool, int, int, str, str]] = []
    for stored in previous.incidents:
        here = [claim_id for claim_id in stored.claim_ids if claim_id in event_of_claim]
        shared = Counter(event_of_claim[claim_id] for claim_id in here)
        for new_id, count in shared.items():
            if 2 * count > len(here):
                offers.append((not stored.current, -count, stored.first_run, stored.id, new_id))
    final: dict[str, str] = {}
    taken: set[str] = set()
    for *_, stored_id, new_id in sorted(offers):
        if new_id not in final and stored_id not in taken:
            final[new_id] = stored_id
            taken.add(stored_id)
    unavailable = previous.known_ids | taken
    rest = sorted(event.id for event in events if event.id not in final)
    kept = {event_id for event_id in rest if event_id not in unavailable}
    by_id = {event.id: event for event in events}
    for event_id in rest:
        if event_id in kept:
            final[event_id] = event_id
            continue
        fresh = _fresh_id(event_id, by_id[event_id].claim_ids, unavailable | kept | taken)
        final[event_id] = fresh
        taken.add(fresh)
    return final


def _fresh_id(event_id: str, claim_ids: Iterable[str], unavailable: set[str] | frozenset[str]) -> str:
    """ "e-" and 10 hex digits of the SHA-1 of the incident's own id and its claims (and a counter, should
    that too be taken)."""
    seed = "\n".join([event_id, *sorted(claim_ids)])
    for attempt in range(len(unavailable) + 1):
        text = seed if attempt == 0 else f"{seed}\n{attempt}"
        candidate = "e-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
        if candidate not in unavailable:
            return candidate
    raise AssertionError("unreachable: more attempts than ids taken")


def carry_incident_ids(
    clusters: Sequence[Cluster], events: Sequence[Event], previous: PreviousIncidents
) -> tuple[list[Cluster], list[Event]]:
    """The clusters (their ``event_id``) and incidents (sorted by id) under the ids carried over."""
    final = carried_ids(events, previous)
    renamed = sorted((replace(event, id=final[event.id]) for event in events), key=lambda e: e.id)
    moved = [
        replace(cluster, event_id=final.get(cluster.event_id, cluster.event_id))
        if cluster.event_id
        else cluster
        for cluster in clusters
    ]
    return moved, renamed
