"""Runs on the real shared corpora (skipped where ../shared is absent): the contract holds, and the Deir
Ezzor report reads right to a fact-checker on the points the corpus is known for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.report.schema import validate_report

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora"
DEIR_EZZOR = SHARED / "deir-ezzor-2017"
FA_KES = SHARED / "fa-kes" / "FA-KES-Dataset.csv"


def run(tmp_path: Path, corpus: Path, embedder: str) -> dict:
    if not corpus.exists():
        pytest.skip(f"{corpus} is not here")
    out = tmp_path / "out"
    args = ["run", str(corpus), "--embedder", embedder, "--no-cache", "--quiet", "--out", str(out)]
    assert main([*args, "--claims", str(tmp_path / "claims.jsonl")]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    validate_report(report)
    return report


def cluster_of(report: dict, fragment: str) -> list[dict]:
    claims = [c for c in report["claims"] if fragment in c["quote"] and c["kind"] == "numeric"]
    assert claims, fragment
    return [next(k for k in report["clusters"] if c["id"] in k["claim_ids"]) for c in claims]


@pytest.mark.model
def test_deir_ezzor_report_reads_right(tmp_path):
    report = run(tmp_path, DEIR_EZZOR, "minilm")
    assert len(report["sources"]) == 5 and report["skipped"] == []
    [raqqa], [deir_ezzor] = cluster_of(report, "60 per cent"), cluster_of(report, "60 percent")
    assert raqqa["id"] != deir_ezzor["id"], "60 percent of Raqqa and of Deir Ezzor are two quantities"
    sieges = cluster_of(report, "three-year")
    assert len({k["id"] for k in sieges}) == 1 and len(sieges) >= 3, "the siege lengths belong together"
    assert sieges[0]["verdict"] == "compatible", "'nearly three years' and 'three years' are compatible"
    quotes = {c["quote"] for c in report["claims"]}
    assert {"more than 900 missions", "60 to 70 flights a day", "at least 70 militants"} <= quotes
    assert not any("commented" in c["sentence"] for c in report["claims"])


def test_fa_kes_runs_with_unit_ids_as_source_ids(tmp_path):
    report = run(tmp_path, FA_KES, "fake")
    ids = {source["id"] for source in report["sources"]}
    assert len(ids) > 780 and all(i.split("-")[0].isdigit() for i in ids)
    assert all(claim["source_id"] in ids for claim in report["claims"])
    outlets = {o["name"] for o in report["outlets"] if o["shared"]}
    assert len(outlets) >= 5 and outlets <= {s["outlet"] for s in report["sources"]}
    assert any(c["shared"] for c in report["claimants"])
    assert sum(1 for c in report["clusters"] if c.get("estimate")) > 1000
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert '<section id="outlets-and-claimants"' in html and html.count('<svg class="plot"') > 2
