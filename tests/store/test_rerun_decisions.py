"""Decisions survive a re-run that adds articles (issue 11): a run of part of the demo, reviewers' decisions
(a review with an established figure, a merge, a split, a rejected match, a claim marked not a claim, an
assignment), then a run with the rest of the demo and one more article that restates a reviewed toll."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.pipeline import RunResult, run
from crosscheck.review.queue import analysis
from crosscheck.review.regroup import Regrouping, regroup
from crosscheck.review.state import Review, reviews, save_review
from crosscheck.store import Store, open_store
from crosscheck.store.decided import new_cluster_id
from tests.store.kit import SETTINGS, demo_subset

TOLL = "k-39c1f8e214"
"""The first run's cluster of the dam's death toll (four outlets: 12, at least 14, 40)."""
TOLL_INCIDENT = "e-0354054f74"
HEADLINE = "northern-wire-tal-al-abyadin:n19-28"
"""'40 killed' in a headline, alone in its cluster: merged into the toll."""
VEHICLES = ("lowland-ledger-dam:n911-933", "northern-wire-tal-al-abyadin:n957-978")
"""A cluster of two figures of vehicles per day: split in two."""
GOVERNOR = ("radio-caspar-governor:n10-17", "radio-caspar-governor:n140-147")
"""'12 dead' twice in one article: the second rejected as a match."""
BURIED = "northern-wire-tal-al-abyadin:n263-265"
"""'buried 40 of our people': marked not a claim."""
EXTRA = (
    "hilltop-herald.txt",
    "The Caspar Monitoring Group said at least 14 people were killed on Wednesday when shelling breached "
    "the Qasr Numan dam above Tell Abyadin.\n",
    "Hilltop Herald,2026-03-12,Dam toll at 14,",
)
"""An article written for this test, published the day after, restating the toll: its figure joins the
reviewed cluster."""


def corpus(folder: Path, later: bool) -> Path:
    if not later:
        return demo_subset(folder)
    demo_subset(folder, leave_out=())
    name, text, row = EXTRA
    (folder / name).write_text(text, encoding="utf-8")
    with (folder / "sources.csv").open("a", encoding="utf-8") as stream:
        stream.write(f"{name},{row}\n")
    return folder


def run_into(db: str, folder: Path) -> RunResult:
    out = folder.parent / f"out-{folder.name}"
    return run(
        [folder], settings=SETTINGS, name="demo", out_dir=out, claims_path=out / "claims.jsonl",
        relative_to=folder.parent, db=db,
    )  # fmt: skip


def incident(store: Store, event_id: str) -> tuple[str, ...]:
    found = store.incident(event_id)
    assert found is not None
    return found.claim_ids


def holder(store: Store) -> dict[str, str]:
    """The current cluster of each current claim."""
    return {claim_id: cluster.id for cluster in store.clusters() for claim_id in cluster.claim_ids}


def ids(store: Store, table: str) -> set[str]:
    return {row_id for (row_id,) in store.backend.query(f"SELECT id FROM {table}")}


def decide(store: Store) -> None:
    """The reviewers' decisions, through the review functions or as the decisions contract writes them."""
    rita = store.add_user("rita", "reviewer")
    assert regroup(store, rita, Regrouping("merge", "k-0354054f74", TOLL), 1, 1)
    review = Review("contradict", 12.0, 40.0, "council and governor", "checked by phone", "reviewed")
    assert save_review(store, rita, TOLL, 2, review).version == 3  # type: ignore[union-attr]
    store.add_decision(rita, "assign", {"user": "rita"}, TOLL)
    vehicles = holder(store)[VEHICLES[0]]
    split = {"into": new_cluster_id([VEHICLES[0]]), "claims": [VEHICLES[0]]}
    store.add_decision(rita, "split", split, vehicles)
    store.add_decision(rita, "reject_match", {}, holder(store)[GOVERNOR[0]], GOVERNOR[1])
    misread = {"field": "not_a_claim", "correction": "a quote about burials"}
    store.add_decision(rita, "misread", misread, holder(store)[BURIED], BURIED)


@pytest.fixture
def rerun(store_url: str, tmp_path: Path) -> str:
    first = run_into(store_url, corpus(tmp_path / "first", later=False))
    assert first.stored is not None
    with open_store(store_url) as store:
        assert TOLL in {c.id for c in store.clusters()} and store.cluster_version(TOLL) == 1
        decide(store)
    return store_url


