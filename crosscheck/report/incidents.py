"""The report by incident: events ranked by how much their outlets disagree, each with its slots.

An incident (:class:`~crosscheck.model.Event`) holds quantity slots (its clusters). The report shows the
incidents a reader must look at first: those with contradictions, then updates (each weighted by the
independent sources that report the disputed figures), then the rest, most outlets first. Incidents where
no figure is stated by more than one outlet ("minor": every slot a single claim or one outlet repeating
itself) come last; in a large corpus they are summarised by kind rather than listed one by one.

Within a slot, one outlet's repeats of one figure (a headline and its body, two bulletins) collapse into
one :class:`ClaimRow` with a count, so a figure is never its own "agreement".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from crosscheck.model import ASPECT_QUESTIONS, VERDICTS, Claim, Cluster, Event
from crosscheck.report import _format as fmt

MINOR_LISTED_AT_MOST = 40
"""Up to this many minor incidents are listed one by one; more are summarised by kind."""

DISAGREEMENT = ("contradict", "update", "compatible", "agree")
"""Tiers of the ranking, most pressing first; an incident in none of them is "single" (tier 4), minor last."""


@dataclass(frozen=True)
class ClaimRow:
    """One outlet's claims of one figure in one slot (its repeats collapsed), in reading order."""

    outlet: str
    claimants: tuple[str, ...]
    """As the articles word them, each once, in order of appearance."""
    figure: str
    """The shown claim's interval as read ("≥ 14", "40", "22.5–27.5 (≈ 25)"), and what reviewers corrected of
    it ("14 (corrected by a reviewer: value; read as 40)")."""
    dates: tuple[date | None, ...]
    """Distinct publication dates, oldest first; None (undated) last."""
    claims: tuple[Claim, ...]
    shown: Claim
    """The claim whose sentence the report quotes: with a claimant and out of a headline if one is."""

    @property
    def count(self) -> int:
        return len(self.claims)


@dataclass(frozen=True)
class SlotView:
    """One quantity of an incident: its cluster, and its claims collapsed into rows."""

    cluster: Cluster
    rows: tuple[ClaimRow, ...]
    verdict: str
    """The cluster's verdict, except that one outlet agreeing with itself is "single", not "agree"."""

    @property
    def about(self) -> str:
        """What the figure counts, its unit and place: "people killed, Aleppo", "figure (km2), Raqqa"; for
        statements that are not figures, what they are about: "who did it", "with what", "statement"."""
        cluster = self.cluster
        shown = self.rows[0].shown if self.rows else None
        if cluster.measure in ASPECT_QUESTIONS:  # a cluster of factual claims: its measure is their aspect
            what = ASPECT_QUESTIONS[cluster.measure]
        elif shown is not None and shown.kind != "numeric":
            what = "statement"
        else:
            what = (cluster.measure or "figure") + (f" ({cluster.unit})" if cluster.unit else "")
        return ", ".join(x for x in (what, cluster.location) if x)

    @property
    def repeat_only(self) -> bool:
        """True when the cluster says "agree" but only one outlet gives the figure (its repeats, or a figure
        and its rounding)."""
        return self.verdict != self.cluster.verdict


@dataclass(frozen=True)
class IncidentView:
    event: Event
    rank: int
    """1 for the incident to read first."""
    slots: tuple[SlotView, ...]
    """Most disagreeing first (contradict, update, compatible, agree, single), then most outlets."""
    minor: bool
    """No slot has a figure that more than one outlet states, and none disputes anything."""

    @property
    def verdicts(self) -> tuple[tuple[str, int], ...]:
        """Slots per (shown) verdict, in report order, only those present."""
        counted = Counter(slot.verdict for slot in self.slots)
        return tuple((v, counted[v]) for v in VERDICTS if counted[v])

    @property
    def worst(self) -> str:
        return self.verdicts[0][0] if self.verdicts else "single"


def _chronological(claim: Claim) -> tuple[date, str, int, int]:
    return (claim.source.published or date.max, claim.source_id, claim.start, claim.end)


def _dates(claims: Iterable[Claim]) -> tuple[date | None, ...]:
    found = {c.source.published for c in claims}
    return (*sorted(d for d in found if d is not None), *((None,) if None in found else ()))


def _figure_key(claim: Claim) -> tuple[object, ...]:
    """A stated number and its unit ("14" in a headline, "at least 14 people" in the body), else the
    interval as read ("dozens", "60 to 70"); for a statement that is not a figure, whether it asserts or
    denies (one row gives all that an outlet asserts: "Russia; Syrian government")."""
    if claim.kind != "numeric":
        return ("statement", claim.polarity)
    value = fmt.finite(claim.value)
    return ("value", value, claim.unit) if value is not None else ("interval", fmt.interval(claim))


def corrected(claim: Claim) -> str:
    """What reviewers corrected of a claim, beside its figure: " (corrected by a reviewer: value; read as
    40)"; empty when nothing was."""
    if not claim.corrections:
        return ""
    fields = list(dict.fromkeys(fix.field for fix in claim.corrections))
    read = claim.as_read
    was = f"; read as {fmt.interval(read)}" if read is not None and "value" in fields else ""
    return f" (corrected by a reviewer: {', '.join(fields)}{was})"


