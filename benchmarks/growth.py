"""How the cost grows: FA-KES at 1x, 2x, 4x, 8x density, and one long document made of N articles.

    .venv/bin/python benchmarks/growth.py [--densities 1,2,4,8] [--long 50,100,200,400] [--repeat 3]
        [--embedder fake]

Density d: the FA-KES CSV with every article copied d times under new ids, run end to end (`run`).
Long document N: the first N FA-KES articles joined into one text file, extracted (`extract`), and the
same N articles as separate files, for the ratio. Inputs are built at run time in a temporary folder; each
size runs in its own process, which reports the seconds its work took (imports and model loading left out),
in CPU time and wall time, and its peak memory. Each long document and the separate articles are read
``--repeat`` times, each time in a fresh process, and the least time is kept: a shared machine only adds
time, so the least is the reading's own cost and the ratio does not move with a neighbour's load. The
fitted exponent is the slope of log(CPU seconds) against log(size): 1 is linear. CPU time, because the
machines are shared: wall time moves with the neighbours' load.
Targets (issue 14): both exponents at most 1.1, peak memory at 8x under 2.5 GB, the long document at most
1.2x the time of its articles read separately.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def dense_copy(corpus: Path, copies: int, target: Path) -> Path:
    """The corpus with every row written ``copies`` times, each copy under a new id."""
    with corpus.open(encoding="latin-1", newline="") as handle:
        rows = list(csv.DictReader(handle))
    id_column = next(iter(rows[0]))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for copy in range(copies):
            for row in rows:
                writer.writerow({**row, id_column: f"{row[id_column]}c{copy}"})
    return target


def article_texts(corpus: Path, count: int) -> list[str]:
    from crosscheck.pipeline import load

    return [source.text for source in load([corpus]).sources[:count]]


def child(kind: str, path: Path, embedder: str, out: Path) -> None:
    """Run one size in this process and print {"seconds", "cpu_seconds", "peak_mb"} as JSON."""
    from crosscheck.config import Settings
    from crosscheck.pipeline import extract_corpus, load, run

    settings = Settings(embedder=embedder, cache_dir=None, progress=False).validate()
    if embedder != "fake":
        from crosscheck.embed import make_embedder

        model = make_embedder(settings)
        if hasattr(model, "load"):
            model.load()
    started, cpu = time.perf_counter(), time.process_time()
    if kind == "run":
        run([path], settings=settings, out_dir=out, claims_path=out / "claims.jsonl")
    else:
        extract_corpus(load([path]), article_seconds=None)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peak}))


def measure(kind: str, path: Path, embedder: str, work: Path, repeat: int = 1) -> dict[str, float]:
    """The size's figures from ``repeat`` runs, each in a fresh process: the least CPU and wall seconds
    (a shared machine only ever adds time), the greatest peak memory."""
    command = [sys.executable, __file__, "--child", kind, str(path), "--embedder", embedder]
    command += ["--out", str(work)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = []
    for _ in range(repeat):
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{kind} {path} failed:\n{done.stderr}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        "seconds": min(r["seconds"] for r in runs),
        "cpu_seconds": min(r["cpu_seconds"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
    }


def exponent(sizes: list[float], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) on log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def report(title: str, label: str, sizes: list[int], results: list[dict[str, float]]) -> float:
    print(title)
    for size, result in zip(sizes, results, strict=True):
        print(
            f"  {label} {size:>4}: {result['cpu_seconds']:8.2f} s CPU  {result['seconds']:8.2f} s wall  "
            f"peak {result['peak_mb']:7.0f} MB"
        )
    fitted = exponent([float(s) for s in sizes], [r["cpu_seconds"] for r in results])
    print(f"  fitted exponent (CPU seconds): {fitted:.2f}")
    return fitted


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--densities", default="1,2,4,8")
    parser.add_argument("--long", default="50,100,200,400")
    parser.add_argument("--embedder", default="fake")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each long document and of the separate articles (best kept)",
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.embedder, args.out)
        return
    densities = [int(d) for d in args.densities.split(",") if d]
    lengths = [int(n) for n in args.long.split(",") if n]
    with tempfile.TemporaryDirectory(prefix="crosscheck-growth-") as folder:
        work = Path(folder)
        if densities:
            results = []
            for copies in densities:
                path = dense_copy(args.corpus, copies, work / f"fa-kes-x{copies}.csv")
                results.append(measure("run", path, args.embedder, work / f"out-x{copies}"))
                path.unlink()
            report(f"density (crosscheck run, embedder {args.embedder}):", "x", densities, results)
        if lengths:
            texts = article_texts(args.corpus, max(lengths))
            results = []
            for count in lengths:
                path = work / f"long-{count}.txt"
                path.write_text("\n\n".join(texts[:count]) + "\n", encoding="utf-8")
                results.append(measure("extract", path, args.embedder, work / "out-long", args.repeat))
            report("one long document of N articles (crosscheck extract):", "N", lengths, results)
            separate = work / "separate"
            separate.mkdir()
            for index, text in enumerate(texts[: max(lengths)]):
                (separate / f"a{index:04}.txt").write_text(text + "\n", encoding="utf-8")
            alone = measure("extract", separate, args.embedder, work / "out-separate", args.repeat)
            size = (work / f"long-{max(lengths)}.txt").stat().st_size
            print(
                f"  the same {max(lengths)} articles as separate files: {alone['cpu_seconds']:.2f} s CPU "
                f"(best of {args.repeat}); "
                f"one document of {size / 1e6:.2f} MB costs "
                f"{results[-1]['cpu_seconds'] / alone['cpu_seconds']:.2f}x"
            )


if __name__ == "__main__":
    main()
