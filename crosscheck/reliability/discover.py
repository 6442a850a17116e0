"""Estimate each item's value and each source's reliability, jointly.

Iterate until the estimates stop changing: (1) each item's estimate is the candidate (a figure some source
gave) with the most weight among the claims that hold it; a group of sources found to copy each other votes
once, with its best member's weight (or, with the ``false values`` copy rule, each later provider of a value
is discounted by AccuCopy's posterior of its dependence on the earlier ones, :mod:`.copies`); (2) each
source's record is how many of its claims on items that others also state hold the estimate, and its vote
weight is a conservative quantile of the Beta posterior of its accuracy (CATD's confidence-aware weighting,
Li et al. VLDB 2015; AccuVote's log-odds weight, Dong et al. VLDB 2009; see
:mod:`crosscheck.reliability.weights`). A source's weight on an item is computed from its
record on its other items (leave one out), so a source with one claim votes with the prior's weight and no
source vouches for itself. Deterministic: claims are sorted, ties go to the candidate nearest the median of
the item's claims, then to the smaller.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
from scipy.stats import binom

from crosscheck.reliability.copies import CopySettings, Dependence, copy_groups, dependence_matrix
from crosscheck.reliability.holdout import holdout_agree, item_spans
from crosscheck.reliability.numeric import NumericLoss, catd_weight, claim_loss
from crosscheck.reliability.table import ClaimTable, Tolerance, build_table
from crosscheck.reliability.types import Claim, Estimate, SourceReliability, TruthResult
from crosscheck.reliability.weights import WeightSettings, accuracy_interval, vote_weight


@dataclass(frozen=True)
class Settings:
    """``copies`` None: no copy detection; ``level``: the level of each reliability's interval; ``holdout``:
    keep each source's record against the estimate made without its group (:mod:`.holdout`) instead of the
    estimate itself; ``numeric``: weigh votes by CATD's chi-square bound on a numeric loss (:mod:`.numeric`),
    starting from each item's median claim, instead of by the Beta record (the reported reliabilities stay
    record-based). The defaults were picked in phase 1 on Population and on Flight's actual departures and
    are kept as they were: `crosscheck eval truth` prints them beside published methods at their published
    defaults, and chooses nothing on the gold."""

    tolerance: Tolerance = field(default_factory=Tolerance)
    weights: WeightSettings = field(default_factory=lambda: WeightSettings(quantile=0.5, false_values=1000.0))
    copies: CopySettings | None = field(
        default_factory=lambda: CopySettings(rule="identical", min_identical=0.99)
    )
    level: float = 0.9
    iterations: int = 20
    holdout: bool = False
    numeric: NumericLoss | None = None
    held_first: bool = False
    """Break ties first towards the candidate more claims hold (for interval claims: "at least 14" and "31"
    both hold 31); off on the benchmarks, whose figures were measured with the median tie-break alone."""


def discover(
    claims: Iterable[Claim],
    settings: Settings | None = None,
    known: Mapping[str, float] | None = None,
    groups: Mapping[str, str] | None = None,
    classes: Mapping[str, str] | None = None,
) -> TruthResult:
    """Estimates for every item and a reliability for every source of ``claims``.

    ``known`` fixes the value of some items (a reviewer's established figure): they are not estimated, and
    the sources are scored against them. ``classes`` names a class per source (on Population: anonymous
    editors and registered accounts): a source's prior accuracy is then its class's pooled record against
    the current estimates (empirical Bayes), at the prior's strength, instead of the uniform prior; this is
    what a source with one claim votes with. Sources not named form one class.
    """
    settings = settings or Settings()
    table = build_table(claims, settings.tolerance, settings.held_first)
    known_index = _known(table, known or {})
    given = _given_groups(table, groups or {})
    group = given
    if settings.copies is not None and settings.copies.rule == "identical":
        found = copy_groups(
            table.item, table.source, table.low, table.high,
            len(table.items), len(table.sources), settings.copies,
        )  # fmt: skip
        group = _join(given, found)
    source_class = _classes(table, classes)
    estimate, agree, counted = _solve(table, settings, known_index, group, source_class)
    return _result(table, settings, estimate, agree, counted, source_class)


def _classes(table: ClaimTable, classes: Mapping[str, str] | None) -> np.ndarray | None:
    if classes is None:
        return None
    names = sorted({classes.get(source, "") for source in table.sources})
    return np.array([names.index(classes.get(source, "")) for source in table.sources], dtype=np.int64)


def _class_prior(
    table: ClaimTable, agree: np.ndarray, counted: np.ndarray, source_class: np.ndarray | None
) -> np.ndarray | None:
    """Per source, its class's pooled accuracy (Laplace-smoothed), or None without classes."""
    if source_class is None:
        return None
    agreed, shared = _record(table, agree, counted)
    n = int(source_class.max()) + 1
    pooled_agreed = np.bincount(source_class, weights=agreed, minlength=n)
    pooled_shared = np.bincount(source_class, weights=shared, minlength=n)
    return ((pooled_agreed + 1.0) / (pooled_shared + 2.0))[source_class]


def _known(table: ClaimTable, known: Mapping[str, float]) -> dict[int, float]:
    return {i: float(known[item]) for i, item in enumerate(table.items) if item in known}


def _given_groups(table: ClaimTable, groups: Mapping[str, str]) -> np.ndarray:
    names: dict[str, int] = {}
    out = np.arange(len(table.sources))
    for i, source in enumerate(table.sources):
        if source in groups:
            out[i] = names.setdefault(groups[source], i)
    return out


def _join(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Groups that are the connected components of both groupings; each named by its smallest member."""
    parent = np.arange(len(a))

    def find(i: int) -> int:
        while parent[i] != i:
            i = int(parent[i])
        return i

    for grouping in (a, b):
        for i, g in enumerate(grouping):
            ri, rg = find(i), find(int(g))
            parent[max(ri, rg)] = min(ri, rg)
    return np.array([find(i) for i in range(len(a))], dtype=np.int64)


def _vote_groups(table: ClaimTable, group: np.ndarray) -> np.ndarray:
    """Per claim, the group that votes once for it: its source's group, joined on each item with the claims
    that share its voice (a relay, a wire copy). Without voices, the source's group."""
    by_source = group[table.source]
    if len(np.unique(table.voice)) == table.n_claims:
        return by_source
    parent = np.arange(table.n_claims)

    def find(i: int) -> int:
        while parent[i] != i:
            i = int(parent[i])
        return i

    first: dict[tuple[str, int, int], int] = {}
    for c in range(table.n_claims):
        for key in (("group", int(table.item[c]), int(by_source[c])), ("voice", 0, int(table.voice[c]))):
            other = first.setdefault(key, c)
            ra, rb = find(c), find(other)
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(c) for c in range(table.n_claims)], dtype=np.int64)


