"""How far a rule may look from a figure: bounded windows, so extraction is linear in an article's length.

Every rule that reads around a figure (the words before it, the claims before and after it, its sentence)
reads within one of these bounds, never the whole text or every earlier claim:

- ``LOOKBEHIND``: the characters a pattern anchored at a figure ("another 12", "a total of 40") may read
  before it;
- ``REACH``: how far apart, in characters, two claims may be for one rule to relate them (a part and its
  whole, a roundup's total and its incidents, an article's stated total and its addends). It is longer
  than any article of the test corpora (FA-KES: 8,659 characters at most), so an ordinary article is read
  as a whole; a book-length text is read as overlapping windows of this length;
- ``MAX_SENTENCE``: the longest span read as one sentence; a longer run of text with no stop (a table
  flattened into one line, a flood of numerals) is cut at the last space or comma before the limit
  (FA-KES's longest sentence: 2,271 characters).

What reads a whole sentence for each of its figures (its places, time expressions, speakers, hedges)
reads it once (:func:`per_sentence`), so a sentence crowded with figures costs its length, not its length
times its figures.

:class:`ClaimWindow` finds the claims within ``REACH`` of a position by bisection over the claims' starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import ParamSpec, TypeVar

from crosscheck.extract.cues import may_match
from crosscheck.model import Claim

LOOKBEHIND = 200
REACH = 12_000
MAX_SENTENCE = 3_000


_P = ParamSpec("_P")
_R = TypeVar("_R")


SENTENCES_REMEMBERED = 8_192
"""How many sentences a reader of whole sentences remembers: more than a document of a megabyte holds
(about 6,000), so the passes after the figures' (factual claims, perpetrators, denials, weapons) find
every sentence read, in one long document as in many short ones."""


def per_sentence(reader: Callable[_P, _R]) -> Callable[_P, _R]:
    """Remember what a reader of a whole sentence (``text, start, end``) found, for the other figures of the
    same sentence and the later passes over it: a sentence of n figures is read once, not n times. The
    reader must return something its callers do not change (a tuple)."""
    return lru_cache(maxsize=SENTENCES_REMEMBERED)(reader)  # type: ignore[return-value]


def search_before(
    pattern: re.Pattern[str], text: str, end: int, start: int = 0, sentence_end: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` over at most the last ``LOOKBEHIND`` characters before ``end``:
    for a pattern anchored at ``end`` ("...$"), the same answer whenever its match is that short. The
    pattern is tried only when the words it cannot match without are there (:mod:`cues`); with
    ``sentence_end``, ``text[start:sentence_end]`` is the sentence that holds ``end``, and the words are first
    looked for in the whole sentence, once for all its figures."""
    if sentence_end is not None and not sentence_may_match(text, start, sentence_end, pattern):
        return None
    low = max(start, end - LOOKBEHIND)
    return pattern.search(text, low, end) if may_match(pattern, text, low, end) else None


@per_sentence
def sentence_may_match(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """:func:`cues.may_match` over a whole sentence: False when ``pattern`` cannot match anywhere in it."""
    return may_match(pattern, text, start, end)


class ClaimWindow:
    """Claims sorted by (start, end), found by position in O(log n) plus what is returned."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = list(claims)
        self.starts = [c.start for c in self.claims]
        self.position = {c.id: i for i, c in enumerate(self.claims)}

    def starting(self, low: int, high: int) -> list[Claim]:
        """The claims that start in ``[low, high)``, in order."""
        return self.claims[bisect_left(self.starts, low) : bisect_left(self.starts, high)]

    def before(self, claim: Claim, reach: int = REACH) -> list[Claim]:
        """The claims listed before ``claim`` that start at most ``reach`` characters before it."""
        at = self.position[claim.id]
        return self.claims[bisect_left(self.starts, claim.start - reach, 0, at) : at]

    def after(self, claim: Claim, reach: int = REACH) -> list[Claim]:
        """The claims listed after ``claim`` that start less than ``reach`` characters after its end."""
        at = self.position[claim.id] + 1
        return self.claims[at : bisect_left(self.starts, claim.end + reach, at)]
