"""Where a record puts the checked articles' claims among the store's clusters and incidents.

- A figure joins the stored cluster ``check`` matched it to, unless a reviewer kept its claim apart from a
  member of that cluster; a claim a reviewer held together with others (an article recorded again) goes
  back to the cluster holding them, whatever the match.
- The figures that join nothing stay grouped as the run over the articles grouped them (their clusters less
  the figures that joined stored ones), and so do the other claims (who did it, figures with no measure).
- Each of the run's incidents goes into the stored incident its joined figures' clusters belong to (the
  most of them); without one, into the stored incident that held most of its claims (the same claims of an
  article recorded again), else it stands as the run named it.
- Every stored cluster and incident touched (joined, or holding a claim of the articles' stored copies) is
  made again over all its members; who-did-it claims are compared again within each touched incident.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from crosscheck.check.stored import Clusters
from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Event

if TYPE_CHECKING:
    from crosscheck.check.matching import Match
    from crosscheck.cluster.reviewed import ReviewedGrouping


@dataclass(frozen=True)
class StoredSide:
    clusters: Clusters
    """The stored clusters of the figures' candidates and of the articles' stored claims, decisions laid
    over them; members leave out the articles' stored copies."""
    event_of_claim: Mapping[str, str]
    """The current incident holding each stored claim of the recorded articles."""
    run_sources: frozenset[str]


@dataclass(frozen=True)
class Placed:
    clusters: tuple[Cluster, ...]
    events: tuple[Event, ...]
    replaced_clusters: frozenset[str]
    """The stored clusters made again (those not produced again are retired)."""
    claim_ids: frozenset[str]
    """The claims of the clusters made, of the articles' stored copies, and the who-did-it claims of the
    touched incidents: the stored clusters holding one are replaced, but for those of the figures' candidates
    that the record leaves as they are."""
    left_out: frozenset[str]
    """Claims of other articles that a reviewer marked as not claims, left out of their incidents."""


@dataclass(frozen=True)
class Draft:
    """Where each claim of the run goes, before the touched incidents are read."""

    run_claims: Mapping[str, Claim]
    groups: Mapping[str, list[Claim]]
    """Each touched stored cluster's members: the other articles' and the figures that joined it."""
    event_of_cluster: Mapping[str, str]
    rest: tuple[tuple[tuple[Claim, ...], str], ...]
    """The run's figures that joined no stored cluster, as the run grouped them, each with its incident."""
    assigned: Mapping[str, tuple[str, ...]]
    """Incident id -> the run's claims that go into it."""
    old_claims: frozenset[str]
    reviewed: ReviewedGrouping | None

    @property
    def touched_events(self) -> set[str]:
        return {*self.assigned, *self.event_of_cluster.values()}

    def finish(
        self,
        incidents: Sequence[Event],
        stored: Mapping[str, Claim],
        settings: Settings,
        kept: frozenset[str] = frozenset(),
    ) -> Placed:
        """The clusters and incidents to write, given the touched incidents as stored (``incidents``) and
        the other articles' claims they hold (``stored``, corrected). A claim a reviewer marked as not one
        is left out of its incident, unless it is in ``kept`` (a stored cluster the record leaves as it is
        still holds it)."""
        from crosscheck.compare import make_cluster
        from crosscheck.compare.factual import compare_factual

        dropped = (self.reviewed.dropped if self.reviewed is not None else frozenset()) - kept
        members: dict[str, list[Claim]] = {}
        by_id = {event.id: event for event in incidents}
        for event_id in sorted(self.touched_events):
            held = [
                stored[claim_id]
                for claim_id in (by_id[event_id].claim_ids if event_id in by_id else ())
                if claim_id in stored and claim_id not in dropped
            ]
            held += [self.run_claims[claim_id] for claim_id in self.assigned.get(event_id, ())]
            if held:
                members[event_id] = held
        made = [
            replace(make_cluster(group, settings), event_id=self.event_of_cluster[k])
            for k, group in sorted(self.groups.items())
            if group
        ]
        made += [replace(make_cluster(group, settings), event_id=event_id) for group, event_id in self.rest]
        for event_id, held in members.items():
            aspects = [claim for claim in held if claim.aspect and claim.id not in kept]
            made += [replace(c, event_id=event_id) for c in compare_factual(aspects, self.reviewed)]
        if self.reviewed is not None and not self.reviewed.empty:
            from crosscheck.cluster.reviewed import carry_over

            made = carry_over(made, [], self.reviewed)[0]
        events = [_described(event_id, held, made) for event_id, held in sorted(members.items())]
        held_before = {c for event in incidents for c in event.claim_ids}
        aspects_before = {c for c in held_before if c in stored and stored[c].aspect}
        return Placed(
            tuple(made),
            tuple(events),
            frozenset(self.groups),
            frozenset({*aspects_before, *self.old_claims, *(c for k in made for c in k.claim_ids)}),
            frozenset(c for c in held_before if c in dropped and c in stored),
        )


