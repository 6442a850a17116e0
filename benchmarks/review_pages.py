"""Time the review UI's pages over HTTP: the incidents queue and incident pages (those on the queue's first
page, in turn), served by uvicorn on a free loopback port, 200 requests each, one at a time; p50 and p95.

    .venv/bin/python benchmarks/review_pages.py --db crosscheck.db [--requests 200]

Make the store first, e.g. FA-KES with the fake embedder:
    .venv/bin/crosscheck run ../shared/corpora/fa-kes/FA-KES-Dataset.csv --embedder fake --db fakes.db
A user "bench" (viewer) is added to the store if missing. ``--splits N`` first records N splits (the first
row of each of the first N figures with two rows or more, by a reviewer "bench-reviewer"), so the pages lay
reviewers' decisions over the run: use it on a copy of a store.
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSWORD = "benchmark password"

if TYPE_CHECKING:
    from crosscheck.store import Store


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


def record_splits(store: Store, wanted: int) -> int:
    from crosscheck.review.decide import split
    from crosscheck.review.queue import analysis
    from crosscheck.review.users import add_user, find_user

    reviewer = find_user(store, "bench-reviewer") or add_user(store, "bench-reviewer", "reviewer", PASSWORD)
    slots = [slot for view in analysis(store).incidents for slot in view.slots if len(slot.rows) > 1]
    done = 0
    for slot in slots[:wanted]:
        version = store.cluster_version(slot.cluster.id)
        claims = [claim.id for claim in slot.rows[0].claims]
        done += (
            version is not None and split(store, reviewer.id, slot.cluster.id, claims, version) is not None
        )
    return done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--splits", type=int, default=0, help="record this many splits first (on a copy!)")
    args = parser.parse_args()

    import httpx
    import uvicorn

    from crosscheck.review.app import create_app
    from crosscheck.review.users import add_user, find_user
    from crosscheck.store import open_store

    with open_store(args.db) as store:
        if find_user(store, "bench") is None:
            add_user(store, "bench", "viewer", PASSWORD)
        if args.splits:
            print(f"recorded {record_splits(store, args.splits)} splits")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning")
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
            assert token
            client.post("/login", data={"csrf_token": token.group(1), "name": "bench", "password": PASSWORD})
            began = time.perf_counter()
            queue = client.get("/")
            print(f"first queue request (builds the ranked incidents): {time.perf_counter() - began:.2f} s")
            events = re.findall(r'href="/incidents/([^"]+)"', queue.text)
            assert events, "no incident in the queue"
            pages = {"queue": ["/"], "incident": [f"/incidents/{event}" for event in events]}
            for name, paths in pages.items():
                samples = []
                for n in range(args.requests):
                    began = time.perf_counter()
                    answer = client.get(paths[n % len(paths)])
                    samples.append(time.perf_counter() - began)
                    assert answer.status_code == 200, answer.status_code
                p50, p95 = percentiles(samples)
                print(f"{name}: {len(samples)} requests, p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    finally:
        server.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
