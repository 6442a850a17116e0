"""Text too dense to be prose: a stretch with far more numbers, sentences or names of actors than prose
holds is not read.

Reading costs 0.1 to 0.5 ms of CPU a figure, about 0.05 ms a sentence and 0.1 to 0.2 ms an actor's name
(who did it: "IS", "the regime"), so a text that is all figures ("1-one and 1 1-one", a number every 3.6
characters), all one-word lines or all names ("IS killed IS IS IS ...") reads at 15 to 40 KB/s. The rule:
within any ``WINDOW`` (8,000) characters, the densest prose of the test corpora (FA-KES, Deir Ezzor, the
demo, NewsQuant, a document of 400 FA-KES articles) holds 89 numbers, 71 sentences and 109 names of actors
(``benchmarks/dense_text.py`` prints them). Where a window holds more than :attr:`DenseLimits.numbers`
(270) numbers, :attr:`DenseLimits.sentences` (220) sentences or :attr:`DenseLimits.actors` (330) names,
three times that, the text is a flood (a flattened table, a corrupted feed, hostile input): the stretch is
read as blanks, so its numbers give no claims and its sentences are not read, and the article is reported
as partly read. The limits also bound what reading costs: the slowest figure floods just under the number
limit read at 94 KB/s of CPU on a quiet machine, down to 49 on a loaded one (``benchmarks/dense_text.py``),
against a target of 50; three times the densest prose leaves no more margin than that.

A number here is what a figure is made of, found by one pattern: a run of digits (with its decimal or
thousands marks), a number word, a vague amount's word ("dozens", "several"); a name of an actor is what
:func:`~crosscheck.extract.factual.actor_vocab.find_actor_mentions` finds. The stretch not read runs from
the first to the last item (number, sentence or name) of the windows over a limit, less the items at its
ends that stand no denser than the limit allows (``LOCAL`` characters from them holding no more than their
share of it), so that prose beside a flood is read, but for its last ``LOCAL`` characters at most.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from crosscheck.extract.cue_words import trie_pattern
from crosscheck.extract.numbers.numbers import DENOMINATORS, ONES, SCALES, TENS

WINDOW = 8_000
LOCAL = 500

_WORDS = {*ONES, *TENS, *SCALES, *(f"{scale}s" for scale in SCALES), *DENOMINATORS}
_WORDS |= {"dozen", "dozens", "scores", "several", "few", "couple", "handful"}


NUMBER_RE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\u00bc-\u00be\u2150-\u215e]"
    rf"|\b{trie_pattern(_WORDS)}\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DenseLimits:
    """The most numbers, sentences and names of actors read within any ``WINDOW`` characters (None: no
    limit)."""

    numbers: int | None = 270
    sentences: int | None = 220
    actors: int | None = 330


@dataclass(frozen=True, slots=True)
class DenseStretches:
    """The stretches of a text not read, sorted and apart, and what they held."""

    spans: tuple[tuple[int, int], ...]
    numbers: int = 0
    sentences: int = 0
    actors: int = 0

    def __bool__(self) -> bool:
        return bool(self.spans)

    def blank(self, text: str) -> str:
        """``text`` with each stretch replaced by spaces: the same length, so every offset stays."""
        pieces: list[str] = []
        done = 0
        for start, end in self.spans:
            pieces += [text[done:start], " " * (end - start)]
            done = end
        return "".join([*pieces, text[done:]])


def dense_stretches(
    text: str, sentences: Sequence[tuple[int, int]], limits: DenseLimits | None = None
) -> DenseStretches:
    """The stretches of ``text`` too dense to be prose, by ``limits``."""
    from crosscheck.extract.factual.actor_vocab import find_actor_mentions

    limits = limits or DenseLimits()
    if limits == DenseLimits(None, None, None):
        return DenseStretches(())
    items = {
        "numbers": [(m.start(), m.end()) for m in NUMBER_RE.finditer(text)],
        "sentences": list(sentences),
        "actors": [(m.start, m.end) for s, e in sentences for m in find_actor_mentions(text, s, e)],
    }
    spans = []
    for kind, found in items.items():
        limit = getattr(limits, kind)
        if limit is not None:
            spans += _over(found, limit)
    merged = _merged(spans)
    if not merged:
        return DenseStretches(())
    starts = [start for start, _ in merged]
    held = {kind: sum(_within(merged, starts, start) for start, _ in found) for kind, found in items.items()}
    return DenseStretches(tuple(merged), **held)


def windows(starts: Sequence[int]) -> Iterator[tuple[int, int]]:
    """For each item (by its sorted start offset), the index range [first, last) of the items that start
    within ``WINDOW`` characters from it."""
    last = 0
    for first, start in enumerate(starts):
        while last < len(starts) and starts[last] < start + WINDOW:
            last += 1
        yield first, last


def _over(items: Sequence[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The character spans where windows of ``WINDOW`` characters hold more than ``limit`` items, each
    trimmed at both ends to where the items stand denser than the limit allows."""
    starts = [start for start, _ in items]
    runs: list[tuple[int, int]] = []  # item index ranges [first, last) of overlapping windows over the limit
    for first, last in windows(starts):
        if last - first > limit:
            if runs and first < runs[-1][1]:
                runs[-1] = (runs[-1][0], last)
            else:
                runs.append((first, last))
    share = limit * LOCAL // WINDOW
    spans = []
    for first, last in runs:
        while first < last and bisect_left(starts, starts[first] + LOCAL) - first <= share:
            first += 1
        while last > first and last - bisect_right(starts, starts[last - 1] - LOCAL) <= share:
            last -= 1
        if first < last:
            spans.append((starts[first], max(end for _, end in items[first:last])))
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _within(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < spans[k][1]
