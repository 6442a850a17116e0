"""Incidents that add up to their article's total.

A roundup gives the day's toll first ("Death toll from rocket attacks on Aleppo rose to 5 killed and 17
injured"), then tells each attack ("... killing 3 citizens and injuring 8 others"; "Earlier ... killing 2
children and injuring 9 others"). The incident figures are parts of the total, not rival counts of it.

:func:`link_subtotals` takes the numeric claims of one source (parts already linked) and links to a total
the figures that add up to it exactly (rule ``parts:subtotal``). Kept only when:

- the total comes first, in an earlier sentence than every part, is an exact figure or a floor of at
  least ``MIN_TOTAL``, and is itself in no set that adds up to an earlier total (that makes it an incident);
- every part is exact (or, when the total is a floor, a floor too: "at least 21 killed", then "at least 15
  ... while six others"), smaller than the total, of the same event ("killed", "injured") and a group the
  total takes in, and not yet a part;
- two to ``MAX_PARTS`` of the first ``MAX_CANDIDATES`` such figures after the total (within
  :data:`~crosscheck.extract.window.REACH` characters of it) add up to it, no two
  of them with one value and one measure (more likely one figure told twice), and exactly one set of them
  does (two sets that both add up leave the figures alone).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Iterable, Sequence
from dataclasses import replace
from itertools import combinations, islice

from crosscheck.extract.measure.measure import group_and_event, measure_event, measure_key
from crosscheck.extract.parts.smaller import SmallerValues
from crosscheck.extract.window import REACH
from crosscheck.model import Claim

SUBTOTAL_RULE = "parts:subtotal"
MIN_TOTAL = 3
MAX_PARTS = 4
MAX_CANDIDATES = 10
WHOLE_GROUPS = frozenset({"people", "civilians"})
"""A total of these takes in figures of any group ("11 killed": "eight civilians", "three children");
a total of another group ("five patients") only figures of its own."""


def link_subtotals(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the figures that add up to an earlier total linked to it; order kept."""
    numeric = sorted(
        (c for c in claims if c.kind == "numeric" and measure_event(c.measure) and c.value is not None),
        key=lambda c: (c.start, c.end),
    )
    starts = [c.start for c in numeric]
    smaller = SmallerValues(numeric, _may_be_part)
    part_of: dict[str, str] = {}
    summed: set[str] = set()  # figures some set adding up to an earlier total holds, even an ambiguous one
    for total in numeric:
        if total.part_of or total.id in summed or total.qualifier not in ("exact", "at_least"):
            continue
        if (total.value or 0) < MIN_TOTAL:
            continue
        lo, hi = (bisect_left(starts, at) for at in (total.sentence_end, total.sentence_end + REACH))
        sets = _sets_adding_up(total, smaller.below(total.value or 0, lo, hi), part_of)
        summed.update(c.id for parts in sets for c in parts)
        if len(sets) == 1:
            part_of.update((part.id, total.id) for part in sets[0])
    return [
        replace(c, part_of=part_of[c.id], rule=f"{c.rule}; {SUBTOTAL_RULE}") if c.id in part_of else c
        for c in claims
    ]


def _may_be_part(c: Claim) -> bool:
    return c.qualifier in _PART_QUALIFIERS and (c.value or 0) > 0 and not c.part_of


_PART_QUALIFIERS = frozenset({"exact", "at_least"})
"""A part is exact; a floor is a part of a floor only ("at least 15" of "at least 21")."""


def _sets_adding_up(
    total: Claim, numeric: Iterable[Claim], linked: Container[str]
) -> list[tuple[Claim, ...]]:
    """The sets of up to ``MAX_PARTS`` figures of ``numeric`` after ``total``'s sentence, none of them already
    ``linked``, whose values add up to ``total``'s."""
    event, group = measure_event(total.measure), group_and_event(total.measure)[0]
    eligible = (
        c
        for c in numeric
        if (c.qualifier == "exact" or c.qualifier == total.qualifier == "at_least")
        and 0 < (c.value or 0) < (total.value or 0)
        and c.start >= total.sentence_end
        and not c.part_of
        and measure_event(c.measure) == event
        and (group in WHOLE_GROUPS or group_and_event(c.measure)[0] == group)
        and c.id not in linked
    )
    candidates = list(islice(eligible, MAX_CANDIDATES))
    values = [c.value or 0 for c in candidates]
    found: list[tuple[Claim, ...]] = []
    for size in range(2, MAX_PARTS + 1):
        if total.value not in map(sum, combinations(values, size)):
            continue  # no set of this size adds up: the sums are taken without reading a claim
        for chosen, added in zip(
            combinations(range(len(values)), size), combinations(values, size), strict=True
        ):
            if sum(added) == total.value:
                subset = tuple(candidates[i] for i in chosen)
                if not _restated(subset):
                    found.append(subset)
    return found


def _restated(parts: Sequence[Claim]) -> bool:
    """Two parts of one value and one measure are more likely one figure told twice than two incidents."""
    seen = [(c.value, measure_key(c.measure or "")) for c in parts]
    return len(set(seen)) < len(seen)
