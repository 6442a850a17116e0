"""``crosscheck eval truth``: truth discovery against majority vote and the median on the public benchmarks.

Every method is scored the same way on the items that have gold: exact (the estimate is the gold figure),
near (within 1% for Population, within 10 minutes for Flight) and MAE. The method's settings are chosen from a
small grid (:data:`GRID`). "in-sample" is the grid point best on all gold items; "cross-validated" is 5-fold
by object (a city for Population, a flight number for Flight, so a city's years and a flight's days stay in
one fold): each fold's items are scored with the grid point best on the other four folds. The method itself
never sees the gold: it runs once per grid point on all claims.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from crosscheck.evaluate.truth_data import TruthTask, load_truth_benchmark
from crosscheck.reliability.baselines import majority_vote, median_value
from crosscheck.reliability.copies import CopySettings
from crosscheck.reliability.discover import Settings, discover
from crosscheck.reliability.numeric import NumericLoss
from crosscheck.reliability.weights import WeightSettings

FOLDS = 5
RECORD_GRID: tuple[Settings, ...] = tuple(
    Settings(
        holdout=holdout,
        copies=CopySettings(min_identical=0.99),
        weights=WeightSettings(quantile=quantile, false_values=false_values),
    )
    for holdout in (False, True)
    for quantile in (0.5, 0.1)
    for false_values in (10.0, 1000.0)
)
NUMERIC_GRID: tuple[Settings, ...] = tuple(
    Settings(copies=CopySettings(min_identical=0.99), numeric=NumericLoss(cap=cap, alpha=alpha))
    for cap in (1.0, 100.0)
    for alpha in (0.05, 0.5)
)
GRID = RECORD_GRID + NUMERIC_GRID


@dataclass(frozen=True)
class Scores:
    items: int
    exact: float
    near: float
    mae: float


@dataclass(frozen=True)
class TaskResult:
    name: str
    near: str
    claims: int
    rows: tuple[tuple[str, Scores], ...]  # method -> scores
    chosen: str  # the grid point chosen in-sample


def score(task: TruthTask, estimates: dict[str, float], items: list[str] | None = None) -> Scores:
    keys = [k for k in (items if items is not None else sorted(task.gold)) if k in estimates]
    if not keys:
        return Scores(0, 0.0, 0.0, 0.0)
    exact = sum(estimates[k] == task.gold[k] for k in keys)
    near = sum(task.is_near(estimates[k], task.gold[k]) for k in keys)
    mae = sum(abs(estimates[k] - task.gold[k]) for k in keys)
    return Scores(len(keys), exact / len(keys), near / len(keys), mae / len(keys))


def fold_of(item: str) -> int:
    """The fold of an item, by its object: "city, state" of "city, state_2000", the flight of "day/flight"."""
    obj = item.rsplit("_", 1)[0] if "/" not in item else item.split("/", 1)[1]
    return int(hashlib.sha1(obj.encode()).hexdigest(), 16) % FOLDS


def _key(s: Scores) -> tuple[float, float, float]:
    return (s.near, s.exact, -s.mae)


def describe(settings: Settings) -> str:
    if settings.numeric is not None:
        n = settings.numeric
        return f"CATD numeric loss cap={n.cap:g} alpha={n.alpha:g} scale={n.scale:g}"
    w = settings.weights
    record = "holdout" if settings.holdout else "estimate"
    return f"record={record} quantile={w.quantile:g} n={w.false_values:g}"


def evaluate_task(
    task: TruthTask, grid: tuple[Settings, ...] = GRID, cross_validate: bool = True
) -> TaskResult:
    rows: list[tuple[str, Scores]] = [
        ("majority vote", score(task, majority_vote(task.claims))),
        ("median", score(task, median_value(task.claims))),
    ]
    runs = [discover(task.claims, settings).values() for settings in grid]
    gold_items = sorted(task.gold)
    best = max(range(len(grid)), key=lambda i: (_key(score(task, runs[i], gold_items)), -i))
    label = "truth discovery, in-sample" if len(grid) > 1 else "truth discovery, default settings"
    rows.append((label, score(task, runs[best], gold_items)))
    if cross_validate and len(grid) > 1:
        picked: dict[str, float] = {}
        for fold in range(FOLDS):
            train = [k for k in gold_items if fold_of(k) != fold]
            test = [k for k in gold_items if fold_of(k) == fold]
            choice = max(range(len(grid)), key=lambda i: (_key(score(task, runs[i], train)), -i))
            picked.update({k: runs[choice][k] for k in test if k in runs[choice]})
        rows.append(("truth discovery, cross-validated", score(task, picked, gold_items)))
    return TaskResult(task.name, task.near, len(task.claims), tuple(rows), describe(grid[best]))


def evaluate_truth(path: Path, cross_validate: bool = True) -> tuple[str, list[TaskResult]]:
    kind, tasks = load_truth_benchmark(path)
    grid = GRID if cross_validate else (Settings(),)
    return kind, [evaluate_task(task, grid, cross_validate) for task in tasks]


def render_truth(kind: str, results: list[TaskResult]) -> str:
    lines = [f"truth discovery on {kind}"]
    for result in results:
        first = result.rows[0][1]
        lines.append("")
        lines.append(f"{result.name}: {first.items} items with gold, {result.claims} claims")
        lines.append(f"  {'method':34s} {'exact':>6s} {'within ' + result.near:>14s} {'MAE':>10s}")
        for method, s in result.rows:
            lines.append(f"  {method:34s} {s.exact:6.3f} {s.near:14.3f} {s.mae:10.1f}")
        lines.append(f"  settings (chosen in-sample from the grid, or the defaults): {result.chosen}")
    return "\n".join(lines)
