"""How far apart two claims are, beyond their sentences' similarity.

Hard rules (cannot-link) keep two claims apart whatever their wording; soft ones add to their distance.
Each says why, so the reason can be shown and tested.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.cluster.blocking import event_time
from crosscheck.model import Claim, TimeSpan

if TYPE_CHECKING:
    from crosscheck.config import Settings

DAY_SPAN = 2
"""A stated time at most this many days long names the day(s) of the event."""
PERIOD_DAYS, PERIOD_RATIO = 7, 3
"""A tally over at least a week, three times as long as the other figure's period, is another quantity
("this month" against "last week")."""
GENERIC_GROUPS = frozenset({"people"})
ARMED_GROUPS = frozenset({"militants", "rebels", "fighters", "members"})
"""Outlets name the same armed men differently ("rebels", "terrorists", "militants"): one family."""


@dataclass(frozen=True)
class Link:
    """Whether two claims may share a cluster: ``apart`` is the reason they may not. ``places`` is how
    their places relate when both have one (see :func:`crosscheck.extract.place_relations.place_relation`;
    "same" only for a place more specific than a country)."""

    apart: str | None = None
    places: str | None = None

    @property
    def unrelated_places(self) -> bool:
        return self.places == "unrelated"

    @property
    def same_place(self) -> bool:
        return self.places == "same"

    @property
    def different_places(self) -> bool:
        return self.places == "different"


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
    from crosscheck.extract.place_relations import is_country, place_relation

    relation = place_relation(a, b)
    return "nested" if relation == "same" and is_country(a) else relation


def link(a: Claim, b: Claim, settings: Settings) -> Link:
    relation = None
    place_a, place_b = _place(a), _place(b)
    if place_a and place_b:
        relation = _place_relation(place_a, place_b)
    if (why := _time_conflict(a, b, settings)) and not _wire_copy(a, b):
        return Link(apart=why)
    if a.kind == "numeric" and b.kind == "numeric" and a.measure and b.measure:
        (group_a, _), (group_b, _) = _measure_parts(a.measure), _measure_parts(b.measure)
        same_family = group_a in ARMED_GROUPS and group_b in ARMED_GROUPS
        generic = group_a in GENERIC_GROUPS or group_b in GENERIC_GROUPS
        if group_a != group_b and not same_family and not generic:
            return Link(apart=f"different measures ({a.measure} / {b.measure})")
    same_teller = a.source.id == b.source.id and (a.attribution or "") == (b.attribution or "")
    if same_teller and a.start != b.start and _disjoint(a, b, settings):
        return Link(apart="one article, one claimant, two conflicting figures: two quantities")
    return Link(places=relation)


def _disjoint(a: Claim, b: Claim, settings: Settings) -> bool:
    from crosscheck.compare.intervals import interval

    span_a, span_b = interval(a, settings.about_tolerance), interval(b, settings.about_tolerance)
    return bool(span_a and span_b and not span_a.intersects(span_b))


def _wire_copy(a: Claim, b: Claim) -> bool:
    """The same figure in the same words in two outlets: one wire story, whatever dates they carry."""
    from crosscheck.compare.independence import same_story

    if a.source.id == b.source.id or (a.value, a.low, a.high, a.measure) != (
        b.value,
        b.low,
        b.high,
        b.measure,
    ):
        return False
    return same_story(a, b)


def _days(span: TimeSpan) -> int | None:
    if span.start is None or span.end is None:
        return None
    return (span.end - span.start).days + 1


def _time_conflict(a: Claim, b: Claim, settings: Settings) -> str | None:
    """Two figures about different times: days apart, or a day's toll against a tally over a long period.

    When both claims state their own day ("on Tuesday", "on March 3"), those days must meet; a time read
    from the publication date alone is looser (``max_day_gap`` days either way)."""
    time_a, time_b = event_time(a, settings.report_lag_days), event_time(b, settings.report_lag_days)
    if not (time_a and time_b):
        return None
    length_a = _days(a.time) if a.time else None
    length_b = _days(b.time) if b.time else None
    both_days = length_a is not None and length_b is not None and max(length_a, length_b) <= DAY_SPAN
    slack = 0 if both_days else settings.max_day_gap
    if not time_a.overlaps(time_b, slack_days=slack):
        return "different days" if both_days else "different times"
    if length_a and length_b:
        short, long = sorted((length_a, length_b))
        if long >= PERIOD_DAYS and long >= PERIOD_RATIO * short:
            return f"different periods ({short} and {long} days)"
    return None


def cannot_link(a: Claim, b: Claim, settings: Settings) -> str | None:
    """Why ``a`` and ``b`` cannot be about the same quantity of the same event, or None if they can."""
    return link(a, b, settings).apart
