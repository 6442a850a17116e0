"""A real SQLite store made by ``crosscheck run --db`` (fake embedder) from a few FA-KES incidents' articles
read by path from ../shared, with two of those articles held back to be checked; a fresh copy per test."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from crosscheck.cli import main

SHARED = Path(__file__).resolve().parents[3] / "shared"
FA_KES = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
ARTICLES = Path(__file__).parent / "data" / "articles"
STORED = (
    "1914947534", "1919191770", "1926478982", "1918150028",  # bomb blast, Salaheddin, Aleppo, 2017-04-19
    "1918398793", "1924058175", "1914947536", "1923848176",  # bakery bombing, Hasakah, 2016-07-05
)  # fmt: skip
HELD_BACK = ("1923848124", "1923102821")
"""One article of each incident, left out of the store and checked."""


def fa_kes_rows(ids: tuple[str, ...], target: Path) -> Path:
    """The FA-KES rows with these unit ids, as a CSV of their own (written at test time, never committed)."""
    if not FA_KES.exists():
        pytest.skip(f"{FA_KES} is not here")
    with FA_KES.open(encoding="latin-1", newline="") as stream:
        rows = {row["unit_id"]: row for row in csv.DictReader(stream)}
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(next(iter(rows.values()))))
        writer.writeheader()
        writer.writerows(rows[i] for i in ids)
    return target


def build_store(folder: Path, embedder: str) -> Path:
    corpus = fa_kes_rows(STORED, folder / "stored.csv")
    db = folder / "crosscheck.db"
    args = ["run", str(corpus), "--embedder", embedder, "--no-cache", "--quiet", "--out", str(folder / "out")]
    assert main([*args, "--claims", str(folder / "claims.jsonl"), "--db", str(db)]) == 0
    return db


@pytest.fixture(scope="session")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("check-store"), "fake")


@pytest.fixture
def db(base_store: Path, tmp_path: Path) -> Path:
    """A copy of the store that the test may change."""
    return Path(shutil.copy(base_store, tmp_path / "crosscheck.db"))


@pytest.fixture
def held_back(tmp_path: Path) -> Path:
    return fa_kes_rows(HELD_BACK, tmp_path / "held-back.csv")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A copy of the team's three articles (tests may edit it)."""
    copy = tmp_path / "articles"
    shutil.copytree(ARTICLES, copy)
    return copy
