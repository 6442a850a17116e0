"""Reviews, conflicts and regroupings on both store backends: a real SQLite file and a real PostgreSQL
server (CROSSCHECK_TEST_POSTGRES_URL, as for tests/store)."""

from __future__ import annotations

from crosscheck.review.decision_kinds import Decided, decided
from crosscheck.review.regroup import Regrouping, regroup
from crosscheck.review.state import Conflict, Review, Saved, reviews, save_review
from crosscheck.review.users import add_user, find_user, verify_password
from crosscheck.store import RunData, open_store
from tests.store.conftest import first_run, store_url

__all__ = ["first_run", "store_url"]


def test_review_conflict_and_merge(store_url: str, first_run: RunData) -> None:
    with open_store(store_url) as store:
        store.write_run(first_run)
        rita = add_user(store, "rita", "reviewer", "a long pass phrase")
        rob = add_user(store, "rob", "reviewer", "another pass phrase")
        found = find_user(store, "rob")
        assert found is not None and verify_password(found.password_hash, "another pass phrase")
        event = next(e for e in store.incidents() if len(e.cluster_ids) >= 2)
        first, second = event.cluster_ids[:2]

        saved = save_review(
            store, rita.id, first, 1, Review("agree", 12.0, 14.0, "council", "checked", "reviewed")
        )
        assert saved == Saved(2, Review("agree", 12.0, 14.0, "council", "checked", "reviewed"))
        stale = save_review(store, rob.id, first, 1, Review("update", note="rob"))
        assert isinstance(stale, Conflict) and stale.version == 2 and stale.review.note == "checked"
        assert [entry.user_id for entry in stale.since] == [rita.id]
        assert reviews(store)[first].note == "checked"
        assert store.cluster_version(first) == 2

        assert not regroup(store, rob.id, Regrouping("merge", second, first), 1, 1)
        assert regroup(store, rob.id, Regrouping("merge", second, first), 1, 2)
        assert decided(store) == [Decided("merge", second, None, {"into": first})]
        assert (store.cluster_version(first), store.cluster_version(second)) == (3, 2)
        assert [entry.action for entry in store.audit_log("cluster", first)] == ["review", "merge"]


def test_split_reject_misread_assign_and_their_overlay(store_url: str, first_run: RunData) -> None:
    from crosscheck.review import decide
    from crosscheck.review.decision_kinds import assignments, new_cluster_id
    from crosscheck.review.overlay import laid

    with open_store(store_url) as store:
        store.write_run(first_run)
        rita = add_user(store, "rita", "reviewer", "a long pass phrase")
        cluster = next(c for c in store.clusters() if len(c.claim_ids) >= 3)
        first, second, third = cluster.claim_ids[:3]

        assert decide.split(store, rita.id, cluster.id, [second, first], 2) is None
        assert decide.split(store, rita.id, cluster.id, [second, first], 1) == new_cluster_id([first, second])
        assert not decide.reject_match(store, rita.id, cluster.id, [third], 1)
        assert decide.reject_match(store, rita.id, cluster.id, [third], 2)
        assert decide.misread(store, rita.id, cluster.id, [first], "not_a_claim", "a date", 3)
        assert decide.assign(store, rita.id, cluster.id, "rita", None, 4)
        assert store.cluster_version(cluster.id) == 5
        assert assignments(store) == {cluster.id: "rita"}
        kinds = [row[0] for row in store.backend.query("SELECT kind FROM decisions ORDER BY id")]
        assert kinds == ["split", "reject_match", "misread", "assign"]
        actions = [e.action for e in store.audit_log("cluster", cluster.id)]
        assert actions == ["split", "reject_match", "misread", "assign"]

        claims = {claim.id: claim for claim in store.claims()}
        overlay = laid(store.clusters(), decided(store), claims)
        by_id = {c.id: c for c in overlay.clusters}
        assert by_id[new_cluster_id([first, second])].claim_ids == (second,)
        assert by_id[new_cluster_id([third])].claim_ids == (third,)
        assert overlay.hidden == {first}
