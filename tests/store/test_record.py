"""`check --record` records incrementally (crosscheck.check.record): a recorded figure joins the stored
cluster check matched it to, and every cluster and incident it touches is judged and described again over
all its members, as a full run would; recording twice changes nothing; a reviewer's established figure
holds; an interrupted record leaves the store as it was. SQLite and PostgreSQL.

The store holds the demo without Radio Caspar (its toll of 12 against the other outlets' 40); recording
Radio Caspar's article turns the other outlets' compatible figures into the demo's contradiction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crosscheck.cli import main
from crosscheck.pipeline import run
from crosscheck.store import open_store
from tests.store.kit import SETTINGS, demo_subset, dump

TOLL_INCIDENT = "e-0354054f74"
LEFT_OUT = "radio-caspar-governor.txt"
VALLEY_TOLL = "valley-courier-dam-breach:n174-192"
"""The Valley Courier's '40 people', in the dam breach's toll with the other outlets' figures."""
MISSING = "northern-wire-tal-al-abyadin:n625-634"
"""Northern Wire's people missing, a figure of its own in the dam breach, which the record leaves alone."""
CASPAR_TOLL = "radio-caspar-governor:n270-279"
"""Radio Caspar's '12 people', which a full run of the demo puts in that toll."""


def run_into(db: str, folder: Path) -> None:
    out = folder.parent / f"out-{folder.name}"
    run(
        [folder], settings=SETTINGS, name="demo", out_dir=out, claims_path=out / "claims.jsonl",
        relative_to=folder.parent, db=db,
    )  # fmt: skip


def record(db: str, article: Path) -> None:
    args = ["check", str(article), "--db", db, "--embedder", "fake", "--record", "--fail-on", "never"]
    assert main([*args, "--quiet"]) == 0


def holding(db: str, claim_id: str) -> Any:
    with open_store(db) as store:
        return next(c for c in store.clusters() if claim_id in c.claim_ids)


def incident(db: str, event_id: str) -> Any:
    with open_store(db) as store:
        found = store.incident(event_id)
    assert found is not None
    return found


def said(cluster: Any) -> tuple[Any, ...]:
    return (
        cluster.verdict, cluster.explanation, cluster.reconciled, cluster.outlets,
        cluster.independent_sources, cluster.measure, tuple(sorted(cluster.claim_ids)),
    )  # fmt: skip


def assert_whole(db: str) -> None:
    """Every current claim in exactly one current incident; every current cluster inside its incident."""
    with open_store(db) as store:
        claims = {c.id for c in store.claims()}
        events = store.incidents()
        clusters = store.clusters()
    held = [claim_id for event in events for claim_id in event.claim_ids]
    assert sorted(held) == sorted(claims), "each current claim in one incident, and no retired one"
    in_clusters = [claim_id for cluster in clusters for claim_id in cluster.claim_ids]
    assert len(in_clusters) == len(set(in_clusters)), "no claim in two clusters"
    event_claims = {event.id: set(event.claim_ids) for event in events}
    for cluster in clusters:
        assert set(cluster.claim_ids) <= event_claims[cluster.event_id or ""], cluster.id


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Path, Path]:
    """The demo without Radio Caspar's article, and the whole demo."""
    return demo_subset(tmp_path / "without", leave_out=(LEFT_OUT,)), demo_subset(tmp_path / "all", ())


