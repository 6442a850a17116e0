"""A reconciled range over a group of claims, the way casualty recorders publish one.

Relayed figures are counted once: claims are first reduced to one per (independent source, qualifier,
stated figure) (see :mod:`crosscheck.compare.independence`). Over what remains:

- minimum: the lowest lower bound stated (exact N, at least N, more than N, about N -> N(1-t), range low,
  "dozens" -> 24). "At most" and "less than" state no lower bound and are left out. None if nothing is left.
- maximum: the highest finite upper bound (exact N, at most N, about N -> N(1+t), range high); None when
  no claim is bounded above, or when an open-ended claim ("at least 50") starts above every bounded one.
- best: the median of the point figures (exact, about and nearly values); when there are none, the median
  of the lower bounds.

For an update, only the claims of the latest date are reconciled: the earlier tolls are superseded.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from crosscheck.compare.independence import source_groups
from crosscheck.compare.intervals import ABOUT_TOLERANCE, figure, interval, stated
from crosscheck.model import Claim, Reconciled

POINT_QUALIFIERS = ("exact", "about", "nearly", None)
NO_LOWER_BOUND = ("at_most", "less_than")


def relayed_once(claims: Sequence[Claim]) -> list[Claim]:
    seen: set[tuple[object, ...]] = set()
    kept: list[Claim] = []
    for group, claim in zip(source_groups(claims), claims, strict=True):
        key = (group, claim.qualifier or "exact", stated(claim))
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept


def reconcile(claims: Sequence[Claim], about: float = ABOUT_TOLERANCE) -> Reconciled | None:
    spans = [(c, i) for c in relayed_once(claims) if (i := interval(c, about)) is not None]
    if not spans:
        return None
    lows = [i.low for c, i in spans if c.qualifier not in NO_LOWER_BOUND]
    highs = [i.high for _, i in spans if i.bounded]
    open_lows = [i.low for _, i in spans if not i.bounded]
    minimum = min(lows) if lows else None
    maximum = max(highs) if highs else None
    if maximum is not None and open_lows and max(open_lows) > maximum:
        maximum = None
    points = [f for c, _ in spans if c.qualifier in POINT_QUALIFIERS and (f := figure(c)) is not None]
    best = statistics.median(points) if points else (statistics.median(lows) if lows else None)
    return Reconciled(minimum=minimum, maximum=maximum, best=best)
