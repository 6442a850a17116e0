"""``crosscheck eval truth``: truth discovery against majority vote, the median and published fact-finders,
on the public benchmarks, every method scored the same way.

Each method runs once on all claims, with fixed settings: ours is :func:`~crosscheck.reliability.discover`
with its default :class:`~crosscheck.reliability.discover.Settings` (the same on both benchmarks and in the
corpus stage), the others with the defaults their papers give (:data:`METHODS`; LCA's fitting settings are
ours, :mod:`~crosscheck.reliability.lca`). Nothing is chosen on the gold: the gold only scores. Scores on
the items that have gold: exact (the estimate is the gold figure), near (within 1% for Population, within
10 minutes for Flight) and MAE.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crosscheck.evaluate.truth_data import TruthTask, load_truth_benchmark
from crosscheck.reliability.baselines import majority_vote, median_value
from crosscheck.reliability.copies import CopySettings
from crosscheck.reliability.discover import Settings, discover
from crosscheck.reliability.fact_finders import crh, investment, pooled_investment, truthfinder
from crosscheck.reliability.gtm import gtm
from crosscheck.reliability.lca import guess_lca, simple_lca
from crosscheck.reliability.numeric import NumericLoss

Method = Callable[[TruthTask], dict[str, float]]
DEFAULT = "ours: discover, default settings"


def _ours(settings: Settings | None = None, classes: bool = False) -> Method:
    return lambda task: discover(task.claims, settings, classes=task.classes if classes else None).values()


METHODS: tuple[tuple[str, Method], ...] = (
    ("majority vote", lambda task: majority_vote(task.claims)),
    ("median", lambda task: median_value(task.claims)),
    ("TruthFinder (Yin 2008)", lambda task: truthfinder(task.claims)),
    ("Investment g=1.2 (Pasternack 2010)", lambda task: investment(task.claims)),
    ("PooledInvestment g=1.4 (Pasternack 2010)", lambda task: pooled_investment(task.claims)),
    ("SimpleLCA (Pasternack 2013)", lambda task: simple_lca(task.claims)),
    ("GuessLCA (Pasternack 2013)", lambda task: guess_lca(task.claims)),
    ("CRH (Li 2014)", lambda task: crh(task.claims)),
    ("GTM (Zhao & Han 2012)", lambda task: gtm(task.claims)),
    ("CATD numeric loss (Li 2015)", _ours(Settings(numeric=NumericLoss()))),
    ("ours + AccuCopy discount (Dong 2009)", _ours(Settings(copies=CopySettings()))),
    ("ours + prior by source class", _ours(classes=True)),
    (DEFAULT, _ours()),
)


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


def score(task: TruthTask, estimates: dict[str, float], items: list[str] | None = None) -> Scores:
    keys = [k for k in (items if items is not None else sorted(task.gold)) if k in estimates]
    if not keys:
        return Scores(0, 0.0, 0.0, 0.0)
    exact = sum(estimates[k] == task.gold[k] for k in keys)
    near = sum(task.is_near(estimates[k], task.gold[k]) for k in keys)
    mae = sum(abs(estimates[k] - task.gold[k]) for k in keys)
    return Scores(len(keys), exact / len(keys), near / len(keys), mae / len(keys))


def evaluate_task(task: TruthTask, methods: Sequence[tuple[str, Method]] = METHODS) -> TaskResult:
    rows = tuple((name, score(task, method(task))) for name, method in methods)
    return TaskResult(task.name, task.near, len(task.claims), rows)


def evaluate_truth(
    path: Path, methods: Sequence[tuple[str, Method]] = METHODS
) -> tuple[str, list[TaskResult]]:
    kind, tasks = load_truth_benchmark(path)
    return kind, [evaluate_task(task, methods) for task in tasks]


def render_truth(kind: str, results: list[TaskResult]) -> str:
    settings = "every method at fixed settings, its paper's where known"
    lines = [f"truth discovery on {kind} ({settings}; '{DEFAULT}' is shipped)"]
    for result in results:
        first = result.rows[0][1]
        lines.append("")
        lines.append(f"{result.name}: {first.items} items with gold, {result.claims} claims")
        lines.append(f"  {'method':42s} {'exact':>6s} {'within ' + result.near:>14s} {'MAE':>10s}")
        for method, s in result.rows:
            mae = f"{s.mae:10.1f}" if s.mae < 1e7 else f"{s.mae:10.2e}"
            lines.append(f"  {method:42s} {s.exact:6.3f} {s.near:14.3f} {mae}")
    return "\n".join(lines)
