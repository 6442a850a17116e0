"""When a figure happened: time expressions resolved against the publication date into a TimeSpan.

The time expressions and their resolvers are in timex_patterns.py; this module finds them in a sentence
and attaches the nearest one to a figure. Datelines and stamps are no event time (timex_stamps.py); a
reporting verb's time only bounds the figure.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import accumulate

from crosscheck.extract.cues import CueGate
from crosscheck.extract.time.timex_patterns import RULES, Span
from crosscheck.extract.time.timex_report import REPORT_LAG_DAYS, ReportVerb, report_span, report_verbs
from crosscheck.extract.time.timex_stamps import find_stamps
from crosscheck.extract.window import per_sentence
from crosscheck.model import TimeSpan

__all__ = ["REPORT_LAG_DAYS", "TIME_REACH", "find_time", "find_times", "sentence_times"]

_Hit = tuple[int, int, str, Span | None]
_GATE = CueGate([pattern for _, pattern, _ in RULES])
_DATELINE = re.compile(r"(?i:published|date of publication|updated|posted)\s*(?:on\s*)?:?\s*$")


@per_sentence
def find_times(
    text: str, start: int, end: int, published: date | None
) -> tuple[tuple[int, int, str, TimeSpan], ...]:
    """Every time expression in ``text[start:end]`` as (start, end, rule, span); overlaps keep the longest.

    Datelines ("Published 2 October 2017") and stamps ("AFP Saturday 25 Jun 2016") date the page, not
    an event, and are left out.
    """
    hits: list[_Hit] = []
    for (name, pattern, resolve), possible in zip(RULES, _GATE.possible(text, start, end), strict=True):
        if not possible:
            continue
        for m in pattern.finditer(text, start, end):
            hits.append((m.start(), m.end(), name, resolve(m, published)))  # type: ignore[arg-type]
    if not hits:
        return ()
    skip = [(h[0], h[1]) for h in hits if _DATELINE.search(text, max(start, h[0] - 25), h[0])]
    skip += find_stamps(text, start, end)
    hits = _apart(hits, skip)
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, TimeSpan]] = []
    last_end = -1
    for s, e, name, span in hits:
        if s < last_end:
            continue
        last_end = e
        if span is not None:
            out.append((s, e, name, TimeSpan(span[0], span[1], text[s:e])))
    return tuple(out)


def _apart(hits: list[_Hit], skip: list[tuple[int, int]]) -> list[_Hit]:
    """The ``hits`` that overlap none of the spans ``skip``."""
    if not skip:
        return hits
    skip.sort()
    starts = [a for a, _ in skip]
    reach = list(accumulate((b for _, b in skip), max))  # the furthest end of the spans so far
    return [h for h in hits if (k := bisect_left(starts, h[1])) == 0 or reach[k - 1] <= h[0]]


_NUMBER = re.compile(
    r"(?<![\w-])\d(?:[\d,.]*\d)?\b|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|"
    r"hundreds|thousands)\b"
)
# a part of the figure is no other figure: "42 people, including 12 children", "two of them children"
_PART_BEFORE = re.compile(r"(?i:including|among them|among whom|among those|of whom|incl\.?)\s+$")
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b")
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|or|and)?\s*")
_TOLL_UPDATE = re.compile(r"\b(?i:(?:earlier|previous|initial|prior)\s+(?:death\s+)?toll|up\s+from)\b")
_WORD = re.compile(r"\w")
_TOLL_END = re.compile(r"(?i:toll|from)")
_OWN_REACH = 20
"""How far after the figure's position its own number may start ("more than 32")."""
TIME_REACH = 8
"""How many of its sentence's time expressions, the nearest first, a figure's time is chosen from."""


def _other_figure_between(text: str, lo: int, hi: int, own: int | None, times: SentenceTimes) -> bool:
    """Whether ``text[lo:hi]`` holds a number of another figure; ``own``: the figure's position, at ``lo``.
    Reads only as far as it needs."""

    def in_time(at: int) -> bool:
        k = bisect_right(times.starts, at) - 1
        return k >= 0 and at < times.ends[k]

    numbers = (
        m for m in _NUMBER.finditer(text, lo, hi) if not in_time(m.start()) and not _a_part(text, *m.span())
    )
    first = next(numbers, None)
    if first is None:
        return False
    if own is None or first.start() - own > _OWN_REACH:
        return True
    end = first.end()
    for number in numbers:  # the figure's own number and the numbers of its range are not another figure
        if not _RANGE_GAP.fullmatch(text, end, number.start()):
            return True
        end = number.end()
    return False


