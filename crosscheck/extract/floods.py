"""Numeral floods: long runs of text with no letter and many numerals are not prose, and are not read.

A flattened table, a page of list numbers, a corrupted feed ("1 1 1 1 ...", "5. 5. 5. ...") has no word a
figure could count, attribute or place; read figure by figure it costs far more than prose of its length.
A stretch with no letter that holds more than ``FLOOD_NUMERALS`` numerals is such a flood (the test corpora
hold at most 6 in one stretch); its figures are not claims, except within ``FLOOD_MARGIN`` characters of a
word ("... 7 8 9 people killed" keeps "9 people").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice

FLOOD_NUMERALS = 50
FLOOD_MARGIN = 100
_NO_LETTER_RUN = re.compile(rf"[\W\d_]{{{2 * FLOOD_NUMERALS - 1},}}")
_NUMERAL = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Floods:
    """The floods of a text, less their margins: sorted and apart."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def cover(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies within a flood."""
        k = bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.ends[k]


def numeral_floods(text: str) -> Floods:
    spans = []
    for run in _NO_LETTER_RUN.finditer(text):
        start = run.start() + (FLOOD_MARGIN if run.start() > 0 else 0)
        end = run.end() - (FLOOD_MARGIN if run.end() < len(text) else 0)
        if start < end and _more_numerals(text, run.start(), run.end()):
            spans.append((start, end))
    return Floods(tuple(a for a, _ in spans), tuple(b for _, b in spans))


def _more_numerals(text: str, start: int, end: int) -> bool:
    numerals = _NUMERAL.finditer(text, start, end)
    return next(islice(numerals, FLOOD_NUMERALS, None), None) is not None
