"""Measures of figures with a unit, for :mod:`crosscheck.extract.measure.measure`: area ("territory
liberated"), percent of a place ("percent of city controlled"), length ("distance") and duration ("siege
duration").
"""

from __future__ import annotations

import re

from crosscheck.extract.measure import measure_vocab as V
from crosscheck.extract.measure.measure_events import _left_verb, _right_event, _scan_left
from crosscheck.extract.measure.measure_tokens import Measure, _first, _Tok
from crosscheck.extract.numbers.quantity_match import QuantityMatch

_AREA_RE = re.compile(r"sq|square|km2|km²|hectare|acre|dunam|mi2", re.I)
_LENGTH_RE = re.compile(r"^(?:km|kilomet|mile|mi\b|metre|meter|m\b|feet|ft|yard)", re.I)
_PERCENT_RE = re.compile(r"percent|per cent|%|pct", re.I)
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
_NOT_DURATION_HEADS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "for",
        "with",
        "after",
        "before",
        "ago",
        "later",
        "since",
        "earlier",
        "from",
        "into",
        "by",
        "as",
        "old",
        "period",
        "span",
        "time",
        "spell",
        "run",
        "stretch",
        "long",
        *V.words("has have had is are was were be been will would could can may that which who when while"),
        *V.words("it its they he she we this there then but not"),
    ]
)


NOT_COUNTED = Measure("", "measure:period")
"""A span of time that says what lasted nothing ("in the past 24 hours"): it counts no one, so no event
of its clause is read onto it."""


def _unit_measure(text: str, left: list[_Tok], right: list[_Tok], match: QuantityMatch) -> Measure | None:
    unit = match.unit or ""
    if not unit:
        return None
    if _PERCENT_RE.search(unit):
        return _percent(left, right)
    if _AREA_RE.search(unit):
        event = _left_verb(left) or _first(_right_event(right, 0, adjacent=False)) or _scan_left(left)
        if event in V.AREA_EVENTS:
            return Measure(f"territory {V.AREA_EVENTS[event]}", "measure:area+verb")
        return Measure("area", "measure:area")
    if _LENGTH_RE.search(unit):
        return Measure("distance", "measure:length")
    if unit in _DURATION_UNITS:
        return _duration(right) or NOT_COUNTED
    return None


def _duration(right: list[_Tok]) -> Measure | None:
    """What lasted: "a three-year siege" / "a nearly three-year-old Isis siege" / "three years of war"
    -> "siege duration" / "war duration". Names before the head ("Isis siege") are skipped."""
    tokens = [t for t in right[:6] if t.text not in ("-", "–")]
    if tokens and tokens[0].low == "old":
        tokens = tokens[1:]
    if tokens and tokens[0].low == "of":
        tokens = [t for t in tokens[1:] if t.low not in ("the", "a", "an")]
    for tok in tokens[:3]:
        if not tok.text.isalpha() or tok.low in _NOT_DURATION_HEADS:
            return None
        if tok.text[0].isupper():
            continue
        return Measure(f"{tok.low} duration", "measure:duration", tok.start, tok.end)
    return None


def _percent(left: list[_Tok], right: list[_Tok]) -> Measure | None:
    """ "60 per cent of the city" (liberated/seized/controlled) -> "percent of city controlled"."""
    if len(right) < 2 or right[0].low != "of":
        return None
    i = 1
    while i < len(right) and right[i].low in {"the", "its", "their", "this", "that"}:
        i += 1
    if i >= len(right):
        return None
    whole = right[i].low
    if whole in {"it", "them"}:
        whole = next((t.low for t in reversed(left) if t.low in V.PLACE_NOUNS), "area")
    elif whole not in V.PLACE_NOUNS:
        return None
    event = _left_verb(left) or _first(_right_event(right, i + 1, adjacent=False)) or _scan_left(left)
    noun_end = right[i].end
    if event in V.PERCENT_EVENTS:
        return Measure(
            f"percent of {whole} {V.PERCENT_EVENTS[event]}", "measure:percent+verb", None, noun_end
        )
    return Measure(f"percent of {whole}", "measure:percent", None, noun_end)
