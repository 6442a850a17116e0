"""Model objects to table rows and back. A claim's quote and sentence are never stored: offsets into its
source's text rebuild them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from crosscheck.model import Claim, Cluster, Event, Reconciled, Source, TimeSpan

Row = tuple[Any, ...]

SOURCE_COLUMNS = ("id", "text", "path", "outlet", "title", "published", "url", "location")
CLAIM_COLUMNS = (
    "id", "source_id", "kind", "start_offset", "end_offset", "sentence_start", "sentence_end", "rule",
    "value", "low", "high", "qualifier", "unit", "measure", "attribution", "hedge", "location",
    "location_basis", "time_start", "time_end", "time_text", "part_of", "actor", "action", "target",
    "polarity", "aspect", "actor_detail", "weapon", "scope",
)  # fmt: skip
_CLAIM_PLAIN = CLAIM_COLUMNS[8:18] + CLAIM_COLUMNS[21:]
"""Columns named like the Claim field they hold."""
EVENT_COLUMNS = ("id", "title", "kind", "place", "start_day", "end_day", "outlets", "claimants")
CLUSTER_COLUMNS = (
    "id", "event_id", "verdict", "explanation", "rule", "measure", "unit", "location", "has_reconciled",
    "reconciled_min", "reconciled_max", "reconciled_best", "outlets", "independent_sources",
)  # fmt: skip


def digest(row: Sequence[Any]) -> str:
    """A fingerprint of a row's content (of str, int, float and None): a row is rewritten only when it
    changes. Stored with the row, so its definition must not change without a migration."""
    return hashlib.blake2b(repr(tuple(row)).encode("utf-8"), digest_size=16).hexdigest()


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def source_row(source: Source) -> Row:
    return (
        source.id, source.text, source.path, source.outlet, source.title, _day(source.published),
        source.url, source.location,
    )  # fmt: skip


def source_of(row: Row) -> Source:
    values = dict(zip(SOURCE_COLUMNS, row, strict=True))
    values["published"] = _date(values["published"])
    return Source(**values)


def claim_row(claim: Claim) -> Row:
    time = claim.time
    return (
        claim.id, claim.source.id, claim.kind, claim.start, claim.end, claim.sentence_start,
        claim.sentence_end, claim.rule,
        *(getattr(claim, name) for name in CLAIM_COLUMNS[8:18]),
        _day(time.start) if time else None, _day(time.end) if time else None, time.text if time else None,
        *(getattr(claim, name) for name in CLAIM_COLUMNS[21:]),
    )  # fmt: skip


def claim_of(row: Row, source: Source) -> Claim:
    values = dict(zip(CLAIM_COLUMNS, row, strict=True))
    time = None
    if values["time_text"] is not None:
        time = TimeSpan(_date(values["time_start"]), _date(values["time_end"]), values["time_text"])
    return Claim(
        source=source,
        kind=values["kind"],
        start=values["start_offset"],
        end=values["end_offset"],
        sentence_start=values["sentence_start"],
        sentence_end=values["sentence_end"],
        rule=values["rule"],
        time=time,
        **{name: values[name] for name in _CLAIM_PLAIN},
    )


def event_row(event: Event) -> Row:
    return (
        event.id, event.title, event.kind, event.place, _day(event.start), _day(event.end),
        json.dumps(list(event.outlets)), json.dumps(list(event.claimants)),
    )  # fmt: skip


def event_of(row: Row, claim_ids: Sequence[str], cluster_ids: Sequence[str]) -> Event:
    values = dict(zip(EVENT_COLUMNS, row, strict=True))
    return Event(
        id=values["id"],
        title=values["title"],
        kind=values["kind"],
        place=values["place"],
        start=_date(values["start_day"]),
        end=_date(values["end_day"]),
        claim_ids=tuple(claim_ids),
        cluster_ids=tuple(cluster_ids),
        outlets=tuple(json.loads(values["outlets"])),
        claimants=tuple(json.loads(values["claimants"])),
    )


_CLUSTER_FIELDS = {f.name for f in fields(Cluster)}


def cluster_row(cluster: Cluster) -> Row:
    reconciled = cluster.reconciled
    return (
        cluster.id, cluster.event_id, cluster.verdict, cluster.explanation, cluster.rule, cluster.measure,
        cluster.unit, cluster.location, int(reconciled is not None),
        reconciled.minimum if reconciled else None, reconciled.maximum if reconciled else None,
        reconciled.best if reconciled else None, cluster.outlets, cluster.independent_sources,
    )  # fmt: skip


def cluster_of(row: Row, claim_ids: Sequence[str]) -> Cluster:
    values = dict(zip(CLUSTER_COLUMNS, row, strict=True))
    reconciled = None
    if values["has_reconciled"]:
        reconciled = Reconciled(values["reconciled_min"], values["reconciled_max"], values["reconciled_best"])
    plain = {name: values[name] for name in CLUSTER_COLUMNS if name in _CLUSTER_FIELDS}
    return Cluster(claim_ids=tuple(claim_ids), reconciled=reconciled, **plain)
