"""When a figure happened: time expressions resolved against the publication date into a TimeSpan.

The time expressions and their resolvers are in timex_patterns.py; this module finds them in a sentence
and attaches the nearest one to a figure. Datelines and stamps are no event time (timex_stamps.py); a
reporting verb's time only bounds the figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from crosscheck.extract.time.timex_patterns import RULES, Span
from crosscheck.extract.time.timex_stamps import find_stamps
from crosscheck.extract.window import per_sentence
from crosscheck.model import TimeSpan

_DATELINE = re.compile(r"(?i:published|date of publication|updated|posted)\s*(?:on\s*)?:?\s*$")


@per_sentence
def find_times(
    text: str, start: int, end: int, published: date | None
) -> tuple[tuple[int, int, str, TimeSpan], ...]:
    """Every time expression in ``text[start:end]`` as (start, end, rule, span); overlaps keep the longest.

    Datelines ("Published 2 October 2017") and stamps ("AFP Saturday 25 Jun 2016") date the page, not
    an event, and are left out.
    """
    hits: list[tuple[int, int, str, Span | None]] = []
    for name, pattern, resolve in RULES:
        for m in pattern.finditer(text, start, end):
            hits.append((m.start(), m.end(), name, resolve(m, published)))  # type: ignore[arg-type]
    skip = [(h[0], h[1]) for h in hits if _DATELINE.search(text, max(start, h[0] - 25), h[0])]
    skip += find_stamps(text, start, end)
    hits = [h for h in hits if not any(a < h[1] and h[0] < b for a, b in skip)]
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


REPORT_LAG_DAYS = 3
"""A report time ("the Observatory said on Sunday") bounds the figure: known by then, from this many days
before."""

_REPORT_VERBS = frozenset(
    {"said", "says", "reported", "announced", "claimed", "told", "added", "stated", "confirmed", "declared"}
    | {"quoted"}
)
# what may stand between a reporting verb and its time: "said in a statement on Sunday", "told SANA Friday"
_REPORT_FILLERS = frozenset(
    {"in", "a", "an", "the", "its", "their", "to", "by", "at", "also", "earlier", "later", "new", "latest"}
    | {"statement", "report", "briefing", "press", "conference", "news", "interview", "social", "media"}
    | {"website", "tweet", "reporter", "reporters", "journalists", "correspondent", "military", "security"}
    | {"source", "sources", "official", "officials", "phone", "telephone", "toll"}
)
_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})
_CLAUSE_BREAKS = frozenset(
    {"that", "and", "but", "while", "who", "which", "when", "as", "after", "before", "is", "are", "was"}
    | {"were", "been", "had", "has", "have"}
)
_REPORT_REACH = 3
_TOKEN = re.compile(r"\S+")


def _bare(token: str) -> str:
    return token.strip(",\"'“”‘’()").lower()


def _is_report_time(text: str, sentence: tuple[int, int], hit: tuple[int, int], position: int) -> bool:
    """Whether the expression at ``hit`` dates a reporting verb: "said on Sunday", "on Monday claimed"."""
    before = list(_TOKEN.finditer(text, sentence[0], hit[0]))[-_REPORT_REACH - 1 :]
    if before and _bare(before[-1].group()) in _DETERMINERS:
        return False  # "claimed an October 2 bomb attack": the date is the attack's
    for t in reversed(before):
        token = t.group()
        if token[-1] in ".;:!?":
            break
        if _bare(token) in _REPORT_VERBS:
            return True
        if not (_bare(token) in _REPORT_FILLERS or token[:1].isupper()):
            break
    after = list(_TOKEN.finditer(text, hit[1], sentence[1]))[: _REPORT_REACH + 1]
    for t in after:
        word = _bare(t.group())
        # "killed 43 on Saturday a monitor said" dates the killing; "on Monday claimed ... 30" the claim
        if word in _REPORT_VERBS:
            return position >= t.end()
        if word in _CLAUSE_BREAKS or re.search(r"\d", word) or t.group()[-1] in ".;:!?":
            break
    return False


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
_OWN_REACH = 20
"""How far after the figure's position its own number may start ("more than 32")."""


def _report_span(span: TimeSpan) -> TimeSpan | None:
    """What a report time on the day(s) of ``span`` says of the figure; None if ``span`` is longer."""
    if span.start is None or span.end is None or (span.end - span.start).days > 1:
        return None
    return TimeSpan(span.start - timedelta(days=REPORT_LAG_DAYS), span.end, span.text)


def _other_figure_between(text: str, lo: int, hi: int, own: int | None, times: list[tuple[int, int]]) -> bool:
    """Whether ``text[lo:hi]`` holds a number of another figure; ``own``: the figure's position, at ``lo``.
    ``times``: the sentence's time expressions, sorted and apart. Reads only as far as it needs."""
    starts = [a for a, _ in times]

    def in_time(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < times[k][1]

    numbers = (
        m
        for m in _NUMBER.finditer(text, lo, hi)
        if not in_time(m.start())
        and not _PART_BEFORE.search(text, max(0, m.start() - 15), m.start())
        and not _PART_AFTER.match(text, m.end())
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
    """
    sentence = sentences[sentence_index]
    found = find_times(text, sentence[0], sentence[1], published)
    times = [(h[0], h[1]) for h in found]
    ranked: list[tuple[tuple[bool, bool, int, int], TimeSpan]] = []
    for s, e, _name, span in found:
        lo, hi, own = (e, position, None) if e <= position else (position, s, position)
        if lo < hi and _TOLL_UPDATE.search(text, lo, hi):
            continue
        separated = lo < hi and _other_figure_between(text, lo, hi, own, times)
        report = _report_span(span) if _is_report_time(text, sentence, (s, e), position) else None
        distance = min(abs(position - s), abs(position - e))
        ranked.append(((separated, report is not None, distance, s), report or span))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None
