"""How two figures relate, from their intervals (:mod:`crosscheck.compare.intervals`).

Two claims' intervals either
- intersect: the pair *agrees* when the stated figures are close (:mod:`crosscheck.compare.tolerance`) and
  the qualifiers are of one family (exact/at least/more than/about, or exact/at most/less than/about, or the
  same qualifier), so "14" and "at least 14" agree; otherwise it is *compatible* ("nearly 3" and "3",
  "at least 20" and "25", "dozens" and "50");
- or are disjoint: the pair still *agrees* when its two figures differ and are close by rounding (1,000
  and 1,020); it is *compatible* when only an open bound parts them ("90" and "more than 90") or when one
  is a vague amount ("dozens" beside "12": loose wording neither confirms nor refutes a figure), or when
  the higher figure counts a wider group (:func:`counts_within`: "23 people" may hold "19 civilians");
  otherwise it is a *conflict* ("more than 40" and "40", "45" and "46").

An article's bare figure is read with the bound the same article gives it elsewhere (:func:`as_hedged`): a
headline's "kills 18" is the body's "at least 18".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from crosscheck.compare.intervals import Interval, interval, stated
from crosscheck.compare.tolerance import close
from crosscheck.config import Settings
from crosscheck.model import Claim

PairRelation = Literal["agree", "rounding", "compatible", "conflict"]

LOWER_FAMILY = frozenset({"exact", "at_least", "more_than", "about"})
UPPER_FAMILY = frozenset({"exact", "at_most", "less_than", "about"})


@dataclass(frozen=True)
class Spanned:
    claim: Claim
    span: Interval


def spanned(c: Claim, settings: Settings) -> Spanned | None:
    span = interval(c, settings.about_tolerance)
    return Spanned(c, span) if span is not None else None


def qualifier(c: Claim) -> str:
    return c.qualifier or "exact"


def same_family(a: Claim, b: Claim) -> bool:
    qs = {qualifier(a), qualifier(b)}
    return len(qs) == 1 or qs <= LOWER_FAMILY or qs <= UPPER_FAMILY


def figures_close(a: Claim, b: Claim, settings: Settings) -> bool:
    fa, fb = stated(a), stated(b)
    if len(fa) != len(fb) or not fa:
        return False
    return all(close(x, qualifier(a), y, qualifier(b), settings) for x, y in zip(fa, fb, strict=True))


def relation(a: Spanned, b: Spanned, settings: Settings) -> PairRelation:
    close_figures = figures_close(a.claim, b.claim, settings)
    if a.span.intersects(b.span):
        return "agree" if close_figures and same_family(a.claim, b.claim) else "compatible"
    if close_figures and stated(a.claim) != stated(b.claim) and same_family(a.claim, b.claim):
        return "rounding"
    if stated(a.claim) == stated(b.claim):
        return "compatible"  # "90" and "more than 90": apart only by an open bound
    if (qualifier(a.claim) == "vague") != (qualifier(b.claim) == "vague"):
        return "compatible"  # "dozens" beside "19": loose wording neither confirms nor refutes a figure
    low, high = (a, b) if a.span.high <= b.span.low else (b, a)
    if counts_within(low.claim, high.claim):
        return "compatible"  # "19 civilians" beside "at least 23 people": the dead need not all be civilians
    return "conflict"


WIDER_GROUPS = {
    "people": None,
    "civilians": frozenset({"children", "women", "men", "girls", "boys", "elderly"}),
}
"""A group and the groups it holds (None: every group): a toll of people counts civilians, fighters and
children; a toll of civilians counts children and women."""


def counts_within(part: Claim, whole: Claim) -> bool:
    """``whole``'s measure counts a wider group than ``part``'s, for the same event: 23 people killed may
    hold 19 civilians killed."""
    from crosscheck.extract.measure.measure import group_and_event

    (group_p, event_p), (group_w, event_w) = group_and_event(part.measure), group_and_event(whole.measure)
    if event_p != event_w or group_p == group_w or group_w not in WIDER_GROUPS:
        return False
    held = WIDER_GROUPS[group_w]
    return held is None or group_p in held


def counted_event(c: Claim) -> str | None:
    """What happened to what is counted ("killed", "injured"), else the whole measure: an article's "kills
    19" and its "at least 19 terrorists were killed" count one toll."""
    from crosscheck.extract.measure.measure import group_and_event

    return group_and_event(c.measure)[1] or c.measure


_REMAINDER = re.compile(r"\b(?i:the\s+other|the\s+remaining|the\s+rest\s+of\s+the)\s+$")


def gives_a_remainder(c: Claim) -> bool:
    """The figure gives the rest of a count, only part of it: "the other seven strikes hit Raqa city",
    "the remaining six"."""
    return bool(_REMAINDER.search(c.source.text, max(c.sentence_start, c.start - 25), c.start))


BOUNDS = frozenset({"at_least", "more_than", "at_most", "less_than"})


def as_hedged(claims: Sequence[Claim]) -> list[Claim]:
    """Claims with an article's bare figure read with the bound the same article gives it elsewhere: a
    headline's "kills 18 civilians" is the body's "at least 18 civilians", not a second, exact count. An
    approximation is not a bound: "a three-year siege" beside "a nearly three-year siege" stays as said."""
    hedges: dict[tuple[str, tuple[float, ...], str | None], str] = {}
    for c in claims:
        if qualifier(c) in BOUNDS:
            hedges.setdefault((c.source.id, stated(c), counted_event(c)), qualifier(c))
    out = []
    for c in claims:
        hedge = hedges.get((c.source.id, stated(c), counted_event(c)))
        out.append(replace(c, qualifier=hedge) if hedge and qualifier(c) == "exact" else c)  # type: ignore[arg-type]
    return out
