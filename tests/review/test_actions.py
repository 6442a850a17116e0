"""Merging two figures of an incident, and a user's history page."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

from crosscheck.store import open_store
from tests.review.conftest import client_for, csrf_of

MERGE_FORM = re.compile(
    r'action="/clusters/([^/"]+)/merge".*?name="version" value="(\d+)".*?<option value="([^":]+):(\d+)"', re.S
)


def _first_incident(client: TestClient) -> tuple[str, str]:
    queue = client.get("/").text
    event = re.search(r'href="/incidents/([^"]+)"', queue)
    assert event
    return event.group(1), client.get(f"/incidents/{event.group(1)}").text


def _merge(
    client: TestClient, page: str, source: str, version: str, target: str, target_version: str
) -> object:
    data = {"csrf_token": csrf_of(page), "version": version, "target": f"{target}:{target_version}"}
    return client.post(f"/clusters/{source}/merge", data=data, follow_redirects=False)


def test_merge_records_decision_audit_and_shows_one_figure(db: Path) -> None:
    client = client_for(db, "ada")
    event, page = _first_incident(client)
    found = MERGE_FORM.search(page)
    assert found, "the first incident has a merge form"
    source, version, target, target_version = found.groups()
    with open_store(db) as store:
        claims = {c.id for c in store.claims_of(source)} | {c.id for c in store.claims_of(target)}
    answer = _merge(client, page, source, version, target, target_version)
    assert answer.status_code == 303 and answer.headers["location"].endswith(f"#cluster-{target}")
    with open_store(db) as store:
        assert store.cluster_version(source) == int(version) + 1
        assert store.cluster_version(target) == int(target_version) + 1
        decisions = store.backend.query("SELECT cluster_id, kind, payload FROM decisions")
        assert decisions == [(source, "merge", f'{{"into": "{target}"}}')]
        assert [e.after for e in store.audit_log("cluster", target)] == [
            {"absorbed": source, "version": int(target_version) + 1}
        ]
        assert store.audit_log("cluster", source)[0].after["merged_into"] == target
    after = client.get(f"/incidents/{event}").text
    assert f'id="cluster-{source}"' not in after
    assert f"merged {source} into this figure" in after
    section = after[after.index(f'id="cluster-{target}"') :]
    section = section[: section.index("</section>")]
    with open_store(db) as store:
        quotes = {c.quote for c in store.claims(sorted(claims))}
    assert all(quote in section for quote in quotes)

    stale = _merge(client, page, target, target_version, source, version)
    assert stale.status_code == 409 and "Not merged" in stale.text


def test_viewer_cannot_merge_and_history_lists_a_users_changes(db: Path) -> None:
    viewer = client_for(db, "vera")
    event, page = _first_incident(viewer)
    assert "Merge into it" not in page
    admin = client_for(db, "ada")
    found = MERGE_FORM.search(admin.get(f"/incidents/{event}").text)
    assert found
    assert _merge(viewer, page, *found.groups()).status_code == 403
    with open_store(db) as store:
        assert store.audit_log() == []
    assert _merge(admin, admin.get("/").text, *found.groups()).status_code == 303
    history = viewer.get("/users/ada/history").text
    assert history.count('class="audit-entry"') == 2 and f"/incidents/{event}#cluster-" in history
    assert 'class="audit-entry"' not in viewer.get("/users/vera/history").text
    assert viewer.get("/users/nobody/history").status_code == 404


MOVE_FORM = re.compile(
    r'action="/clusters/([^/"]+)/move".*?name="version" value="(\d+)"(.*?)<option value="([^":]+):(\d+)"',
    re.S,
)


def _section(page: str, cluster: str) -> str:
    section = page[page.index(f'id="cluster-{cluster}"') :]
    return section[: section.index("</section>")]


def test_move_claims_to_another_figure(db: Path) -> None:
    client = client_for(db, "rita")
    event, page = _first_incident(client)
    found = MOVE_FORM.search(page)
    assert found, "the first incident has a figure with two rows and another figure"
    source, version, hidden, target, target_version = found.groups()
    claims = re.findall(r'name="claim" value="([^"]+)"', hidden)
    assert claims
    data = {
        "csrf_token": csrf_of(page),
        "version": version,
        "claim": claims,
        "target": f"{target}:{target_version}",
    }
    bad = client.post(
        f"/clusters/{source}/move", data={**data, "claim": ["not-a-claim"]}, follow_redirects=False
    )
    assert bad.status_code == 400
    assert client.post(f"/clusters/{source}/move", data=data, follow_redirects=False).status_code == 303
    with open_store(db) as store:
        quotes = [c.quote for c in store.claims(claims)]
        assert store.cluster_version(source) == int(version) + 1
        [decision] = store.backend.query("SELECT cluster_id, kind, payload FROM decisions")
        assert decision[:2] == (source, "move") and f'"into": "{target}"' in decision[2]
        assert store.audit_log("cluster", target)[0].after["received"] == claims
    after = client.get(f"/incidents/{event}").text
    assert all(quote in _section(after, target) for quote in quotes)
    assert f"received {', '.join(claims)} from {source}" in _section(after, target)
    assert not any(f'name="claim" value="{cid}"' in _section(after, source) for cid in claims)
    stale = client.post(f"/clusters/{source}/move", data=data, follow_redirects=False)
    assert stale.status_code == 409 and "Not moved" in stale.text


def test_a_numeric_figure_and_a_factual_one_are_never_regrouped(db: Path) -> None:
    client = client_for(db, "rita")
    event, page = _first_incident(client)
    with open_store(db) as store:
        incident = store.incident(event)
        assert incident is not None
        kinds = {cid: {c.kind for c in store.claims_of(cid)} for cid in incident.cluster_ids}
        versions = {cid: store.cluster_version(cid) for cid in kinds}
    numeric = next(cid for cid, found in kinds.items() if found == {"numeric"})
    factual = next(cid for cid, found in kinds.items() if found == {"factual"})
    assert f'value="{factual}:' not in _section(page, numeric)
    answer = _merge(client, page, numeric, str(versions[numeric]), factual, str(versions[factual]))
    assert answer.status_code == 400
    with open_store(db) as store:
        assert store.audit_log() == []
