"""Claims as arrays, with each item's candidate values and which claims hold each candidate.

A candidate is a finite bound some claim states (a point claim's value, a range's ends, a floor): the
estimate of an item is always a figure some source gave. A claim holds a candidate when the candidate lies
in its interval widened by the tolerance, so "at least 20" holds 25 and is not counted against its source
when 25 is the estimate; with a rounding tolerance, a rounded claim's interval is widened for the vote, and
either figure's rounding counts when a claim is scored against the estimate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from crosscheck.compare.tolerance import ROUND_FROM, ROUND_STEP
from crosscheck.config import Settings as ConfigSettings
from crosscheck.reliability.types import Claim


@dataclass(frozen=True)
class Tolerance:
    """A claim's bound and a value agree when they differ by at most ``max(absolute, relative * the larger
    magnitude)``; with ``rounded_only``, only when one of the two looks rounded, else exactly: the compare
    stage's rule for "the same up to rounding" (:mod:`crosscheck.compare.tolerance`, whose
    :func:`~crosscheck.compare.tolerance.looks_rounded` this applies to arrays), so 1,000 and 1,020 agree
    while 45 and 46 do not."""

    absolute: float = 0.0
    relative: float = 0.0
    rounded_only: bool = False

    def allowed(self, bound: np.ndarray, value: np.ndarray, either: bool = True) -> np.ndarray:
        """How far ``value`` may lie from ``bound`` (element-wise, broadcast) and still agree; with
        ``rounded_only``, when either looks rounded (``either``) or when the bound does."""
        size = np.maximum(np.abs(bound), np.abs(value))
        allowed = np.maximum(self.absolute, self.relative * np.where(np.isfinite(size), size, 0.0))
        if self.rounded_only:
            rounded = looks_rounded(bound) | looks_rounded(value) if either else looks_rounded(bound)
            allowed = np.where(rounded, allowed, 0.0)
        return allowed

    def holds(self, low: np.ndarray, high: np.ndarray, value: np.ndarray, either: bool = True) -> np.ndarray:
        """Whether ``value`` lies in [low, high] or within the allowed difference of its nearer bound.
        ``either`` False: only a claim's own rounded bound widens it (a candidate is supported by the
        rounded figures near it, not a rounded candidate by every precise figure near it)."""
        if self.absolute == 0.0 and self.relative == 0.0:
            return (low <= value) & (value <= high)
        bound = np.where(value < low, low, np.where(value > high, high, value))
        return np.abs(value - bound) <= self.allowed(bound, value, either)


def rounding_tolerance(settings: ConfigSettings) -> Tolerance:
    """The compare stage's tolerance for rounding, from a run's settings."""
    return Tolerance(settings.absolute_tolerance, settings.rounding_tolerance, rounded_only=True)


def looks_rounded(values: np.ndarray) -> np.ndarray:
    """:func:`crosscheck.compare.tolerance.looks_rounded` (without a qualifier) for an array."""
    values = np.asarray(values, dtype=float)
    finite = np.isfinite(values)
    steps = np.where(finite, values, 0.0) / ROUND_STEP
    return finite & (np.abs(values) >= ROUND_FROM) & (steps == np.round(steps))


@dataclass(frozen=True)
class ClaimTable:
    """Sorted claims (one per item and source: a source's repeats are merged) and their candidates."""

    items: tuple[str, ...]
    sources: tuple[str, ...]
    item: np.ndarray  # claim -> item index
    source: np.ndarray  # claim -> source index
    low: np.ndarray
    high: np.ndarray
    shared: np.ndarray  # claim -> its item is stated by at least two voices (sources, when none is given)
    cand_item: np.ndarray  # candidate -> item index
    cand_value: np.ndarray
    cand_rank: np.ndarray  # candidate -> tie-break rank within its item (0 first)
    pair_claim: np.ndarray  # (claim, candidate) pairs where the claim holds the candidate
    pair_cand: np.ndarray
    voice: np.ndarray  # claim -> its source of information (see Claim.voice); its own when it has none

    @property
    def n_claims(self) -> int:
        return len(self.item)


def build_table(claims: Iterable[Claim], tolerance: Tolerance, held_first: bool = False) -> ClaimTable:
    """Arrays for ``claims``; a source's several claims on one item become their intersection's hull.

    Two claims of one source on one item ("at least 20" and "25") are merged into the narrowest interval
    both allow when they overlap, else into the later-sorted one's hull of both (the source contradicts
    itself; it still counts once).
    """
    merged: dict[tuple[str, str], tuple[float, float]] = {}
    voices: dict[tuple[str, str], str] = {}
    for claim in sorted(claims):
        key = (claim.item, claim.source)
        if claim.voice:
            voices.setdefault(key, claim.voice)
        if key in merged:
            low, high = merged[key]
            new_low, new_high = max(low, claim.low), min(high, claim.high)
            if new_low > new_high:
                new_low, new_high = min(low, claim.low), max(high, claim.high)
            merged[key] = (new_low, new_high)
        else:
            merged[key] = (float(claim.low), float(claim.high))
    items = tuple(sorted({item for item, _ in merged}))
    sources = tuple(sorted({source for _, source in merged}))
    item_index = {item: i for i, item in enumerate(items)}
    source_index = {source: i for i, source in enumerate(sources)}
    keys = sorted(merged)
    item = np.array([item_index[i] for i, _ in keys], dtype=np.int64)
    source = np.array([source_index[s] for _, s in keys], dtype=np.int64)
    low = np.array([merged[k][0] for k in keys], dtype=float)
    high = np.array([merged[k][1] for k in keys], dtype=float)
    labels: dict[tuple[str, str], int] = {}
    voice = np.array(
        [labels.setdefault((k[0], voices.get(k) or "\0" + k[1]), len(labels)) for k in keys], dtype=np.int64
    )
    voiced = np.unique(np.stack([item, voice]), axis=1)[0] if len(keys) else item
    counts = np.bincount(voiced, minlength=len(items))
    shared = counts[item] >= 2
    cand_item, cand_value, cand_rank, pair_claim, pair_cand = _candidates(
        item, low, high, tolerance, held_first
    )
    return ClaimTable(
        items, sources, item, source, low, high, shared,
        cand_item, cand_value, cand_rank, pair_claim, pair_cand, voice,
    )  # fmt: skip


def _candidates(
    item: np.ndarray, low: np.ndarray, high: np.ndarray, tolerance: Tolerance, held_first: bool
) -> tuple[np.ndarray, ...]:
    """Each item's candidate values, their tie-break ranks, and the (claim, candidate) pairs that hold."""
    cand_item: list[np.ndarray] = []
    cand_value: list[np.ndarray] = []
    cand_rank: list[np.ndarray] = []
    pair_claim: list[np.ndarray] = []
    pair_cand: list[np.ndarray] = []
    starts = np.flatnonzero(np.r_[True, item[1:] != item[:-1]]) if len(item) else np.array([], int)
    ends = np.r_[starts[1:], len(item)]
    offset = 0
    for start, end in zip(starts, ends, strict=True):
        lows, highs = low[start:end], high[start:end]
        bounds = np.concatenate([lows, highs[np.isfinite(highs)]])
        values = np.unique(bounds)
        # ties go to the candidate nearest the median of the claims' nearest bounds, then the smaller; with
        # ``held_first``, first to the candidate more claims hold ("at least 14" and "31" both hold 31)
        middle = float(np.median(np.where(np.isfinite(highs), (lows + highs) / 2, lows)))
        # a rounded 1,000 supports a precise 1,020, not the other way round: the estimate is precise when
        # a precise figure fits (scoring against it, :func:`Tolerance.holds`, is symmetric)
        holds = tolerance.holds(lows[:, None], highs[:, None], values[None, :], either=False)
        held = -holds.sum(axis=0) if held_first else np.zeros(len(values))
        rank = np.lexsort((values, np.abs(values - middle), held)).argsort()
        claims, cands = np.nonzero(holds)
        cand_item.append(np.full(len(values), item[start]))
        cand_value.append(values)
        cand_rank.append(rank)
        pair_claim.append(claims + start)
        pair_cand.append(cands + offset)
        offset += len(values)

    def join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
        return np.concatenate(parts).astype(dtype) if parts else np.array([], dtype=dtype)

    return (
        join(cand_item, np.int64),
        join(cand_value, float),
        join(cand_rank, np.int64),
        join(pair_claim, np.int64),
        join(pair_cand, np.int64),
    )
