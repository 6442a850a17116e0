"""Clustering keeps reviewers' decisions; decided clusters keep their ids."""

from __future__ import annotations

import numpy as np

from crosscheck.cluster import cluster_claims
from crosscheck.cluster.reviewed import ReviewedGrouping, carry_over, honour, pair, standing
from crosscheck.config import Settings
from crosscheck.embed.fake import FakeEmbedder
from crosscheck.model import Claim, Cluster, Event
from tests.cluster.test_clustering import claim

SETTINGS = Settings(embedder="fake")
TEXT = "At least {n} people were killed in the shelling of Tell Abyadin on Friday, the monitor said."


def toll(source: str, n: int, measure: str = "people killed") -> Claim:
    text = TEXT.format(n=n)
    return claim(source, text, f"{n} people", value=float(n), measure=measure, location="Tell Abyadin")


def names(groups: list[list[Claim]]) -> set[frozenset[str]]:
    return {frozenset(c.source.id for c in group) for group in groups}


def clustered(claims: list[Claim], reviewed: ReviewedGrouping | None = None) -> set[frozenset[str]]:
    vectors = FakeEmbedder().embed([c.sentence for c in claims])
    return names(cluster_claims(claims, np.asarray(vectors), SETTINGS, reviewed=reviewed))


def test_a_pair_kept_apart_is_not_clustered_and_a_must_link_crosses_blocks():
    a, b, c = toll("a", 12), toll("b", 12), toll("c", 12, measure="people injured")
    assert clustered([a, b, c]) == {frozenset("ab"), frozenset("c")}
    reviewed = ReviewedGrouping(apart=frozenset({pair(a.id, b.id)}))
    assert clustered([a, b, c], reviewed) == {frozenset("a"), frozenset("b"), frozenset("c")}
    together = ReviewedGrouping(together=(("K", (a.id, c.id)),), apart=frozenset({pair(a.id, b.id)}))
    assert clustered([a, b, c], together) == {frozenset("ac"), frozenset("b")}


def test_honour_gathers_must_links_and_lets_free_claims_join():
    a, b, x, y = (toll(s, 12) for s in "abxy")
    reviewed = ReviewedGrouping(together=(("K", (a.id, b.id)),))
    assert names(honour([[a, x], [b, y]], reviewed)) == {frozenset("abxy")}


def test_honour_keeps_two_reviewed_groups_and_a_rejected_claim_apart():
    a, b, c, d, e = (toll(s, 12) for s in "abcde")
    reviewed = ReviewedGrouping(
        together=(("K1", (a.id,)), ("K2", (b.id,))),
        apart=frozenset({pair(a.id, c.id), pair(d.id, e.id)}),
    )
    assert names(honour([[a, b, c], [d, e]], reviewed)) == {
        frozenset("a"), frozenset("bc"), frozenset("d"), frozenset("e"),
    }  # fmt: skip


def cluster(cluster_id: str, *claim_ids: str, event: str = "e-1") -> Cluster:
    return Cluster(cluster_id, tuple(claim_ids), "agree", "", "test", event_id=event)


def test_a_decided_id_goes_to_the_cluster_holding_most_of_its_claims():
    clusters = [cluster("k-new", "a", "b", "x"), cluster("k-other", "c", "y"), cluster("k-z", "z")]
    events = [Event("e-1", "t", "incident", None, None, None, (), ("k-other", "k-new", "k-z"), (), ())]
    reviewed = ReviewedGrouping(decided=(("K", ("a", "b", "c")), ("L", ("y", "z")), ("M", ("gone",))))
    carried, new_events = carry_over(clusters, events, reviewed)
    assert [c.id for c in carried] == ["K", "k-other", "k-z"]
    assert new_events[0].cluster_ids == ("K", "k-other", "k-z")
    assert standing(carried, reviewed) == (["K"], ["L"]), "L's claims are split evenly: stranded"


def test_one_id_per_cluster_the_larger_share_first():
    clusters = [cluster("k-new", "a", "b", "c")]
    reviewed = ReviewedGrouping(decided=(("K", ("a",)), ("L", ("b", "c"))))
    assert [c.id for c in carry_over(clusters, [], reviewed)[0]] == ["L"]