def collapse(claims: Sequence[Claim]) -> tuple[ClaimRow, ...]:
    """One row per outlet and figure, in order of each row's first claim (earliest article first). The row
    quotes, and reads its figure from, its earliest claim that names its claimant and is not a headline
    (an article's first sentence), if one does."""
    groups: dict[tuple[object, ...], list[Claim]] = {}
    for claim in sorted(claims, key=_chronological):
        groups.setdefault((claim.source.outlet or claim.source_id, *_figure_key(claim)), []).append(claim)
    rows = []
    for members in groups.values():
        shown = min(members, key=lambda c: (not c.attribution, c.sentence_start == 0))
        rows.append(
            ClaimRow(
                outlet=shown.source.outlet or shown.source_id,
                claimants=tuple(dict.fromkeys(c.attribution for c in members if c.attribution)),
                figure=_figure(shown, members),
                dates=_dates(members),
                claims=tuple(members),
                shown=shown,
            )
        )
    return tuple(rows)


def _figure(shown: Claim, members: Sequence[Claim]) -> str:
    if shown.kind == "numeric":
        return fmt.interval(shown) + corrected(shown)
    return "; ".join(dict.fromkeys(fmt.statement(claim) for claim in (shown, *members)))


def _slot_key(slot: SlotView) -> tuple[int, int, int, str]:
    cluster = slot.cluster
    return (VERDICTS.index(slot.verdict), -cluster.outlets, -len(cluster.claim_ids), cluster.id)


def slot_view(cluster: Cluster, claims: Sequence[Claim]) -> SlotView:
    rows = collapse(claims)
    one_outlet = len({row.outlet for row in rows}) == 1
    verdict = "single" if cluster.verdict == "agree" and one_outlet else cluster.verdict
    return SlotView(cluster=cluster, rows=rows, verdict=verdict)


def _is_minor(slots: Sequence[SlotView]) -> bool:
    return all(slot.verdict == "single" and slot.cluster.outlets <= 1 for slot in slots)


def _weight(slots: Sequence[SlotView], verdict: str) -> int:
    """The independent sources (at least one each) of the slots whose verdict is ``verdict``."""
    return sum(max(s.cluster.independent_sources, 1) for s in slots if s.verdict == verdict)


def rank_key(event: Event, slots: Sequence[SlotView]) -> tuple[int, int, int, int, str]:
    """Contradictions first, then updates, compatible and agreeing figures (each tier weighted by the
    independent sources of its slots), then single figures; minor incidents last. Ties: more outlets,
    more claims, then id."""
    if _is_minor(slots):
        tier = len(DISAGREEMENT) + 1
    else:
        shown = {slot.verdict for slot in slots}
        tier = next((i for i, verdict in enumerate(DISAGREEMENT) if verdict in shown), len(DISAGREEMENT))
    weight = _weight(slots, DISAGREEMENT[tier]) if tier < len(DISAGREEMENT) else 0
    return (tier, -weight, -len(event.outlets), -len(event.claim_ids), event.id)


def _orphan_event(cluster: Cluster, claims: Sequence[Claim]) -> Event:
    """A cluster that no event holds (a report built without the events stage) stands alone."""
    about = ", ".join(x for x in (cluster.measure, cluster.location) if x) or "Figure"
    days = sorted({c.source.published for c in claims if c.source.published})
    return Event(
        id=f"e-{cluster.id}",
        title=about[:1].upper() + about[1:],
        kind="incident",
        place=cluster.location,
        start=days[0] if days else None,
        end=days[-1] if days else None,
        claim_ids=tuple(sorted(c.id for c in claims)),
        cluster_ids=(cluster.id,),
        outlets=tuple(sorted({c.source.outlet or c.source_id for c in claims})),
        claimants=tuple(sorted({c.attribution for c in claims if c.attribution})),
    )


def build_incidents(
    events: Sequence[Event], clusters: Sequence[Cluster], claim_by_id: Mapping[str, Claim]
) -> tuple[IncidentView, ...]:
    """Every event (and every cluster no event holds, on its own) as an incident view, ranked."""
    cluster_by_id = {c.id: c for c in clusters}

    def claims_of(cluster: Cluster) -> list[Claim]:
        return [claim_by_id[cid] for cid in cluster.claim_ids if cid in claim_by_id]

    held = {cid for event in events for cid in event.cluster_ids}
    all_events = [*events]
    all_events += [_orphan_event(c, claims_of(c)) for c in clusters if c.id not in held]
    ranked = []
    for event in all_events:
        members = [cluster_by_id[cid] for cid in event.cluster_ids if cid in cluster_by_id]
        slots = sorted((slot_view(c, claims_of(c)) for c in members), key=_slot_key)
        ranked.append((rank_key(event, slots), event, tuple(slots)))
    ranked.sort(key=lambda item: item[0])
    return tuple(
        IncidentView(event=event, rank=rank, slots=slots, minor=_is_minor(slots))
        for rank, (_, event, slots) in enumerate(ranked, start=1)
    )


def minor_by_kind(incidents: Sequence[IncidentView]) -> tuple[tuple[str, int], ...]:
    """How many minor incidents of each kind, most first."""
    counted = Counter(view.event.kind for view in incidents if view.minor)
    return tuple(sorted(counted.items(), key=lambda item: (-item[1], item[0])))
