"""Sources that copy each other, found from the false values they share.

AccuCopy (Dong, Berti-Equille, Srivastava, "Integrating Conflicting Data: The Role of Source Dependence",
VLDB 2009): two independent sources agree on a true value often (both are accurate) but rarely on the same
false value (there are many false values to choose from), so sharing false values is the evidence of copying.
For two sources with accuracies ``a1``, ``a2`` stating ``k_t`` items with the same true value, ``k_f`` with
the same false value and ``k_d`` with different values, independence gives each case the probability
``a1 a2``, ``(1 - a1)(1 - a2) / n`` and the rest; "2 copies 1" with copy rate ``c`` gives ``a1 c + (1 - c)
a1 a2``, ``(1 - a1) c + (1 - c) (1 - a1)(1 - a2) / n`` and ``(1 - c)`` times the rest. Bayes' rule with the
prior ``alpha`` of dependence (half each way) gives the posterior of dependence. The paper's defaults:
``alpha = 0.2``, ``c = 0.8``; ``n`` is the number of false values a source could give (AccuVote's n).

Simplifications, stated: a pair is dependent when that posterior exceeds one half, and dependent pairs are
joined into groups (connected components) that vote once with their best member's weight, instead of the
paper's per-value discount; "true" is "holds the current estimate"; only sources with ``min_common`` claims
are tested. The earlier rule (``identical``: the same interval on at least ``min_identical`` of the items
two sources share) is kept for comparison: it also joins two accurate sources that never copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np


@dataclass(frozen=True)
class CopySettings:
    rule: Literal["false values", "identical"] = "false values"
    min_common: int = 20
    prior: float = 0.2
    copy_rate: float = 0.8
    false_values: float = 100.0
    min_identical: float = 0.95
    """Only for the ``identical`` rule."""


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = np.arange(n)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            i = int(self.parent[i])
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        self.parent[max(ra, rb)] = min(ra, rb)

    def labels(self) -> np.ndarray:
        return np.array([self.find(i) for i in range(len(self.parent))], dtype=np.int64)


def _matrices(
    item: np.ndarray, source: np.ndarray, low: np.ndarray, high: np.ndarray, n_items: int, n_sources: int,
    min_common: int, extra: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """The tested sources, and per (tested source, item): low, high, stated, ``extra``."""
    counts = np.bincount(source, minlength=n_sources)
    candidates = np.flatnonzero(counts >= min_common)
    row = np.full(n_sources, -1)
    row[candidates] = np.arange(len(candidates))
    keep = row[source] >= 0
    lows = np.full((len(candidates), n_items), np.nan)
    highs = np.full((len(candidates), n_items), np.nan)
    flags = np.zeros((len(candidates), n_items), dtype=bool)
    lows[row[source[keep]], item[keep]] = low[keep]
    highs[row[source[keep]], item[keep]] = high[keep]
    if extra is not None:
        flags[row[source[keep]], item[keep]] = extra[keep]
    return candidates, lows, highs, ~np.isnan(lows), flags


def copy_groups(
    item: np.ndarray,
    source: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    n_items: int,
    n_sources: int,
    settings: CopySettings,
) -> np.ndarray:
    """The ``identical`` rule: a group index per source (the smallest index of its group)."""
    groups = _Groups(n_sources)
    candidates, lows, highs, stated, _ = _matrices(
        item, source, low, high, n_items, n_sources, settings.min_common
    )
    if len(candidates) < 2:
        return groups.labels()
    common = stated.astype(np.int64) @ stated.T.astype(np.int64)
    for a in range(len(candidates)):
        for b in range(a + 1, len(candidates)):
            if common[a, b] < settings.min_common:
                continue
            identical = np.count_nonzero((lows[a] == lows[b]) & (highs[a] == highs[b]))
            if identical >= settings.min_identical * common[a, b]:
                groups.join(int(candidates[a]), int(candidates[b]))
    return groups.labels()


def dependence(
    k_true: float, k_false: float, k_different: float, accuracy_1: float, accuracy_2: float,
    settings: CopySettings,
) -> float:  # fmt: skip
    """AccuCopy's posterior probability that two sources are dependent (either copies the other)."""
    a1, a2 = np.clip([accuracy_1, accuracy_2], 1e-6, 1 - 1e-6)
    c, n = settings.copy_rate, settings.false_values
    p_true, p_false = a1 * a2, (1 - a1) * (1 - a2) / n
    p_diff = max(1.0 - p_true - p_false, 1e-12)
    independent = k_true * np.log(p_true) + k_false * np.log(p_false) + k_different * np.log(p_diff)
    copying = []
    for a in (a1, a2):  # the copied source's accuracy decides what the copier shares
        copy_true = a * c + (1 - c) * p_true
        copy_false = (1 - a) * c + (1 - c) * p_false
        copying.append(
            k_true * np.log(copy_true) + k_false * np.log(copy_false) + k_different * np.log((1 - c) * p_diff)
        )
    logs = np.array(
        [np.log(1 - settings.prior) + independent, *(np.log(settings.prior / 2) + x for x in copying)]
    )
    logs -= logs.max()
    weights = np.exp(logs)
    return float(weights[1:].sum() / weights.sum())


@dataclass(frozen=True)
class Dependence:
    """AccuCopy's posterior of dependence between the tested sources: ``row`` maps a source to its row in
    ``matrix`` (-1: not tested, independent of all)."""

    row: np.ndarray
    matrix: np.ndarray


def dependence_matrix(
    item: np.ndarray,
    source: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    holds: np.ndarray,
    accuracy: np.ndarray,
    n_items: int,
    settings: CopySettings,
) -> Dependence:
    """The posterior of dependence of every pair of sources with ``min_common`` items in common, from the
    true (``holds``: the claim holds the estimate) and the false values they share."""
    n_sources = len(accuracy)
    candidates, lows, highs, stated, true = _matrices(
        item, source, low, high, n_items, n_sources, settings.min_common, holds
    )
    row = np.full(n_sources, -1)
    row[candidates] = np.arange(len(candidates))
    matrix = np.zeros((len(candidates), len(candidates)))
    for a in range(len(candidates)):
        for b in range(a + 1, len(candidates)):
            both = stated[a] & stated[b]
            if np.count_nonzero(both) < settings.min_common:
                continue
            same = both & (lows[a] == lows[b]) & (highs[a] == highs[b])
            k_true = np.count_nonzero(same & true[a])
            k_false = np.count_nonzero(same) - k_true
            k_different = np.count_nonzero(both) - k_true - k_false
            sa, sb = int(candidates[a]), int(candidates[b])
            matrix[a, b] = matrix[b, a] = dependence(
                k_true, k_false, k_different, accuracy[sa], accuracy[sb], settings
            )
    return Dependence(row, matrix)
