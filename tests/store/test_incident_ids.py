"""Incident ids hold across runs into a store (crosscheck.events.carry, crosscheck.store.incident_ids): an
article published before an incident's first one joins it, an incident splits, incidents merge and part
again; report.json, the store and the review UI's incident pages follow. SQLite and PostgreSQL.

The incidents of the demo are grouped with the fake embedder. To make incidents merge and split, a run
groups them with a lower threshold (``COARSE``), as an earlier model might have."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crosscheck import pipeline
from crosscheck.events import EventModel
from crosscheck.pipeline import RunResult, run
from crosscheck.store import open_store
from crosscheck.store.incident_ids import successor
from tests.store.kit import SETTINGS, demo_subset

TOLL_INCIDENT = "e-0354054f74"
"""The demo's dam breach at Tell Abyadin (24 claims of four articles), named after its first claim."""
EARLY = (
    "early-bulletin.txt",
    "The Caspar Monitoring Group said at least 14 people were killed when shelling breached the Qasr Numan "
    "dam above Tell Abyadin.\n",
    "Early Bulletin,2026-03-10,Dam breach,",
)
"""An article written for this test, published the day before every other, that joins the toll's incident."""
INJURED = (
    "a-evening-wire.txt",
    "Dozens of people were injured in Tell Abyadin when the dam burst, medical staff said.\n",
    "Evening Wire,2026-03-11,Dozens injured,",
)
"""An article written for this test whose claim comes first in the dam breach when it is grouped coarsely
(one day with the others, an earlier name), and which the default grouping puts in a small incident."""
COARSE = EventModel(threshold=0.3)


def corpus(folder: Path, *articles: tuple[str, str, str]) -> Path:
    demo_subset(folder, leave_out=())
    for name, text, row in articles:
        (folder / name).write_text(text, encoding="utf-8")
        with (folder / "sources.csv").open("a", encoding="utf-8") as stream:
            stream.write(f"{name},{row}\n")
    return folder


def run_into(db: str | None, folder: Path, out: str) -> RunResult:
    target = folder.parent / out
    return run(
        [folder], settings=SETTINGS, name="demo", out_dir=target, claims_path=target / "claims.jsonl",
        relative_to=folder.parent, db=db,
    )  # fmt: skip


def report(result: RunResult) -> dict[str, Any]:
    return dict(json.loads(result.written["json"].read_text(encoding="utf-8")))


def incidents(result: RunResult) -> dict[str, tuple[str, ...]]:
    """Each incident's claims by its id, from report.json, checked against the clusters' ``event_id``."""
    found = report(result)
    events = {event["id"]: tuple(event["claim_ids"]) for event in found["events"]}
    assert len(events) == len(found["events"]), "incident ids are unique"
    for cluster in found["clusters"]:
        assert cluster["event_id"] in events
        assert set(cluster["claim_ids"]) <= set(events[cluster["event_id"]])
    return events


def holding(events: dict[str, tuple[str, ...]], claim_id: str) -> str:
    return next(event_id for event_id, claims in events.items() if claim_id in claims)


def stored_incidents(db: str) -> dict[str, tuple[str, ...]]:
    with open_store(db) as store:
        return {event.id: event.claim_ids for event in store.incidents()}


Grouping = Callable[[EventModel | None], None]


@pytest.fixture
def grouping(monkeypatch: pytest.MonkeyPatch) -> Grouping:
    """Makes the runs that follow group incidents with a model (None: the default one)."""
    group_events = pipeline.group_events

    def use(model: EventModel | None) -> None:
        monkeypatch.setattr(
            pipeline, "group_events", lambda *args, **kw: group_events(*args, **kw, model=model)
        )

    return use


def claim_of(events: dict[str, tuple[str, ...]], source_id: str) -> str:
    return next(c for claims in events.values() for c in sorted(claims) if c.startswith(f"{source_id}:"))


