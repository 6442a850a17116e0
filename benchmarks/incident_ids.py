"""Incident ids across a re-run that adds articles: how many hold, and what a run without the store would do.

    .venv/bin/python benchmarks/incident_ids.py [CORPUS.csv] [--every 2]

Default: FA-KES with the fake embedder, into a temporary SQLite file. A run of every ``--every``-th row (the
rows left out are published before and after those kept, so added articles join incidents on both sides of
their first claim); then a run of every row into the same store, and the same run without a store. Prints
the runs' times, the time to read the store's incidents and to carry their ids over, and: how many incidents
of the second run continue a stored one (hold more than half of its claims in the run), how many of those
keep its id, and how many would have changed id without the store; that ids are unique and that no fresh id
is a stored one.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def every_nth_row(corpus: Path, every: int, into: Path) -> Path:
    csv.field_size_limit(sys.maxsize)
    with corpus.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    with into.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([rows[0], *rows[1::every]])
    return into


def timed_run(corpus: Path, db: Path | None, place: Path) -> tuple[float, dict[str, frozenset[str]]]:
    """The run's time and its incidents' claims by id (from report.json)."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    settings = Settings(embedder="fake", cache_dir=None, progress=False)
    began = time.perf_counter()
    result = run(
        [corpus], settings=settings, name="bench", out_dir=place / "out", claims_path=place / "claims.jsonl",
        db=str(db) if db else None,
    )  # fmt: skip
    elapsed = time.perf_counter() - began
    report = json.loads(result.written["json"].read_text(encoding="utf-8"))
    events = {event["id"]: frozenset(event["claim_ids"]) for event in report["events"]}
    assert len(events) == len(report["events"]), "incident ids are unique"
    return elapsed, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--every", type=int, default=2)
    args = parser.parse_args()

    from crosscheck.events.carry import carried_ids
    from crosscheck.model import Event
    from crosscheck.store import open_store
    from crosscheck.store.incident_ids import previous_incidents

    with tempfile.TemporaryDirectory() as folder:
        place = Path(folder)
        db = place / "crosscheck.db"
        part = every_nth_row(args.corpus, args.every, place / "part.csv")
        first_time, first = timed_run(part, db, place / "first")
        with open_store(db) as store:
            began = time.perf_counter()
            previous = previous_incidents(store)
            read = time.perf_counter() - began
        plain_time, plain = timed_run(args.corpus, None, place / "plain")
        events = [
            Event(i, "", "incident", None, None, None, tuple(sorted(c)), (), (), ()) for i, c in plain.items()
        ]
        began = time.perf_counter()
        carried_ids(events, previous)
        carry = time.perf_counter() - began
        second_time, second = timed_run(args.corpus, db, place / "second")

    assert sorted(plain.values(), key=sorted) == sorted(second.values(), key=sorted), "the same incidents"
    natural = {claims: event_id for event_id, claims in plain.items()}
    holder = {claim_id: event_id for event_id, claims in second.items() for claim_id in claims}
    continuing: dict[str, str] = {}
    for stored_id, claims in first.items():
        here = [holder[claim_id] for claim_id in claims if claim_id in holder]
        for new_id in set(here):
            if 2 * here.count(new_id) > len(here):
                continuing[stored_id] = new_id
    kept = sum(stored_id == new_id for stored_id, new_id in continuing.items())
    merged = sum(stored_id != new_id and new_id in first for stored_id, new_id in continuing.items())
    changed_plain = sum(natural[second[s]] != s for s, n in continuing.items() if s == n)
    reused = set(second) & set(first) - {s for s, n in continuing.items() if s == n}
    print(f"rows: one in {args.every}, then all; incidents: {len(first)} stored, {len(second)} after")
    print(
        f"runs: first {first_time:.1f} s, all rows {second_time:.1f} s (without the store {plain_time:.1f} s)"
    )
    print(f"reading the store's incidents {read:.2f} s, carrying their ids over {carry:.3f} s")
    print(
        f"stored incidents continued (more than half of their claims in one incident): {len(continuing)}; "
        f"the incident keeps their id: {kept}; it keeps another's it was merged with: {merged}; "
        f"else: {len(continuing) - kept - merged}"
    )
    print(f"of the ids kept, would have changed without the store: {changed_plain}")
    print(f"stored ids taken by an incident that does not continue it: {len(reused)}")


if __name__ == "__main__":
    main()
