"""Sources that copy each other: they give the very same figure on nearly every item both state.

AccuCopy (Dong, Berti-Equille, Srivastava, "Integrating Conflicting Data: The Role of Source Dependence",
VLDB 2009) weighs the false values two sources share. This is a simpler dependence discount that needs no
estimate: two sources that state at least ``min_common`` items in common and give the identical interval on
at least ``min_identical`` of them are taken as one (independent sources that measure the same thing still
differ now and then: a minute, a rounding). Dependent sources are joined into groups (connected
components); a group votes once for a value, with its best member's weight, and members do not vouch for
each other.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class CopySettings:
    min_common: int = 20
    min_identical: float = 0.95


def copy_groups(
    item: np.ndarray,
    source: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    n_items: int,
    n_sources: int,
    settings: CopySettings,
) -> np.ndarray:
    """A group index per source (the smallest index of its group; its own when it copies no one)."""
    counts = np.bincount(source, minlength=n_sources)
    candidates = np.flatnonzero(counts >= settings.min_common)
    parent = np.arange(n_sources)
    if len(candidates) < 2:
        return parent
    row = np.full(n_sources, -1)
    row[candidates] = np.arange(len(candidates))
    keep = row[source] >= 0
    lows = np.full((len(candidates), n_items), np.nan)
    highs = np.full((len(candidates), n_items), np.nan)
    lows[row[source[keep]], item[keep]] = low[keep]
    highs[row[source[keep]], item[keep]] = high[keep]
    stated = ~np.isnan(lows)
    common = stated.astype(np.int64) @ stated.T.astype(np.int64)

    def find(i: int) -> int:
        while parent[i] != i:
            i = int(parent[i])
        return i

    for a in range(len(candidates)):
        for b in range(a + 1, len(candidates)):
            if common[a, b] < settings.min_common:
                continue
            identical = np.count_nonzero((lows[a] == lows[b]) & (highs[a] == highs[b]))
            if identical >= settings.min_identical * common[a, b]:
                ra, rb = find(int(candidates[a])), find(int(candidates[b]))
                parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(i) for i in range(n_sources)], dtype=np.int64)
