"""Re-run a corpus into a store that holds reviewers' decisions, time it, and check the decisions hold.

    .venv/bin/python benchmarks/rerun_decisions.py [CORPUS.csv] [--first 500] [--seed 7] [--without-decisions]

Default: FA-KES with the fake embedder, into a temporary SQLite file. A run of the corpus's first rows; then
decisions drawn with a fixed seed over its clusters of two claims or more (reviews with a verdict, merges
within an incident, splits, rejected matches, claims marked not a claim); a run of every row; a third run of
every row. Prints each run's time, the time to read the decisions, what carried over, and the checks: every
figure held together is one cluster with its id, no pair kept apart shares a cluster, no dropped claim is
current, and the third run changes nothing. ``--without-decisions`` makes the same runs with none.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def first_rows(corpus: Path, count: int, into: Path) -> Path:
    csv.field_size_limit(sys.maxsize)
    into.parent.mkdir(exist_ok=True)
    with corpus.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    with into.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows[: count + 1])
    return into


def timed_run(corpus: Path, db: Path, place: Path) -> tuple[float, object]:
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    settings = Settings(embedder="fake", cache_dir=None, progress=False)
    began = time.perf_counter()
    result = run(
        [corpus], settings=settings, name="bench", out_dir=place / "out", claims_path=place / "claims.jsonl",
        db=str(db),
    )  # fmt: skip
    return time.perf_counter() - began, result.stored


def decide(db: Path, seed: int) -> dict[str, int]:
    """Decisions over the store's clusters of two claims or more, as the decisions contract writes them."""
    import hashlib

    from crosscheck.store import open_store

    draw = random.Random(seed)
    made = {"review": 0, "merge": 0, "split": 0, "reject_match": 0, "misread": 0}
    with open_store(db) as store:
        user = store.add_user("bench-reviewer", "reviewer")
        claims = {claim.id: claim for claim in store.claims()}
        clusters = [c for c in store.clusters() if len(c.claim_ids) >= 2]
        numeric = [c for c in clusters if all(claims[i].kind == "numeric" for i in c.claim_ids)]
        draw.shuffle(numeric)
        by_event: dict[str, list[str]] = {}
        for cluster in store.clusters():
            if all(claims[i].kind == "numeric" for i in cluster.claim_ids):
                by_event.setdefault(cluster.event_id or "", []).append(cluster.id)
        used: set[str] = set()
        for index, cluster in enumerate(numeric):
            kind = ("review", "split", "reject_match", "merge")[index % 4]
            ids = list(cluster.claim_ids)
            if kind == "review":
                payload = {"verdict": draw.choice(["agree", "contradict", "update"]), "status": "reviewed"}
                store.add_decision(user, "review", payload, cluster.id)
            elif kind == "split":
                part = sorted(draw.sample(ids, max(1, len(ids) // 2)))
                new_id = "cl-" + hashlib.sha1("\n".join(part).encode("utf-8")).hexdigest()[:12]
                store.add_decision(user, "split", {"into": new_id, "claims": part}, cluster.id)
            elif kind == "reject_match":
                store.add_decision(user, "reject_match", {}, cluster.id, draw.choice(ids))
            else:
                event = by_event.get(cluster.event_id or "", [])
                others = [c for c in event if c != cluster.id and c not in used]
                if not others:
                    continue
                target = draw.choice(others)
                store.add_decision(user, "merge", {"into": target}, cluster.id)
                used |= {cluster.id, target}
            made[kind] += 1
        for claim_id in draw.sample(sorted(claims), 20):
            misread = {"field": "not_a_claim", "correction": "benchmark"}
            store.add_decision(user, "misread", misread, None, claim_id)
            made["misread"] += 1
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--first", type=int, default=500, help="rows of the first run")
    parser.add_argument("--rows", type=int, default=0, help="rows of the later runs (default: all)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="copy the store here at the end")
    parser.add_argument(
        "--without-decisions", action="store_true", help="the same runs with no decisions, to compare times"
    )
    args = parser.parse_args()

    from crosscheck.store import open_store
    from crosscheck.store.decided import reviewed_grouping

    with tempfile.TemporaryDirectory() as folder:
        place = Path(folder)
        db = place / "bench.db"
        first = first_rows(args.corpus, args.first, place / args.corpus.name)
        every = args.corpus
        if args.rows:
            every = first_rows(args.corpus, args.rows, place / "later" / args.corpus.name)
        seconds, _ = timed_run(first, db, place)
        print(f"first run ({args.first} rows): {seconds:.1f} s")
        made = {} if args.without_decisions else decide(db, args.seed)
        print("decisions: " + ", ".join(f"{count} {kind}" for kind, count in made.items()))
        with open_store(db) as store:
            began = time.perf_counter()
            reviewed = reviewed_grouping(store)
            read = time.perf_counter() - began
        print(
            f"read the decisions: {read * 1000:.0f} ms ({len(reviewed.together)} held together, "
            f"{len(reviewed.apart)} pairs kept apart, {len(reviewed.dropped)} dropped)"
        )
        seconds, stored = timed_run(every, db, place)
        print(f"second run (every row): {seconds:.1f} s; {stored.describe()}")  # type: ignore[attr-defined]
        problems = check(db, reviewed)
        seconds, stored = timed_run(every, db, place)
        print(f"third run (every row again): {seconds:.1f} s; {stored.describe()}")  # type: ignore[attr-defined]
        if "added nothing; changed nothing; retired nothing" not in stored.describe():  # type: ignore[attr-defined]
            problems.append("the third run changed the store")
        if args.keep:
            import shutil

            shutil.copy(db, args.keep)
    print("checks: " + ("all hold" if not problems else "; ".join(problems)))
    return 1 if problems else 0


def check(db: Path, reviewed: object) -> list[str]:
    from crosscheck.cluster.reviewed import ReviewedGrouping
    from crosscheck.store import open_store

    assert isinstance(reviewed, ReviewedGrouping)
    problems: list[str] = []
    with open_store(db) as store:
        holder = {claim_id: c.id for c in store.clusters() for claim_id in c.claim_ids}
        carried = sum(1 for decided_id, _ in reviewed.decided if decided_id in set(holder.values()))
        audit = [entry.action for entry in store.audit_log() if entry.user_id is None]
    print(
        f"carried over: {carried} of {len(reviewed.decided)} decided clusters; audit entries of no user: "
        f"{audit.count('carry_over')} carry_over, {audit.count('stranded')} stranded"
    )
    for cluster_id, claim_ids in reviewed.together:
        where = {holder[c] for c in claim_ids if c in holder}
        if where and where != {cluster_id}:
            problems.append(f"{cluster_id} is held together but its claims are in {sorted(where)}")
    shared = [p for p in reviewed.apart if p[0] in holder and holder[p[0]] == holder.get(p[1])]
    if shared:
        problems.append(f"{len(shared)} pairs kept apart share a cluster: {sorted(shared)[:3]}")
    if reviewed.dropped & holder.keys():
        problems.append(f"{len(reviewed.dropped & holder.keys())} dropped claims are current")
    return problems


if __name__ == "__main__":
    sys.exit(main())
