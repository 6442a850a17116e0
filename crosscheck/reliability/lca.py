"""Latent Credibility Analysis (Pasternack & Roth, "Latent Credibility Analysis", WWW 2013): SimpleLCA and
GuessLCA, fitted by EM, for ``crosscheck eval truth``.

Each item is a mutual exclusion set ``m`` whose candidates (the figures the sources gave) are its claims; the
true one, ``y_m``, is latent, with a uniform prior. Source ``s`` states a belief ``b[s, c]`` over the
candidates of each item it speaks on (1 on the figure it gives; a range that holds ``k`` candidates spreads
1/k over them) with confidence ``w[s, m] = 1``. A source's credibility is its honesty ``H_s``:

- SimpleLCA: ``s`` asserts the true claim with probability ``H_s``, each other claim of ``m`` with
  ``(1 - H_s) / (|m| - 1)``: ``P(b_s | y_m) = H_s ** b[s, y_m] * ((1 - H_s) / (|m| - 1)) ** (1 - b[s, y_m])``.
  E-step: ``P(y_m = c | X) ∝ prod_s P(b_s | y_m = c)``; M-step: ``H_s`` is the mean, over its items, of
  ``sum_c b[s, c] P(y_m = c | X)``, the expected share of its beliefs that are true.
- GuessLCA: ``s`` knows the truth with probability ``H_s`` and asserts it; otherwise it guesses claim ``c``
  with ``P_g(c)``, here the share of the item's beliefs on ``c`` (how popular it is): so
  ``P(s asserts c | y_m) = H_s [c = y_m] + (1 - H_s) P_g(c)``, and a popular figure is weak evidence that a
  source knew. The M-step treats "knew" as latent too: ``H_s`` is the mean of
  ``sum_c b[s, c] P(y_m = c | X) H_s / (H_s + (1 - H_s) P_g(c))``, the expected share of its items it knew.

MistakeLCA and LieLCA (the same paper: a per-item difficulty beside the source's honesty) are not written.
The paper's own text was not at hand here (only its abstract), so the fitting settings are ours, fixed before
any run and not chosen on a benchmark: EM starts from every source's honesty at ``initial_honesty`` (0.8),
whose first E-step is a vote; it stops when no posterior moves by more than ``tolerance`` or after
``iterations`` (100); honesty is plain maximum likelihood (``prior`` (0, 0)), kept inside [1e-6, 1 - 1e-6]
so that a source right on all its items does not make every other figure impossible. The estimate is the
candidate with the highest posterior; ties by the table's rank (nearest the median of the item's claims,
then the smaller).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from crosscheck.reliability.fact_finders import pick_highest
from crosscheck.reliability.holdout import item_spans
from crosscheck.reliability.table import ClaimTable, Tolerance, build_table
from crosscheck.reliability.types import Claim

HONESTY_BOUND = 1e-6


@dataclass(frozen=True)
class LCASettings:
    initial_honesty: float = 0.8
    iterations: int = 100
    tolerance: float = 1e-9
    prior: tuple[float, float] = (0.0, 0.0)
    """Pseudo-counts (true, false) added to each source's expected record in the M-step: MAP under a
    Beta(1 + true, 1 + false) prior on honesty; (0, 0) is the plain maximum-likelihood EM."""


@dataclass(frozen=True)
class LCAFit:
    """Per candidate of the table, its posterior of being the item's truth; per source, its honesty."""

    table: ClaimTable
    posterior: np.ndarray
    honesty: np.ndarray
    iterations: int
    converged: bool

    def estimates(self) -> dict[str, float]:
        return pick_highest(self.table, self.posterior)


def simple_lca(
    claims: Iterable[Claim], settings: LCASettings | None = None, tolerance: Tolerance | None = None
) -> dict[str, float]:
    return fit_lca(build_table(claims, tolerance or Tolerance()), "simple", settings).estimates()


def guess_lca(
    claims: Iterable[Claim], settings: LCASettings | None = None, tolerance: Tolerance | None = None
) -> dict[str, float]:
    return fit_lca(build_table(claims, tolerance or Tolerance()), "guess", settings).estimates()


@dataclass(frozen=True)
class _Beliefs:
    """Per (claim, candidate) pair: its belief, source and candidate; per candidate: P_g and |m| - 1."""

    belief: np.ndarray
    source: np.ndarray
    cand: np.ndarray
    guess: np.ndarray  # per candidate: P_g, the share of its item's beliefs on it
    others: np.ndarray  # per candidate: |m| - 1 of its item, at least 1


