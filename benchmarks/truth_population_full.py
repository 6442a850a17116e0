"""Truth discovery on every Population city-year, the setting of Pasternack & Roth's Latent Credibility
Analysis (WWW 2013), beside the conflicting set that `crosscheck eval truth` scores.

    .venv/bin/python benchmarks/truth_population_full.py [../shared/benchmarks/truth-discovery/population]

Each method runs once on ``claims_all_latest.tsv`` (50,239 claims, 4,173 editors: most city-years have one
claim, so an editor's record includes the figures nobody disputes) at the settings `eval truth` uses, and
is scored on the 308 gold city-years and on the 277 of them in the conflicting set; then, for comparison,
the same methods run on the conflicting set alone and scored on its 277. Printed: exact, within 1%, MAE.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_PATH = ROOT / ".." / "shared" / "benchmarks" / "truth-discovery" / "population"
METHODS = ("majority vote", "SimpleLCA (Pasternack 2013)", "GuessLCA (Pasternack 2013)")


def main(path: Path) -> None:
    from crosscheck.evaluate.truth import DEFAULT, score
    from crosscheck.evaluate.truth import METHODS as ALL
    from crosscheck.evaluate.truth_data import population_task

    methods = [(name, method) for name, method in ALL if name in (*METHODS, DEFAULT)]
    full = population_task(path, "claims_all_latest.tsv")
    conflicting = population_task(path)
    print(f"full set: {len(full.claims)} claims, {len(full.gold)} gold; conflicting: {len(conflicting.gold)}")
    columns = ("full: exact", "1%", "MAE", "conflicting items", "MAE", "conflicting set alone", "MAE")
    columns += ("seconds",)
    widths = (11, 6, 9, 17, 9, 21, 9, 8)
    header = "".join(f" {name:>{width}s}" for name, width in zip(columns, widths, strict=True))
    print(f"{'method':42s}{header}")
    for name, method in methods:
        started = time.perf_counter()
        estimates = method(full)
        seconds = time.perf_counter() - started
        on_all = score(full, estimates)
        on_conflicting = score(conflicting, estimates, sorted(conflicting.gold))
        alone = score(conflicting, method(conflicting))
        figures = (on_all.exact, on_all.near, on_all.mae, on_conflicting.exact, on_conflicting.mae)
        figures += (alone.exact, alone.mae, seconds)
        decimals = (3, 3, 1, 3, 1, 3, 1, 1)
        print(
            f"{name:42s}"
            + "".join(f" {v:{w}.{d}f}" for v, w, d in zip(figures, widths, decimals, strict=True))
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH)
