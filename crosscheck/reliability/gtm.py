"""GTM, the Gaussian Truth Model for real-valued truth (Zhao & Han, "A Probabilistic Model for Estimating
Real-valued Truth from Conflicting Sources", QDB 2012), whose preprocessing made the Population conflicting
set: a published method for comparison in ``crosscheck eval truth``.

Preprocessing (the paper's Algorithm 1): each item's claims are centred on their median; a claim farther
from it than ``relative_outlier`` (1) times the median is an outlier, then, repeatedly, one farther than
``z_outlier`` (2) standard deviations of the claims left; the rest are scaled by that deviation. Model: a
source's variance has an inverse-Gamma prior (``alpha`` = ``beta`` = 10), an item's truth a normal prior
(mean 0 on the centred scale, ``sigma0`` = 1); EM alternates the posterior mean of each truth (claims weighed
by their source's inverse variance) and each source's MAP variance until the truths move less than
``tolerance`` (relative). The estimate goes back to the item's scale and, as the benchmarks score figures
that someone claimed, to the claimed figure nearest it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from crosscheck.reliability.holdout import item_spans
from crosscheck.reliability.table import Tolerance, build_table
from crosscheck.reliability.types import Claim


@dataclass(frozen=True)
class GTMSettings:
    alpha: float = 10.0
    beta: float = 10.0
    sigma0: float = 1.0
    relative_outlier: float = 1.0
    z_outlier: float = 2.0
    tolerance: float = 1e-3
    iterations: int = 100


def _kept(values: np.ndarray, centre: float, settings: GTMSettings) -> tuple[np.ndarray, float]:
    """The claims that are not outliers, and their standard deviation."""
    keep = np.ones(len(values), dtype=bool)
    if centre != 0:
        keep &= np.abs(values - centre) / abs(centre) <= settings.relative_outlier
    if not keep.any():
        keep[:] = True
    while True:
        spread = float(np.std(values[keep]))
        if spread == 0:
            return keep, spread
        far = keep & (np.abs(values - centre) > settings.z_outlier * spread)
        if not far.any():
            return keep, spread
        keep &= ~far


def gtm(claims: Iterable[Claim], settings: GTMSettings | None = None) -> dict[str, float]:
    settings = settings or GTMSettings()
    table = build_table(claims, Tolerance())
    value = np.where(np.isfinite(table.high), (table.low + table.high) / 2, table.low)
    n_items, n_sources = len(table.items), len(table.sources)
    starts, ends = item_spans(table.item)
    centre, scale = np.zeros(n_items), np.ones(n_items)
    kept = np.zeros(len(value), dtype=bool)
    for a, b in zip(starts, ends, strict=True):
        item = table.item[a]
        centre[item] = float(np.median(value[a:b]))
        kept[a:b], spread = _kept(value[a:b], centre[item], settings)
        scale[item] = spread if spread > 0 else 1.0
    item, source = table.item[kept], table.source[kept]
    observed = (value[kept] - centre[item]) / scale[item]
    truth = np.zeros(n_items)
    prior = 1.0 / settings.sigma0**2
    for _ in range(settings.iterations):
        squared = np.bincount(source, weights=(observed - truth[item]) ** 2, minlength=n_sources)
        counts = np.bincount(source, minlength=n_sources)
        variance = (2 * settings.beta + squared) / (2 * (settings.alpha + 1) + counts)
        precision = 1.0 / variance[source]
        weighted = np.bincount(item, weights=observed * precision, minlength=n_items)
        total = np.bincount(item, weights=precision, minlength=n_items)
        updated = weighted / (prior + total)
        moved = np.linalg.norm(updated - truth) / max(float(np.linalg.norm(truth)), 1e-12)
        truth = updated
        if moved < settings.tolerance:
            break
    estimate = truth * scale + centre
    out: dict[str, float] = {}
    for a, b in zip(starts, ends, strict=True):
        i = table.item[a]
        out[table.items[i]] = float(value[a:b][np.argmin(np.abs(value[a:b] - estimate[i]))])
    return out
