"""The reliability stage: after clustering and comparison, each slot's most likely value and how far each
outlet and each claimant can be trusted, by truth discovery (:func:`~crosscheck.reliability.discover`) over
the clusters' intervals.

- A slot (a numeric cluster) is an item; each claim is its interval (qualifiers as intervals, see
  :mod:`crosscheck.compare.intervals`).
- A rising toll is not counted against the earlier figure: the claims of a cluster whose verdict is an update
  are compared only with the claims of the same moment (the same as-of day, see
  :func:`crosscheck.compare.timing.when`; on that day a figure its words call earlier, a plain figure, and a
  figure that says the toll rose or states a floor are three moments). The slot's estimate is its latest
  moment's.
- Wire copies and outlets relaying one claimant are one voice on a slot
  (:func:`crosscheck.compare.independence.source_groups`): they vote once, and agreeing with one's own relay
  is no agreement. One outlet's (or claimant's) repeats of a figure on a slot are one claim.
- Outlets vote; claimants are then scored against the outlets' estimates (a claim with no claimant stands in
  as its outlet's, so a claimant's figure that only unattributed reports contradict is still counted).
- ``known``: reviewers' established figures (a cluster id -> (low, high)); the slot's value is fixed at the
  middle of that range and every source is scored against it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Literal

from crosscheck.compare.independence import outlet, source_groups
from crosscheck.compare.intervals import ABOUT_TOLERANCE, interval
from crosscheck.compare.timing import called_earlier, says_rose, when
from crosscheck.config import Settings as ConfigSettings
from crosscheck.model import Claim, Cluster
from crosscheck.reliability.discover import Settings, discover
from crosscheck.reliability.table import Tolerance, rounding_tolerance
from crosscheck.reliability.types import Claim as Statement
from crosscheck.reliability.types import SourceReliability, TruthResult

SourceKind = Literal["outlet", "claimant"]
_STAND_IN = "\0outlet:"
"""Prefix of the stand-in claimant of a claim that names none (never reported)."""
_FLOORS = ("at_least", "more_than")


@dataclass(frozen=True)
class SourceScore(SourceReliability):
    """One outlet's or claimant's record against the slots' estimates: truth discovery's record of it
    (:class:`~crosscheck.reliability.types.SourceReliability`), with ``claims`` its numeric claims in slots,
    ``slots`` the slots it states, and ``shared`` of those the ones another voice also states (the moments
    of an update counted apart). ``reliability`` is the Beta posterior mean of its accuracy with its
    equal-tailed interval (``low``, ``high``)."""

    kind: SourceKind = "outlet"
    slots: int = 0

    @property
    def name(self) -> str:
        return self.source


@dataclass(frozen=True)
class SlotEstimate:
    cluster_id: str
    value: float
    support: float
    """The share of the (weighted, relays-once) votes on the slot's latest moment that hold the value."""
    known: bool
    """The value is a reviewer's established figure."""


@dataclass(frozen=True)
class Reliability:
    outlets: tuple[SourceScore, ...]
    """Those with a record (a slot shared with another voice) first; most reliable first (ties: more shared
    slots, then name)."""
    claimants: tuple[SourceScore, ...]
    estimates: Mapping[str, SlotEstimate]
    """By cluster id, for every numeric cluster with a figure."""

    def score(self, kind: SourceKind, name: str) -> SourceScore | None:
        return next(
            (s for s in (self.outlets if kind == "outlet" else self.claimants) if s.name == name), None
        )


EMPTY = Reliability((), (), {})


@dataclass(frozen=True)
class _Row:
    claim: Claim
    item: str
    low: float
    high: float
    voice: str


def moment(claim: Claim) -> str:
    """When a claim of a rising toll stands: its as-of day, then earlier wording (0), plain (1), a rise or a
    floor (2)."""
    day = when(claim)
    stage = (
        0 if called_earlier(claim) else 2 if says_rose(claim.sentence) or claim.qualifier in _FLOORS else 1
    )
    return f"{day.isoformat() if day else '0000-00-00'}/{stage}"