def test_a_recorded_figure_joins_the_stored_cluster_which_is_judged_again(
    store_url: str, demo: tuple[Path, Path], tmp_path: Path
):
    without, whole = demo
    run_into(store_url, without)
    before = holding(store_url, VALLEY_TOLL)
    assert (before.verdict, before.outlets) == ("compatible", 3)
    assert "Radio Caspar" not in incident(store_url, TOLL_INCIDENT).outlets

    record(store_url, whole / LEFT_OUT)
    after = holding(store_url, VALLEY_TOLL)
    assert set(after.claim_ids) == {*before.claim_ids, CASPAR_TOLL}
    assert (after.verdict, after.outlets) == ("contradict", 4), "compatible figures became a contradiction"
    assert after.event_id == TOLL_INCIDENT
    assert "Radio Caspar" in incident(store_url, TOLL_INCIDENT).outlets, "the incident's outlets grew"
    with open_store(store_url) as store:
        old = store.cluster(before.id)
    assert old is not None and old.id != after.id and store_retired(store_url, before.id)
    assert_whole(store_url)

    full = str(tmp_path / "full.db")
    run_into(full, whole)
    assert said(after) == said(holding(full, VALLEY_TOLL)), "judged as a full run judges it"
    described = incident(full, TOLL_INCIDENT)
    recorded = incident(store_url, TOLL_INCIDENT)
    assert (recorded.title, recorded.outlets, recorded.claimants, recorded.start, recorded.end) == (
        described.title, described.outlets, described.claimants, described.start, described.end,
    )  # fmt: skip


def store_retired(db: str, cluster_id: str) -> bool:
    with open_store(db) as store:
        found = store.backend.query("SELECT retired_run FROM clusters WHERE id = ?", (cluster_id,))
    return bool(found) and found[0][0] is not None


def test_recording_twice_changes_nothing(store_url: str, demo: tuple[Path, Path]):
    without, whole = demo
    run_into(store_url, without)
    record(store_url, whole / LEFT_OUT)
    with open_store(store_url) as store:
        first = dump(store)
    record(store_url, whole / LEFT_OUT)
    with open_store(store_url) as store:
        assert dump(store) == first
        assert len(store.runs()) == 3


def test_a_reviewers_established_figure_holds_after_a_record(
    store_url: str, demo: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
):
    from crosscheck.review.state import reviews
    from tests.check.kit import check_json, settle

    without, whole = demo
    run_into(store_url, without)
    reviewed = holding(store_url, VALLEY_TOLL).id
    settle(store_url, reviewed, 40, 40)  # type: ignore[arg-type]
    record(store_url, whole / LEFT_OUT)
    after = holding(store_url, VALLEY_TOLL)
    assert after.id == reviewed, "the reviewed figure keeps its id as it gains Radio Caspar's claim"
    assert CASPAR_TOLL in after.claim_ids
    with open_store(store_url) as store:
        review = reviews(store, [reviewed])[reviewed]
        carried = [e for e in store.audit_log("cluster", reviewed) if e.action == "carry_over"]
    assert (review.low, review.high, review.status) == (40, 40, "reviewed")
    assert carried and CASPAR_TOLL in carried[-1].after["claims"]
    assert_whole(store_url)
    capsys.readouterr()
    code, document = check_json(capsys, store_url, whole / LEFT_OUT)
    errors = [f for f in document["findings"] if f["rule"] == "contradicts-established"]
    assert code == 1 and [f["cluster_id"] for f in errors] == [reviewed], "its 12 against the reviewed 40"


def test_a_record_that_fails_leaves_the_store_as_it_was(
    store_url: str, demo: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
):
    from crosscheck.store import incident_ids

    without, whole = demo
    run_into(store_url, without)
    with open_store(store_url) as store:
        before = dump(store)

    def fail(*_: object) -> None:
        raise RuntimeError("killed while writing")

    monkeypatch.setattr(incident_ids, "audit_retired_incidents", fail)
    with pytest.raises(RuntimeError):
        record(store_url, whole / LEFT_OUT)
    with open_store(store_url) as store:
        assert dump(store) == before


def reviewer(store: Any) -> int:
    """The id of the store's reviewer, added the first time."""
    from crosscheck.review.users import add_user, find_user

    found = find_user(store, "rita") or add_user(store, "rita", "reviewer", "correct horse battery")
    return int(found.id)


def split_off(db: str, claim_id: str) -> str:
    """A reviewer splits ``claim_id`` off its figure; the new figure's id."""
    from crosscheck.review import decide

    source = holding(db, claim_id).id
    with open_store(db) as store:
        version = store.cluster_version(source)
        assert version is not None
        made = decide.split(store, reviewer(store), source, [claim_id], version)
    assert made is not None
    return made


