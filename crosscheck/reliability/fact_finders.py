"""Published fact-finders, with their published defaults, to compare against (``crosscheck eval truth``).

- TruthFinder (Yin, Han, Yu, "Truth Discovery with Multiple Conflicting Information Providers on the Web",
  KDD 2007 / TKDE 2008): a source's trustworthiness ``t`` (initially 0.9) gives ``tau = -ln(1 - t)``; a
  value's score is the sum of its sources' ``tau``, plus ``rho`` (0.5) times the other values' scores
  weighed by the implication ``sim - base_sim`` (``base_sim`` 0.5), so a figure supports the figures close to
  it (1,000 and 1,020) and counts against those far from it; its confidence is the logistic of ``gamma``
  (0.3) times that; a source's trustworthiness is the mean confidence of its values. For numbers the
  similarity is ``min / max`` of the two magnitudes (the paper leaves it to the domain).
- Investment and PooledInvestment (Pasternack & Roth, "Knowing What to Believe (when you already know
  something)", COLING 2010, which reports them on the Population data): a source invests its trust equally
  in its claims and gets back a share of each claim's belief in proportion to its investment; a claim's
  belief grows as ``G(x) = x^g`` of the trust invested in it (Investment, g = 1.2), or, pooled within the
  item's mutually exclusive values, as ``H * G(H) / sum G(H')`` (PooledInvestment, g = 1.4). Trust starts
  at 1; the prior beliefs, and the iterations, are those of the ``truthdiscovery`` library's implementation
  (J. Singleton): Investment starts from the vote share of each value, 20 iterations; PooledInvestment from
  uniform beliefs, 10 iterations.

- CRH (Li et al., SIGMOD 2014), for continuous data: see :func:`crh`.

All of them read the same :class:`~crosscheck.reliability.table.ClaimTable` as :func:`.discover` (a claim
supports every candidate its interval holds) and break ties the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from crosscheck.reliability.holdout import item_spans
from crosscheck.reliability.table import ClaimTable, Tolerance, build_table
from crosscheck.reliability.types import Claim


@dataclass(frozen=True)
class TruthFinderSettings:
    gamma: float = 0.3
    rho: float = 0.5
    base_similarity: float = 0.5
    initial_trust: float = 0.9
    iterations: int = 20


def pick_highest(table: ClaimTable, score: np.ndarray) -> dict[str, float]:
    """Per item, the candidate with the highest score; ties by the table's rank."""
    pick = np.lexsort((table.cand_rank, -np.round(score, 9), table.cand_item))
    first = np.r_[True, table.cand_item[pick][1:] != table.cand_item[pick][:-1]]
    best = pick[first]
    return {table.items[table.cand_item[c]]: float(table.cand_value[c]) for c in best}


def _similarity(values: np.ndarray) -> np.ndarray:
    """``min / max`` of the magnitudes of each pair of figures (1 for two zeros)."""
    size = np.abs(values)
    high = np.maximum(size[:, None], size[None, :])
    low = np.minimum(size[:, None], size[None, :])
    return np.where(high > 0, low / np.where(high > 0, high, 1.0), 1.0)


def truthfinder(
    claims: Iterable[Claim], settings: TruthFinderSettings | None = None, tolerance: Tolerance | None = None
) -> dict[str, float]:
    settings = settings or TruthFinderSettings()
    table = build_table(claims, tolerance or Tolerance())
    n_sources, n_cands = len(table.sources), len(table.cand_value)
    pair_source = table.source[table.pair_claim]
    per_source = np.maximum(np.bincount(pair_source, minlength=n_sources), 1)
    starts, ends = item_spans(table.cand_item)
    implication = [
        _similarity(table.cand_value[a:b]) - settings.base_similarity
        for a, b in zip(starts, ends, strict=True)
    ]
    for matrix in implication:
        np.fill_diagonal(matrix, 0.0)
    trust = np.full(n_sources, settings.initial_trust)
    confidence = np.zeros(n_cands)
    for _ in range(settings.iterations):
        tau = -np.log(np.maximum(1.0 - trust, 1e-12))
        sigma = np.bincount(table.pair_cand, weights=tau[pair_source], minlength=n_cands)
        adjusted = sigma.copy()
        for (a, b), matrix in zip(zip(starts, ends, strict=True), implication, strict=True):
            adjusted[a:b] += settings.rho * (matrix.T @ sigma[a:b])
        confidence = 1.0 / (1.0 + np.exp(-settings.gamma * adjusted))
        new = np.bincount(pair_source, weights=confidence[table.pair_cand], minlength=n_sources) / per_source
        if np.max(np.abs(new - trust)) < 1e-9:
            trust = new
            break
        trust = new
    return pick_highest(table, confidence)


