"""The incidents queue, ranked like the report, with the reviewers' state laid over it, and filters."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, replace

from markupsafe import Markup

from crosscheck.model import Claim
from crosscheck.report.incidents import IncidentView, SlotView, build_incidents
from crosscheck.review.state import Review
from crosscheck.store import Store


@dataclass(frozen=True)
class Analysis:
    """A store's current incidents, ranked; rebuilt only when a run is added."""

    key: tuple[int, int]
    """Runs and regroupings (merges, moves) in the store when it was built."""
    incidents: tuple[IncidentView, ...]
    by_id: Mapping[str, IncidentView]
    claims: Mapping[str, Claim]
    text: Mapping[str, str]
    """What the text search reads of each incident, case-folded."""


_CACHE: dict[str, Analysis] = {}
_LOCK = threading.Lock()


def analysis(store: Store) -> Analysis:
    """The store's incidents as the report ranks them, with reviewers' merges and moves laid over them."""
    from crosscheck.review.regroup import regrouped, regroupings

    counts = ("SELECT COUNT(*) FROM runs", "SELECT COUNT(*) FROM decisions WHERE kind IN ('merge', 'move')")
    key = tuple(int(store.backend.query(sql)[0][0]) for sql in counts)
    with _LOCK:
        cached = _CACHE.get(store.where)
        if cached is not None and cached.key == key:
            return cached
    claims = {claim.id: claim for claim in store.claims()}
    clusters = regrouped(store.clusters(), regroupings(store), claims)
    kept = {cluster.id for cluster in clusters}
    events = [replace(e, cluster_ids=tuple(c for c in e.cluster_ids if c in kept)) for e in store.incidents()]
    incidents = build_incidents(events, clusters, claims)
    by_id = {view.event.id: view for view in incidents}
    text = {view.event.id: _haystack(view) for view in incidents}
    built = Analysis((key[0], key[1]), incidents, by_id, claims, text)
    with _LOCK:
        _CACHE[store.where] = built
    return built


@dataclass(frozen=True)
class Filters:
    text: str = ""
    verdict: str = ""
    status: str = ""


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


def matches(view: IncidentView, text: str, reviews: Mapping[str, Review], filters: Filters) -> bool:
    if filters.text and filters.text.casefold() not in text:
        return False
    if filters.verdict and not any(
        slot_verdict(slot, reviews.get(slot.cluster.id)) == filters.verdict for slot in view.slots
    ):
        return False
    return not filters.status or any(
        (reviews.get(slot.cluster.id) or Review()).status == filters.status for slot in view.slots
    )


def queue(found: Analysis, reviews: Mapping[str, Review], filters: Filters) -> list[IncidentView]:
    return [view for view in found.incidents if matches(view, found.text[view.event.id], reviews, filters)]


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
