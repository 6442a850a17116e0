"""The two baselines truth discovery is measured against: majority vote and the median."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np

from crosscheck.reliability.types import Claim


def _by_item(claims: Iterable[Claim]) -> dict[str, list[float]]:
    """Each item's claimed figures (an interval stands for its lower bound), items sorted."""
    values: dict[str, list[float]] = defaultdict(list)
    for claim in sorted(claims):
        values[claim.item].append(claim.low)
    return dict(sorted(values.items()))


def majority_vote(claims: Iterable[Claim]) -> dict[str, float]:
    """The most frequent figure per item; ties go to the one nearest the median, then the smaller."""
    out: dict[str, float] = {}
    for item, values in _by_item(claims).items():
        counts = Counter(values)
        middle = float(np.median(values))
        out[item] = min(counts, key=lambda v: (-counts[v], abs(v - middle), v))
    return out


def median_value(claims: Iterable[Claim]) -> dict[str, float]:
    """The median figure per item (the lower middle of an even count, so it is a figure someone gave)."""
    return {item: sorted(values)[(len(values) - 1) // 2] for item, values in _by_item(claims).items()}
