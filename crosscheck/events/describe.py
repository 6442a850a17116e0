"""What an incident is called: its kind, place, days, outlets and claimants, read off its claims."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from datetime import date

from crosscheck.events.features import is_tally, stated_day
from crosscheck.model import Claim, Event, EventKind

KIND_OF_INCIDENT: dict[str, EventKind] = {
    "chemical": "chemical attack",
    "air": "air strike",
    "explosion": "bombing",
    "shelling": "shelling",
    "execution": "execution",
    "mine": "mine",
    "ground": "clashes",
}
""":mod:`crosscheck.cluster.incidents` kinds, most telling first (a chemical attack is often from the air)."""


def _most_common(values: Sequence[str]) -> str | None:
    counted = Counter(values)
    return min(counted, key=lambda v: (-counted[v], v)) if counted else None


def event_kind(claims: Sequence[Claim]) -> EventKind:
    from crosscheck.cluster.incidents import incident_kinds

    numeric = [claim for claim in claims if claim.kind == "numeric"]
    if numeric and 2 * sum(is_tally(claim) for claim in numeric) > len(numeric):
        return "tally"
    named = Counter(kind for sentence in {c.sentence for c in claims} for kind in incident_kinds(sentence))
    if not named:
        return "incident"
    top = max(named.values())
    return next(KIND_OF_INCIDENT[kind] for kind in KIND_OF_INCIDENT if named.get(kind) == top)


def event_place(claims: Sequence[Claim]) -> str | None:
    from crosscheck.extract.places.place_keys import canonical_place

    for basis in ("sentence", "context", "article"):
        places = [c.location for c in claims if c.location and c.location_basis == basis]
        if places:
            return canonical_place(_most_common(places) or places[0])
    corpus_place = _most_common([c.source.location for c in claims if c.source.location])
    return canonical_place(corpus_place) if corpus_place else None


def event_days(claims: Sequence[Claim]) -> tuple[date | None, date | None]:
    """The days the claims' own words name; else the days their articles were published."""
    stated = [day for day in (stated_day(c) for c in claims if not is_tally(c)) if day is not None]
    if stated:
        return min(d[0] for d in stated), max(d[1] for d in stated)
    tallies = [c.time for c in claims if is_tally(c) and c.time is not None]
    if tallies and all(is_tally(c) for c in claims if c.kind == "numeric"):
        starts = [t.start for t in tallies if t.start]
        ends = [t.end for t in tallies if t.end]
        return (min(starts) if starts else None), (max(ends) if ends else None)
    published = [c.source.published for c in claims if c.source.published]
    return (min(published), max(published)) if published else (None, None)


def event_title(
    kind: EventKind, place: str | None, start: date | None, end: date | None, measure: str | None = None
) -> str:
    """ "Air strike, Saraqib, 2024-03-01"; an incident of no known kind says what it counts
    ("Incident (people displaced), place unknown, 2026-03-12"), so that untyped incidents read apart."""
    head = "Tally" if kind == "tally" else kind.capitalize()
    if measure and kind in ("incident", "tally"):
        head = f"{head} ({measure})"
    parts = [head, place or "place unknown"]
    if start and end and start != end:
        parts.append(f"{start.isoformat()} to {end.isoformat()}")
    elif start or end:
        parts.append((start or end).isoformat())  # type: ignore[union-attr]
    return ", ".join(parts)


def _chronological(claim: Claim) -> tuple[date, str, int, int]:
    return (claim.source.published or date.max, claim.source.id, claim.start, claim.end)


def event_id(claims: Sequence[Claim]) -> str:
    """ "e-" and 10 hex digits of the SHA-1 of the event's first claim (earliest article, then position):
    the same input gives the same ids, and an event keeps its id when later articles join it. With a
    store, ids also hold when earlier articles join or an incident splits (:mod:`crosscheck.events.carry`)."""
    anchor = min(claims, key=_chronological)
    return "e-" + hashlib.sha1(anchor.id.encode("utf-8")).hexdigest()[:10]


def describe_event(claims: Sequence[Claim], cluster_ids: Sequence[str]) -> Event:
    from crosscheck.compare.independence import outlet
    from crosscheck.extract.attribution.claimants import canonical_claimant

    kind = event_kind(claims)
    place = event_place(claims)
    start, end = event_days(claims)
    claimants = {canonical_claimant(c.attribution) for c in claims if c.attribution}
    return Event(
        id=event_id(claims),
        title=event_title(kind, place, start, end, _most_common([c.measure for c in claims if c.measure])),
        kind=kind,
        place=place,
        start=start,
        end=end,
        claim_ids=tuple(sorted(c.id for c in claims)),
        cluster_ids=tuple(sorted(set(cluster_ids))),
        outlets=tuple(sorted({outlet(c) for c in claims})),
        claimants=tuple(sorted(name for name in claimants if name)),
    )
