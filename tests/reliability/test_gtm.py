"""GTM (Zhao & Han 2012) on small hand-made tables whose answer is known."""

from __future__ import annotations

from crosscheck.reliability import Claim
from crosscheck.reliability.gtm import gtm


def points(rows: list[tuple[str, str, float]]) -> list[Claim]:
    return [Claim.point(item, source, value) for item, source, value in rows]


def record(good: str, bad: str) -> list[Claim]:
    """On "x", "a" says 100 and "c" 130; on six other items ``good`` agrees with "b", ``bad`` is far off."""
    rows = [("x", "a", 100), ("x", "c", 130)]
    for k in range(6):
        rows += [(f"y{k}", good, 50), (f"y{k}", "b", 50), (f"y{k}", bad, 80 + 5 * (k % 2))]
    return points(rows)


def test_a_source_far_off_elsewhere_weighs_less_where_it_stands_alone_against_one():
    assert gtm(record(good="a", bad="c"))["x"] == 100
    assert gtm(record(good="c", bad="a"))["x"] == 130


def test_vandal_values_are_outliers():
    """0 and 6.6e18 are dropped before the model (farther from the median than the median itself)."""
    rows = [("x", "a", 1000), ("x", "b", 1010), ("x", "c", 0), ("x", "d", 6.6e18), ("x", "e", 1000)]
    assert gtm(points(rows))["x"] == 1000


def test_the_estimate_is_a_claimed_figure():
    rows = [("x", "a", 10), ("x", "b", 20), ("x", "c", 31)]
    assert gtm(points(rows))["x"] in (10, 20, 31)
