"""Carrying incident ids over from a store's incidents (crosscheck.events.carry), on made-up incidents."""

from __future__ import annotations

import pytest

from crosscheck.events.carry import PreviousIncidents, StoredIncident, carried_ids, carry_incident_ids
from crosscheck.model import Cluster, Event


def event(event_id: str, *claims: str) -> Event:
    return Event(event_id, event_id, "incident", None, None, None, tuple(claims), (), (), ())


def stored(*incidents: StoredIncident) -> PreviousIncidents:
    return PreviousIncidents(incidents, frozenset(i.id for i in incidents))


def kept(event_id: str, *claims: str, run: int = 1, current: bool = True) -> StoredIncident:
    return StoredIncident(event_id, tuple(claims), run, current)


FRESH = "fresh"
"""Expected: an id of its own that no stored incident has (made from the incident's id and claims)."""

CASES = [
    pytest.param(
        [event("e-new", "x", "a", "b", "c")],
        [kept("e-old", "a", "b", "c")],
        {"e-new": "e-old"},
        id="an earlier article joins: the incident keeps its stored id",
    ),
    pytest.param(
        [event("e-a", "a", "b"), event("e-big", "c", "d", "e")],
        [kept("e-a", "a", "b", "c", "d", "e")],
        {"e-big": "e-a", "e-a": FRESH},
        id="a split: the larger part keeps the id, the part with the first claim gets a fresh one",
    ),
    pytest.param(
        [event("e-a", "a", "b"), event("e-c", "c", "d")],
        [kept("e-a", "a", "b", "c", "d")],
        {"e-a": FRESH, "e-c": "e-c"},
        id="a split in halves: no part holds more than half, neither keeps the id",
    ),
    pytest.param(
        [event("e-n", "a", "b", "c", "d", "e")],
        [kept("e-1", "a", "b"), kept("e-2", "c", "d", "e")],
        {"e-n": "e-2"},
        id="a merge: the id of the stored incident it shares most claims with",
    ),
    pytest.param(
        [event("e-n", "a", "b", "c", "d")],
        [kept("e-2", "c", "d", run=2), kept("e-1", "a", "b", run=3)],
        {"e-n": "e-2"},
        id="a merge of equal shares: the incident stored first",
    ),
    pytest.param(
        [event("e-n", "a", "b", "c", "d")],
        [kept("e-2", "c", "d"), kept("e-1", "a", "b")],
        {"e-n": "e-1"},
        id="a merge of equal shares stored in one run: the smaller id",
    ),
    pytest.param(
        [event("e-n", "a", "b")],
        [kept("e-1", "a", "b", current=False), kept("e-2", "a", "b", "q")],
        {"e-n": "e-2"},
        id="a current stored incident before a retired one",
    ),
    pytest.param(
        [event("e-big", "a", "b", "c"), event("e-x", "d")],
        [kept("e-big", "a", "b", "c", "d"), kept("e-small", "d", current=False)],
        {"e-big": "e-big", "e-x": "e-small"},
        id="claims parting again from what they were merged into take their retired id back",
    ),
    pytest.param(
        [event("e-n", "a", "b"), event("e-m", "c"), event("e-k", "d")],
        [kept("e-old", "a", "b", "c", "d")],
        {"e-n": "e-n", "e-m": "e-m", "e-k": "e-k"},
        id="negative: half of the stored incident's claims present in the run is not more than half",
    ),
    pytest.param(
        [event("e-n", "a", "b")],
        [kept("e-old", "a", "x", "y")],
        {"e-n": "e-old"},
        id="the stored claims missing from the run count for nothing",
    ),
    pytest.param(
        [event("e-n", "a", "b"), event("e-m", "c")],
        [kept("e-old", "a", "c")],
        {"e-n": "e-n", "e-m": "e-m"},
        id="negative: one stored claim in each of two incidents",
    ),
    pytest.param(
        [event("e-other", "p", "q")],
        [kept("e-other", "z")],
        {"e-other": FRESH},
        id="an own id a stored incident of other claims had is never reused",
    ),
]


@pytest.mark.parametrize(("events", "previous", "expected"), CASES)
def test_carried_ids(events: list[Event], previous: list[StoredIncident], expected: dict[str, str]):
    found = carried_ids(events, stored(*previous))
    assert found.keys() == expected.keys()
    for own, wanted in expected.items():
        if wanted == FRESH:
            assert found[own] not in {own, *(i.id for i in previous)}, own
            assert found[own].startswith("e-") and len(found[own]) == 12
        else:
            assert found[own] == wanted, own
    assert len(set(found.values())) == len(found), "ids are unique"


def test_fresh_ids_never_meet_a_stored_or_carried_id_and_are_the_same_each_time():
    events = [event("e-a", "a"), event("e-b", "b", "c", "d")]
    previous = stored(kept("e-a", "b", "c"), kept("e-b", "x"), kept("e-zz", "y"))
    first = carried_ids(events, previous)
    assert first["e-b"] == "e-a"
    assert first["e-a"] not in {"e-a", "e-b", "e-zz"}
    assert carried_ids(list(reversed(events)), previous) == first


def test_a_fresh_id_taken_by_the_store_takes_the_next_one():
    events = [event("e-a", "a")]
    fresh = carried_ids(events, stored(kept("e-a", "z")))["e-a"]
    again = carried_ids(events, stored(kept("e-a", "z"), kept(fresh, "y")))["e-a"]
    assert again not in {"e-a", fresh} and again.startswith("e-") and len(again) == 12


def test_an_empty_store_changes_nothing():
    events = [event("e-a", "a", "b"), event("e-c", "c")]
    assert carried_ids(events, PreviousIncidents()) == {"e-a": "e-a", "e-c": "e-c"}


def test_clusters_follow_their_incident():
    events = [event("e-new", "x", "a", "b")]
    clusters = [
        Cluster("k-1", ("x", "a"), "agree", "", "r", event_id="e-new"),
        Cluster("k-2", ("b",), "single", "", "r", event_id="e-new"),
    ]
    moved, renamed = carry_incident_ids(clusters, events, stored(kept("e-old", "a", "b")))
    assert [e.id for e in renamed] == ["e-old"] and renamed[0].claim_ids == ("x", "a", "b")
    assert [c.event_id for c in moved] == ["e-old", "e-old"]