@lru_cache(maxsize=65536)
def _a_part(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is read as a part of a figure ("including 12", "two of them"):
    remembered, as each figure of a sentence reads the numbers between it and each of its times."""
    return bool(_PART_BEFORE.search(text, max(0, start - 15), start) or _PART_AFTER.match(text, end))


@dataclass(frozen=True, slots=True)
class SentenceTimes:
    """A sentence's time expressions, sorted and apart, with what does not depend on the figure."""

    times: tuple[tuple[int, int, str, TimeSpan], ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    report: tuple[ReportVerb, ...]
    report_spans: tuple[TimeSpan | None, ...]
    tolls: tuple[tuple[int, int], ...]
    """Where the sentence names an earlier toll ("up from 30"), which the figure replaces."""


@per_sentence
def sentence_times(text: str, start: int, end: int, published: date | None) -> SentenceTimes:
    times = find_times(text, start, end, published)
    spans = [(s, e) for s, e, _, _ in times]
    return SentenceTimes(
        times=times,
        starts=tuple(s for s, _ in spans),
        ends=tuple(e for _, e in spans),
        report=report_verbs(text, start, end, spans),
        report_spans=tuple(report_span(t[3]) for t in times),
        tolls=tuple(m.span() for m in _TOLL_UPDATE.finditer(text, start, end)) if times else (),
    )


def _toll_between(text: str, lo: int, hi: int, tolls: Sequence[tuple[int, int]]) -> bool:
    """``_TOLL_UPDATE.search(text, lo, hi)`` from the sentence's matches: a match ending at ``hi`` inside a
    word ("up fromage" cut before "age") is found by that search only, so it is read then."""
    k = bisect_left(tolls, (lo, lo))
    if k < len(tolls) and tolls[k][1] <= hi:
        return True
    return bool(
        _WORD.match(text, hi) and _TOLL_END.fullmatch(text, hi - 4, hi) and _TOLL_UPDATE.search(text, lo, hi)
    )


def _nearest(times: SentenceTimes, position: int) -> Iterator[tuple[int, int]]:
    """The indices of ``times`` nearest ``position`` first, with their distance, at most ``TIME_REACH``."""

    def distance(i: int) -> int:
        return min(abs(position - times.starts[i]), abs(position - times.ends[i]))

    after = bisect_right(times.ends, position)
    before = after - 1
    for _ in range(TIME_REACH):
        if after < len(times.starts) and (before < 0 or distance(after) < distance(before)):
            yield after, distance(after)
            after += 1
        elif before >= 0:
            yield before, distance(before)
            before -= 1
        else:
            return


def find_time(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_index: int,
    position: int,
    published: date | None,
) -> TimeSpan | None:
    """The time the figure at ``position`` refers to: the nearest time expression in its sentence.

    An expression kept apart from the figure by another figure, or by "an earlier toll", belongs to that
    one: it is passed over for another, or (the toll) dropped. The time of a reporting verb ("the
    Observatory said on Sunday") only bounds the event, from ``REPORT_LAG_DAYS`` before to that day; any
    other time in the sentence is preferred to it. None when the sentence has no time (the caller falls
    back to the publication date), or when the expression is relative and ``published`` is unknown.
    Only the ``TIME_REACH`` expressions nearest the figure are read.
    """
    start, end = sentences[sentence_index]
    times = sentence_times(text, start, end, published)
    if not times.times:
        return None
    best: tuple[tuple[bool, bool, int, int], TimeSpan] | None = None
    for i, distance in _nearest(times, position):
        if best is not None and best[0][:2] == (False, False) and distance > best[0][2]:
            break  # nothing farther ranks before an unseparated expression that dates no report
        s, e, _name, span = times.times[i]
        lo, hi, own = (e, position, None) if e <= position else (position, s, position)
        if lo < hi and _toll_between(text, lo, hi, times.tolls):
            continue
        separated = lo < hi and _other_figure_between(text, lo, hi, own, times)
        verb_before, verb_end = times.report[i]
        dates_report = verb_before or (verb_end is not None and position >= verb_end)
        report = times.report_spans[i] if dates_report else None
        key = (separated, report is not None, distance, s)
        if best is None or key < best[0]:
            best = key, report or span
    return best[1] if best else None
