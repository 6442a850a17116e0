"""Candidate pairs within a block: each claim's nearest neighbours among the claims its time may overlap.

Comparing every pair of a block whose times overlap costs the square of the block (a corpus twice as dense
has four times the pairs to judge). Instead each claim meets only the ``NEIGHBOURS`` claims of its block
most similar to its sentence (cosine of the embeddings) among those whose times may overlap its own
(``max_day_gap``: an undated claim meets every claim; a dated pair meets when the later start is at most
``max_day_gap`` days after the earlier end) and that are similar enough to ever be linked
(``min_cosine``). Two figures of one sentence meet whatever their similarity (when their times may
overlap): a toll and the previous value it names are one quantity. The neighbours are found by brute force
over the claims in reach of a chunk of claims sorted by time, in matrix products, the way scikit-learn's
brute-force :class:`~sklearn.neighbors.NearestNeighbors` does; the rules then judge a number of pairs that
grows with the block, not its square.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.cluster.blocking import event_time
from crosscheck.model import Claim

if TYPE_CHECKING:
    import numpy as np

    from crosscheck.config import Settings

NEIGHBOURS = 150
"""How many of the most similar claims in time's reach each claim meets."""
_CHUNK = 512
_UNBOUNDED = 10**7
"""A day number beyond any date: an open or unknown end."""


def neighbour_pairs(
    claims: Sequence[Claim], vectors: np.ndarray, settings: Settings
) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, sorted, of claims that may state one quantity."""
    import numpy as np

    starts, ends = _days(claims, settings.report_lag_days)
    gap = settings.max_day_gap
    order = np.argsort(starts, kind="stable")
    pairs = {(i, j) for i, j in _same_sentence(claims) if _meet(starts, ends, i, j, gap)}
    for at in range(0, len(order), _CHUNK):
        rows = order[at : at + _CHUNK]
        near = np.flatnonzero((starts <= ends[rows].max() + gap) & (ends + gap >= starts[rows].min()))
        similarity = vectors[rows] @ vectors[near].T
        first_is_a = starts[rows][:, None] <= starts[near][None, :]
        meets = np.where(
            first_is_a,
            starts[near][None, :] <= ends[rows][:, None] + gap,
            starts[rows][:, None] <= ends[near][None, :] + gap,
        )
        meets &= (similarity >= settings.min_cosine) & (rows[:, None] != near[None, :])
        similarity = np.where(meets, similarity, -np.inf)
        take = min(NEIGHBOURS, len(near))
        best = np.argpartition(-similarity, take - 1, axis=1)[:, :take]
        for k, row in enumerate(rows.tolist()):
            for other in near[best[k][meets[k, best[k]]]].tolist():
                pairs.add((min(row, other), max(row, other)))
    return sorted(pairs)


def _meet(starts: np.ndarray, ends: np.ndarray, i: int, j: int, gap: int) -> bool:
    first, later = (i, j) if starts[i] <= starts[j] else (j, i)
    return bool(starts[later] <= ends[first] + gap)


def _days(claims: Sequence[Claim], report_lag_days: int) -> tuple[np.ndarray, np.ndarray]:
    """Each claim's first and last day as day numbers; unknown ends open (an undated claim meets all)."""
    import numpy as np

    starts = np.full(len(claims), -_UNBOUNDED, dtype=np.int64)
    ends = np.full(len(claims), _UNBOUNDED, dtype=np.int64)
    for index, claim in enumerate(claims):
        span = event_time(claim, report_lag_days)
        if span and span.start:
            starts[index] = span.start.toordinal()
            if span.end:
                ends[index] = span.end.toordinal()
    return starts, ends


def _same_sentence(claims: Sequence[Claim]) -> set[tuple[int, int]]:
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for index, claim in enumerate(claims):
        by_sentence.setdefault((claim.source.id, claim.sentence_start), []).append(index)
    return {(i, j) for members in by_sentence.values() for i in members for j in members if i < j}
