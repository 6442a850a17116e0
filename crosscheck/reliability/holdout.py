"""Whether each claim is corroborated: does it hold the estimate that the other sources make without it?

A source's record is kept against the estimate computed without its own vote and without the votes of the
sources it is grouped with (copies, relays of one claimant), so no source vouches for itself and copies do
not vouch for each other. A claim counts toward its source's record only when some source outside its group
states the item.
"""

from __future__ import annotations

import numpy as np

from crosscheck.reliability.table import ClaimTable


def item_spans(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end of each run of equal values in a sorted array."""
    if len(keys) == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return starts, np.r_[starts[1:], len(keys)]


def holdout_agree(table: ClaimTable, weight: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per claim: (holds the estimate made without its group, some other group states the item); ``group``
    is per claim."""
    agree = np.zeros(table.n_claims, dtype=bool)
    counted = np.zeros(table.n_claims, dtype=bool)
    starts, ends = item_spans(table.item)
    cand_starts, cand_ends = item_spans(table.cand_item)
    pair_starts, pair_ends = (
        np.searchsorted(table.pair_claim, starts),
        np.searchsorted(table.pair_claim, ends),
    )
    spans = zip(starts, ends, cand_starts, cand_ends, pair_starts, pair_ends, strict=True)
    for start, end, c_start, c_end, p_start, p_end in spans:
        k, m = end - start, c_end - c_start
        holds = np.zeros((k, m), dtype=bool)
        holds[table.pair_claim[p_start:p_end] - start, table.pair_cand[p_start:p_end] - c_start] = True
        groups, member = np.unique(group[start:end], return_inverse=True)
        if len(groups) < 2:
            continue
        # each group's vote per candidate: its best member's weight
        votes = np.zeros((len(groups), m))
        np.maximum.at(votes, member, np.where(holds, weight[start:end, None], 0.0))
        without = np.round(votes.sum(axis=0)[None, :] - votes[member], 9)
        # candidates in tie-break order, so argmax's first maximum is the tie's winner
        order = np.argsort(table.cand_rank[c_start:c_end], kind="stable")
        best = order[np.argmax(without[:, order], axis=1)]
        agree[start:end] = holds[np.arange(k), best]
        counted[start:end] = True
    return agree, counted
