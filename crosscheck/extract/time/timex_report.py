"""Reporting verbs' times: "the Observatory said on Sunday" dates the report, not the event.

Whether a time expression dates a reporting verb depends on the words right before and right after it,
not on the figure, so a sentence's expressions are read once (:func:`report_verbs`), over its tokens
indexed by position.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import timedelta

from crosscheck.model import TimeSpan

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
_DIGIT = re.compile(r"\d")

ReportVerb = tuple[bool, int | None]
"""Of one time expression: whether a reporting verb stands right before it ("said on Sunday"), else where
the one right after it ends ("on Monday claimed"), if any: that verb's time is the report time of the
figures after it."""


def _bare(token: str) -> str:
    return token.strip(",\"'“”‘’()").lower()


def report_verbs(text: str, start: int, end: int, hits: Sequence[tuple[int, int]]) -> tuple[ReportVerb, ...]:
    """The :data:`ReportVerb` of each time expression ``hits`` of the sentence ``text[start:end]``."""
    if not hits:
        return ()
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    starts = [a for a, _ in tokens]
    ends = [b for _, b in tokens]
    out = []
    for h0, h1 in hits:
        k = bisect_left(starts, h0)
        before = [text[a : min(b, h0)] for a, b in tokens[max(0, k - _REPORT_REACH - 1) : k]]
        j = bisect_right(ends, h1)
        after = [(text[max(a, h1) : b], b) for a, b in tokens[j : j + _REPORT_REACH + 1]]
        out.append(_report_verb(before, after))
    return tuple(out)


def _report_verb(before: list[str], after: list[tuple[str, int]]) -> ReportVerb:
    if before and _bare(before[-1]) in _DETERMINERS:
        return False, None  # "claimed an October 2 bomb attack": the date is the attack's
    for token in reversed(before):
        if token[-1] in ".;:!?":
            break
        if _bare(token) in _REPORT_VERBS:
            return True, None
        if not (_bare(token) in _REPORT_FILLERS or token[:1].isupper()):
            break
    for token, token_end in after:
        word = _bare(token)
        # "killed 43 on Saturday a monitor said" dates the killing; "on Monday claimed ... 30" the claim
        if word in _REPORT_VERBS:
            return False, token_end
        if word in _CLAUSE_BREAKS or _DIGIT.search(word) or token[-1] in ".;:!?":
            break
    return False, None


def report_span(span: TimeSpan) -> TimeSpan | None:
    """What a report time on the day(s) of ``span`` says of the figure; None if ``span`` is longer."""
    if span.start is None or span.end is None or (span.end - span.start).days > 1:
        return None
    return TimeSpan(span.start - timedelta(days=REPORT_LAG_DAYS), span.end, span.text)
