"""How far apart two claims are, beyond their sentences' similarity.

Hard rules (cannot-link) keep two claims apart whatever their wording; soft ones add to their distance.
Each says why, so the reason can be shown and tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.cluster.blocking import event_time
from crosscheck.model import Claim

if TYPE_CHECKING:
    from crosscheck.config import Settings

GENERIC_GROUPS = frozenset({"people"})
ARMED_GROUPS = frozenset({"militants", "rebels", "fighters", "members"})
"""Outlets name the same armed men differently ("rebels", "terrorists", "militants"): one family."""


@dataclass(frozen=True)
class Link:
    """Whether two claims may share a cluster: ``apart`` is the reason they may not; ``unrelated_places``
    is weaker evidence against (two place names the gazetteer does not know to be one)."""

    apart: str | None = None
    unrelated_places: bool = False


def _place(claim: Claim) -> str | None:
    return claim.location or claim.source.location


@lru_cache(maxsize=65536)
def measure_key_of(measure: str) -> str:
    from crosscheck.extract.measure import measure_key

    return measure_key(measure)


@lru_cache(maxsize=65536)
def _measure_parts(measure: str) -> tuple[str, str | None]:
    from crosscheck.extract.measure import measure_event

    key = measure_key_of(measure)
    event = measure_event(key)
    group = key[: -len(event)].strip() if event else key
    return group, event


@lru_cache(maxsize=65536)
def _place_relation(a: str, b: str) -> str:
    from crosscheck.extract.place_relations import place_relation

    return place_relation(a, b)


def link(a: Claim, b: Claim, settings: Settings) -> Link:
    unrelated = False
    place_a, place_b = _place(a), _place(b)
    if place_a and place_b:
        relation = _place_relation(place_a, place_b)
        if relation == "different":
            return Link(apart=f"different places ({place_a} / {place_b})")
        unrelated = relation == "unrelated"
    time_a, time_b = event_time(a, settings.report_lag_days), event_time(b, settings.report_lag_days)
    if time_a and time_b and not time_a.overlaps(time_b, slack_days=settings.max_day_gap):
        return Link(apart="different times")
    if a.kind == "numeric" and b.kind == "numeric" and a.measure and b.measure:
        (group_a, _), (group_b, _) = _measure_parts(a.measure), _measure_parts(b.measure)
        same_family = group_a in ARMED_GROUPS and group_b in ARMED_GROUPS
        generic = group_a in GENERIC_GROUPS or group_b in GENERIC_GROUPS
        if group_a != group_b and not same_family and not generic:
            return Link(apart=f"different measures ({a.measure} / {b.measure})")
    if a.source.id == b.source.id and a.start != b.start:
        same_figure = (a.value, a.low, a.high) == (b.value, b.low, b.high)
        if not same_figure and (a.attribution or "") == (b.attribution or ""):
            return Link(apart="one article, one claimant, two figures: two quantities")
    return Link(unrelated_places=unrelated)


def cannot_link(a: Claim, b: Claim, settings: Settings) -> str | None:
    """Why ``a`` and ``b`` cannot be about the same quantity of the same event, or None if they can."""
    return link(a, b, settings).apart
