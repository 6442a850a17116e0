"""`check --record`: the checked articles into the store's clusters and incidents, one figure at a time.

The articles go through the run's stages alone (claims, their clusters and incidents, reviewers' corrections
and decisions honoured), then each figure joins the stored cluster ``check`` matched it to
(:mod:`crosscheck.check.placement` says where everything goes). What the articles' stored copies held (an
article recorded again) is replaced in place: a claim keeps its id where the figure is the same. Every
cluster and incident the record touches is then judged and described again over all its members as the store
holds them, with reviewers' misread corrections applied, and its id kept as a run keeps it
(:func:`crosscheck.cluster.reviewed.carry_over` for a decided cluster; a stored incident's id always). All
of it is written in one transaction (:mod:`crosscheck.store.write`): a record that fails leaves the store as
it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from crosscheck.config import Settings
from crosscheck.model import Claim, Corpus, Event
from crosscheck.store import Store

if TYPE_CHECKING:
    from crosscheck.check.checker import Matched
    from crosscheck.cluster.reviewed import ReviewedGrouping
    from crosscheck.pipeline import Extraction


def record(store: Store, corpus: Corpus, settings: Settings, extraction: Extraction, matched: Matched) -> str:
    """Record the checked articles (already extracted, their figures matched) into ``store``; what changed."""
    from crosscheck.check.checker import stored_claim_ids
    from crosscheck.check.placement import StoredSide, place
    from crosscheck.check.stored import holding
    from crosscheck.pipeline import analyse_with_vectors, store_decisions
    from crosscheck.store.incident_ids import previous_incidents
    from crosscheck.store.runs import run_data
    from crosscheck.store.write import Replaced

    known, reviewed = store_decisions(store)
    context, vectors = analyse_with_vectors(
        corpus, settings, None, known, reviewed, extraction, previous_incidents(store)
    )
    run_sources = frozenset(source.id for source in context.sources)
    stored_events = _stored_incident_of(store, stored_claim_ids(store, run_sources))
    side = StoredSide(matched.clusters, stored_events, run_sources)
    figures = {k for k, c in matched.clusters.by_id.items() if not c.rule.startswith("factual:")}
    also: frozenset[str] = frozenset()
    while True:  # what a reviewer moved since the last run: the stored clusters it left and its figures
        draft = place(context.claims, context.clusters, context.events, matched.matches, side, reviewed, also)
        incidents = _incidents(store, draft.touched_events)
        held = {c for e in incidents for c in e.claim_ids}
        placed = draft.finish(incidents, _stored_claims(store, held, run_sources, reviewed), settings)
        holders = holding(store, placed.claim_ids)
        homes = {
            matched.clusters.of_claim[claim_id]
            for cluster in store.clusters(sorted(holders))
            for claim_id in cluster.claim_ids
            if claim_id in matched.clusters.of_claim
        }
        more = ((holders | homes) & figures) - placed.replaced_clusters
        if not more:
            break
        also |= more
    rewritten = placed.replaced_clusters | (holders - figures)
    kept = _held_elsewhere(store, placed.left_out, rewritten)
    if kept:
        placed = draft.finish(incidents, _stored_claims(store, held, run_sources, reviewed), settings, kept)
    replaced = Replaced(
        clusters=frozenset(rewritten),
        events=frozenset(draft.touched_events),
        claims=frozenset(placed.left_out),
    )
    laid = replace(context, clusters=tuple(placed.clusters), events=tuple(placed.events))
    data = replace(run_data(laid, vectors, settings, reviewed), replaces=replaced)
    return store.write_run(data).describe()


def _held_elsewhere(store: Store, claim_ids: Iterable[str], rewritten: Iterable[str]) -> frozenset[str]:
    """The claims among ``claim_ids`` that a current cluster the record does not rewrite holds."""
    from crosscheck.check.stored import query_in

    sql = (
        "SELECT m.claim_id, m.cluster_id FROM cluster_members m JOIN clusters k ON k.id = m.cluster_id "
        "WHERE k.retired_run IS NULL AND m.claim_id IN ({})"
    )
    leaving = set(rewritten)
    return frozenset(claim for claim, cluster in query_in(store, sql, claim_ids) if cluster not in leaving)


def _stored_incident_of(store: Store, claim_ids: Iterable[str]) -> dict[str, str]:
    """The current incident holding each of these claims."""
    from crosscheck.check.stored import query_in

    sql = (
        "SELECT m.claim_id, m.event_id FROM event_claims m JOIN events e ON e.id = m.event_id "
        "WHERE e.retired_run IS NULL AND m.claim_id IN ({})"
    )
    return dict(query_in(store, sql, claim_ids))


def _incidents(store: Store, ids: Iterable[str]) -> list[Event]:
    """The current stored incidents among ``ids``."""
    from crosscheck.check.stored import query_in

    sql = "SELECT id FROM events WHERE retired_run IS NULL AND id IN ({})"
    return store.incidents(sorted(event_id for (event_id,) in query_in(store, sql, ids)))


def _stored_claims(
    store: Store, ids: Iterable[str], run_sources: frozenset[str], reviewed: ReviewedGrouping | None
) -> dict[str, Claim]:
    """The claims of other articles than the record's among ``ids``, as reviewers corrected them."""
    from crosscheck.cluster.corrections import apply_corrections

    found = [c for c in store.claims(sorted(set(ids))) if c.source.id not in run_sources]
    if reviewed is not None and reviewed.corrections:
        found = list(apply_corrections(found, reviewed.corrections))
    return {claim.id: claim for claim in found}
