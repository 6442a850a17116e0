"""Reviewers' decisions replayed in order into must-link groups, cannot-link pairs and dropped claims."""

from __future__ import annotations

from typing import Any

import pytest

from crosscheck.cluster.reviewed import ReviewedGrouping
from crosscheck.model import Correction
from crosscheck.store.decided import Decision, new_cluster_id, replay

STORED = {"A": ("a1", "a2", "a3"), "B": ("b1", "b2"), "C": ("c1",)}
"""Three clusters as a run left them."""


def made(*steps: tuple[str, str | None, str | None, dict[str, Any]]) -> list[Decision]:
    return [Decision(i, *step) for i, step in enumerate(steps)]


def groups(found: ReviewedGrouping) -> dict[str, set[str]]:
    return {cluster_id: set(claims) for cluster_id, claims in found.together}


def apart(found: ReviewedGrouping) -> set[frozenset[str]]:
    return {frozenset(pair) for pair in found.apart}


def decided(found: ReviewedGrouping) -> dict[str, set[str]]:
    return {cluster_id: set(claims) for cluster_id, claims in found.decided}


@pytest.mark.parametrize(
    ("steps", "together", "kept_apart", "holds"),
    [
        pytest.param(
            [("merge", "A", None, {"into": "B"})],
            {"B": {"a1", "a2", "a3", "b1", "b2"}}, set(), {"A": set(), "B": {"a1", "a2", "a3", "b1", "b2"}},
            id="merge: one group, the target",
        ),
        pytest.param(
            [("move", "A", None, {"into": "C", "claims": ["a1"]})],
            {"C": {"a1", "c1"}}, {frozenset({"a1", "a2"}), frozenset({"a1", "a3"})},
            {"A": {"a2", "a3"}, "C": {"a1", "c1"}},
            id="move: joins the target, apart from what it left",
        ),
        pytest.param(
            [("split", "A", None, {"into": "N", "claims": ["a2", "a3"]})],
            {"N": {"a2", "a3"}}, {frozenset({"a1", "a2"}), frozenset({"a1", "a3"})},
            {"A": {"a1"}, "N": {"a2", "a3"}},
            id="split: the part together, apart from the rest",
        ),
        pytest.param(
            [("split", "A", None, {"into": "N", "claims": ["a1"]}), ("merge", "N", None, {"into": "A"})],
            {"A": {"a1", "a2", "a3"}}, set(), {"A": {"a1", "a2", "a3"}, "N": set()},
            id="a later merge undoes a split",
        ),
        pytest.param(
            [
                ("move", "A", None, {"into": "B", "claims": ["a1"]}),
                ("move", "B", None, {"into": "C", "claims": ["a1"]}),
            ],
            {"B": {"b1", "b2"}, "C": {"a1", "c1"}},
            {frozenset({"a1", x}) for x in ("a2", "a3", "b1", "b2")},
            {"A": {"a2", "a3"}, "B": {"b1", "b2"}, "C": {"a1", "c1"}},
            id="a claim moved twice ends where it was moved last",
        ),
        pytest.param(
            [("reject_match", "B", "b2", {})],
            {}, {frozenset({"b1", "b2"})}, {"B": {"b1"}, new_cluster_id(["b2"]): {"b2"}},
            id="a rejected match leaves its cluster and stays apart",
        ),
        pytest.param(
            [("merge", "C", None, {"into": "B"}), ("reject_match", "B", "c1", {})],
            {"B": {"b1", "b2"}}, {frozenset({"c1", "b1"}), frozenset({"c1", "b2"})},
            {"B": {"b1", "b2"}, "C": set(), new_cluster_id(["c1"]): {"c1"}},
            id="a rejection after a merge takes the claim back out",
        ),
        pytest.param(
            [("review", "A", None, {"verdict": "agree", "low": None, "high": None})],
            {"A": {"a1", "a2", "a3"}}, set(), {"A": {"a1", "a2", "a3"}},
            id="a verdict holds its claims together",
        ),
        pytest.param(
            [("review", "A", None, {"verdict": None, "low": 12.0, "high": 14.0})],
            {"A": {"a1", "a2", "a3"}}, set(), {"A": {"a1", "a2", "a3"}},
            id="so does an established figure",
        ),
        pytest.param(
            [
                ("review", "A", None, {"verdict": "agree"}),
                ("review", "A", None, {"verdict": None, "note": "x"}),
            ],
            {}, set(), {"A": {"a1", "a2", "a3"}},
            id="a later review without either lifts it",
        ),
        pytest.param(
            [
                ("review", "A", None, {"verdict": None, "status": "in progress"}),
                ("assign", "C", None, {"user": "rita"}),
            ],
            {}, set(), {"A": {"a1", "a2", "a3"}, "C": {"c1"}},
            id="a review with no verdict nor figure, an assignment: decided, not held together",
        ),
    ],
)  # fmt: skip
def test_decisions_replay_in_order(steps, together, kept_apart, holds):
    found = replay(made(*steps), STORED)
    assert groups(found) == together
    assert apart(found) == kept_apart
    assert decided(found) == holds
    assert not found.dropped


def test_not_a_claim_is_dropped_and_leaves_its_groups():
    found = replay(
        made(
            ("review", "A", None, {"verdict": "agree"}),
            ("misread", "A", "a2", {"field": "not_a_claim", "correction": "a date"}),
            ("misread", "B", "b1", {"field": "value", "correction": "14"}),
        ),
        STORED,
    )
    assert found.dropped == {"a2"}
    assert groups(found) == {"A": {"a1", "a3"}}
    assert decided(found) == {"A": {"a1", "a3"}, "B": {"b1", "b2"}}
    assert found.corrections == (("b1", Correction(2, "value", "14")),), "other misreads: corrections"


def test_corrections_are_kept_in_the_order_they_were_made():
    found = replay(
        made(
            ("misread", "A", "a1", {"field": "value", "correction": "14"}),
            ("misread", "A", "a1", {"field": "place", "correction": "Homs"}),
            ("misread", "A", "a1", {"field": "value", "correction": "15"}),
        ),
        STORED,
    )
    assert [(claim, c.decision, c.field, c.correction) for claim, c in found.corrections] == [
        ("a1", 0, "value", "14"), ("a1", 1, "place", "Homs"), ("a1", 2, "value", "15"),
    ]  # fmt: skip
    assert not found.empty and not found.together and not found.dropped


def test_no_decisions_is_empty():
    assert replay([], STORED).empty


def test_decisions_read_the_clusters_as_the_reviewer_saw_them():
    """A review made after run 1 judged what run 1 left in the cluster, not what run 2 rewrote it to."""
    stored = {"A": ("a1", "a2", "x")}
    rewrites = {"A": [(2, ["a1", "a2"])]}
    review = Decision(1, "review", "A", None, {"verdict": "agree"}, seen_run=1)
    assert groups(replay([review], stored, rewrites)) == {"A": {"a1", "a2"}}
    again = Decision(2, "review", "A", None, {"verdict": "agree"}, seen_run=2)
    assert groups(replay([review, again], stored, rewrites)) == {"A": {"a1", "a2", "x"}}