def test_decisions_survive_a_rerun_that_adds_articles(rerun: str, tmp_path: Path):
    with open_store(rerun) as store:
        before = {table: ids(store, table) for table in ("sources", "claims", "events", "clusters")}
        old_events = {event.id for event in store.incidents()}
        audit = store.audit_log()
        decisions = store.backend.query("SELECT * FROM decisions ORDER BY id")
    second = run_into(rerun, corpus(tmp_path / "second", later=True))
    assert second.stored is not None and second.stored.added["sources"] == 3
    with open_store(rerun) as store:
        where = holder(store)
        toll = store.cluster(TOLL)
        assert toll is not None and toll.claim_ids == tuple(sorted(toll.claim_ids))
        assert HEADLINE in toll.claim_ids, "the merged claim stays with the toll"
        assert any(claim.startswith("hilltop-herald:") for claim in toll.claim_ids), "a new article joins"
        assert reviews(store)[TOLL].verdict == "contradict" and reviews(store)[TOLL].figure == "12–40"
        assert store.cluster_version(TOLL) == 4, "the run rewrote the reviewed cluster"
        assert where[VEHICLES[0]] == new_cluster_id([VEHICLES[0]]) != where[VEHICLES[1]]
        assert where[GOVERNOR[0]] != where[GOVERNOR[1]], "the rejected claim is out"
        assert where[GOVERNOR[1]] == new_cluster_id([GOVERNOR[1]]), "in the cluster the UI named for it"
        assert BURIED not in where and BURIED in ids(store, "claims"), "not a claim: retired, not deleted"
        assert {c.id for c in store.claims(current=False) if c.id == BURIED}
        assert "k-0354054f74" not in {c.id for c in store.clusters()}, "the merged-away cluster is retired"
        for table, found in before.items():
            assert found <= ids(store, table), f"nothing deleted from {table}"
        gone = old_events - {event.id for event in store.incidents()}
        assert TOLL_INCIDENT in old_events - gone, "the reviewed toll's incident keeps its id"
        assert all(set(VEHICLES) & set(incident(store, e)) for e in gone), "only what a split parted"
        assert store.backend.query("SELECT * FROM decisions ORDER BY id") == decisions
        after = store.audit_log()
        assert after[: len(audit)] == audit, "the audit log is appended to, never rewritten"
        added = after[len(audit) :]
        assert [(e.action, e.entity_id, e.user_id) for e in added if e.entity_id == TOLL] == [
            ("carry_over", TOLL, None)
        ]
        carried = next(e for e in added if e.entity_id == TOLL)
        assert carried.after["verdict"] == "contradict" and len(carried.after["claims"]) > len(
            carried.before["claims"]
        )
        shown = analysis(store)
        slot = next(s for v in shown.incidents for s in v.slots if s.cluster.id == TOLL)
        assert HEADLINE in slot.cluster.claim_ids
        summary = run_into(rerun, tmp_path / "second").stored
    assert summary is not None
    nothing = {"sources": 0, "claims": 0, "events": 0, "clusters": 0}
    assert summary.added == summary.changed == summary.retired == nothing, "a third run changes nothing"


def test_a_store_without_decisions_changes_no_output(store_url: str, tmp_path: Path):
    folder = corpus(tmp_path / "demo", later=True)
    with open_store(store_url) as store:
        store.add_user("vera", "viewer")
    plain = run(
        [folder], settings=SETTINGS, name="demo", out_dir=tmp_path / "plain",
        claims_path=tmp_path / "plain" / "claims.jsonl", relative_to=tmp_path,
    )  # fmt: skip
    stored = run_into(store_url, folder)
    assert stored.stored is not None and plain.written.keys() == stored.written.keys()
    for kind, path in plain.written.items():
        assert path.read_bytes() == stored.written[kind].read_bytes(), kind


def test_the_incident_page_shows_the_carried_verdict_and_its_history(rerun: str, tmp_path: Path):
    from starlette.testclient import TestClient

    from crosscheck.review.app import create_app
    from crosscheck.review.users import add_user
    from tests.review.conftest import log_in

    run_into(rerun, corpus(tmp_path / "second", later=True))
    with open_store(rerun) as store:
        add_user(store, "vera", "viewer", "a viewer's pass phrase")
    with TestClient(create_app(rerun, "test secret")) as client:
        log_in(client, "vera", "a viewer's pass phrase")
        page = client.get(f"/incidents/{TOLL_INCIDENT}")
    assert page.status_code == 200
    figure = page.text[page.text.index(f'id="cluster-{TOLL}"') :]
    assert "checked by phone" in figure and "carry_over" in figure
    section = figure[: figure.index("</section>")]
    assert "crosscheck run · carry_over: run 2 kept this figure's review on it" in section
    assert "hilltop-herald" in figure.split('id="cluster-')[1], "the joined article's row is in the figure"
