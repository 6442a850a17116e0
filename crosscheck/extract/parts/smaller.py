"""Claims below a value, found without reading every claim in reach."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

from crosscheck.model import Claim

_BLOCK = 32


class SmallerValues:
    """``claims`` (in a fixed order) that may be parts, and, per block of ``_BLOCK``, their least value: a
    search for values below a bound skips a block whose least value is not below it."""

    def __init__(self, claims: Sequence[Claim], may_be_part: Callable[[Claim], bool]) -> None:
        self.claims = claims
        self.values = [c.value if c.value is not None and may_be_part(c) else math.inf for c in claims]
        self.least = [min(self.values[i : i + _BLOCK]) for i in range(0, len(claims), _BLOCK)]

    def below(self, bound: float, lo: int, hi: int) -> Iterator[Claim]:
        """The claims of ``claims[lo:hi]`` that may be parts with a value below ``bound``, in order."""
        i = lo
        while i < hi:
            block_end = min((i // _BLOCK + 1) * _BLOCK, hi)
            if self.least[i // _BLOCK] < bound:
                yield from (self.claims[j] for j in range(i, block_end) if self.values[j] < bound)
            i = block_end
