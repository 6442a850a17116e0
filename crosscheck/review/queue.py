"""The incidents queue, ranked like the report, with the reviewers' decisions laid over it (filters.py
filters it)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from markupsafe import Markup, escape

from crosscheck.model import Claim, Cluster, Event
from crosscheck.report.incidents import IncidentView, SlotView, build_incidents
from crosscheck.review.decision_kinds import LAID_KINDS, decided
from crosscheck.review.overlay import Misread, laid
from crosscheck.review.state import Review
from crosscheck.store import Store


@dataclass(frozen=True)
class Analysis:
    """A store's current incidents, ranked, with the reviewers' decisions laid over them; rebuilt only when a
    run or such a decision is added."""

    key: tuple[int, int]
    """Runs and laid decisions (crosscheck.review.decision_kinds.LAID_KINDS) in the store when built."""
    incidents: tuple[IncidentView, ...]
    by_id: Mapping[str, IncidentView]
    claims: Mapping[str, Claim]
    text: Mapping[str, str]
    """What the text search reads of each incident, case-folded."""
    misread: Mapping[str, Misread] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()
    new: frozenset[str] = frozenset()
    """Clusters made by reviewers that have no row in the store (split before decisions added the rows they
    make): no review until a run takes them in."""

    def held(self, event_id: str, cluster_id: str) -> tuple[str, ...]:
        """The claims a cluster of this incident holds as the pages show it (none if it shows no such
        cluster)."""
        view = self.by_id.get(event_id)
        slots = view.slots if view else ()
        return next((tuple(s.cluster.claim_ids) for s in slots if s.cluster.id == cluster_id), ())


_CACHE: dict[str, Analysis] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True)
class _Stored:
    """What the store's runs wrote: read again only when a run is added, not after each decision."""

    runs: int
    claims: Mapping[str, Claim]
    clusters: tuple[Cluster, ...]
    events: tuple[Event, ...]


_STORED: dict[str, _Stored] = {}


def _stored(store: Store, runs: int) -> _Stored:
    with _LOCK:
        cached = _STORED.get(store.where)
        if cached is not None and cached.runs == runs:
            return cached
    claims = {claim.id: claim for claim in store.claims()}
    found = _Stored(runs, claims, tuple(store.clusters()), tuple(store.incidents()))
    with _LOCK:
        _STORED[store.where] = found
    return found


def analysis(store: Store) -> Analysis:
    """The store's incidents as the report ranks them, with reviewers' decisions laid over them."""
    marks = ", ".join(f"'{kind}'" for kind in LAID_KINDS)
    counts = ("SELECT COUNT(*) FROM runs", f"SELECT COUNT(*) FROM decisions WHERE kind IN ({marks})")
    key = tuple(int(store.backend.query(sql)[0][0]) for sql in counts)
    with _LOCK:
        cached = _CACHE.get(store.where)
        if cached is not None and cached.key == key:
            return cached
    stored = _stored(store, key[0])
    overlay = laid(stored.clusters, decided(store), stored.claims)
    claims = overlay.claims
    clusters = overlay.clusters
    kept = {cluster.id for cluster in clusters}
    added: dict[str, list[str]] = {}
    for cluster in clusters:
        if cluster.id in overlay.new and cluster.event_id:
            added.setdefault(cluster.event_id, []).append(cluster.id)
    events = [
        replace(
            e,
            cluster_ids=tuple(c for c in e.cluster_ids if c in kept) + tuple(added.get(e.id, ())),
            claim_ids=tuple(c for c in e.claim_ids if c not in overlay.hidden),
        )
        for e in stored.events
    ]
    incidents = build_incidents(events, clusters, claims)
    by_id = {view.event.id: view for view in incidents}
    text = {view.event.id: _haystack(view) for view in incidents}
    new = overlay.new - _with_rows(store, overlay.new)
    built = Analysis((key[0], key[1]), incidents, by_id, claims, text, overlay.misread, overlay.hidden, new)
    with _LOCK:
        _CACHE[store.where] = built
    return built


def _with_rows(store: Store, cluster_ids: frozenset[str]) -> frozenset[str]:
    """Those of these clusters the store has a row for."""
    wanted = sorted(cluster_ids)
    found: set[str] = set()
    for at in range(0, len(wanted), 500):
        chunk = wanted[at : at + 500]
        sql = f"SELECT id FROM clusters WHERE id IN ({', '.join('?' for _ in chunk)})"
        found |= {cluster_id for (cluster_id,) in store.backend.query(sql, chunk)}
    return frozenset(found)


def slot_verdict(slot: SlotView, review: Review | None) -> str:
    """The reviewer's verdict if one was set, else the machine's."""
    return review.verdict if review and review.verdict else slot.verdict


def _haystack(view: IncidentView) -> str:
    event = view.event
    words = [event.title, event.kind, event.place or "", *event.outlets, *event.claimants]
    for slot in view.slots:
        for row in slot.rows:
            words += [claim.sentence for claim in row.claims]
            words += [row.shown.source.title or ""]
    return "\n".join(words).casefold()


def figure_chips(
    view: IncidentView,
    reviews: Mapping[str, Review],
    versions: Mapping[str, int],
    assigned: Mapping[str, str],
) -> Markup:
    """A queue row's figures: each verdict (the reviewer's, else the machine's) as a chip that the queue's
    keys can set (its cluster and version, for a cluster the store holds), and its reviewer if assigned.
    Built here rather than in the template: a queue page shows a thousand of them."""
    parts = []
    for slot in view.slots:
        cluster_id = slot.cluster.id
        shown = slot_verdict(slot, reviews.get(cluster_id))
        data = ""
        if cluster_id in versions:
            data = f' data-cluster="{escape(cluster_id)}" data-version="{int(versions[cluster_id])}"'
        chip = f'<span class="verdict chip v-{escape(shown.replace(" ", "-"))}"{data}>{escape(shown)}</span>'
        if cluster_id in assigned:
            chip += f'<small class="assigned"> → {escape(assigned[cluster_id])}</small>'
        parts.append(chip)
    return Markup(" ".join(parts))


def highlighted(claim: Claim) -> tuple[str, str, str]:
    """A claim's sentence in three parts: before its quote, the quote, after it (from the offsets)."""
    text = claim.source.text
    return (
        text[claim.sentence_start : claim.start],
        text[claim.start : claim.end],
        text[claim.end : claim.sentence_end],
    )


def timeline(slot: SlotView) -> Markup:
    """The report's timeline of a figure (an SVG whose every text is escaped), or nothing."""
    from crosscheck.report.svg import timeline_plot

    return Markup(timeline_plot(slot.rows, f"plot-{slot.cluster.id}", slot.about))
