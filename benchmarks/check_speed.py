"""How fast `crosscheck check` answers for one article, against a store of FA-KES at 1x and at 4x its size.

    .venv/bin/python benchmarks/check_speed.py [--work DIR] [--embedder minilm] [--sizes 1,4] [--repeats 5]

Each size's store is built once (kept in --work, default /tmp/crosscheck-check-speed) by `crosscheck run`
on the FA-KES CSV with every article copied SIZE times under new ids (as benchmarks/growth.py does for
density). Then, in a process of its own per size, the embedding model is loaded first (not timed), and one
article (tests/check/data/articles/salaheddin-contradicts.md, a team-written restatement of an FA-KES
incident) is checked: the first check (the modules of every stage imported on the way) and the median of
the next --repeats checks, in wall and CPU time, with the store's size. Target (issue 12): one article
within 2 s beyond model load; 4x well below 4 times 1x.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
ARTICLE = ROOT / "tests" / "check" / "data" / "articles" / "salaheddin-contradicts.md"


def build_store(corpus: Path, size: int, work: Path, embedder: str) -> Path:
    from growth import dense_copy

    db = work / f"fa-kes-{size}x.db"
    if db.exists():
        return db
    table = dense_copy(corpus, size, work / f"fa-kes-{size}x.csv")
    partial = work / f"fa-kes-{size}x.partial.db"
    partial.unlink(missing_ok=True)
    command = [sys.executable, "-m", "crosscheck.cli", "run", str(table), "--db", str(partial), "--quiet"]
    command += ["--embedder", embedder, "--out", str(work / f"out-{size}x")]
    command += ["--claims", str(work / f"claims-{size}x.jsonl")]
    started = time.perf_counter()
    subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    partial.rename(db)
    print(f"  built {db.name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return db


def child(db: Path, embedder: str, repeats: int) -> None:
    """Check the article ``repeats + 1`` times against ``db``; print the timings as JSON."""
    from crosscheck.check import CheckOptions, check
    from crosscheck.config import Settings
    from crosscheck.embed import make_embedder
    from crosscheck.store import open_store

    settings = Settings(embedder=embedder, cache_dir=None, progress=False).validate()
    model = make_embedder(settings)
    if hasattr(model, "load"):
        model.load()
    with open_store(db) as store:
        claims = int(store.backend.query("SELECT COUNT(*) FROM claims")[0][0])
    runs = []
    for _ in range(repeats + 1):
        started, cpu = time.perf_counter(), time.process_time()
        result = check([str(ARTICLE)], str(db), CheckOptions(settings, embedder=model))
        runs.append((time.perf_counter() - started, time.process_time() - cpu))
    print(
        json.dumps(
            {
                "claims": claims,
                "findings": len(result.findings),
                "first": runs[0],
                "median_wall": statistics.median(r[0] for r in runs[1:]),
                "median_cpu": statistics.median(r[1] for r in runs[1:]),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/crosscheck-check-speed"))
    parser.add_argument("--embedder", default="minilm")
    parser.add_argument("--sizes", default="1,4")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.embedder, args.repeats)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    results = {}
    for size in [int(s) for s in args.sizes.split(",") if s]:
        db = build_store(args.corpus, size, args.work, args.embedder)
        command = [sys.executable, __file__, "--child", str(db), "--embedder", args.embedder]
        command += ["--repeats", str(args.repeats)]
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)}
        )
        if done.returncode != 0:
            raise SystemExit(f"check against {db} failed:\n{done.stderr}")
        results[size] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"one article ({ARTICLE.name}) checked against FA-KES stores, model load not counted")
    for size, found in results.items():
        first_wall, first_cpu = found["first"]
        print(
            f"  {size}x ({found['claims']:>6} claims): first {first_wall:5.2f} s wall "
            f"{first_cpu:5.2f} s CPU; then median {found['median_wall']:5.2f} s wall "
            f"{found['median_cpu']:5.2f} s CPU; "
            f"{found['findings']} findings"
        )
    sizes = sorted(results)
    if len(sizes) >= 2:
        small, large = results[sizes[0]], results[sizes[-1]]
        ratio = large["median_cpu"] / small["median_cpu"] if small["median_cpu"] else float("nan")
        print(f"  {sizes[-1]}x / {sizes[0]}x median CPU time: {ratio:.2f} (store {sizes[-1] // sizes[0]}x)")


if __name__ == "__main__":
    main()
