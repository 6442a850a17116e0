"""`check --record` against a full run: do recorded articles end where a run of every article puts them?

    .venv/bin/python benchmarks/record_incremental.py [CORPUS.csv] [--held 20]

Default: FA-KES with the fake embedder, in a temporary folder. ``--held`` rows, spread over the corpus, are
held back; the others are run into a store. The held-back rows are then recorded one article at a time
(``check --record``, each timed), and the same rows are run into a copy of the store the old way (``run
HELD --db``: the articles clustered among themselves). A run of every row into a third store is the
reference. Prints, for each way: of the held-back articles' figures, how many sit in a cluster with the same
claims as the reference's cluster of that figure, and how many of those also have its verdict and counts;
of the current clusters holding another article's claim and a held-back one, how many the reference has;
of the held-back claims, how many are in an incident with the same claims as the reference's;
that each current claim is in one incident and one cluster at most, each cluster inside its incident; and
that recording every held-back article again changes nothing.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
TABLES = ("sources", "claims", "events", "event_claims", "clusters", "cluster_members", "decisions")


def split_rows(corpus: Path, held: int, into: Path) -> tuple[Path, list[Path]]:
    """The corpus less ``held`` rows spread over it, and each held row as a corpus of its own."""
    csv.field_size_limit(sys.maxsize)
    with corpus.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    step = max(1, len(rows) // held)
    chosen = set(range(step // 2, len(rows), step)[:held])
    kept = into / "kept.csv"
    with kept.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([header, *(r for i, r in enumerate(rows) if i not in chosen)])
    singles = []
    for index in sorted(chosen):
        single = into / f"held-{index:04d}.csv"
        with single.open("w", encoding="utf-8", newline="") as stream:
            csv.writer(stream).writerows([header, rows[index]])
        singles.append(single)
    return kept, singles


def run_into(corpus: Path | list[Path], db: Path, place: Path) -> float:
    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    settings = Settings(embedder="fake", cache_dir=None, progress=False)
    began = time.perf_counter()
    run(
        corpus if isinstance(corpus, list) else [corpus], settings=settings, name="bench",
        out_dir=place / "out", claims_path=place / "claims.jsonl", db=str(db),
    )  # fmt: skip
    return time.perf_counter() - began


def record(article: Path, db: Path) -> float:
    from crosscheck.check import CheckOptions, check
    from crosscheck.config import Settings

    settings = Settings(embedder="fake", cache_dir=None, progress=False)
    began = time.perf_counter()
    result = check([str(article)], str(db), CheckOptions(settings, record=True, name="bench"))
    assert result.recorded is not None and not result.problems, result.problems
    return time.perf_counter() - began


def clusters(db: Path) -> dict[str, Any]:
    from crosscheck.store import open_store

    with open_store(db) as store:
        return {claim_id: c for c in store.clusters() for claim_id in c.claim_ids}


def compare(db: Path, reference: dict[str, Any], held_sources: set[str]) -> str:
    held = {cid: c for cid, c in clusters(db).items() if cid.split(":")[0] in held_sources}
    numeric = [cid for cid in held if ":n" in cid and cid in reference]
    same = [cid for cid in numeric if set(held[cid].claim_ids) == set(reference[cid].claim_ids)]
    judged = [cid for cid in same if _said(held[cid]) == _said(reference[cid])]
    shared = {
        held[cid].id: held[cid]
        for cid in numeric
        if any(other.split(":")[0] not in held_sources for other in held[cid].claim_ids)
    }
    found = sum(1 for c in shared.values() if set(reference[c.claim_ids[0]].claim_ids) == set(c.claim_ids))
    return (
        f"{len(same)} of {len(numeric)} held-back figures in the reference's cluster "
        f"({len(judged)} with its verdict and counts); {found} of {len(shared)} clusters shared with "
        f"stored articles as the reference has them"
    )


def incidents(db: Path) -> dict[str, frozenset[str]]:
    """Each current claim's incident, as the set of its claims."""
    from crosscheck.store import open_store

    with open_store(db) as store:
        return {cid: frozenset(e.claim_ids) for e in store.incidents() for cid in e.claim_ids}


def compare_incidents(db: Path, reference: dict[str, frozenset[str]], held_sources: set[str]) -> str:
    held = {cid: claims for cid, claims in incidents(db).items() if cid.split(":")[0] in held_sources}
    same = sum(1 for cid, claims in held.items() if reference.get(cid) == claims)
    return f"{same} of {len(held)} held-back claims in an incident with the reference's claims"


def _said(cluster: Any) -> tuple[Any, ...]:
    return (cluster.verdict, cluster.reconciled, cluster.outlets, cluster.independent_sources)


def whole(db: Path) -> str:
    from crosscheck.store import open_store

    with open_store(db) as store:
        current = {c.id for c in store.claims()}
        events = store.incidents()
        held = [cid for e in events for cid in e.claim_ids]
        in_clusters = [cid for c in store.clusters() for cid in c.claim_ids]
        of_event = {e.id: set(e.claim_ids) for e in events}
        outside = sum(
            1 for c in store.clusters() if not set(c.claim_ids) <= of_event.get(c.event_id or "", set())
        )
    problems = []
    if sorted(held) != sorted(current):
        problems.append(
            f"{len(held) - len(set(held))} claims in two incidents, {len(current - set(held))} in none"
        )
    if len(in_clusters) != len(set(in_clusters)):
        problems.append(f"{len(in_clusters) - len(set(in_clusters))} claims in two clusters")
    if outside:
        problems.append(f"{outside} clusters outside their incident")
    return "; ".join(problems) or "every claim in one incident and at most one cluster, clusters inside"


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    from crosscheck.store import open_store

    with open_store(db) as store:
        return {t: sorted(map(tuple, store.backend.query(f"SELECT * FROM {t}")), key=repr) for t in TABLES}


def measure(corpus: Path, held: int, place: Path) -> None:
    kept, singles = split_rows(corpus, held, place)
    base, reference_db = place / "base.db", place / "reference.db"
    print(f"store of the other rows: {run_into(kept, base, place / 'base'):.0f} s")
    print(f"reference, every row: {run_into(corpus, reference_db, place / 'reference'):.0f} s")
    reference = clusters(reference_db)
    recorded, old_way = place / "recorded.db", place / "old-way.db"
    shutil.copy(base, recorded)
    shutil.copy(base, old_way)
    times = [record(single, recorded) for single in singles]
    print(
        f"check --record, {len(singles)} articles one at a time: "
        f"median {statistics.median(times):.2f} s, max {max(times):.2f} s"
    )
    print(f"run HELD --db (old way), all at once: {run_into(singles, old_way, place / 'old'):.0f} s")
    from crosscheck.store import open_store

    with open_store(recorded) as store, open_store(base) as stored:
        held_sources = {s.id for s in store.sources()} - {s.id for s in stored.sources()}
    grouped = incidents(reference_db)
    for way, db in (("check --record", recorded), ("run HELD --db", old_way)):
        print(f"  {way}: {compare(db, reference, held_sources)}")
        print(f"  {way}: {compare_incidents(db, grouped, held_sources)}")
    print(f"  check --record store: {whole(recorded)}")
    before = dump(recorded)
    again = [record(single, recorded) for single in singles]
    print(
        f"recorded again (median {statistics.median(again):.2f} s): "
        f"{'nothing changed' if dump(recorded) == before else 'THE STORE CHANGED'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--held", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure(args.corpus, args.held, Path(folder))


if __name__ == "__main__":
    main()
