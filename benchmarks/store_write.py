"""Time writing a corpus's run (default: FA-KES, fake embedder) into a new store, then re-writing it.

    .venv/bin/python benchmarks/store_write.py [CORPUS] [--postgres URL] [--embedder fake|minilm]

The corpus is analysed once; each store is then written twice: "first" into an empty store (everything
inserted), "again" the same run (nothing changes: the idempotent re-run). SQLite goes to a temporary file;
PostgreSQL (with --postgres, or CROSSCHECK_TEST_POSTGRES_URL) to a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def timed_writes(url: str, data: object) -> tuple[float, float]:
    from crosscheck.store import open_store

    with open_store(url) as store:
        began = time.perf_counter()
        store.write_run(data)  # type: ignore[arg-type]
        first = time.perf_counter() - began
        began = time.perf_counter()
        summary = store.write_run(data)  # type: ignore[arg-type]
        again = time.perf_counter() - began
        assert not any(summary.added.values()) and not any(summary.changed.values())
    return first, again


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--embedder", default="fake")
    parser.add_argument("--postgres", default=os.environ.get("CROSSCHECK_TEST_POSTGRES_URL"))
    args = parser.parse_args()

    from crosscheck.config import Settings
    from crosscheck.pipeline import analyse_with_vectors, load
    from crosscheck.store.runs import run_data

    settings = Settings(embedder=args.embedder, cache_dir=None, progress=False).validate()
    began = time.perf_counter()
    context, vectors = analyse_with_vectors(load([args.corpus]), settings)
    data = run_data(context, vectors, settings)
    print(
        f"{args.corpus.name}: {len(data.sources)} sources, {len(data.claims)} claims, {len(data.events)} "
        f"incidents, {len(data.clusters)} clusters, {len(data.embeddings)} embeddings "
        f"(analysed in {time.perf_counter() - began:.0f} s)"
    )
    with tempfile.TemporaryDirectory(prefix="crosscheck-store-") as folder:
        path = Path(folder) / "crosscheck.db"
        first, again = timed_writes(str(path), data)
        size = path.stat().st_size / 1e6
        print(f"SQLite:     first write {first:.2f} s, again {again:.2f} s ({size:.1f} MB file)")
    if not args.postgres:
        print("PostgreSQL: skipped (give --postgres URL or set CROSSCHECK_TEST_POSTGRES_URL)")
        return
    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(args.postgres, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
        try:
            joiner = "&" if "?" in args.postgres else "?"
            first, again = timed_writes(f"{args.postgres}{joiner}options=-csearch_path%3D{schema}", data)
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")
    print(f"PostgreSQL: first write {first:.2f} s, again {again:.2f} s")


if __name__ == "__main__":
    main()
