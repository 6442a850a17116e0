"""Issue 11's remaining gaps, on SQLite and PostgreSQL: a figure made by a split or a rejected match is a
row of the store at once, reviewable before any run, and the next run keeps its id; a misread value is
corrected in the next run's comparison (the store keeps what was read); who-did-it figures that reviewers
split or rejected stay so in the next run."""

from __future__ import annotations

import json
from pathlib import Path

from crosscheck.review import decide, queue
from crosscheck.review.queue import analysis
from crosscheck.review.state import Review, reviews, save_review
from crosscheck.store import Store, open_store
from crosscheck.store.decided import new_cluster_id
from tests.store.test_rerun_decisions import (
    BURIED,
    GOVERNOR,
    TOLL,
    VEHICLES,
    corpus,
    holder,
    run_into,
)

WEAPON = "k-5ad8f40e86"
"""The first run's who-did-it cluster "with what" of the dam's incident: nine claims, all artillery."""
VALLEY = (
    "valley-courier-dam-breach:f164-172",
    "valley-courier-dam-breach:f210-218",
    "valley-courier-dam-breach:f47-55",
)
"""Valley Courier's three claims of it: split off."""
REJECTED = "northern-wire-tal-al-abyadin:f152-160"
"""One of Northern Wire's: rejected as a match."""
CORRECTED = ("northern-wire-tal-al-abyadin:n120-129", "radio-caspar-governor:n270-279")
"""The toll's 40 and 12: corrected to 14."""


def _first_run(store_url: str, tmp_path: Path) -> None:
    assert run_into(store_url, corpus(tmp_path / "first", later=False)).stored is not None


def _user(store: Store) -> int:
    return store.add_user("rita", "reviewer")


def test_a_split_and_a_rejected_match_are_figures_at_once_and_keep_their_ids(store_url: str, tmp_path: Path):
    _first_run(store_url, tmp_path)
    with open_store(store_url) as store:
        rita = _user(store)
        first = len(store.clusters())
        vehicles = holder(store)[VEHICLES[0]]
        made = decide.split(store, rita, vehicles, [VEHICLES[0]], 1)
        assert made == new_cluster_id([VEHICLES[0]])
        row = store.cluster(made)
        assert row is not None and row.event_id == store.cluster(vehicles).event_id  # type: ignore[union-attr]
        assert row.claim_ids == () and row.verdict == "single" and row.measure == "vehicles per day"
        review = Review("agree", 65.0, 65.0, "the ministry", "split off", "reviewed")
        assert save_review(store, rita, made, 1, review).version == 2  # type: ignore[union-attr]
        assert decide.assign(store, rita, made, "rita", None, 2)
        governor = holder(store)[GOVERNOR[0]]
        assert decide.reject_match(store, rita, governor, [GOVERNOR[1]], 1)
        alone = new_cluster_id([GOVERNOR[1]])
        assert store.cluster_version(alone) == 1
        shown = {
            slot.cluster.id: slot.cluster.claim_ids for v in analysis(store).incidents for slot in v.slots
        }
        assert shown[made] == (VEHICLES[0],) and shown[alone] == (GOVERNOR[1],)
        assert not analysis(store).new, "every figure a reviewer made has its row"
        queue._STORED.clear()  # as a restarted server reads the store: the rows, empty, and the decisions
        queue._CACHE.clear()
        again = {
            slot.cluster.id: slot.cluster.claim_ids for v in analysis(store).incidents for slot in v.slots
        }
        assert again == shown
        assert not decide.split(store, rita, vehicles, [VEHICLES[1]], 1), "a stale version writes nothing"
        assert (
            store.backend.query("SELECT COUNT(*) FROM clusters")[0][0] == len(store.clusters()) == first + 2
        )
    second = run_into(store_url, corpus(tmp_path / "second", later=True))
    assert second.stored is not None
    with open_store(store_url) as store:
        where = holder(store)
        assert where[VEHICLES[0]] == made != where[VEHICLES[1]], "the next run keeps the split's id"
        assert where[GOVERNOR[1]] == alone != where[GOVERNOR[0]], "and the rejected claim's"
        assert reviews(store)[made].verdict == "agree" and store.cluster_version(made) == 4
        carried = [e for e in store.audit_log("cluster", made) if e.action == "carry_over"]
        assert (
            len(carried) == 1
            and carried[0].before["claims"] == []
            and VEHICLES[0] in carried[0].after["claims"]
        )
        assert [e.action for e in store.audit_log("cluster", made)] == [
            "split",
            "review",
            "assign",
            "carry_over",
        ]
        assert store.cluster(made).claim_ids == (VEHICLES[0],)  # type: ignore[union-attr]
        assert run_into(store_url, tmp_path / "second").stored.changed["clusters"] == 0  # type: ignore[union-attr]