def test_an_earlier_article_joining_an_incident_keeps_its_id(store_url: str, tmp_path: Path):
    first = incidents(run_into(store_url, corpus(tmp_path / "first"), "out-1"))
    assert TOLL_INCIDENT in first
    folder = corpus(tmp_path / "second", EARLY)
    plain = incidents(run_into(None, folder, "plain"))
    early_claim = claim_of(plain, "early-bulletin")
    renamed = holding(plain, early_claim)
    assert renamed != TOLL_INCIDENT, "without the store the incident is named after the new first claim"
    early_claims = {c for claims in plain.values() for c in claims if c.startswith("early-bulletin:")}
    assert set(plain[renamed]) == {*early_claims, *first[TOLL_INCIDENT]}

    second = incidents(run_into(store_url, folder, "out-2"))
    assert holding(second, early_claim) == TOLL_INCIDENT
    assert set(second[TOLL_INCIDENT]) == set(plain[renamed])
    assert set(first) <= set(second), "every other incident keeps its id too"
    assert stored_incidents(store_url) == second
    third = incidents(run_into(store_url, folder, "out-3"))
    assert third == second


def test_a_split_incident_leaves_its_id_to_its_larger_part(
    store_url: str, tmp_path: Path, grouping: Grouping
):
    folder = corpus(tmp_path / "demo", INJURED)
    grouping(COARSE)
    before = incidents(run_into(store_url, folder, "out-1"))
    grouping(None)
    plain = incidents(run_into(None, folder, "plain"))
    after = incidents(run_into(store_url, folder, "out-2"))

    injured = claim_of(before, "a-evening-wire")
    merged = holding(before, injured)
    assert holding(plain, injured) == merged, "the claim that names the coarse incident"
    parts = {holding(after, claim_id) for claim_id in before[merged]}
    assert len(parts) > 2, "the dam breach split"
    larger = max(parts, key=lambda part: len(set(after[part]) & set(before[merged])))
    assert larger == merged, "its larger part keeps its id"
    assert set(after[larger]) == set(plain[TOLL_INCIDENT]), "the larger part is the toll's incident"
    assert holding(after, injured) not in before, "the part named after the same claim takes a fresh id"
    for stored_id, claims in before.items():
        holder = [part for part, held in after.items() if 2 * len(set(held) & set(claims)) > len(claims)]
        assert holder in ([stored_id], []), f"{stored_id}: only a part holding most of it may keep its id"
    assert incidents(run_into(store_url, folder, "out-3")) == after


def test_merged_incidents_point_to_where_their_claims_went_and_part_again_under_their_ids(
    store_url: str, tmp_path: Path, grouping: Grouping
):
    folder = corpus(tmp_path / "demo", INJURED)
    first = incidents(run_into(store_url, folder, "out-1"))
    grouping(COARSE)
    merged = incidents(run_into(store_url, folder, "out-2"))
    assert len(merged) < len(first)
    assert TOLL_INCIDENT in merged, "the merge keeps the id of the incident it shares most claims with"
    gone = sorted(set(first) - set(merged))
    with open_store(store_url) as store:
        entries = {entry.entity_id: entry for entry in store.audit_log("incident")}
        assert sorted(entries) == gone
        for event_id in gone:
            into = entries[event_id].after["into"]
            assert entries[event_id].action == "merged" and entries[event_id].user_id is None
            assert into in merged and set(first[event_id]) <= set(merged[into])
            assert entries[event_id].before["claims"] == list(first[event_id])
            assert successor(store.backend, event_id) == into
        assert successor(store.backend, TOLL_INCIDENT) is None, "a current incident has no successor"
        assert successor(store.backend, "e-0000000000") is None
    grouping(None)
    again = incidents(run_into(store_url, folder, "out-3"))
    assert again == first, "parted again, each incident takes back its id"


def test_a_bookmarked_incident_page_leads_to_the_incident_holding_its_claims(
    store_url: str, tmp_path: Path, grouping: Grouping
):
    from starlette.testclient import TestClient

    from crosscheck.review.app import create_app
    from crosscheck.review.users import add_user
    from tests.review.conftest import log_in

    folder = corpus(tmp_path / "demo")
    first = incidents(run_into(store_url, folder, "out-1"))
    grouping(COARSE)
    merged = incidents(run_into(store_url, folder, "out-2"))
    gone = sorted(set(first) - set(merged))
    assert gone
    with open_store(store_url) as store:
        add_user(store, "vera", "viewer", "a viewer's pass phrase")
        into = successor(store.backend, gone[0])
    assert into is not None
    with TestClient(create_app(store_url, "test secret")) as client:
        log_in(client, "vera", "a viewer's pass phrase")
        moved = client.get(f"/incidents/{gone[0]}", follow_redirects=False)
        assert moved.status_code == 303
        assert moved.headers["location"] == f"/incidents/{into}?merged={gone[0]}"
        page = client.get(moved.headers["location"])
        assert page.status_code == 200
        assert f"Incident {gone[0]} was merged into this one" in page.text
        spoofed = client.get(f"/incidents/{into}?merged={into}")
        assert "was merged into this one" not in spoofed.text
        assert client.get("/incidents/e-0000000000").status_code == 404


