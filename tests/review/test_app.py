"""The review app through Starlette's TestClient on a real SQLite store made by `crosscheck run --db`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from crosscheck.review.app import create_app
from crosscheck.review.security import CSP
from crosscheck.review.state import reviews
from crosscheck.store import open_store
from tests.review.conftest import XSS_OUTLET, XSS_TEXT, XSS_TITLE, client_for, csrf_of

CLUSTER_FORM = re.compile(r'action="/clusters/([^/"]+)/review"')


def _incident_with_xss(client: TestClient) -> str:
    page = client.get("/", params={"q": "14 people were killed in the flood in Tell Abyadin"})
    found = re.findall(r'href="/incidents/([^"]+)"', page.text)
    assert len(found) == 1, page.text
    return found[0]


def _first_cluster(client: TestClient, event: str) -> tuple[str, str, str]:
    page = client.get(f"/incidents/{event}")
    assert page.status_code == 200
    cluster = CLUSTER_FORM.search(page.text)
    assert cluster, page.text
    version = re.search(
        rf'id="cluster-{re.escape(cluster.group(1))}".*?name="version" value="(\d+)"', page.text, re.S
    )
    assert version
    return cluster.group(1), version.group(1), csrf_of(page.text)


def _save(client: TestClient, cluster: str, token: str, version: str, **fields: str) -> object:
    data = {"csrf_token": token, "version": version, "status": "reviewed", **fields}
    return client.post(f"/clusters/{cluster}/review", data=data, follow_redirects=False)


def test_every_page_needs_a_login(anonymous: TestClient) -> None:
    for path in ("/", "/incidents/anything", "/?q=dam"):
        answer = anonymous.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/login?next=")
    assert anonymous.post("/clusters/x/review", data={"version": "1"}).status_code == 401


def test_wrong_password_is_refused_and_rate_limited(anonymous: TestClient) -> None:
    token = csrf_of(anonymous.get("/login").text)
    statuses = [
        anonymous.post(
            "/login", data={"csrf_token": token, "name": "rita", "password": f"guess {n}"}
        ).status_code
        for n in range(6)
    ]
    assert statuses == [401] * 5 + [429]
    right = anonymous.post(
        "/login", data={"csrf_token": token, "name": "rita", "password": "correct horse battery"}
    )
    assert right.status_code == 429
    other = anonymous.post(
        "/login", data={"csrf_token": token, "name": "rob", "password": "correct horse battery"}
    )
    assert other.status_code == 200 and "Log out" in other.text


def test_login_without_csrf_is_refused(anonymous: TestClient) -> None:
    anonymous.get("/login")
    answer = anonymous.post("/login", data={"name": "rita", "password": "correct horse battery"})
    assert answer.status_code == 403
    assert anonymous.get("/", follow_redirects=False).status_code == 303


def test_login_never_redirects_off_site(anonymous: TestClient) -> None:
    token = csrf_of(anonymous.get("/login").text)
    data = {
        "csrf_token": token,
        "name": "rita",
        "password": "correct horse battery",
        "next": "//evil.example/",
    }
    answer = anonymous.post("/login", data=data, follow_redirects=False)
    assert answer.headers["location"] == "/"


def test_session_cookie_is_httponly_samesite_and_logout_ends_it(db: Path) -> None:
    client = TestClient(create_app(str(db), "test secret"))
    token = csrf_of(client.get("/login").text)
    answer = client.post(
        "/login", data={"csrf_token": token, "name": "rita", "password": "correct horse battery"},
        follow_redirects=False,
    )  # fmt: skip
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie
    stolen = client.cookies.get("crosscheck_session")
    page = client.get("/")
    assert (
        client.post("/logout", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False).status_code
        == 303
    )
    assert stolen
    assert client.get("/", follow_redirects=False).status_code == 303
    client.cookies.set("crosscheck_session", stolen)
    assert client.get("/", follow_redirects=False).status_code == 303


def test_security_headers_on_every_response(db: Path, anonymous: TestClient) -> None:
    client = client_for(db, "rita")
    for answer in (
        anonymous.get("/login"),
        client.get("/"),
        client.get("/static/htmx.min.js"),
        client.get("/nope"),
    ):
        assert answer.headers["content-security-policy"] == CSP
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
    assert "script-src 'self';" in CSP and "frame-ancestors 'none'" in CSP and "unsafe-inline" not in CSP
    page = client.get("/").text
    assert re.findall(r"<script[^>]*>", page) == [
        '<script src="/static/htmx.min.js" defer>', '<script src="/static/review.js" defer>'
    ]  # fmt: skip


def test_viewer_reads_but_cannot_write(db: Path) -> None:
    viewer = client_for(db, "vera")
    event = _incident_with_xss(viewer)
    page = viewer.get(f"/incidents/{event}")
    assert page.status_code == 200 and 'class="review"' not in page.text
    reviewer = client_for(db, "rita")
    cluster, version, _ = _first_cluster(reviewer, event)
    answer = _save(viewer, cluster, csrf_of(page.text), version, verdict="agree")
    assert answer.status_code == 403
    with open_store(db) as store:
        assert store.cluster_version(cluster) == int(version)
        assert store.audit_log("cluster", cluster) == []


def test_post_without_or_with_a_wrong_csrf_token_is_refused(db: Path) -> None:
    client = client_for(db, "rita")
    event = _incident_with_xss(client)
    cluster, version, _ = _first_cluster(client, event)
    for token in ("", "forged"):
        assert _save(client, cluster, token, version, verdict="agree").status_code == 403
    with open_store(db) as store:
        assert store.cluster_version(cluster) == int(version)


def test_saving_a_review_records_decision_audit_and_version(db: Path) -> None:
    client = client_for(db, "rita")
    event = _incident_with_xss(client)
    cluster, version, token = _first_cluster(client, event)
    answer = _save(
        client, cluster, token, version, verdict="contradict", low="12", high="14",
        figure_source="council statement", note="checked with the council",
    )  # fmt: skip
    assert answer.status_code == 303
    with open_store(db) as store:
        assert store.cluster_version(cluster) == int(version) + 1
        review = reviews(store, [cluster])[cluster]
        assert (review.verdict, review.low, review.high, review.status) == (
            "contradict",
            12.0,
            14.0,
            "reviewed",
        )
        decisions = store.backend.query(
            "SELECT kind, cluster_version FROM decisions WHERE cluster_id = ?", (cluster,)
        )
        assert decisions == [("review", int(version))]
        [entry] = store.audit_log("cluster", cluster)
    assert (
        entry.action == "review"
        and entry.before["verdict"] is None
        and entry.before["version"] == int(version)
    )
    assert entry.after["note"] == "checked with the council" and entry.after["version"] == int(version) + 1
    page = client.get(f"/incidents/{event}").text
    assert "rita" in page and "checked with the council" in page and "none → contradict" in page


def test_a_stale_save_is_a_conflict_that_shows_the_other_change(db: Path) -> None:
    rita, rob = client_for(db, "rita"), client_for(db, "rob")
    event = _incident_with_xss(rita)
    cluster, version, rita_token = _first_cluster(rita, event)
    _, _, rob_token = _first_cluster(rob, event)
    assert _save(rita, cluster, rita_token, version, verdict="agree", note="rita's note").status_code == 303
    answer = _save(rob, cluster, rob_token, version, verdict="update", note="rob's note")
    assert answer.status_code == 409
    assert "Not saved" in answer.text and "rita" in answer.text and "rita&#39;s note" in answer.text
    with open_store(db) as store:
        assert reviews(store, [cluster])[cluster].note == "rita's note"
        assert len(store.audit_log("cluster", cluster)) == 1
    htmx = _save(rob, cluster, rob_token, version, verdict="update", note="rob's note")
    assert htmx.status_code == 409
    fragment = rob.post(
        f"/clusters/{cluster}/review",
        data={"csrf_token": rob_token, "version": version, "verdict": "update", "status": "reviewed"},
        headers={"HX-Request": "true"},
    )
    assert fragment.status_code == 409 and fragment.text.lstrip().startswith("<section")


def test_xss_payloads_are_escaped(db: Path) -> None:
    client = client_for(db, "rita")
    event = _incident_with_xss(client)
    cluster, version, token = _first_cluster(client, event)
    note = "<script>alert('note')</script><img src=x onerror=alert(1)>"
    assert (
        _save(
            client, cluster, token, version, verdict="agree", note=note, figure_source=XSS_TITLE
        ).status_code
        == 303
    )
    page = client.get(f"/incidents/{event}").text
    queue = client.get("/").text
    for payload in (XSS_TEXT, XSS_TITLE, XSS_OUTLET, note):
        assert payload not in page and payload not in queue
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(&#39;title&#39;)&gt;" in page
    assert "&lt;svg onload=alert(&#39;outlet&#39;)&gt;" in page
    assert "&lt;script&gt;alert(&#39;note&#39;)&lt;/script&gt;" in page


def _count(pattern: str, page: str, group: int = 1) -> int:
    found = re.search(pattern, page)
    assert found, pattern
    return int(found.group(group))


def test_queue_filters(db: Path) -> None:
    client = client_for(db, "vera")
    everything = client.get("/").text
    total = _count(r"(\d+) of (\d+) incidents", everything, 2)
    assert f"{total} of {total} incidents" in everything
    contradict = client.get("/", params={"verdict": "contradict"}).text
    shown = _count(r"(\d+) of", contradict)
    assert 0 < shown < total
    assert "0 of" in client.get("/", params={"q": "no such words anywhere"}).text
    assert "0 of" in client.get("/", params={"status": "reviewed"}).text
    fragment = client.get("/", params={"q": "dam"}, headers={"HX-Request": "true"}).text
    assert fragment.startswith('<div id="queue-rows">') and "<html" not in fragment


def test_queue_pages_keep_the_filters(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck.review import pages

    monkeypatch.setattr(pages, "PAGE", 5)
    client = client_for(db, "vera")
    first = client.get("/", params={"q": "shelling"}).text
    matching = _count(r"(\d+) of \d+ incidents", first)
    assert matching > 5 and first.count('class="queue-row"') == 5 and "previous page" not in first
    following = re.search(r'href="(/\?[^"]*page=2)" class="next"', first)
    assert following and "q=shelling" in following.group(1)
    second = client.get(following.group(1).replace("&amp;", "&")).text
    assert "previous page" in second and "showing 6–" in second
    ranks = [re.findall(r"<td>(\d+)</td>", page)[0] for page in (first, second)]
    assert int(ranks[0]) < int(ranks[1])