def test_a_split_made_since_the_last_run_holds_after_a_record(store_url: str, demo: tuple[Path, Path]):
    without, whole = demo
    run_into(store_url, without)
    parted = set(holding(store_url, VALLEY_TOLL).claim_ids) - {VALLEY_TOLL}
    made = split_off(store_url, VALLEY_TOLL)
    record(store_url, whole / LEFT_OUT)
    split = holding(store_url, VALLEY_TOLL)
    assert split.id == made, "the split-off figure is a figure of its own, under the id the pages gave it"
    assert not parted & set(split.claim_ids), "what it was split from stays apart from it"
    left = {holding(store_url, claim_id).id for claim_id in parted}
    assert len(left) == 1 and made not in left
    assert_whole(store_url)
    with open_store(store_url) as store:
        first = dump(store)
    record(store_url, whole / LEFT_OUT)
    with open_store(store_url) as store:
        assert dump(store) == first


def misread(db: str, claim_id: str, what: str, correction: str) -> None:
    from crosscheck.review import decide

    cluster = holding(db, claim_id).id
    with open_store(db) as store:
        version = store.cluster_version(cluster)
        assert version is not None
        assert decide.misread(store, reviewer(store), cluster, [claim_id], what, correction, version)


def test_misread_claims_are_judged_as_corrected_and_not_a_claim_is_left_out(
    store_url: str, demo: tuple[Path, Path], tmp_path: Path
):
    without, whole = demo
    toll = holding(run_and_return(store_url, without), VALLEY_TOLL).claim_ids
    others = sorted(set(toll) - {VALLEY_TOLL})
    full = str(tmp_path / "full.db")
    run_into(full, without)
    for db in (store_url, full):
        misread(db, VALLEY_TOLL, "value", "12")
        misread(db, others[0], "not_a_claim", "")
        misread(db, MISSING, "not_a_claim", "")
    record(store_url, whole / LEFT_OUT)
    run_into(full, whole)
    after = holding(store_url, VALLEY_TOLL)
    assert CASPAR_TOLL in after.claim_ids and others[0] not in after.claim_ids
    assert said(after) == said(holding(full, VALLEY_TOLL)), "judged on the corrected value, as a full run"
    assert "12" in after.explanation
    with open_store(store_url) as store:
        assert others[0] not in {c.id for c in store.claims()}, "the claim that is not one is retired"
    assert MISSING in holding(store_url, MISSING).claim_ids, "a figure the record leaves alone stays as it is"
    assert_whole(store_url)


def run_and_return(db: str, folder: Path) -> str:
    run_into(db, folder)
    return db


def test_an_article_recorded_again_with_a_changed_figure_replaces_it_in_place(store_url: str, tmp_path: Path):
    folder = demo_subset(tmp_path / "demo", leave_out=())
    run_into(store_url, folder)
    before = holding(store_url, VALLEY_TOLL)
    with open_store(store_url) as store:
        stated = sorted(c.id for c in store.claims() if c.source.id == "valley-courier-dam-breach")
    article = folder / "valley-courier-dam-breach.txt"
    text = article.read_text(encoding="utf-8")
    assert text.count("At least 14 people") == 1
    article.write_text(text.replace("At least 14 people", "At least 90 people"), encoding="utf-8")

    record(store_url, article)
    after = holding(store_url, VALLEY_TOLL)
    with open_store(store_url) as store:
        claims = {c.id: c for c in store.claims() if c.source.id == "valley-courier-dam-breach"}
    assert sorted(claims) == stated, "the same figures keep their ids"
    assert claims[VALLEY_TOLL].low == 90
    assert set(after.claim_ids) == set(before.claim_ids), "the changed figure stays in its quantity"
    assert after.id == before.id, "a cluster's id is its claims'"
    assert after.reconciled != before.reconciled, "its range was made again with the new figure"
    full = str(tmp_path / "full.db")
    run_into(full, folder)
    assert said(after) == said(holding(full, VALLEY_TOLL)), "judged as a full run of the edited article"
    assert_whole(store_url)
