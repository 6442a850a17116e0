"""The demo end to end: the real model, the committed report, the golden report, the contract."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.report.schema import validate_report
from tests.regenerate_goldens import GOLDEN_FAKE, ROOT, demo_args

STALE = "stale: rerun `.venv/bin/python tests/regenerate_goldens.py` and review the diff"
REPORT_FILES = ("report.json", "report.md", "report.html")


def run_demo(tmp_path_factory, embedder: str) -> Path:
    out = tmp_path_factory.mktemp(f"demo-{embedder}")
    assert main(demo_args(embedder, out, out / "claims.jsonl")) == 0
    return out


@pytest.fixture(scope="module")
def real_demo(tmp_path_factory) -> Path:
    return run_demo(tmp_path_factory, "minilm")


@pytest.fixture(scope="module")
def fake_demo(tmp_path_factory) -> Path:
    return run_demo(tmp_path_factory, "fake")


@pytest.mark.model
@pytest.mark.parametrize("name", REPORT_FILES)
def test_committed_demo_report_is_current(real_demo, name):
    committed = (ROOT / "reports" / "demo" / name).read_text(encoding="utf-8")
    assert (real_demo / name).read_text(encoding="utf-8") == committed, STALE


@pytest.mark.model
def test_committed_demo_claims_are_current(real_demo):
    committed = (ROOT / "claims" / "demo.jsonl").read_text(encoding="utf-8")
    assert (real_demo / "claims.jsonl").read_text(encoding="utf-8") == committed, STALE


@pytest.mark.parametrize("name", (*REPORT_FILES, "claims.jsonl"))
def test_golden_report_with_the_fake_embedder(fake_demo, name):
    golden = (GOLDEN_FAKE / name).read_text(encoding="utf-8")
    assert (fake_demo / name).read_text(encoding="utf-8") == golden, STALE


@pytest.mark.model
def test_real_demo_report_keeps_the_contract_and_finds_the_planted_discrepancies(real_demo):
    report = json.loads((real_demo / "report.json").read_text(encoding="utf-8"))
    validate_report(report)
    assert report["skipped"] == []
    verdicts = {cluster["verdict"] for cluster in report["clusters"]}
    assert {"agree", "compatible", "contradict", "single"} <= verdicts
    claims = {claim["id"]: claim for claim in report["claims"]}
    (toll,) = [cluster for cluster in report["clusters"] if cluster["verdict"] == "contradict"]
    quotes = {claims[claim_id]["quote"] for claim_id in toll["claim_ids"]}
    assert {"12 people", "40 people", "At least 14 people", "31 people", "has passed 30"} <= quotes
    assert "'12 dead'" in toll["explanation"] and "'40 killed'" in toll["explanation"]
    assert "Also an update" in toll["explanation"] and "'31'" in toll["explanation"]
    market = [c for c in claims.values() if "Kafr Zeytar" in c["sentence"] and c["value"] == 14]
    assert market and not {claim["id"] for claim in market} & set(toll["claim_ids"])
    clustered = [claim_id for cluster in report["clusters"] for claim_id in cluster["claim_ids"]]
    assert sorted(clustered) == sorted(claims), "every claim is in exactly one cluster"
    in_events = [claim_id for event in report["events"] for claim_id in event["claim_ids"]]
    assert sorted(in_events) == sorted(claims), "every claim is in exactly one event"
    event_of = {claim_id: event for event in report["events"] for claim_id in event["claim_ids"]}
    for cluster in report["clusters"]:
        assert {event_of[claim_id]["id"] for claim_id in cluster["claim_ids"]} == {cluster["event_id"]}
    (dam,) = {event_of[claim_id]["id"]: event_of[claim_id] for claim_id in toll["claim_ids"]}.values()
    assert dam["place"] == "Tell Abyadin" and {"Radio Caspar", "Northern Wire"} <= set(dam["outlets"])
    assert all(event_of[claim["id"]]["id"] != dam["id"] for claim in market)
    assert event_of[market[0]["id"]]["place"] == "Kafr Zeytar"
    sources = {source["id"]: source for source in report["sources"]}
    assert all(claim["quote"] for claim in claims.values())
    assert all(source["path"] and not Path(source["path"]).is_absolute() for source in sources.values())


@pytest.mark.model
def test_real_demo_html_is_self_contained(real_demo):
    page = (real_demo / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)=["']?https?://""", page)
    assert page.index("contradict") < page.index("agree")