def _rows(claims: Sequence[Claim], clusters: Sequence[Cluster], about: float) -> list[_Row]:
    by_id = {claim.id: claim for claim in claims}
    rows: list[_Row] = []
    for cluster in clusters:
        members = [by_id[cid] for cid in cluster.claim_ids if cid in by_id]
        members = [c for c in members if c.kind == "numeric" and not c.aspect]
        if not members:
            continue
        for claim, group in zip(members, source_groups(members), strict=True):
            span = interval(claim, about)
            if span is None:
                continue
            item = f"{cluster.id}@{moment(claim)}" if cluster.verdict == "update" else cluster.id
            rows.append(_Row(claim, item, span.low, span.high, f"v{group}"))
    return rows


def _latest(items: Sequence[str]) -> dict[str, str]:
    """Each cluster's latest item (its only one unless it is an update)."""
    latest: dict[str, str] = {}
    for item in sorted(items):
        latest[item.split("@", 1)[0]] = item
    return latest


def _scores(
    kind: SourceKind, result: TruthResult, rows: Sequence[_Row], name_of: Mapping[int, str]
) -> tuple[SourceScore, ...]:
    claims: dict[str, int] = {}
    slots: dict[str, set[str]] = {}
    for index, row in enumerate(rows):
        name = name_of[index]
        claims[name] = claims.get(name, 0) + 1
        slots.setdefault(name, set()).add(row.item.split("@", 1)[0])
    scores = [
        _score(kind, s, claims.get(s.source, 0), len(slots.get(s.source, ())))
        for s in result.sources
        if not s.source.startswith(_STAND_IN)
    ]
    return tuple(sorted(scores, key=lambda s: (s.shared == 0, -s.reliability, -s.shared, s.name)))


def _score(kind: SourceKind, s: SourceReliability, claims: int, slots: int) -> SourceScore:
    record = {field.name: getattr(s, field.name) for field in fields(SourceReliability)}
    return SourceScore(**(record | {"claims": claims}), kind=kind, slots=slots)


def estimate_reliability(
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    known: Mapping[str, tuple[float, float]] | None = None,
    about: float = ABOUT_TOLERANCE,
    settings: Settings | None = None,
    rounding: Tolerance | None = None,
) -> Reliability:
    """Slot estimates and outlet and claimant reliabilities for the numeric ``clusters`` of ``claims``.

    ``rounding``: when a figure holds a slot's estimate up to rounding; by default the compare stage's rule
    at the default settings (:func:`~crosscheck.reliability.table.rounding_tolerance`), so an outlet's
    1,000 is not counted against it when the estimate is 1,020. Ignored when ``settings`` are given."""
    rows = _rows(claims, clusters, about)
    if not rows:
        return EMPTY
    tolerance = rounding or rounding_tolerance(ConfigSettings())
    settings = settings or Settings(held_first=True, tolerance=tolerance)
    latest = _latest([row.item for row in rows])
    fixed = {latest[cid]: (low + high) / 2 for cid, (low, high) in (known or {}).items() if cid in latest}
    outlet_of = {i: outlet(row.claim) for i, row in enumerate(rows)}
    by_outlet = discover(_statements(rows, outlet_of), settings, known=fixed)
    values = by_outlet.values()
    claimant_of = {i: row.claim.attribution or _STAND_IN + outlet_of[i] for i, row in enumerate(rows)}
    by_claimant = discover(_statements(rows, claimant_of), settings, known=values)
    attributed = {i: name for i, name in claimant_of.items() if not name.startswith(_STAND_IN)}
    support = {e.item: e.support for e in by_outlet.estimates}
    estimates = {
        cid: SlotEstimate(cid, values[item], support[item], item in fixed) for cid, item in latest.items()
    }
    return Reliability(
        outlets=_scores("outlet", by_outlet, rows, outlet_of),
        claimants=_scores(
            "claimant", by_claimant, [rows[i] for i in attributed], dict(enumerate(attributed.values()))
        ),
        estimates=dict(sorted(estimates.items())),
    )


def _statements(rows: Sequence[_Row], source_of: Mapping[int, str]) -> list[Statement]:
    return [Statement(r.item, source_of[i], r.low, r.high, r.voice) for i, r in enumerate(rows)]
