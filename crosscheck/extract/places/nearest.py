"""The place nearest a figure among a sentence's places, found by bisection: a sentence naming hundreds of
places for hundreds of figures costs its figures times a few places, not its figures times its places."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

Place = tuple[int, int, str, bool, bool]
"""(start, end, display, seat of an organisation rather than a place of events, named bare: no
preposition introduces it, as in a tag list or a headline)."""

_RANKS = ((False, False), (False, True), (True, False), (True, True))
"""The kinds of place in the order a figure prefers them: a place of events named with a preposition,
one named bare, then the seats of organisations."""


class _Kind:
    """The places of one kind, sorted by start."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.starts = [p[0] for p in places]
        self.longest = max((p[1] - p[0] for p in places), default=0)

    def nearest(self, position: int, lo: int, hi: int) -> Place | None:
        """Of ``places[lo:hi]``, the least by (distance to ``position``, start), the distance being to the
        nearer end: the first at or after ``position``, and those before it until none can be nearer."""
        if lo >= hi:
            return None
        at = bisect_left(self.starts, position, lo, hi)
        best: tuple[int, int] | None = None
        found: Place | None = None
        if at < hi:
            found = self.places[at]
            best = (found[0] - position, found[0])
        for index in range(at - 1, lo - 1, -1):
            place = self.places[index]
            if best is not None and position - place[0] - self.longest > best[0]:
                break
            key = (min(abs(position - place[0]), abs(position - place[1])), place[0])
            if best is None or key < best:
                best, found = key, place
        return found


class PlaceIndex:
    """A sentence's places by kind, for :meth:`nearest`."""

    def __init__(self, places: Sequence[Place]) -> None:
        self.kinds = [(rank[1], _Kind([p for p in places if (p[3], p[4]) == rank])) for rank in _RANKS]

    def nearest(self, position: int, c0: int, c1: int) -> tuple[Place, bool]:
        """The place a figure at ``position`` in the clause ``[c0, c1)`` refers to, and whether it is the
        clause's own (a place named with a preposition anywhere in the sentence, or one named bare within
        the clause); when the clause has none, the nearest of all. Equal to the least of the own places (else
        of all) by (seat, bare, distance, start)."""
        ranges = []
        for bare, kind in self.kinds:
            if bare:
                ranges.append((kind, bisect_left(kind.starts, c0), bisect_left(kind.starts, c1)))
            else:
                ranges.append((kind, 0, len(kind.places)))
        own = any(lo < hi for _, lo, hi in ranges)
        for kind, lo, hi in ranges if own else [(k, 0, len(k.places)) for _, k in self.kinds]:
            found = kind.nearest(position, lo, hi)
            if found is not None:
                return found, own
        raise ValueError("a place index of no places")
