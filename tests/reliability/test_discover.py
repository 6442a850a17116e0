"""Truth discovery on small tables: estimates, reliabilities, intervals, bias, copies, determinism."""

from __future__ import annotations

import math
import random

import pytest

from crosscheck.reliability import (
    Claim,
    CopySettings,
    Settings,
    WeightSettings,
    discover,
    majority_vote,
    median_value,
)
from crosscheck.reliability.copies import copy_groups
from crosscheck.reliability.table import Tolerance, build_table

INF = math.inf


def points(rows: list[tuple[str, str, float]]) -> list[Claim]:
    return [Claim.point(item, source, value) for item, source, value in rows]


def by_source(result):
    return {s.source: s for s in result.sources}


def test_a_reliable_majority_wins_and_the_dissenter_scores_lower():
    rows = []
    for i in range(6):
        rows += [(f"x{i}", "a", 10 + i), (f"x{i}", "b", 10 + i), (f"x{i}", "c", 10 + i)]
        rows.append((f"x{i}", "d", 99 + i if i % 2 else 10 + i))
    result = discover(points(rows))
    assert result.values() == {f"x{i}": 10 + i for i in range(6)}
    sources = by_source(result)
    assert sources["d"].agreed == 3 and sources["d"].contradicted == 3
    assert sources["d"].reliability < sources["a"].reliability


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([102746, 102746, 6.6e18], 102746),  # a vandal's huge value
        ([102746, 102746, 0, 1], 102746),  # vandal zeros and ones
        ([7199, 7199, 7199, 6.6e18, 6.6e18], 7199),
    ],
)
def test_vandal_values_do_not_move_the_estimate(values, expected):
    claims = [Claim.point("city_2000", f"s{i}", v) for i, v in enumerate(values)]
    assert discover(claims).values() == {"city_2000": expected}


def test_a_source_with_one_claim_gets_a_wider_interval():
    rows = [(f"x{i}", "busy", i) for i in range(30)] + [(f"x{i}", "other", i) for i in range(30)]
    rows.append(("x0", "once", 0))
    sources = by_source(discover(points(rows)))
    width = {name: s.high - s.low for name, s in sources.items()}
    assert width["once"] > 2 * width["busy"]
    assert sources["once"].low < sources["busy"].low


def test_an_interval_that_holds_the_estimate_is_not_counted_against_its_source():
    claims = points([("x", "a", 25), ("x", "b", 25), ("y", "a", 7), ("y", "b", 7)])
    claims += [Claim("x", "floor", 20, INF), Claim("y", "floor", 5, 10)]
    result = discover(claims)
    assert result.values() == {"x": 25, "y": 7}
    floor = by_source(result)["floor"]
    assert (floor.agreed, floor.contradicted, floor.bias) == (2, 0, 0.0)


def test_a_source_that_runs_high_has_a_positive_bias():
    rows = []
    for i in range(5):
        truth = 100 * (i + 1)
        rows += [(f"x{i}", "a", truth), (f"x{i}", "b", truth), (f"x{i}", "high", truth * 1.5)]
        rows.append((f"x{i}", "low", truth / 2))
    sources = by_source(discover(points(rows)))
    assert sources["high"].bias == pytest.approx(math.log(1.5))
    assert sources["low"].bias == pytest.approx(math.log(0.5))
    assert sources["a"].bias == 0.0


def test_a_trusted_source_breaks_a_tie_against_an_unknown_one():
    rows = [(f"x{i}", "good", i) for i in range(10)] + [(f"x{i}", "peer", i) for i in range(10)]
    rows += [("duel", "good", 5), ("duel", "stranger", 9)]
    assert discover(points(rows)).values()["duel"] == 5


def test_known_values_are_kept_and_sources_are_scored_against_them():
    claims = points([("x", "a", 1), ("x", "b", 1), ("x", "c", 2), ("y", "a", 3), ("y", "c", 3)])
    result = discover(claims, known={"x": 2})
    assert result.values() == {"x": 2, "y": 3}
    assert by_source(result)["c"].agreed == 2


def test_copies_vote_once():
    rows = []
    for i in range(30):
        rows += [(f"x{i}", "copy1", i + 1), (f"x{i}", "copy2", i + 1), (f"x{i}", "copy3", i + 1)]
        rows += [(f"x{i}", "ind1", i), (f"x{i}", "ind2", i if i % 3 else i + 2)]
    claims = points(rows)
    table = build_table(claims, Tolerance())
    groups = copy_groups(
        table.item, table.source, table.low, table.high, len(table.items), len(table.sources),
        CopySettings(rule="identical", min_common=20, min_identical=0.95),
    )  # fmt: skip
    named = dict(zip(table.sources, groups, strict=True))
    assert named["copy1"] == named["copy2"] == named["copy3"] != named["ind1"] != named["ind2"]
    weights = WeightSettings(quantile=0.5, false_values=10)
    plain = discover(claims, Settings(weights=weights, copies=None)).values()
    identical = CopySettings(rule="identical", min_common=20)
    aware = discover(claims, Settings(weights=weights, copies=identical)).values()
    assert plain["x1"] == 2 and aware["x1"] == 1
    wire = {"copy1": "wire", "copy2": "wire", "copy3": "wire"}
    given = discover(claims, Settings(weights=weights, copies=None), groups=wire).values()
    assert given["x1"] == 1


def test_same_input_same_output_in_any_order():
    rng = random.Random(7)
    rows = [(f"x{i % 9}", f"s{rng.randrange(6)}", rng.choice((1, 2, 3, 50))) for i in range(80)]
    claims = points(rows)
    first = discover(claims)
    rng.shuffle(claims)
    assert discover(claims) == first
    assert [e.item for e in first.estimates] == sorted(e.item for e in first.estimates)


def test_baselines():
    claims = points(
        [("x", "a", 5), ("x", "b", 5), ("x", "c", 9), ("y", "a", 1), ("y", "b", 8), ("y", "c", 3)]
    )
    assert majority_vote(claims) == {"x": 5, "y": 3}  # y: a three-way tie, the median wins
    assert median_value(claims) == {"x": 5, "y": 3}
    assert majority_vote(points([("z", "a", 2), ("z", "b", 4)])) == {"z": 2}
