"""SimpleLCA and GuessLCA (Pasternack & Roth, WWW 2013) on small hand-made claim sets with known answers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from crosscheck.reliability import Claim, majority_vote
from crosscheck.reliability.lca import LCASettings, fit_lca, guess_lca, simple_lca
from crosscheck.reliability.table import Tolerance, build_table

MODELS = (simple_lca, guess_lca)


def points(rows: list[tuple[str, str, float]]) -> list[Claim]:
    return [Claim.point(item, source, value) for item, source, value in rows]


def good_outweighs_two_weak() -> list[Claim]:
    """``good`` agrees with two others on six items; ``weak1`` and ``weak2`` each give their own wrong figure
    there. On x, ``good`` says 7 and both weak sources say 3."""
    rows = [(f"y{i}", s, float(i)) for i in range(6) for s in ("good", "helper1", "helper2")]
    rows += [(f"y{i}", "weak1", i + 50.0) for i in range(6)]
    rows += [(f"y{i}", "weak2", i + 90.0) for i in range(6)]
    rows += [("x", "good", 7.0), ("x", "weak1", 3.0), ("x", "weak2", 3.0)]
    return points(rows)


@pytest.mark.parametrize("method", MODELS)
def test_a_source_right_elsewhere_outweighs_two_wrong_elsewhere(method):
    claims = good_outweighs_two_weak()
    assert majority_vote(claims)["x"] == 3.0  # the vote alone goes the other way
    estimates = method(claims)
    assert estimates["x"] == 7.0
    assert all(estimates[f"y{i}"] == i for i in range(6))


@pytest.mark.parametrize("model", ["simple", "guess"])
def test_converges_and_ranks_honesty(model):
    fit = fit_lca(build_table(good_outweighs_two_weak(), Tolerance()), model)
    assert fit.converged and fit.iterations < 100
    honesty = dict(zip(fit.table.sources, fit.honesty, strict=True))
    assert honesty["good"] > 0.9 > 0.1 > honesty["weak1"]
    assert honesty["helper1"] > honesty["weak2"]
    starts = np.flatnonzero(np.r_[True, fit.table.cand_item[1:] != fit.table.cand_item[:-1]])
    assert np.allclose(np.add.reduceat(fit.posterior, starts), 1.0)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # unanimous: the only figure
        ([("x", "a", 5.0), ("x", "b", 5.0)], 5.0),
        # no record anywhere, two against one: the vote
        ([("x", "a", 5.0), ("x", "b", 5.0), ("x", "c", 9.0)], 5.0),
        # one each, nothing else known: the tie goes to the figure nearest the median, then the smaller
        ([("x", "a", 5.0), ("x", "b", 9.0)], 5.0),
        ([("x", "a", 9.0), ("x", "b", 1.0), ("x", "c", 4.0)], 4.0),
    ],
)
@pytest.mark.parametrize("method", MODELS)
def test_small_tables(method, rows, expected):
    assert method(points(rows))["x"] == expected


@pytest.mark.parametrize("method", MODELS)
def test_same_input_same_output_in_any_order(method):
    rows = [(f"x{i % 5}", f"s{i % 7}", float(i % 3)) for i in range(40)]
    assert method(points(rows)) == method(points(rows[::-1]))


def test_a_range_spreads_its_belief_over_the_figures_it_holds():
    """ "10 to 30" holds 10, 20 and 30 with a third of a vote each: two sources' 20 and one 30 give 20 the
    most, and the range does not make 30 the winner."""
    claims = [Claim("x", "r", 10.0, 30.0), *points([("x", "a", 20.0), ("x", "b", 20.0), ("x", "c", 30.0)])]
    for method in MODELS:
        assert method(claims)["x"] == 20.0
    fit = fit_lca(build_table(claims, Tolerance()), "simple")
    assert list(fit.table.cand_value) == [10.0, 20.0, 30.0]
    assert fit.posterior[1] == max(fit.posterior) and fit.posterior[1] > 0.99


def test_maximum_likelihood_lets_a_lone_source_win_an_item_it_alone_speaks_for():
    """Plain EM has no prior on honesty: a one-claim source's honesty is the posterior of its own figure, so
    two one-claim sources on a two-figure item keep the first E-step's answer (the tie-break); a prior of
    pseudo-counts keeps every honesty inside (0, 1)."""
    claims = points([("x", "a", 5.0), ("x", "b", 9.0)])
    table = build_table(claims, Tolerance())
    plain = fit_lca(table, "simple")
    assert plain.converged and math.isclose(float(plain.honesty.sum()), 1.0)
    smoothed = fit_lca(table, "simple", LCASettings(prior=(1.0, 1.0)))
    assert np.all((smoothed.honesty > 0.3) & (smoothed.honesty < 0.7))


def test_guess_lca_counts_a_popular_figure_as_weaker_evidence_of_knowing():
    """Both models follow the sources right elsewhere; GuessLCA gives a source that agreed only with the
    crowd less credit than SimpleLCA does."""
    claims = good_outweighs_two_weak()
    table = build_table(claims, Tolerance())
    simple, guess = fit_lca(table, "simple"), fit_lca(table, "guess")
    helper = table.sources.index("helper1")
    assert guess.honesty[helper] < simple.honesty[helper]


def test_an_unknown_model_is_refused():
    with pytest.raises(ValueError, match="unknown LCA model"):
        fit_lca(build_table(points([("x", "a", 1.0)]), Tolerance()), "lie")
