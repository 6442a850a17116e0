"""Totals a sentence states as a sum: "killing nine children and 14 others" is 23 people killed.

:func:`add_sums` takes the numeric claims of one source (parts already linked) and returns them with one
claim added for each total, spanning both figures, with rule ``sum:and-others``. The two figures become
parts of it (the second, "14 others", a share that names nothing of its own). Kept only when:

- the second figure counts "others" ("14 others", "14 other people") for the same event as the first;
- only "and" (or a comma and "and") stands between the two, in one sentence;
- neither figure is already a part of another, and both qualifiers add up to one ("at least 9" and "14"
  is at least 23; "about 9" and "at most 14" is no total).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from crosscheck.extract.measure.measure import measure_event
from crosscheck.extract.parts.parts import SHARE_RULE
from crosscheck.model import Claim, Qualifier

SUM_RULE = "sum:and-others"
_AND_RE = re.compile(r"\s*,?\s+and\s+", re.I)
_OTHERS_RE = re.compile(r"\bother(?:s|\s+people|\s+persons|\s+civilians)?\s*$", re.I)
_SUMMED: dict[frozenset[str], Qualifier] = {
    frozenset({"exact"}): "exact",
    frozenset({"at_least"}): "at_least",
    frozenset({"exact", "at_least"}): "at_least",
    frozenset({"exact", "more_than"}): "more_than",
    frozenset({"at_least", "more_than"}): "more_than",
    frozenset({"more_than"}): "more_than",
    frozenset({"exact", "about"}): "about",
    frozenset({"about"}): "about",
}


def add_sums(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the stated totals added and their two figures linked to them; input order kept,
    totals after the figures they add up."""
    numeric = sorted((c for c in claims if c.kind == "numeric"), key=lambda c: (c.start, c.end))
    totals: dict[str, Claim] = {}
    part_of: dict[str, str] = {}
    for first, second in pairwise(numeric):
        total = _total(first, second)
        if total is not None and first.id not in part_of:
            totals[second.id] = total
            part_of[first.id] = part_of[second.id] = total.id
    out: list[Claim] = []
    for c in claims:
        if c.id in part_of:
            share = f"; {SHARE_RULE}" if c.id in totals else ""
            c = replace(c, part_of=part_of[c.id], rule=f"{c.rule}; parts:sum{share}")
        out.append(c)
        if c.id in totals:
            out.append(totals[c.id])
    return out


def _total(first: Claim, second: Claim) -> Claim | None:
    text = first.source.text
    if first.sentence_start != second.sentence_start or first.part_of or second.part_of:
        return None
    if not _AND_RE.fullmatch(text, first.end, second.start) or not _OTHERS_RE.search(second.quote):
        return None
    event = measure_event(first.measure)
    if event is None or measure_event(second.measure) != event:
        return None
    qualifier = _SUMMED.get(frozenset({first.qualifier or "exact", second.qualifier or "exact"}))
    if qualifier is None or first.value is None or second.value is None:
        return None
    value = first.value + second.value
    return replace(
        second,
        start=first.start,
        rule=f"{SUM_RULE}({first.rule} + {second.rule})",
        value=value,
        low=None if qualifier == "about" else value,
        high=value if qualifier == "exact" else None,
        qualifier=qualifier,
        measure=f"people {event}",
        part_of=None,
    )