def test_a_figure_made_and_undone_before_the_run_is_retired_by_it(store_url: str, tmp_path: Path):
    _first_run(store_url, tmp_path)
    with open_store(store_url) as store:
        rita = _user(store)
        vehicles = holder(store)[VEHICLES[0]]
        made = decide.split(store, rita, vehicles, [VEHICLES[0]], 1)
        assert made is not None
        from crosscheck.review.regroup import Regrouping, regroup

        assert regroup(store, rita, Regrouping("merge", made, vehicles), 1, 2)
    run_into(store_url, corpus(tmp_path / "second", later=True))
    with open_store(store_url) as store:
        assert made not in {cluster.id for cluster in store.clusters()}, "no empty figure stays current"
        assert store.cluster(made) is not None, "retired, not deleted"
        where = holder(store)
        assert where[VEHICLES[0]] == where[VEHICLES[1]]
        version = store.cluster_version(where[VEHICLES[0]])
        assert version is not None
        retired = store.cluster_version(made)
        assert decide.split(store, rita, where[VEHICLES[0]], [VEHICLES[0]], version) == made
        assert made in {cluster.id for cluster in store.clusters()}, "the same split puts its row back in use"
        assert store.cluster_version(made) == (retired or 0) + 1 and store.claims_of(made) == []
        back, source = store.cluster(made), store.cluster(where[VEHICLES[0]])
        assert back is not None and source is not None and back.event_id == source.event_id
        review = Review("agree", None, None, "", "split again", "in progress")
        assert save_review(store, rita, made, (retired or 0) + 1, review).version == (retired or 0) + 2  # type: ignore[union-attr]
        assert analysis(store).held(store.cluster(made).event_id or "", made) == (VEHICLES[0],)  # type: ignore[union-attr]


def test_a_corrected_value_is_what_the_next_run_compares(store_url: str, tmp_path: Path):
    _first_run(store_url, tmp_path)
    with open_store(store_url) as store:
        rita = _user(store)
        assert decide.misread(store, rita, TOLL, list(CORRECTED), "value", "14", 1)
        buried = holder(store)[BURIED]
        assert decide.misread(store, rita, buried, [BURIED], "not_a_claim", "a quote about burials", 1)
        decisions = dict(store.backend.query("SELECT claim_id, id FROM decisions WHERE kind = 'misread'"))
    second = run_into(store_url, corpus(tmp_path / "second", later=True))
    claims = {claim.id: claim for claim in second.context.claims}
    for claim_id in CORRECTED:
        claim = claims[claim_id]
        assert (claim.low, claim.high, claim.qualifier) == (14.0, 14.0, None)
        assert claim.as_read is not None and claim.as_read.value in (40.0, 12.0)
        assert claim.quote == claim.as_read.quote and claim.start == claim.as_read.start
        assert [(c.decision, c.field, c.correction) for c in claim.corrections] == [
            (decisions[claim_id], "value", "14")
        ]
    assert BURIED not in claims, "not a claim: still left out"
    toll = next(c for c in second.context.clusters if CORRECTED[0] in c.claim_ids)
    assert toll.id == TOLL and CORRECTED[1] in toll.claim_ids
    assert toll.verdict != "contradict", toll.explanation
    assert "same figure (14)" in toll.explanation, "the quotes stay as written, the figures are corrected"
    assert toll.reconciled is not None and toll.reconciled.maximum < 40
    report = json.loads(second.written["json"].read_text(encoding="utf-8"))
    written = {claim["id"]: claim for claim in report["claims"]}
    assert written[CORRECTED[0]]["value"] == 14 and written[CORRECTED[0]]["corrections"] == [
        {"decision": decisions[CORRECTED[0]], "field": "value", "correction": "14"}
    ]
    assert all("corrections" not in claim for cid, claim in written.items() if cid not in CORRECTED)
    for kind in ("markdown", "html"):
        page = second.written[kind].read_text(encoding="utf-8")
        assert "14 (corrected by a reviewer: value; read as 40)" in page, kind
    with open_store(store_url) as store:
        (stored,) = store.claims([CORRECTED[0]])
        assert stored.value == 40.0, "the store keeps what was read; its decisions hold the correction"
        shown = analysis(store)
        assert shown.claims[CORRECTED[0]].value == 14.0 and shown.misread[CORRECTED[0]].was == "40"
        slot = next(s for v in shown.incidents for s in v.slots if s.cluster.id == TOLL)
        assert slot.cluster.verdict == toll.verdict, "the pages compare as the run did"
        again = run_into(store_url, tmp_path / "second").stored
    assert again is not None and again.changed == {"sources": 0, "claims": 0, "events": 0, "clusters": 0}


def test_who_did_it_figures_split_and_rejected_stay_so(store_url: str, tmp_path: Path):
    _first_run(store_url, tmp_path)
    with open_store(store_url) as store:
        rita = _user(store)
        assert set(store.cluster(WEAPON).claim_ids) >= {*VALLEY, REJECTED}  # type: ignore[union-attr]
        made = decide.split(store, rita, WEAPON, list(VALLEY), 1)
        assert made == new_cluster_id(list(VALLEY)) and store.cluster(made).measure == "weapon"  # type: ignore[union-attr]
        assert decide.reject_match(store, rita, WEAPON, [REJECTED], 2)
        review = Review("agree", None, None, "", "artillery, all three", "reviewed")
        assert save_review(store, rita, made, 1, review).version == 2  # type: ignore[union-attr]
    second = run_into(store_url, corpus(tmp_path / "second", later=True))
    by_id = {cluster.id: cluster for cluster in second.context.clusters}
    assert set(VALLEY) <= set(by_id[made].claim_ids), "the split's claims stay one figure, under its id"
    alone = new_cluster_id([REJECTED])
    assert by_id[alone].claim_ids == (REJECTED,), "the rejected claim stays out, under the id it was given"
    rest = by_id[WEAPON].claim_ids
    assert rest and not ({*VALLEY, REJECTED} & set(rest)), "the rest keeps the cluster's id"
    assert by_id[made].measure == "weapon" and by_id[made].rule.startswith("factual:weapon")
    with open_store(store_url) as store:
        assert reviews(store)[made].note == "artillery, all three"
        where = holder(store)
        assert {where[claim] for claim in VALLEY} == {made} and where[REJECTED] == alone
