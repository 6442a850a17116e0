"""CATD numeric-loss weights (crosscheck.reliability.numeric) on small tables."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.reliability import Claim, NumericLoss, Settings, discover
from crosscheck.reliability.numeric import catd_weight, claim_loss

NUMERIC = Settings(numeric=NumericLoss())


@pytest.mark.parametrize(
    ("distance", "estimate", "expected"),
    [
        (0.0, 1000.0, 0.0),  # holds the estimate
        (5.0, 1000.0, 0.25),  # half a percent off: (0.5)^2
        (10.0, 1000.0, 1.0),  # one percent off: one unit
        (1e18, 1000.0, 1.0),  # a vandal figure costs the cap, no more
        (0.5, 0.0, 1.0),  # an estimate of 0 is measured in units of 1 * scale, capped
    ],
)
def test_claim_loss_is_relative_squared_and_capped(distance, estimate, expected):
    got = claim_loss(np.array([distance]), np.array([estimate]), NumericLoss())
    assert got[0] == pytest.approx(expected)


def test_a_one_claim_source_that_holds_the_estimate_weighs_most():
    """CATD's weakness with figures picked among candidates: zero loss and one claim make the top weight,
    so a one-claim source that agrees with the first estimate (the median) entrenches it."""
    rows = [(f"x{i}", s, 100 + i) for i in range(10) for s in ("careful", "other")]
    rows += [("y", "careful", 500), ("y", "a", 520), ("y", "b", 520)]
    claims = [Claim.point(i, s, v) for i, s, v in rows]
    assert discover(claims, NUMERIC).values()["y"] == 520


def test_one_claim_weighs_less_than_many_with_the_same_mean_loss():
    loss = NumericLoss(alpha=0.05)
    one, many = catd_weight(np.array([0.1, 2.0]), np.array([1, 20]), loss)
    assert one < many


@pytest.mark.parametrize(
    ("rows", "item", "expected"),
    [
        # a careful source (always agrees) outvotes a sloppy one (a third of its figures off)
        (
            [(f"x{i}", "careful", 100 + i) for i in range(10)]
            + [(f"x{i}", "other", 100 + i) for i in range(10)]
            + [(f"x{i}", "sloppy", 100 + i if i % 3 else 200 + i) for i in range(10)]
            + [("y", "careful", 500), ("y", "sloppy", 520)],
            "y",
            500,
        ),
        # vandal figures never win
        ([("c", "a", 102746), ("c", "b", 102746), ("c", "v", 6.6e18), ("c", "z", 0)], "c", 102746),
    ],
)
def test_numeric_weights_pick_the_better_sources_figure(rows, item, expected):
    claims = [Claim.point(i, s, v) for i, s, v in rows]
    assert discover(claims, NUMERIC).values()[item] == expected


def test_numeric_weights_are_deterministic_and_keep_the_result_types():
    claims = [Claim.point(f"x{i % 4}", f"s{i % 5}", 10 + (i % 3)) for i in range(40)]
    first, second = discover(claims, NUMERIC), discover(list(reversed(claims)), NUMERIC)
    assert first == second
    assert {s.source for s in first.sources} == {f"s{i}" for i in range(5)}
