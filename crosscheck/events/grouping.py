"""Grouping quantity clusters into incidents: average linkage over a sparse graph.

Every quantity cluster lies inside one incident, so clusters are the units. Two clusters are linked by
pairs of their claims that stand near each other in one article (within ``WINDOW_CHARS`` characters and
``WINDOW_CLAIMS`` claims), each pair weighed by :mod:`crosscheck.events.features`; a cluster that spans
articles carries the links of each. Groups merge, best average link first, while the average over the
pairs that link them reaches the threshold. A tally over a long period and a day's incident never merge.
The cost grows with the number of claims times the window, never with the square of the corpus.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from crosscheck.events.features import is_tally
from crosscheck.model import Claim

WINDOW_CHARS = 1500
WINDOW_CLAIMS = 12


def nearby_pairs(claims: Sequence[Claim]) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j) of claims of one article that stand within the window of each other."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_source[claim.source.id].append(index)
    for indices in by_source.values():
        indices.sort(key=lambda i: (claims[i].start, claims[i].end, claims[i].kind))
        for position, i in enumerate(indices):
            for j in indices[position + 1 : position + 1 + WINDOW_CLAIMS]:
                if claims[j].sentence_start - claims[i].sentence_end > WINDOW_CHARS:
                    break
                yield i, j


def group_units(
    unit_of: Sequence[int],
    units: int,
    tally: Sequence[bool],
    pairs: Sequence[tuple[int, int]],
    probability: Callable[[int, int], float],
    threshold: float,
) -> list[list[int]]:
    """Groups of units (clusters); ``unit_of[i]`` is the unit of claim i, ``pairs`` the claim pairs."""
    sums: list[dict[int, float]] = [defaultdict(float) for _ in range(units)]
    counts: list[dict[int, int]] = [defaultdict(int) for _ in range(units)]
    for i, j in pairs:
        a, b = unit_of[i], unit_of[j]
        if a == b:
            continue
        p = probability(i, j)
        sums[a][b] += p
        sums[b][a] += p
        counts[a][b] += 1
        counts[b][a] += 1
    members: list[list[int] | None] = [[u] for u in range(units)]
    is_tally_group = list(tally)
    heap = [(-sums[a][b] / counts[a][b], a, b) for a in range(units) for b in sums[a] if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if members[a] is None or members[b] is None or b not in counts[a]:
            continue
        average = sums[a][b] / counts[a][b]
        if abs(average + negative) > 1e-12:
            continue  # stale: the two groups changed since this entry was pushed
        if average < threshold:
            break
        if is_tally_group[a] != is_tally_group[b]:
            continue
        for neighbour in list(sums[b]):
            sums[neighbour].pop(b)
            counts_b = counts[neighbour].pop(b)
            if neighbour == a:
                continue
            sums[a][neighbour] += sums[b][neighbour]
            counts[a][neighbour] += counts_b
            sums[neighbour][a] = sums[a][neighbour]
            counts[neighbour][a] = counts[a][neighbour]
            heapq.heappush(heap, (-sums[a][neighbour] / counts[a][neighbour], *sorted((a, neighbour))))
        sums[b].clear()
        counts[b].clear()
        members[a] = [*members[a], *members[b]]  # type: ignore[misc]
        members[b] = None
    return [group for group in members if group is not None]


def tally_units(claims: Sequence[Claim], unit_of: Sequence[int], units: int) -> list[bool]:
    """A unit is a tally when most of its claims are."""
    votes = [0] * units
    sizes = [0] * units
    for claim, unit in zip(claims, unit_of, strict=True):
        votes[unit] += is_tally(claim)
        sizes[unit] += 1
    return [2 * votes[u] > sizes[u] for u in range(units)]
