"""The events stage on real extraction of invented articles, with the deterministic fake embedder."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.config import Settings
from crosscheck.events import build_events
from crosscheck.extract import extract_claims
from crosscheck.model import Corpus, Source
from crosscheck.pipeline import Extraction, cluster_claims_of, embed_claims

SETTINGS = Settings(embedder="fake", progress=False).validate()
SATURDAY, FRIDAY = date(2024, 3, 2), date(2024, 3, 1)

COURIER = Source(
    id="courier-1",
    outlet="Valley Courier",
    published=SATURDAY,
    text=(
        "Air strike kills 12 civilians in Saraqib\n\n"
        "An air strike killed 12 civilians in Saraqib on Friday, the monitor said. "
        "Fifteen people were wounded in the raid on the market. "
        "Meanwhile, in Aleppo, rebel shelling killed three soldiers on Thursday. "
        "Since 2011, more than 300,000 people have been killed in the war."
    ),
)
HERALD = Source(
    id="herald-1",
    outlet="Hill Herald",
    published=SATURDAY,
    text=(
        "Warplanes hit Saraqib market\n\n"
        "Warplanes struck the market in Saraqib on Friday, killing 12 civilians, rescuers said. "
        "At least 15 people were wounded in the air strike."
    ),
)
LATER = Source(
    id="gazette-1",
    outlet="Plain Gazette",
    published=date(2024, 3, 3),
    text=(
        "Saraqib toll rises\n\n"
        "The toll from Friday's air strike on the Saraqib market rose to 14 civilians, the monitor said."
    ),
)


def _events(*sources: Source):
    claims = tuple(claim for source in sources for claim in extract_claims(source))
    vectors = embed_claims(claims, SETTINGS)
    clusters = cluster_claims_of(Extraction(Corpus("t", sources), claims, ()).claims, vectors, SETTINGS)
    return claims, build_events(claims, clusters, vectors)


def _event_of(grouped, claims, quote: str, source: Source):
    claim = next(c for c in claims if c.source.id == source.id and quote in c.quote)
    return next(event for event in grouped.events if claim.id in event.claim_ids)


def test_every_claim_in_exactly_one_event_and_every_cluster_inside_one():
    claims, grouped = _events(COURIER, HERALD)
    held = [cid for event in grouped.events for cid in event.claim_ids]
    assert sorted(held) == sorted(claim.id for claim in claims)
    event_of = {cid: event.id for event in grouped.events for cid in event.claim_ids}
    for cluster in grouped.clusters:
        assert cluster.event_id is not None
        assert {event_of[cid] for cid in cluster.claim_ids} == {cluster.event_id}


def test_one_incident_across_outlets_and_measures():
    claims, grouped = _events(COURIER, HERALD)
    saraqib = _event_of(grouped, claims, "12 civilians", COURIER)
    assert _event_of(grouped, claims, "12 civilians", HERALD) == saraqib
    assert _event_of(grouped, claims, "Fifteen", COURIER) == saraqib
    assert saraqib.kind == "air strike"
    assert saraqib.place == "Saraqib"
    assert saraqib.start == saraqib.end == FRIDAY
    assert saraqib.title == "Air strike, Saraqib, 2024-03-01"
    assert saraqib.outlets == ("Hill Herald", "Valley Courier")


def test_another_incident_and_a_tally_stay_apart():
    claims, grouped = _events(COURIER, HERALD)
    saraqib = _event_of(grouped, claims, "12 civilians", COURIER)
    aleppo = _event_of(grouped, claims, "three", COURIER)
    tally = _event_of(grouped, claims, "300,000", COURIER)
    assert len({saraqib.id, aleppo.id, tally.id}) == 3
    assert tally.kind == "tally"


def test_event_ids_are_stable_when_a_later_article_joins():
    claims, before = _events(COURIER, HERALD)
    saraqib = _event_of(before, claims, "12 civilians", COURIER)
    claims_after, after = _events(COURIER, HERALD, LATER)
    joined = _event_of(after, claims_after, "12 civilians", COURIER)
    assert joined.id == saraqib.id
    assert set(saraqib.claim_ids) <= set(joined.claim_ids)


def test_same_input_same_events():
    _, first = _events(COURIER, HERALD)
    _, second = _events(HERALD, COURIER)
    assert first.events == second.events


def test_claims_outside_every_cluster_are_refused():
    claims, grouped = _events(COURIER)
    with pytest.raises(ValueError, match="claims in no cluster"):
        build_events(claims, grouped.clusters[:1], embed_claims(claims, SETTINGS))
