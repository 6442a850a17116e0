"""How stable is the outlet ranking? Bootstrap-resample a stored run's articles and re-estimate.

    .venv/bin/python benchmarks/reliability_bootstrap.py --db fakes.db [--resamples 50] [--seed 13]

Make the store once (the real model; the embedding cache makes a second run quick):
    .venv/bin/crosscheck run ../shared/corpora/fa-kes/FA-KES-Dataset.csv --db fakes.db

Nothing is re-embedded or re-clustered: each resample draws as many articles as the run has, with
replacement, keeps the claims of the articles drawn (an article drawn twice counts once: one outlet's repeats
of a figure are one claim anyway) in the clusters the run made (a cluster keeps its verdict), and runs the
reliability stage on them. Printed: per outlet with a record in the full run, its rank and reliability on
all articles, and over the resamples its median rank and 5-95% range of ranks (among the outlets with a
record in that resample) and of reliability; then the Spearman correlation of the outlets' reliabilities
between every two resamples, and between each resample and the full run (median and 5-95% range).
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def ranking(claims: list, clusters: list) -> dict[str, tuple[int, float]]:
    """Outlet -> (rank, reliability) among the outlets with a record, 1 the most reliable."""
    from crosscheck.reliability.corpus import estimate_reliability

    found = estimate_reliability(claims, clusters)
    listed = [s for s in found.outlets if s.shared > 0]
    return {s.name: (rank, s.reliability) for rank, s in enumerate(listed, start=1)}


def resample(claims: list, clusters: list, rng: np.random.Generator) -> tuple[list, list]:
    from dataclasses import replace

    sources = sorted({c.source_id for c in claims})
    drawn = {sources[i] for i in rng.integers(0, len(sources), len(sources))}
    kept = [c for c in claims if c.source_id in drawn]
    ids = {c.id for c in kept}
    groups = [replace(k, claim_ids=tuple(i for i in k.claim_ids if i in ids)) for k in clusters]
    return kept, [k for k in groups if k.claim_ids]


def spearman(a: dict[str, tuple[int, float]], b: dict[str, tuple[int, float]]) -> float | None:
    from scipy.stats import spearmanr

    common = sorted(set(a) & set(b))
    if len(common) < 3:
        return None
    rho = spearmanr([a[n][1] for n in common], [b[n][1] for n in common]).statistic
    return None if np.isnan(rho) else float(rho)


def spread(values: list[float]) -> str:
    if not values:
        return "-"
    low, mid, high = np.percentile(values, [5, 50, 95])
    return f"{mid:.3g} [{low:.3g}, {high:.3g}]"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--resamples", type=int, default=50)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    from crosscheck.store import open_store

    with open_store(args.db) as store:
        claims, clusters = store.claims(), store.clusters()
    started = time.perf_counter()
    full = ranking(claims, clusters)
    seconds = time.perf_counter() - started
    print(f"{args.db}: {len(claims)} claims, {len(clusters)} clusters, {len(full)} outlets with a record")
    print(f"one estimate on all articles: {seconds:.1f} s; {args.resamples} resamples, seed {args.seed}")
    rng = np.random.default_rng(args.seed)
    runs = [ranking(*resample(claims, clusters, rng)) for _ in range(args.resamples)]
    print()
    heads = f"{'median rank [5%, 95%]':>24}  {'reliability [5%, 95%]':>24}"
    print(f"{'outlet':32} {'rank':>4} {'rel.':>5}  {heads}  in")
    for name, (rank, reliability) in sorted(full.items(), key=lambda item: item[1][0]):
        ranks = [float(run[name][0]) for run in runs if name in run]
        values = [run[name][1] for run in runs if name in run]
        print(
            f"{name[:32]:32} {rank:>4} {reliability:>5.2f}  {spread(ranks):>24}  {spread(values):>24}"
            f"  {len(ranks)}/{len(runs)}"
        )
    pairs = [rho for a, b in combinations(runs, 2) if (rho := spearman(a, b)) is not None]
    to_full = [rho for run in runs if (rho := spearman(run, full)) is not None]
    print()
    print(f"Spearman between resamples ({len(pairs)} pairs): median [5%, 95%] {spread(pairs)}")
    print(f"Spearman resample vs all articles ({len(to_full)}): median [5%, 95%] {spread(to_full)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
