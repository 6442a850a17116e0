"""Second pass: join groups that one strong link says are the same quantity.

Complete linkage keeps a group tight, and so can leave a governor's "12 dead" beside a council's "40
killed" when each figure has first gathered its own relays. Two groups are joined when some pair across
them is linked at least ``merge_link`` likely and no rule keeps any two of their members apart; the
strongest links are taken first. A pair where one is a rising toll's later, higher figure (``rises``)
joins its groups from ``update_link`` on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable


def merge_groups(
    groups: list[list[int]],
    candidates: Iterable[tuple[int, int]],
    probability: Callable[[int, int], float],
    apart: Callable[[int, int], bool],
    merge_link: float,
    update_link: float = 1.0,
    rises: Callable[[int, int], bool] = lambda _i, _j: False,
) -> list[list[int]]:
    """Groups of claim indices after joining; deterministic (strongest link first, then indices)."""
    group_of = {index: g for g, members in enumerate(groups) for index in members}
    links = []
    for i, j in candidates:
        if group_of[i] != group_of[j]:
            p = probability(i, j)
            if p >= merge_link or (p >= update_link and rises(i, j)):
                links.append((-p, min(i, j), max(i, j)))
    members = {g: list(indices) for g, indices in enumerate(groups)}
    owner = dict(group_of)
    for _, i, j in sorted(links):
        gi, gj = owner[i], owner[j]
        if gi == gj or any(apart(a, b) for a in members[gi] for b in members[gj]):
            continue
        keep, gone = min(gi, gj), max(gi, gj)
        for index in members[gone]:
            owner[index] = keep
        members[keep].extend(members.pop(gone))
    return [sorted(indices) for _, indices in sorted(members.items())]