def investment(claims: Iterable[Claim], tolerance: Tolerance | None = None) -> dict[str, float]:
    """Investment: g = 1.2, voted prior beliefs, 20 iterations."""
    return _invest(build_table(claims, tolerance or Tolerance()), 1.2, False, 20)


def pooled_investment(claims: Iterable[Claim], tolerance: Tolerance | None = None) -> dict[str, float]:
    """PooledInvestment: g = 1.4, uniform prior beliefs, 10 iterations."""
    return _invest(build_table(claims, tolerance or Tolerance()), 1.4, True, 10)


def _invest(table: ClaimTable, g: float, pooled: bool, iterations: int) -> dict[str, float]:
    n_sources, n_cands = len(table.sources), len(table.cand_value)
    pair_source = table.source[table.pair_claim]
    per_source = np.maximum(np.bincount(pair_source, minlength=n_sources), 1).astype(float)
    if pooled:  # uniform over the item's values
        belief = 1.0 / np.bincount(table.cand_item, minlength=len(table.items))[table.cand_item]
    else:  # voted: the share of the item's claims that hold the value
        held = np.bincount(table.pair_cand, minlength=n_cands).astype(float)
        belief = (
            held / np.bincount(table.cand_item, weights=held, minlength=len(table.items))[table.cand_item]
        )
    trust = np.ones(n_sources)
    for _ in range(iterations):
        stake = (trust / per_source)[pair_source]
        invested = np.bincount(table.pair_cand, weights=stake, minlength=n_cands)
        returns = belief[table.pair_cand] * stake / np.maximum(invested[table.pair_cand], 1e-300)
        trust = np.bincount(pair_source, weights=returns, minlength=n_sources)
        trust /= max(float(trust.max()), 1e-300)
        held = np.bincount(table.pair_cand, weights=(trust / per_source)[pair_source], minlength=n_cands)
        grown = held**g
        if pooled:
            pool = np.bincount(table.cand_item, weights=grown, minlength=len(table.items))
            belief = held * grown / np.maximum(pool[table.cand_item], 1e-300)
        else:
            belief = grown
        belief /= max(float(belief.max()), 1e-300)
    return pick_highest(table, belief)


def crh(claims: Iterable[Claim], iterations: int = 10) -> dict[str, float]:
    """CRH for continuous data (Li, Li, Gao, Zhao, Fan, Han, "Resolving Conflicts in Heterogeneous Data by
    Truth Discovery and Source Reliability Estimation", SIGMOD 2014): start from each item's median; a
    source's weight is ``-log`` of its share of the total loss, a claim's loss its absolute distance to the
    item's truth over the standard deviation of the item's claims; the truth is the weighted median of the
    claims (the minimiser of the weighted absolute loss); 10 iterations. An interval stands for its middle
    (a floor for its bound)."""
    table = build_table(claims, Tolerance())
    value = np.where(np.isfinite(table.high), (table.low + table.high) / 2, table.low)
    n_items, n_sources = len(table.items), len(table.sources)
    starts, ends = item_spans(table.item)
    spread = np.ones(n_items)
    for a, b in zip(starts, ends, strict=True):
        deviation = float(np.std(value[a:b]))
        spread[table.item[a]] = deviation if np.isfinite(deviation) and deviation > 0 else 1.0
    weight = np.ones(n_sources)
    truth = _weighted_medians(value, np.ones(len(value)), starts, ends, n_items, table.item)
    for _ in range(iterations):
        loss = np.abs(value - truth[table.item]) / spread[table.item]
        per_source = np.bincount(table.source, weights=loss, minlength=n_sources)
        total = float(per_source.sum())
        share = np.maximum(per_source / total, 1e-12) if total > 0 else np.full(n_sources, 1.0)
        weight = -np.log(share) + 1e-12
        truth = _weighted_medians(value, weight[table.source], starts, ends, n_items, table.item)
    return {item: float(truth[i]) for i, item in enumerate(table.items)}


def _weighted_medians(
    value: np.ndarray,
    weight: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    n_items: int,
    item: np.ndarray,
) -> np.ndarray:
    """Per item, the smallest claimed value at which the cumulative weight reaches half the item's total."""
    out = np.full(n_items, np.nan)
    for a, b in zip(starts, ends, strict=True):
        order = np.argsort(value[a:b], kind="stable")
        cumulative = np.cumsum(weight[a:b][order])
        out[item[a]] = value[a:b][order][np.searchsorted(cumulative, cumulative[-1] / 2.0)]
    return out
