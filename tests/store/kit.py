"""Runs of the demo corpus (fake embedder), analysed once per session, and a way to compare stores."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

from crosscheck.commands import demo_corpus_path
from crosscheck.config import Settings
from crosscheck.pipeline import analyse_with_vectors, load
from crosscheck.store import RunData, Store
from crosscheck.store.backend import insert_sql
from crosscheck.store.runs import run_data

LATER = ("seyran-today-toll-rises.md", "meridian-dispatch-roundup.txt")
"""The demo's two articles published last: a first run goes without them, a second adds them."""
SETTINGS = Settings(embedder="fake", cache_dir=None, progress=False)
TABLES = (
    "sources", "claims", "events", "event_claims", "clusters", "cluster_members", "embeddings", "users",
    "decisions", "audit_log",
)  # fmt: skip


def demo_subset(folder: Path, leave_out: tuple[str, ...] = LATER) -> Path:
    """The demo corpus without some articles (their sources.csv rows left out too)."""
    demo = demo_corpus_path()
    folder.mkdir(parents=True)
    for article in demo.iterdir():
        if article.name not in leave_out and article.name != "sources.csv":
            shutil.copy(article, folder / article.name)
    with (demo / "sources.csv").open(encoding="utf-8") as stream:
        kept = [row for row in csv.DictReader(stream) if row["file"] not in leave_out]
    with (folder / "sources.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(kept[0]))
        writer.writeheader()
        writer.writerows(kept)
    return folder


def analysed(folder: Path | None = None) -> RunData:
    """The demo corpus (or ``folder``) analysed with the fake embedder, as the store takes it."""
    folder = folder or demo_corpus_path()
    corpus = load([folder], name="demo", relative_to=folder.parent)
    context, vectors = analyse_with_vectors(corpus, SETTINGS)
    return run_data(context, vectors, SETTINGS)


def mark_newer(store: Store, version: int, made_by: str) -> None:
    """Record a migration this crosscheck does not know, as a newer crosscheck would."""
    store.backend.execute(
        insert_sql("schema_migrations", ("version", "name", "applied_at", "crosscheck_version")),
        (version, "from the future", "2030-01-01T00:00:00+00:00", made_by),
    )


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but ``runs``, sorted: what a re-run must leave unchanged."""
    return {
        table: sorted(map(tuple, store.backend.query(f"SELECT * FROM {table}")), key=repr) for table in TABLES
    }