def _beliefs(table: ClaimTable) -> _Beliefs:
    n_cands, n_items = len(table.cand_value), len(table.items)
    held = np.bincount(table.pair_claim, minlength=table.n_claims).astype(float)
    belief = 1.0 / held[table.pair_claim]
    on_cand = np.bincount(table.pair_cand, weights=belief, minlength=n_cands)
    per_item = np.bincount(table.item, minlength=n_items).astype(float)
    size = np.bincount(table.cand_item, minlength=n_items)
    return _Beliefs(
        belief,
        table.source[table.pair_claim],
        table.pair_cand,
        on_cand / np.maximum(per_item[table.cand_item], 1.0),
        np.maximum(size[table.cand_item] - 1, 1).astype(float),
    )


def fit_lca(table: ClaimTable, model: str, settings: LCASettings | None = None) -> LCAFit:
    """EM for ``model`` ("simple" or "guess") on ``table``."""
    if model not in ("simple", "guess"):
        raise ValueError(f"unknown LCA model {model!r}: expected 'simple' or 'guess'")
    settings = settings or LCASettings()
    beliefs = _beliefs(table)
    n_sources = len(table.sources)
    per_source = np.bincount(table.source, minlength=n_sources).astype(float)
    honesty = np.full(n_sources, settings.initial_honesty)
    posterior = np.zeros(len(table.cand_value))
    for done in range(1, settings.iterations + 1):
        honesty = np.clip(honesty, HONESTY_BOUND, 1.0 - HONESTY_BOUND)
        updated = _posterior(table, beliefs, honesty, model)
        moved = float(np.max(np.abs(updated - posterior))) if len(posterior) else 0.0
        posterior = updated
        expected = beliefs.belief * posterior[beliefs.cand]
        if model == "guess":
            h = honesty[beliefs.source]
            expected *= h / (h + (1.0 - h) * beliefs.guess[beliefs.cand])
        true, false = settings.prior
        record = np.bincount(beliefs.source, weights=expected, minlength=n_sources)
        honesty = (record + true) / (per_source + true + false)
        if moved <= settings.tolerance:
            return LCAFit(table, posterior, honesty, done, True)
    return LCAFit(table, posterior, honesty, settings.iterations, False)


def _posterior(table: ClaimTable, beliefs: _Beliefs, honesty: np.ndarray, model: str) -> np.ndarray:
    """The E-step: per candidate, ``P(y_m = c | X)`` under the current honesty."""
    n_cands, n_items = len(table.cand_value), len(table.items)
    h = honesty[beliefs.source]
    if model == "simple":
        # log P(b_s | y_m = c) = log W + b[s, c] (log h - log W), W = (1 - h) / (|m| - 1): a claim's beliefs
        # sum to 1, so spreading b log W over its pairs adds log W once to every candidate of the item
        wrong = np.log((1.0 - h) / beliefs.others[beliefs.cand])
        right = np.log(h)
    else:  # log P(b_s | y_m = c) = sum_c' b[s, c'] log((1 - h) P_g(c')) + b[s, c] (log(h + (1 - h) P_g(c))
        # - log((1 - h) P_g(c)))
        wrong = np.log((1.0 - h) * beliefs.guess[beliefs.cand])
        right = np.log(h + (1.0 - h) * beliefs.guess[beliefs.cand])
    cand_item = table.cand_item[beliefs.cand]
    everywhere = np.bincount(cand_item, weights=beliefs.belief * wrong, minlength=n_items)
    own = np.bincount(beliefs.cand, weights=beliefs.belief * (right - wrong), minlength=n_cands)
    score = everywhere[table.cand_item] + own
    return _normalise(table.cand_item, score)


def _normalise(cand_item: np.ndarray, log_score: np.ndarray) -> np.ndarray:
    """Softmax of ``log_score`` within each item's candidates (contiguous in the table)."""
    if len(log_score) == 0:
        return log_score.copy()
    starts, ends = item_spans(cand_item)
    size = ends - starts
    shifted = np.exp(log_score - np.repeat(np.maximum.reduceat(log_score, starts), size))
    return shifted / np.repeat(np.add.reduceat(shifted, starts), size)
