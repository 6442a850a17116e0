"""SmallerValues finds what a scan of every claim finds."""

from __future__ import annotations

import random

from crosscheck.extract.parts.smaller import SmallerValues
from crosscheck.model import Claim, Source


def test_below_matches_a_full_scan() -> None:
    rnd = random.Random(7)
    source = Source(id="s", text="x" * 500)
    claims = [
        Claim(source=source, kind="numeric", start=i, end=i + 1, sentence_start=0, sentence_end=500,
              rule="r", value=rnd.choice([None, 0.0, 1.0, 2.0, 3.0, 5.0, 40.0]),
              qualifier=rnd.choice(["exact", "at_least"]))
        for i in range(300)
    ]  # fmt: skip
    smaller = SmallerValues(claims, lambda c: c.qualifier == "exact")
    for _ in range(200):
        lo, hi, bound = rnd.randrange(300), rnd.randrange(301), rnd.choice([0.5, 2.0, 4.0, 50.0])
        expected = [
            c for c in claims[lo:hi] if c.qualifier == "exact" and c.value is not None and c.value < bound
        ]
        assert list(smaller.below(bound, lo, hi)) == expected