def test_the_same_input_gives_the_same_ids_with_a_store_or_without(store_url: str, tmp_path: Path):
    folder = corpus(tmp_path / "demo", EARLY)
    plain = [incidents(run_into(None, folder, f"plain-{n}")) for n in (1, 2)]
    stored = [incidents(run_into(store_url, folder, f"out-{n}")) for n in (1, 2)]
    assert plain[0] == plain[1] == stored[0] == stored[1]


def record_one_stored_article(
    store_url: str, tmp_path: Path
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The store's incidents after a run of the demo, and after ``check --record`` of one of its articles."""
    from crosscheck.cli import main

    folder = corpus(tmp_path / "demo")
    before = incidents(run_into(store_url, folder, "out-1"))
    article = folder / "valley-courier-dam-breach.txt"
    args = ["check", str(article), "--db", store_url, "--embedder", "fake", "--record", "--fail-on", "never"]
    assert main(args) == 0
    return before, stored_incidents(store_url)


def test_check_record_of_a_stored_article_keeps_its_incidents_ids(store_url: str, tmp_path: Path):
    before, after = record_one_stored_article(store_url, tmp_path)
    recorded = {
        event_id
        for event_id, claims in after.items()
        if any(c.startswith("valley-courier-dam-breach:") for c in claims)
    }
    assert TOLL_INCIDENT in recorded, "recorded alone, the article's part of the dam breach keeps the id"
    assert recorded <= set(before), "every incident of the recorded article keeps a stored id"


def test_recording_some_articles_leaves_the_others_claims_in_their_incidents_and_clusters(
    store_url: str, tmp_path: Path
):
    before, after = record_one_stored_article(store_url, tmp_path)
    assert set(after[TOLL_INCIDENT]) == set(before[TOLL_INCIDENT]), "the other articles' claims stay"
    held = [claim for claims in after.values() for claim in claims]
    assert len(held) == len(set(held)), "no claim in two incidents"
    assert set(held) == {claim for claims in before.values() for claim in claims}
    with open_store(store_url) as store:
        in_clusters = [c for row in store.backend.query(
            "SELECT m.claim_id FROM cluster_members m JOIN clusters t ON t.id = m.cluster_id "
            "WHERE t.retired_run IS NULL"
        ) for c in row]  # fmt: skip
    assert len(in_clusters) == len(set(in_clusters)) and set(in_clusters) == set(held)


def figures_and_incidents(
    db: str,
) -> tuple[dict[tuple[str, ...], tuple[Any, ...]], dict[tuple[str, ...], Any]]:
    """What the store says of each current cluster and incident, by its (sorted) claims."""
    with open_store(db) as store:
        clusters = {tuple(sorted(c.claim_ids)): c for c in store.clusters()}
        events = {tuple(sorted(e.claim_ids)): e for e in store.incidents()}
    said = {
        claims: (c.verdict, c.explanation, c.reconciled, c.outlets, c.independent_sources, c.measure)
        for claims, c in clusters.items()
    }
    described = {
        claims: (e.title, e.kind, e.place, e.start, e.end, e.outlets, e.claimants)
        for claims, e in events.items()
    }
    return said, described


def test_recording_a_stored_article_again_keeps_the_figures_it_shares_with_others_as_they_were(
    store_url: str, tmp_path: Path
):
    from crosscheck.cli import main

    folder = corpus(tmp_path / "demo")
    run_into(store_url, folder, "out-1")
    clusters_before, events_before = figures_and_incidents(store_url)
    article = folder / "valley-courier-dam-breach.txt"
    args = ["check", str(article), "--db", store_url, "--embedder", "fake", "--record", "--fail-on", "never"]
    assert main(args) == 0
    clusters_after, events_after = figures_and_incidents(store_url)
    shared = [claims for claims in clusters_before if len({c.split(":")[0] for c in claims}) > 1]
    assert any(c.startswith("valley-courier-dam-breach:") for claims in shared for c in claims)
    for claims in shared:  # recording an article the store holds as it is changes none of its figures
        assert clusters_after.get(claims) == clusters_before[claims], claims
    assert events_after == events_before