def _solve(
    table: ClaimTable, settings: Settings, known: dict[int, float], source_group: np.ndarray,
    source_class: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """``source_group``: per source, the group whose best member's weight is its one vote; with the
    ``false values`` copy rule, joined after each estimate with the sources found to copy each other."""
    group = _vote_groups(table, source_group)
    discount = np.ones(len(table.pair_claim))
    weight = np.ones(table.n_claims)
    if settings.numeric is not None:  # CATD starts from each item's median claim
        weight = _numeric_weights(table, _medians(table), settings.numeric)
    estimate = np.full(len(table.items), np.nan)
    agree = np.zeros(table.n_claims, dtype=bool)
    counted = table.shared
    for _ in range(settings.iterations):
        new = _estimate(table, weight, group, known, discount)
        if np.array_equal(new, estimate):
            break
        estimate = new
        if settings.numeric is not None:
            weight = _numeric_weights(table, estimate, settings.numeric)
            agree, counted = _agree(table, estimate, settings.tolerance), table.shared
            continue
        if settings.holdout:
            agree, counted = holdout_agree(table, weight, group)
            if known:  # a known value is the truth, not a vote: claims are scored against it
                fixed = np.isin(table.item, list(known))
                agree = np.where(fixed, _agree(table, estimate, settings.tolerance), agree)
                counted = counted | fixed
        else:
            agree, counted = _agree(table, estimate, settings.tolerance), table.shared
        weight = _weights(table, agree, counted, settings.weights, source_class)
        if settings.copies is not None and settings.copies.rule == "false values":
            dependent = _dependence(table, estimate, agree, counted, settings.tolerance, settings.copies)
            discount = _copy_discount(table, weight, dependent, settings.copies.copy_rate)
    return estimate, agree, counted


def _dependence(
    table: ClaimTable, estimate: np.ndarray, agree: np.ndarray, counted: np.ndarray, tolerance: Tolerance,
    copies: CopySettings,
) -> Dependence:  # fmt: skip
    """AccuCopy's dependence of the sources from the true and false values they share (:mod:`.copies`)."""
    agreed, shared = _record(table, agree, counted)
    accuracy = (agreed + 1.0) / (shared + 2.0)
    holds = _agree(table, estimate, tolerance)
    return dependence_matrix(
        table.item, table.source, table.low, table.high, holds, accuracy, len(table.items), copies
    )


def _copy_discount(
    table: ClaimTable, weight: np.ndarray, dependent: Dependence, copy_rate: float
) -> np.ndarray:
    """Per (claim, candidate) pair, AccuCopy's discount of the vote: the candidate's providers in order of
    weight (best first), each vote times ``1 - c * P(dependent)`` for every provider before it."""
    discount = np.ones(len(table.pair_claim))
    row = dependent.row[table.source[table.pair_claim]]
    tested = np.flatnonzero(row >= 0)
    if len(tested) == 0:
        return discount
    order = tested[np.lexsort((-weight[table.pair_claim[tested]], table.pair_cand[tested]))]
    cands = table.pair_cand[order]
    starts = np.flatnonzero(np.r_[True, cands[1:] != cands[:-1]])
    ends = np.r_[starts[1:], len(order)]
    for start, end in zip(starts, ends, strict=True):
        if end - start < 2:
            continue
        rows = row[order[start:end]]
        keep = np.log1p(-copy_rate * dependent.matrix[np.ix_(rows, rows)])
        discount[order[start:end]] = np.exp(np.tril(keep, -1).sum(axis=1))
    return discount


def _estimate(
    table: ClaimTable, weight: np.ndarray, group: np.ndarray, known: dict[int, float], discount: np.ndarray
) -> np.ndarray:
    """Per item, the candidate with the most (group-deduplicated, copy-discounted) weight; ties by rank."""
    claim_group = group[table.pair_claim]
    pair_weight = weight[table.pair_claim] * discount
    # one vote per (candidate, group): the group's best member
    order = np.lexsort((-pair_weight, claim_group, table.pair_cand))
    cand, grp = table.pair_cand[order], claim_group[order]
    first = np.r_[True, (cand[1:] != cand[:-1]) | (grp[1:] != grp[:-1])]
    score = np.bincount(cand[first], weights=pair_weight[order][first], minlength=len(table.cand_value))
    pick = np.lexsort((table.cand_rank, -np.round(score, 9), table.cand_item))
    first_of_item = np.r_[True, table.cand_item[pick][1:] != table.cand_item[pick][:-1]]
    best = pick[first_of_item]
    estimate = np.full(len(table.items), np.nan)
    estimate[table.cand_item[best]] = table.cand_value[best]
    for i, value in known.items():
        estimate[i] = value
    return estimate


def _agree(table: ClaimTable, estimate: np.ndarray, tolerance: Tolerance) -> np.ndarray:
    return tolerance.holds(table.low, table.high, estimate[table.item])


def _medians(table: ClaimTable) -> np.ndarray:
    """Each item's median claim (a range by its middle, a floor by its bound)."""
    middle = np.where(np.isfinite(table.high), (table.low + table.high) / 2, table.low)
    starts, ends = item_spans(table.item)
    out = np.full(len(table.items), np.nan)
    for start, end in zip(starts, ends, strict=True):
        out[table.item[start]] = np.median(middle[start:end])
    return out


def _numeric_weights(table: ClaimTable, estimate: np.ndarray, loss: NumericLoss) -> np.ndarray:
    """Each claim's vote weight: its source's CATD weight from the numeric losses of all its claims."""
    value = estimate[table.item]
    distance = np.maximum(table.low - value, 0.0) + np.maximum(value - table.high, 0.0)
    n_sources = len(table.sources)
    losses = np.bincount(table.source, weights=claim_loss(distance, value, loss), minlength=n_sources)
    counts = np.bincount(table.source, minlength=n_sources)
    return catd_weight(losses, counts, loss)[table.source]


def _record(table: ClaimTable, agree: np.ndarray, counted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n_sources = len(table.sources)
    agreed = np.bincount(table.source, weights=agree & counted, minlength=n_sources)
    shared = np.bincount(table.source, weights=counted, minlength=n_sources)
    return agreed, shared


def _weights(
    table: ClaimTable, agree: np.ndarray, counted: np.ndarray, settings: WeightSettings,
    source_class: np.ndarray | None = None,
) -> np.ndarray:  # fmt: skip
    """Each claim's vote weight from its source's record on its other items."""
    agreed, shared = _record(table, agree, counted)
    own_agree, own = agree & counted, counted.astype(float)
    prior = _class_prior(table, agree, counted, source_class)
    return vote_weight(
        agreed[table.source] - own_agree, shared[table.source] - own, settings,
        None if prior is None else prior[table.source],
    )  # fmt: skip


def _result(
    table: ClaimTable,
    settings: Settings,
    estimate: np.ndarray,
    agree: np.ndarray,
    counted: np.ndarray,
    source_class: np.ndarray | None = None,
) -> TruthResult:
    weight = _weights(table, agree, counted, settings.weights, source_class)
    prior = _class_prior(table, agree, counted, source_class)
    support_all = np.bincount(table.item, weights=weight, minlength=len(table.items))
    holds = _agree(table, estimate, settings.tolerance)
    support_for = np.bincount(table.item, weights=weight * holds, minlength=len(table.items))
    n_sources = np.bincount(table.item, minlength=len(table.items))
    estimates = tuple(
        Estimate(
            item,
            float(estimate[i]),
            float(support_for[i] / support_all[i]) if support_all[i] > 0 else 0.0,
            int(n_sources[i]),
        )
        for i, item in enumerate(table.items)
    )
    agreed, shared = _record(table, agree, counted)
    mean, low, high = accuracy_interval(agreed, shared, settings.level, settings.weights, prior)
    full_weight = vote_weight(agreed, shared, settings.weights, prior)
    claims = np.bincount(table.source, minlength=len(table.sources))
    bias_ratios = _log_ratios(table, estimate, holds)
    bias = [median_interval(r, settings.level) for r in bias_ratios]
    sources = tuple(
        SourceReliability(
            source, int(claims[s]), int(shared[s]), int(agreed[s]),
            float(mean[s]), float(low[s]), float(high[s]), float(full_weight[s]), *bias[s],
            *_misses(bias_ratios[s]),
        )
        for s, source in enumerate(table.sources)
    )  # fmt: skip
    return TruthResult(estimates, sources)


def _log_ratios(table: ClaimTable, estimate: np.ndarray, agree: np.ndarray) -> list[list[float]]:
    """Per source, the signed log-ratio of each of its shared claims to the estimate (0 when it holds)."""
    ratios: list[list[float]] = [[] for _ in table.sources]
    for c in np.flatnonzero(table.shared):
        truth = float(estimate[table.item[c]])
        if agree[c]:
            ratios[table.source[c]].append(0.0)
            continue
        bound = float(table.low[c]) if truth < table.low[c] else float(table.high[c])
        if truth > 0 and bound > 0 and math.isfinite(bound):
            ratios[table.source[c]].append(math.log(bound / truth))
    return ratios


def _misses(ratios: list[float]) -> tuple[float | None, int, int]:
    """The median log-ratio of the claims that miss the estimate, and how many are above and below it."""
    missed = [r for r in ratios if r != 0.0]
    higher = sum(1 for r in missed if r > 0)
    return (float(np.median(missed)) if missed else None), higher, len(missed) - higher


def median_interval(values: list[float], level: float) -> tuple[float | None, float | None, float | None]:
    """The median and a distribution-free interval for it: the order statistics ``j`` and ``n + 1 - j``
    where ``j`` is the binomial(n, 1/2) quantile at ``(1 - level) / 2``; the extremes when ``n`` is too
    small for the level. (None, None, None) for no values."""
    if not values:
        return None, None, None
    ordered = sorted(values)
    n = len(ordered)
    j = int(binom.ppf((1.0 - level) / 2.0, n, 0.5))
    low, high = (ordered[j - 1], ordered[n - j]) if j >= 1 else (ordered[0], ordered[-1])
    return float(np.median(ordered)), float(low), float(high)
