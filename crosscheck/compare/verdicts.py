"""The verdict over a group of claims about one quantity of one event.

Pairs first (:mod:`crosscheck.compare.relations`: agree, rounding, compatible or conflict). A conflict
between a lower and a higher figure of a cumulative measure (killed, injured, displaced...) is an *update*
when the higher claim is the later one (:func:`crosscheck.compare.timing.later`); with nothing to order
them, when the higher figure is a floor ("at least 9" beside "one"), or when a figure known to be later is
higher than both (two counts of one day, moments of a toll still rising). A later *lower* figure is a
conflict.

Group: no claims with a number, or only one -> single. Any conflict not explained as an update, between
figures not both given by one claimant, neither called earlier by its own article (a figure an outlet reports
as superseded, "Earlier the source said five...", is no claim it stands by) nor the rest of a count ("the
other seven strikes", only part of it), -> contradict. Else any update -> update. Else all pairs agree ->
agree (single when one outlet only repeats its own figure: a headline and its body are no agreement). Else
figures one claimant gave at different times that differ (its own revision: no two sources disagree) ->
compatible, said so, unless they rise as below; one claimant's figures that differ at the same time (a relay
misquoting it) stay a conflict. Else (intervals on a line that meet pairwise share a point) -> compatible,
except that figures of a cumulative measure make an update when a lower one is called earlier ("SANA reported
earlier that at least one...") beside a higher one, or when they rise with a later as-of date and never fall
(a figure called earlier is never the later end of a rise). A conflict set aside only because one figure is
called earlier or a remainder -> compatible, said so. Claims are sorted first, so the verdict does not depend
on their order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from crosscheck.compare.independence import outlet, same_claimant
from crosscheck.compare.intervals import INF, Interval, fmt, interval, stated
from crosscheck.compare.relations import (
    Spanned,
    as_hedged,
    counts_within,
    gives_a_remainder,
    qualifier,
    relation,
)
from crosscheck.compare.timing import called_earlier, cumulative, later, when
from crosscheck.config import Settings
from crosscheck.model import Claim, Verdict


def describe(c: Claim, span: Interval | None = None) -> str:
    parts = [c.source.outlet or c.source.id]
    if c.time and c.time.start and c.time.end and c.time.start != c.time.end:
        parts.append(f"{c.time.start.isoformat()}..{c.time.end.isoformat()}")
    elif (d := when(c)) is not None:
        parts.append(d.isoformat())
    if c.attribution:
        parts.append(f"per {c.attribution}")
    text = f"'{c.quote.strip()}' ({', '.join(parts)})"
    return f"{text} {span}" if span is not None else text


@dataclass(frozen=True)
class GroupVerdict:
    verdict: Verdict
    rule: str
    explanation: str
    latest: tuple[Claim, ...]
    """The claims a reconciled range should be computed over."""


def sort_key(c: Claim) -> tuple[object, ...]:
    return (c.source.id, c.start, c.end, qualifier(c), stated(c), c.attribution or "", c.measure or "")


def judge(claims: Sequence[Claim], settings: Settings) -> GroupVerdict:
    spanned = [
        Spanned(c, s)
        for c in as_hedged(sorted(claims, key=sort_key))
        if (s := interval(c, settings.about_tolerance)) is not None
    ]
    if len(spanned) < 2:
        why = "one claim" if len(claims) == 1 else f"{len(spanned)} of {len(claims)} claims carry a number"
        return GroupVerdict("single", "compare:single", f"single: {why}, nothing to compare.", tuple(claims))
    relations = {(a, b): relation(a, b, settings) for a, b in combinations(spanned, 2)}
    is_cumulative = cumulative([s.claim for s in spanned])
    updates: list[tuple[Spanned, Spanned, str]] = []
    conflicts: list[tuple[Spanned, Spanned, str]] = []
    own: list[tuple[Spanned, Spanned]] = []  # one claimant's figures at different times: its own revision
    set_aside: list[tuple[Spanned, Spanned]] = []  # beside a figure called earlier, or a count's remainder
    for (a, b), rel in relations.items():
        if rel != "conflict":
            continue
        low, high = (a, b) if a.span.high <= b.span.low else (b, a)
        is_later, why = later(high.claim, low.claim)
        if is_cumulative and is_later is None and high.claim.qualifier in ("at_least", "more_than"):
            # Same day, nothing says which came first: "at least 9" above "one" reads as a count still
            # rising, not as two claims that cannot both hold.
            is_later, why = True, "floor"
        if is_cumulative and is_later is None and _still_rising(high, spanned):
            is_later, why = True, "still-rising"
        if is_cumulative and is_later:
            updates.append((low, high, why))
            continue
        if is_later is not None and _one_claimant(low.claim, high.claim):
            own.append((low, high))
            continue
        if any(called_earlier(s.claim) or gives_a_remainder(s.claim) for s in (low, high)):
            set_aside.append((low, high))
            continue
        conflicts.append(
            (low, high, why if is_later is False else ("not-cumulative" if is_later else "same-time"))
        )
    everyone = [s.claim for s in spanned]
    update = max(updates, key=_update_strength) if updates else None
    if conflicts:
        found = contradiction(*max(conflicts, key=_conflict_strength), tuple(everyone))
        if update is None:
            return found
        low, high, why = update
        also = (
            f" Also an update: {describe(low.claim)} rose to the later {describe(high.claim)}"
            f" ({_why_later(why)})."
        )
        return replace(found, explanation=found.explanation + also)
    if update is not None:
        low, high, why = update
        return GroupVerdict(
            "update",
            f"compare:update({why})",
            f"update: {describe(low.claim)} is superseded by the later {describe(high.claim)}"
            f" ({_why_later(why)}; a cumulative measure that rose).",
            latest_claims(everyone),
        )
    if all(rel in ("agree", "rounding") for rel in relations.values()):
        rounding = any(rel == "rounding" for rel in relations.values())
        figures = sorted({fmt(x) for s in spanned for x in stated(s.claim)}, key=float)
        outlets = {outlet(claim) for claim in everyone}
        if len(outlets) == 1:
            return GroupVerdict(
                "single",
                "compare:single(one-outlet)",
                f"single: only {outlets.pop()} states it ({len(spanned)} times, {', '.join(figures)}); "
                "an outlet repeating its own figure is no agreement.",
                tuple(everyone),
            )
        return GroupVerdict(
            "agree",
            "compare:agree(rounding)" if rounding else "compare:agree",
            f"agree: {len(spanned)} claims give the same figure{' up to rounding' if rounding else ''}"
            f" ({', '.join(figures)}): "
            + "; ".join(describe(s.claim) for s in spanned[:4])
            + ("; ..." if len(spanned) > 4 else "")
            + ".",
            tuple(everyone),
        )
    for rule, find_rise, why in (
        ("earlier-wording", worded_rise, f"{_why_later('earlier-wording')}; a cumulative measure that rose"),
        (
            "rising-over-time",
            rising_over_time,
            "a cumulative measure; the figures only rise with the as-of date",
        ),
    ):
        rise = find_rise(spanned) if is_cumulative else None
        if rise is not None:
            low, high = rise
            return GroupVerdict(
                "update",
                f"compare:update({rule})",
                f"update: {describe(low.claim, low.span)} rose to {describe(high.claim, high.span)} ({why}).",
                latest_claims(everyone),
            )
    if own:
        low, high = own[0]
        return GroupVerdict(
            "compatible",
            "compare:compatible(one-claimant)",
            f"compatible: the figures that differ come from one claimant ({low.claim.attribution}) at"
            f" different times: {describe(low.claim, low.span)} and {describe(high.claim, high.span)}; a"
            " claimant revising its own figure is no disagreement between sources.",
            tuple(everyone),
        )
    if set_aside:
        return _set_aside(*set_aside[0], tuple(everyone))
    lo = max(s.span.low for s in spanned)
    hi = min(s.span.high for s in spanned)
    common = (
        f"the value {fmt(lo)} fits every claim"
        if lo == hi
        else f"values from {fmt(lo)} to {'inf' if hi == INF else fmt(hi)} fit every claim"
        if lo < hi
        else "a vague amount such as 'dozens' is read loosely"
        if any(qualifier(s.claim) == "vague" for s in spanned)
        else _wider_group(spanned) or "they meet once rounding is allowed for"
    )
    a, b = _widest_pair(spanned)
    return GroupVerdict(
        "compatible",
        "compare:compatible(common-point)",
        f"compatible: the figures differ but can all hold at once ({common}), e.g. "
        f"{describe(a.claim, a.span)} and {describe(b.claim, b.span)}.",
        tuple(everyone),
    )


def _set_aside(low: Spanned, high: Spanned, claims: tuple[Claim, ...]) -> GroupVerdict:
    """Figures that differ, one of which is no standing figure for the whole quantity."""
    earlier = next((s for s in (low, high) if called_earlier(s.claim)), None)
    if earlier is not None:
        other = high if earlier is low else low
        return GroupVerdict(
            "compatible",
            "compare:compatible(superseded)",
            f"compatible: {describe(earlier.claim, earlier.span)} is a figure its own article places earlier"
            ' ("Earlier, ...", "the previous toll", "initial reports"), not one it reports as standing; set'
            f" beside {describe(other.claim, other.span)} it is no contradiction.",
            claims,
        )
    part, other = (low, high) if gives_a_remainder(low.claim) else (high, low)
    return GroupVerdict(
        "compatible",
        "compare:compatible(remainder)",
        f"compatible: {describe(part.claim, part.span)} gives the rest of a count ('the other seven', 'the"
        f" remaining six'), only part of it; set beside {describe(other.claim, other.span)} it is no"
        " contradiction.",
        claims,
    )


def _one_claimant(a: Claim, b: Claim) -> bool:
    return bool(a.attribution and b.attribution and same_claimant(a.attribution, b.attribution))


def _wider_group(spanned: Sequence[Spanned]) -> str | None:
    """How a higher figure for a wider group takes in a lower one, when one does."""
    for a, b in combinations(spanned, 2):
        low, high = (a, b) if a.span.high <= b.span.low else (b, a)
        if low.span.high < high.span.low and counts_within(low.claim, high.claim):
            return (
                f"{fmt(high.span.low)} {high.claim.measure} may hold {fmt(low.span.high)} {low.claim.measure}"
            )
    return None


def _still_rising(high: Spanned, group: Sequence[Spanned]) -> bool:
    """A figure known to be later than the higher of two counts is higher still: the two ("24 dead", "43
    killed" on one day) are moments of a toll that kept rising, not claims that cannot both hold."""
    return any(
        s.span.low > high.span.high
        and not counts_within(high.claim, s.claim)
        and later(s.claim, high.claim)[0]
        for s in group
    )


def _update_strength(update: tuple[Spanned, Spanned, str]) -> tuple[bool, float, float]:
    """The update to report: one claimant's own figure rising first, then the highest later figure."""
    low, high, _ = update
    own = bool(
        low.claim.attribution
        and high.claim.attribution
        and same_claimant(low.claim.attribution, high.claim.attribution)
    )
    return own, high.span.low, -low.span.low


def _conflict_strength(conflict: tuple[Spanned, Spanned, str]) -> tuple[bool, float]:
    """The contradiction to report: between two dated claims first, then the widest gap."""
    low, high, _ = conflict
    dated = when(low.claim) is not None and when(high.claim) is not None
    gap = high.span.low / low.span.high if low.span.high > 0 else INF
    return dated, gap


def _why_later(why: str) -> str:
    return {
        "later-date": "later as-of date",
        "later-publication": "published later",
        "rise-wording": "its sentence says the toll rose",
        "earlier-wording": "the other's sentence calls it an earlier toll",
        "floor": "the higher figure is a floor, a count still rising",
        "still-rising": "a later figure is higher still: a toll still rising",
    }.get(why, why)


def _widest_pair(spanned: Sequence[Spanned]) -> tuple[Spanned, Spanned]:
    low = min(spanned, key=lambda s: (s.span.low, s.span.high))
    high = max(spanned, key=lambda s: (s.span.low, s.span.high))
    return low, high


def contradiction(low: Spanned, high: Spanned, why: str, claims: tuple[Claim, ...]) -> GroupVerdict:
    if why == "same-time":
        reason, rule = "same time (or no dates), and nothing says one updates the other", "disjoint"
    elif why == "not-cumulative":
        reason, rule = "the measure is not cumulative: a later figure does not replace one", "disjoint"
    else:
        reason, rule = f"the later figure is the lower one ({_why_later(why)})", "later-lower"
    return GroupVerdict(
        "contradict",
        f"compare:contradict({rule})",
        f"contradict: {describe(low.claim, low.span)} and {describe(high.claim, high.span)} cannot both hold:"
        f" the intervals are disjoint; {reason}.",
        claims,
    )


def rising_over_time(spanned: Sequence[Spanned]) -> tuple[Spanned, Spanned] | None:
    """The earliest-lowest and latest-highest claims when figures rise with the as-of date and never fall."""
    dated = [s for s in spanned if when(s.claim) is not None]
    figures = [s for s in dated if s.claim.qualifier != "vague"]
    if len({when(s.claim) for s in figures}) >= 2:
        dated = figures  # "dozens" beside stated figures says nothing about how the toll moved
    if len({when(s.claim) for s in dated}) < 2:
        return None
    rise: tuple[Spanned, Spanned] | None = None
    for a, b in combinations(dated, 2):
        da, db = when(a.claim), when(b.claim)
        if da == db:
            continue
        early, late = (a, b) if da < db else (b, a)  # type: ignore[operator]
        if called_earlier(late.claim):
            continue  # a figure its own words call earlier is never the later end of a rise
        if counts_within(early.claim, late.claim) or counts_within(late.claim, early.claim):
            continue  # civilians one day, people the next: two groups, not one toll that moved
        fe, fl = min(stated(early.claim)), min(stated(late.claim))
        if fl < fe:
            return None
        if fl > fe and (rise is None or fl - fe > _gain(rise)):
            rise = (early, late)
    return rise


def worded_rise(spanned: Sequence[Spanned]) -> tuple[Spanned, Spanned] | None:
    """A lower figure its sentence calls earlier ("SANA reported earlier that at least one person was
    killed") beside a higher one that is not: floors that rose, though both can still hold."""
    rise: tuple[Spanned, Spanned] | None = None
    for a, b in combinations(spanned, 2):
        low, high = (a, b) if min(stated(a.claim)) < min(stated(b.claim)) else (b, a)
        if min(stated(low.claim)) == min(stated(high.claim)):
            continue
        worded = called_earlier(low.claim) and not called_earlier(high.claim)
        if worded and (rise is None or _gain((low, high)) > _gain(rise)):
            rise = (low, high)
    return rise


def _gain(pair: tuple[Spanned, Spanned]) -> float:
    return min(stated(pair[1].claim)) - min(stated(pair[0].claim))


def latest_claims(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    dates = [d for c in claims if (d := when(c)) is not None]
    if not dates:
        return tuple(claims)
    last = max(dates)
    return tuple(c for c in claims if when(c) == last)
