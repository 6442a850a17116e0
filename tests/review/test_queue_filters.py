"""The queue's filters (place, dates, outlet, claimant, assigned to me, unreviewed, with the text, verdict and
status ones) and the one-key verdict the queue's keyboard use saves."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from crosscheck.model import Event
from crosscheck.review.filters import Filters
from crosscheck.review.state import reviews
from crosscheck.store import open_store
from tests.review.conftest import client_for, csrf_of

LISTED = re.compile(r'href="/incidents/([^"]+)" class="incident-link"')


def _listed(client: TestClient, **params: str) -> set[str]:
    return set(LISTED.findall(client.get("/", params=params).text))


def _events(db: Path) -> list[Event]:
    with open_store(db) as store:
        return store.incidents()


def _within(event: Event, since: date | None, until: date | None) -> bool:
    if event.start is None:
        return False
    end = event.end or event.start
    return (since is None or end >= since) and (until is None or event.start <= until)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"place": "tell ABYADIN"}, lambda e: "tell abyadin" in (e.place or "").casefold()),
        ({"outlet": "meridian"}, lambda e: any("meridian" in o.casefold() for o in e.outlets)),
        ({"claimant": "United Nations"}, lambda e: "United Nations" in e.claimants),
        ({"since": "2026-03-12"}, lambda e: _within(e, date(2026, 3, 12), None)),
        ({"until": "2026-03-10"}, lambda e: _within(e, None, date(2026, 3, 10))),
        (
            {"since": "2026-03-11", "until": "2026-03-11", "place": "abyadin"},
            lambda e: (
                _within(e, date(2026, 3, 11), date(2026, 3, 11)) and "abyadin" in (e.place or "").casefold()
            ),
        ),
        ({"outlet": "no such outlet"}, lambda e: False),
        ({"since": "not a day"}, lambda e: True),
    ],
)
def test_filters_keep_exactly_the_matching_incidents(
    db: Path, params: dict[str, str], expected: object
) -> None:
    client = client_for(db, "vera")
    events = _events(db)
    wanted = {e.id for e in events if expected(e)}  # type: ignore[operator]
    assert _listed(client, **params) == wanted
    if params != {"since": "not a day"} and params != {"outlet": "no such outlet"}:
        assert wanted and len(wanted) < len(events), "the case separates incidents"


def test_filters_round_trip_through_the_query_string() -> None:
    params = {
        "q": "dam",
        "place": "Raqqa",
        "since": "2017-01-02",
        "until": "2017-02-03",
        "mine": "1",
        "unreviewed": "on",
    }
    filters = Filters.of(params)
    assert filters.text == "dam" and filters.since == date(2017, 1, 2) and filters.mine and filters.unreviewed
    assert Filters.of(filters.params()) == filters
    assert Filters.of({}).params() == {}


def _first_chip(client: TestClient, event: str) -> tuple[str, str, str]:
    page = client.get("/", params={"q": ""}).text
    row = page[page.index(f'href="/incidents/{event}"') :]
    found = re.search(r'data-cluster="([^"]+)" data-version="(\d+)"', row)
    assert found
    return found.group(1), found.group(2), csrf_of(page)


def test_unreviewed_drops_an_incident_once_all_its_figures_are_reviewed(db: Path) -> None:
    client = client_for(db, "rita")
    events = _events(db)
    assert _listed(client, unreviewed="1") == {e.id for e in events}
    one = next(e for e in events if len(e.cluster_ids) == 1)
    page = client.get(f"/incidents/{one.id}").text
    cluster = one.cluster_ids[0]
    data = {"csrf_token": csrf_of(page), "version": "1", "verdict": "agree", "status": "reviewed"}
    assert client.post(f"/clusters/{cluster}/review", data=data, follow_redirects=False).status_code == 303
    assert _listed(client, unreviewed="1") == {e.id for e in events} - {one.id}
    assert _listed(client, status="reviewed") == {one.id}


def test_one_key_verdict_keeps_the_rest_of_the_review(db: Path) -> None:
    client = client_for(db, "rita")
    event = _events(db)[0].id
    cluster, version, token = _first_chip(client, event)
    page = client.get(f"/incidents/{event}").text
    data = {
        "csrf_token": csrf_of(page),
        "version": version,
        "verdict": "agree",
        "note": "kept",
        "status": "reviewed",
    }
    assert client.post(f"/clusters/{cluster}/review", data=data, follow_redirects=False).status_code == 303
    headers = {"X-CSRF-Token": token}
    stale = client.post(
        f"/clusters/{cluster}/verdict", data={"verdict": "update", "version": version}, headers=headers
    )
    assert stale.status_code == 409 and stale.json()["verdict"] == "agree"
    fresh = stale.json()["version"]
    answer = client.post(
        f"/clusters/{cluster}/verdict", data={"verdict": "update", "version": fresh}, headers=headers
    )
    assert answer.status_code == 200 and answer.json() == {"version": fresh + 1, "verdict": "update"}
    with open_store(db) as store:
        review = reviews(store)[cluster]
    assert (review.verdict, review.note, review.status) == ("update", "kept", "reviewed")
    bad = client.post(
        f"/clusters/{cluster}/verdict", data={"verdict": "maybe", "version": fresh + 1}, headers=headers
    )
    assert bad.status_code == 400
    assert (
        client.post(
            f"/clusters/{cluster}/verdict", data={"verdict": "agree", "version": fresh + 1}
        ).status_code
        == 403
    )
    viewer = client_for(db, "vera")
    _, _, viewer_token = _first_chip(viewer, event)
    refused = viewer.post(
        f"/clusters/{cluster}/verdict",
        data={"verdict": "agree", "version": fresh + 1},
        headers={"X-CSRF-Token": viewer_token},
    )
    assert refused.status_code == 403