def _described(event_id: str, claims: Sequence[Claim], clusters: Iterable[Cluster]) -> Event:
    from crosscheck.events.describe import describe_event

    ids = [cluster.id for cluster in clusters if cluster.event_id == event_id]
    return replace(describe_event(claims, ids), id=event_id)


def place(
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    events: Sequence[Event],
    matches: Mapping[str, Match | None],
    side: StoredSide,
    reviewed: ReviewedGrouping | None,
    also: frozenset[str] = frozenset(),
) -> Draft:
    """Where the run's claims, clusters and incidents go (the module says how); the stored clusters
    ``also`` are made again too."""
    run = {claim.id: claim for claim in claims}
    stored = side.clusters
    joined = _joined(claims, matches, stored, reviewed)
    old = frozenset(side.event_of_claim)
    touched = set(joined.values()) | {stored.of_claim[c] for c in old if c in stored.of_claim} | also
    touched = {k for k in touched if not stored.by_id[k].rule.startswith("factual:")}
    groups = {k: list(stored.members.get(k, ())) for k in sorted(touched)}
    for claim_id, k in sorted(joined.items()):
        groups[k].append(run[claim_id])
    event_of_cluster = {k: stored.by_id[k].event_id or "" for k in groups}
    target: dict[str, str] = {}
    for event in events:
        siblings = Counter(event_of_cluster[joined[c]] for c in event.claim_ids if c in joined)
        in_place = Counter(side.event_of_claim[c] for c in event.claim_ids if c in side.event_of_claim)
        target[event.id] = _most(siblings) or _most(in_place) or event.id
    rest: list[tuple[tuple[Claim, ...], str]] = []
    for cluster in clusters:
        left = tuple(run[c] for c in cluster.claim_ids if c in run and c not in joined)
        if left and not left[0].aspect:
            rest.append((left, target.get(cluster.event_id or "", cluster.event_id or "")))
    event_of_claim = {claim_id: event.id for event in events for claim_id in event.claim_ids}
    assigned: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        if claim.id in joined:
            assigned[event_of_cluster[joined[claim.id]]].append(claim.id)
        elif claim.id in event_of_claim:
            assigned[target[event_of_claim[claim.id]]].append(claim.id)
    return Draft(
        run,
        groups,
        event_of_cluster,
        tuple(rest),
        {event_id: tuple(ids) for event_id, ids in assigned.items()},
        old,
        reviewed,
    )


def _joined(
    claims: Sequence[Claim],
    matches: Mapping[str, Match | None],
    stored: Clusters,
    reviewed: ReviewedGrouping | None,
) -> dict[str, str]:
    """The stored cluster each of the run's figures joins, by claim id."""
    joined: dict[str, str] = {}
    for claim in claims:
        if reviewed is not None and reviewed.seed_of(claim.id) is not None and claim.id in stored.of_claim:
            home = stored.of_claim[claim.id]
            if not stored.by_id[home].rule.startswith("factual:"):
                joined[claim.id] = home
            continue
        match = matches.get(claim.id)
        if match is None or match.cluster.id not in stored.by_id:
            continue
        members = stored.members.get(match.cluster.id, ())
        if reviewed is not None and any(reviewed.kept_apart(claim.id, other.id) for other in members):
            continue
        joined[claim.id] = match.cluster.id
    return joined


def _most(counted: Counter[str]) -> str | None:
    return min(counted, key=lambda key: (-counted[key], key)) if counted else None
