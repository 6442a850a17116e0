"""TruthFinder, Investment and PooledInvestment on small hand-made tables whose answer is known."""

from __future__ import annotations

from crosscheck.reliability import Claim
from crosscheck.reliability.fact_finders import (
    TruthFinderSettings,
    crh,
    investment,
    pooled_investment,
    truthfinder,
)


def points(rows: list[tuple[str, str, float]]) -> list[Claim]:
    return [Claim.point(item, source, value) for item, source, value in rows]


def test_truthfinder_close_figures_support_each_other():
    """1,020 supports 1,000 much more than 9,000 supports 5,000: the implication breaks the tie of two
    sources each, which without it goes to the figure nearest the median (5,000)."""
    rows = [("x", "a", 1000), ("x", "e", 1000), ("x", "b", 1020), ("x", "c", 5000), ("x", "d", 5000)]
    claims = points([*rows, ("x", "f", 9000)])
    assert truthfinder(claims)["x"] == 1000
    assert truthfinder(claims, TruthFinderSettings(rho=0.0))["x"] == 5000
    far = points([("x", "a", 1000), ("x", "b", 9000), ("x", "c", 5000), ("x", "d", 5000), ("x", "e", 1000)])
    assert truthfinder(far)["x"] == 5000  # 9,000 implies 5,000 more than 1,000


def test_truthfinder_trusts_sources_right_elsewhere():
    rows = [(f"y{i}", s, i) for i in range(8) for s in ("good1", "good2", "bad")]
    rows = [(item, s, v + 100 if s == "bad" and item in ("y0", "y1", "y2") else v) for item, s, v in rows]
    rows += [("x", "good1", 7.0), ("x", "bad", 3.0)]
    assert truthfinder(points(rows))["x"] == 7.0


def test_investment_and_pooled_follow_the_sources_that_are_right_elsewhere():
    rows = [(f"y{i}", s, i) for i in range(6) for s in ("good1", "good2", "good3")]
    rows += [(f"y{i}", "bad", i + 50) for i in range(6)]
    rows += [("x", "good1", 7.0), ("x", "bad", 3.0)]
    claims = points(rows)
    for estimates in (investment(claims), pooled_investment(claims)):
        assert estimates["x"] == 7.0
        assert all(estimates[f"y{i}"] == i for i in range(6))


def test_same_input_same_output_in_any_order():
    rows = [(f"x{i % 5}", f"s{i % 7}", float(i % 3)) for i in range(40)]
    forward, backward = points(rows), points(rows[::-1])
    assert truthfinder(forward) == truthfinder(backward)
    assert investment(forward) == investment(backward)
    assert pooled_investment(forward) == pooled_investment(backward)


def test_crh_weighs_down_a_source_far_off_everywhere():
    """Far is off by a lot on every item; on x, Far and Near each give one figure and the item's weighted
    median follows Near; an unweighted median of two would be the lower figure (Far's 5)."""
    rows = [(f"y{i}", s, 100 + i) for i in range(6) for s in ("near", "other")]
    rows += [(f"y{i}", "far", 900 + i) for i in range(6)]
    rows += [("x", "near", 50.0), ("x", "far", 5.0)]
    estimates = crh(points(rows))
    assert estimates["x"] == 50.0
    assert all(estimates[f"y{i}"] == 100 + i for i in range(6))
