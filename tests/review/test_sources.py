"""A source's page, and each claim's source reliability linked from the incident page, all escaped."""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from crosscheck.reliability.corpus import estimate_reliability
from crosscheck.store import open_store
from tests.review.conftest import XSS_OUTLET, client_for, log_in


def _incident_with(client: TestClient, text: str) -> str:
    queue = client.get("/", params={"q": text}).text
    event = re.search(r'href="/incidents/([^"]+)"', queue)
    assert event, text
    return client.get(f"/incidents/{event.group(1)}").text


def _links(incident: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="reliability" href="(/sources/(outlet|claimant)/[^"]+)"', incident)


def test_the_incident_page_does_not_wait_for_the_figures(db: Path) -> None:
    client = client_for(db, "vera")
    first = _incident_with(client, "Radio Caspar")
    assert "Radio Caspar" in first
    deadline = time.monotonic() + 60
    while not _links(_incident_with(client, "Radio Caspar")):
        assert time.monotonic() < deadline, "the figures were never computed"
        time.sleep(0.2)


def test_each_claim_links_its_outlets_reliability_to_its_page(db: Path) -> None:
    client = client_for(db, "vera")
    assert client.get("/sources/outlet/Radio%20Caspar").status_code == 200, "computed when the page asks"
    incident = _incident_with(client, "Radio Caspar")
    links = _links(incident)
    assert {"/sources/outlet/Radio%20Caspar", "/sources/outlet/Northern%20Wire"} <= {
        link for link, _ in links
    }
    with open_store(db) as store:
        expected = estimate_reliability(store.claims(), store.clusters())
    caspar = expected.score("outlet", "Radio Caspar")
    assert caspar is not None and caspar.contradicted >= 1
    page = client.get("/sources/outlet/Radio%20Caspar")
    assert page.status_code == 200
    figures = re.sub(r"\s+", " ", page.text)
    assert f'<th scope="row">Contradicted</th><td>{caspar.contradicted}</td>' in figures
    assert f"{caspar.reliability:.2f} (90% interval {caspar.low:.2f}–{caspar.high:.2f})" in figures
    assert '<svg class="plot"' in page.text and "<strong>no</strong>" in page.text
    assert re.search(r'href="/incidents/e-[0-9a-f]+#cluster-k-[0-9a-f]+"', page.text)


def test_a_hostile_outlet_name_is_escaped_on_both_pages(db: Path) -> None:
    client = client_for(db, "vera")
    assert client.get("/sources/outlet/Radio%20Caspar").status_code == 200
    incident = _incident_with(client, "14 people were killed in the flood in Tell Abyadin")
    assert XSS_OUTLET not in incident and f"/sources/outlet/{quote(XSS_OUTLET)}" in incident
    page = client.get("/sources/outlet/" + quote(XSS_OUTLET, safe=""))
    assert page.status_code == 200
    assert XSS_OUTLET not in page.text and str(escape(XSS_OUTLET)) in page.text


def test_unknown_sources_and_anonymous_readers(db: Path, anonymous: TestClient) -> None:
    client = client_for(db, "vera")
    assert client.get("/sources/outlet/No%20Such%20Outlet").status_code == 404
    assert client.get("/sources/claimant/Nobody").status_code == 404
    assert anonymous.get("/sources/outlet/Radio%20Caspar", follow_redirects=False).status_code == 303
    log_in(anonymous, "vera")
    assert anonymous.get("/sources/claimant/Caspar%20Monitoring%20Group").status_code == 200


def test_a_background_refresh_that_fails_says_so_and_keeps_the_last_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crosscheck.review import sources

    where = "a store that went away"
    sources._RUNNING.add(where)
    sources._refresh(str(tmp_path / "missing" / "crosscheck.db"), where)
    assert where not in sources._RUNNING and where not in sources._CACHE
    assert "reliability not refreshed from a store that went away" in capsys.readouterr().err
