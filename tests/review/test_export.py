"""`crosscheck export` on a real SQLite store: ClaimReview JSON-LD, CSV (formula-safe) and JSONL of the
reviewed figures, sorted and the same on every export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.review.export import COLUMNS, spreadsheet_safe
from crosscheck.review.state import Review, save_review
from crosscheck.review.users import find_user
from crosscheck.store import open_store

NOTE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def reviewed(db: Path) -> dict[str, str]:
    """Two figures of the largest incident: one reviewed (contradict, 14, council), one in progress."""
    with open_store(db) as store:
        rita = find_user(store, "rita")
        assert rita is not None
        event = max(store.incidents(), key=lambda e: (len(e.cluster_ids), e.id))
        first, second = event.cluster_ids[:2]
        save_review(store, rita.id, first, 1, Review("contradict", 14.0, 14.0, "council", NOTE, "reviewed"))
        save_review(store, rita.id, second, 1, Review("agree", status="in progress"))
        when = store.backend.query("SELECT created_at FROM decisions WHERE cluster_id = ?", (first,))[0][0]
        urls = sorted({c.source.url for c in store.claims_of(first) if c.source.url})
    return {"first": first, "second": second, "when": when, "urls": json.dumps(urls)}


def _export(db: Path, tmp_path: Path, form: str, *extra: str) -> str:
    out = tmp_path / f"export.{form}"
    assert main(["export", "--db", str(db), "--format", form, "--output", str(out), *extra]) == 0
    return out.read_bytes().decode("utf-8")


def test_claimreview_json_ld(db: Path, tmp_path: Path, reviewed: dict[str, str]) -> None:
    [item] = json.loads(_export(db, tmp_path, "claimreview"))
    assert item["@context"] == "https://schema.org" and item["@type"] == "ClaimReview"
    assert item["identifier"] == reviewed["first"]
    assert item["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Contradict; established figure 14 (source: council)",
        "ratingExplanation": NOTE,
    }
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert sorted(a["url"] for a in claim["appearance"] if "url" in a) == json.loads(reviewed["urls"])
    assert all(a["@type"] == "CreativeWork" for a in claim["appearance"]) and claim["appearance"]
    assert item["author"] == {"@type": "Person", "name": "rita"}
    assert item["datePublished"] == reviewed["when"][:10]
    assert " according to " in item["claimReviewed"]
    again = json.loads(_export(db, tmp_path, "claimreview", "--status", "in progress"))
    assert [i["identifier"] for i in again] == [reviewed["second"]]
    assert again[0]["reviewRating"]["alternateName"] == "Agree"


def test_csv_is_formula_safe_and_jsonl_matches(db: Path, tmp_path: Path, reviewed: dict[str, str]) -> None:
    text = _export(db, tmp_path, "csv", "--status", "reviewed", "--status", "in progress")
    assert text.endswith("\r\n")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(COLUMNS)
    assert [row["cluster_id"] for row in rows] == sorted([reviewed["first"], reviewed["second"]])
    first = next(row for row in rows if row["cluster_id"] == reviewed["first"])
    assert (
        first["note"] == "'" + NOTE and first["verdict"] == "contradict" and first["established_low"] == "14"
    )
    assert first["reviewer"] == "rita" and first["urls"] == " | ".join(json.loads(reviewed["urls"]))
    lines = _export(db, tmp_path, "jsonl", "--status", "reviewed", "--status", "in progress").splitlines()
    parsed = [json.loads(line) for line in lines]
    assert [p["cluster_id"] for p in parsed] == [row["cluster_id"] for row in rows]
    assert parsed[[p["cluster_id"] for p in parsed].index(reviewed["first"])]["note"] == NOTE
    assert _export(db, tmp_path, "csv", "--status", "reviewed", "--status", "in progress") == text


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd", "'+cmd"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (None, ""),
        (["=a", "b"], "'=a | b"),
        (14.0, "14"),
        (2.5, "2.5"),
    ],
)
def test_spreadsheet_safe(value: object, cell: str) -> None:
    assert spreadsheet_safe(value) == cell


def test_export_to_stdout_and_errors(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(db), "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "exported 0 figures" in captured.err
    assert main(["export", "--db", str(tmp_path / "none.db"), "--format", "csv"]) == 2
    assert "no store there" in capsys.readouterr().err
