"""Helpers: run `crosscheck check` in-process and read its JSON; settle a figure as a reviewer would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crosscheck.cli import main
from crosscheck.review.state import Review, save_review
from crosscheck.review.users import add_user
from crosscheck.store import open_store


def run_check(
    capsys: pytest.CaptureFixture[str], db: Path | str, *paths: Path | str, extra: tuple[str, ...] = ()
) -> tuple[int, str, str]:
    """Exit code, stdout, stderr of ``crosscheck check`` with the fake embedder."""
    args = ["check", *map(str, paths), "--db", str(db), "--embedder", "fake", "--no-cache", *extra]
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def check_json(
    capsys: pytest.CaptureFixture[str], db: Path | str, *paths: Path | str, extra: tuple[str, ...] = ()
) -> tuple[int, dict[str, Any]]:
    code, out, _ = run_check(capsys, db, *paths, extra=("--format", "json", *extra))
    return code, json.loads(out)


def by_quote(document: dict[str, Any], quote: str) -> dict[str, Any]:
    found = [f for f in document["findings"] if f["quote"] == quote]
    assert len(found) == 1, (quote, [f["quote"] for f in document["findings"]])
    return found[0]


def settle(db: Path, cluster_id: str, low: float, high: float, status: str = "reviewed") -> None:
    """Save a review with an established figure on a cluster, as the review UI does."""
    with open_store(db) as store:
        user = add_user(store, "rita", "reviewer", "correct horse battery")
        version = store.cluster_version(cluster_id)
        assert version is not None
        review = Review("agree", low, high, "Syrian state television", "", status)
        save_review(store, user.id, cluster_id, version, review)
