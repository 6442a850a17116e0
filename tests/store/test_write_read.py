"""A run written to the store reads back equal; re-running changes nothing; more articles add to it."""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np
import pytest

from crosscheck.model import Claim
from crosscheck.store import RunData, open_store
from crosscheck.store.rows import CLAIM_COLUMNS
from tests.store.kit import dump


def test_every_claim_field_has_a_column():
    stored = set(CLAIM_COLUMNS) | {"start", "end", "time"}
    renamed = {"start_offset", "end_offset", "time_start", "time_end", "time_text", "id", "source_id"}
    applied = {"corrections", "as_read"}  # reviewers' corrections: the store keeps them as decisions
    assert {f.name for f in fields(Claim)} - {"source", *applied} <= stored
    assert set(CLAIM_COLUMNS) - renamed <= {f.name for f in fields(Claim)}


def test_a_run_reads_back_equal(store_url: str, full_run: RunData):
    with open_store(store_url) as store:
        summary = store.write_run(full_run)
        assert summary.added["claims"] == len(full_run.claims) > 0
        assert store.sources() == sorted(full_run.sources, key=lambda s: s.id)
        claims = store.claims()
        assert claims == sorted(full_run.claims, key=lambda c: c.id)
        originals = {claim.id: claim for claim in full_run.claims}
        assert all(claim.quote == originals[claim.id].quote for claim in claims)
        assert all(claim.sentence == originals[claim.id].sentence for claim in claims)
        assert store.clusters() == sorted(full_run.clusters, key=lambda c: c.id)
        assert store.incidents() == sorted(full_run.events, key=lambda e: e.id)
        cluster = full_run.clusters[0]
        assert store.cluster(cluster.id) == cluster
        assert [c.id for c in store.claims_of(cluster.id)] == list(cluster.claim_ids)
        assert store.cluster_version(cluster.id) == 1
        assert store.incident(full_run.events[0].id) == full_run.events[0]
        vectors = store.embeddings(full_run.embedder or "")
        assert vectors.keys() == full_run.embeddings.keys()
        key = next(iter(vectors))
        assert np.array_equal(vectors[key], np.frombuffer(full_run.embeddings[key], dtype=np.float32))
        assert [run.corpus for run in store.runs()] == ["demo"]


def test_a_rerun_changes_nothing(store_url: str, full_run: RunData):
    with open_store(store_url) as store:
        store.write_run(full_run)
        before = dump(store)
        summary = store.write_run(full_run)
        assert dump(store) == before
        nothing = {"sources": 0, "claims": 0, "events": 0, "clusters": 0}
        assert summary.added == summary.changed == summary.retired == nothing
        assert summary.embeddings_added == 0
        assert len(store.runs()) == 2


def test_more_articles_keep_ids_and_add(store_url: str, first_run: RunData, full_run: RunData):
    with open_store(store_url) as store:
        store.write_run(first_run)
        old_claims = {claim.id: claim for claim in store.claims()}
        old_clusters = {cluster.id for cluster in store.clusters()}
        old_events = {event.id for event in store.incidents()}
        summary = store.write_run(full_run)
        new_claims = {claim.id: claim for claim in store.claims()}
        assert set(old_claims) < set(new_claims)
        assert all(new_claims[cid] == claim for cid, claim in old_claims.items())
        assert {s.id for s in store.sources()} == {s.id for s in full_run.sources}
        assert store.clusters() == sorted(full_run.clusters, key=lambda c: c.id)
        assert store.incidents() == sorted(full_run.events, key=lambda e: e.id)
        kept = old_clusters & {c.id for c in full_run.clusters}
        assert kept and all(store.cluster_version(cid) == 1 for cid in kept)
        gone = old_clusters - kept
        assert summary.retired["clusters"] == len(gone)
        assert all(store.cluster(cid) is not None for cid in gone)  # retired, never deleted
        assert old_events & {e.id for e in full_run.events}  # an incident keeps its id as articles join it
        assert summary.added["sources"] == 2 and summary.changed["sources"] == 0


def test_a_failed_write_leaves_the_store_as_it_was(store_url: str, first_run: RunData, full_run: RunData):
    with open_store(store_url) as store:
        store.write_run(first_run)
        before = dump(store)
        runs = store.runs()
        insert_many = store.backend.insert_many

        def failing(table, columns, rows):
            if table == "cluster_members":
                raise RuntimeError("disk on fire")
            return insert_many(table, columns, rows)

        store.backend.insert_many = failing  # type: ignore[method-assign]
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.write_run(full_run)
        store.backend.insert_many = insert_many  # type: ignore[method-assign]
        assert dump(store) == before
        assert store.runs() == runs


def test_a_cluster_or_incident_whose_claims_change_under_its_id_is_rewritten(
    store_url: str, first_run: RunData
):
    """An incident keeps its id as claims join it, and a reviewed cluster as claims join or leave it: their
    claim lists are rewritten even when nothing else in their rows changed."""
    with open_store(store_url) as store:
        store.write_run(first_run)
        cluster = next(c for c in first_run.clusters if len(c.claim_ids) >= 3)
        event = next(e for e in first_run.events if e.id == cluster.event_id)
        fewer = replace(cluster, claim_ids=cluster.claim_ids[:-1])
        later = replace(first_run, clusters=[fewer if c.id == cluster.id else c for c in first_run.clusters])
        later = replace(
            later, events=[replace(e, claim_ids=e.claim_ids[:-1]) if e == event else e for e in later.events]
        )
        summary = store.write_run(later)
        assert summary.changed["clusters"] == 1 and summary.changed["events"] == 1
        assert store.cluster(cluster.id) == fewer and store.cluster_version(cluster.id) == 2
        found = store.incident(event.id)
        assert found is not None and found.claim_ids == event.claim_ids[:-1]
