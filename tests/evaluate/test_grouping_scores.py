"""Event pair counts (with overlapping events), b-cubed and per-slot recall on hand-built gold."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.evaluate.gold_data import GoldMention, GoldSlot
from crosscheck.evaluate.grouping_scores import bcubed, event_pairs, slot_bcubed, slot_macro_recall
from crosscheck.model import Claim, Source


def _mention(slot_id: str, unit_id: str, outlet: str) -> GoldMention:
    return GoldMention(slot_id, unit_id, outlet, f"quote {unit_id}", 1, 1, 1, "exact")


def _claim(unit_id: str) -> Claim:
    source = Source(id=unit_id, text="x" * 10, published=date(2024, 1, 1))
    return Claim(source=source, kind="numeric", start=0, end=1, sentence_start=0, sentence_end=10, rule="t")


A1, A2, A3 = _mention("s1", "1", "a"), _mention("s1", "2", "b"), _mention("s1", "3", "c")
B1 = _mention("s2", "4", "a")
C1 = _mention("s3", "5", "b")
SLOTS = [
    GoldSlot("s1", "people killed", "agree", (A1, A2, A3), "g1", "e1"),
    GoldSlot("s2", "people injured", "single", (B1,), "g1", "e1"),
    GoldSlot("s3", "people killed", "single", (C1,), "g1", "e2", ("e3",)),
]
MATCHED = {m: _claim(m.unit_id) for m in (A1, A2, A3, B1, C1)}


def _by_unit(groups: dict[str, str]):
    """A claim id -> group lookup from the units' groups (claim ids start with their unit id)."""
    return lambda claim_id: groups.get(claim_id.split(":")[0])


def test_event_pairs_count_recall_and_precision():
    predicted = {"1": "x", "2": "x", "3": "y", "4": "x", "5": "x"}
    counts = event_pairs(SLOTS, MATCHED, _by_unit(predicted))
    # e1 holds A1 A2 A3 B1: 6 pairs, of which A1-A2, A1-B1, A2-B1 are together.
    assert (counts.pairs, counts.together) == (6, 3)
    # predicted together: A1 A2 B1 C1 -> 6 pairs; the 3 with C1 are wrong (e2 does not overlap e1).
    assert (counts.predicted, counts.predicted_right) == (6, 3)


def test_macro_recall_weighs_each_gold_event_once_and_folds_add_up():
    c2 = _mention("s3", "6", "c")
    slots = [*SLOTS[:2], GoldSlot("s3", "people killed", "single", (C1, c2), "g2", "e2")]
    matched = {**MATCHED, c2: _claim("6")}
    predicted = {"1": "x", "2": "x", "3": "y", "4": "x", "5": "z", "6": "z"}
    counts = event_pairs(slots, matched, _by_unit(predicted))
    assert counts.per_event == (("e1", 6, 3), ("e2", 1, 1))
    assert counts.macro_recall == pytest.approx((3 / 6 + 1) / 2)  # pair recall is 4 / 7
    assert counts.recall == pytest.approx(4 / 7)

    def only(event: str):
        return lambda a, b: {a.slot_id, b.slot_id} <= {"s1", "s2"} if event == "e1" else a.slot_id == "s3"

    folds = [event_pairs(slots, matched, _by_unit(predicted), keep=only(e)) for e in ("e1", "e2")]
    assert folds[0] + folds[1] == counts


def test_a_pair_of_overlapping_events_together_is_not_an_error():
    slots = [*SLOTS[:2], GoldSlot("s3", "people killed", "single", (C1,), "g1", "e2", ("e1",))]
    predicted = {"1": "x", "2": "x", "3": "x", "4": "x", "5": "x"}
    counts = event_pairs(slots, MATCHED, _by_unit(predicted))
    assert counts.predicted_right == counts.predicted == 10


def test_an_unmatched_mention_is_never_together():
    matched = {**MATCHED, A3: None}
    counts = event_pairs(SLOTS, matched, _by_unit({"1": "x", "2": "x", "4": "x", "5": "z"}))
    assert (counts.pairs, counts.together) == (6, 3)


def test_bcubed_of_a_perfect_and_of_a_lumped_grouping():
    items = ["a", "b", "c", "d"]
    gold = {"a": 1, "b": 1, "c": 2, "d": 2}.get
    perfect = bcubed(items, gold, gold)
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    lumped = bcubed(items, lambda item: 0, gold)
    assert lumped.precision == pytest.approx(0.5)
    assert lumped.recall == 1.0


def test_slot_bcubed_and_macro_recall():
    cluster_of = _by_unit({"1": "k1", "2": "k1", "3": "k2", "4": "k1", "5": "k3"})
    scores = slot_bcubed(SLOTS, MATCHED, cluster_of)
    assert scores.precision < 1.0  # B1 shares k1 with two mentions of another slot
    assert scores.recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    # s1 has 3 cross-outlet pairs, one together; s2 and s3 have none.
    assert slot_macro_recall(SLOTS, MATCHED, cluster_of) == pytest.approx(1 / 3)
