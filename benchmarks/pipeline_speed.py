"""Time the pipeline stage by stage on a corpus (default: FA-KES) and print throughput and peak memory.

    .venv/bin/python benchmarks/pipeline_speed.py [CORPUS] [--embedder minilm|fake]

Embeddings are computed into a fresh cache, so the figure is a cold run; "embed" is the time to embed the
distinct claim sentences alone, "group" the clustering, verdicts and incidents (reading those embeddings
back from the cache). The ratio of the whole pipeline to "embed" is printed (issue target: at most 1.5).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--embedder", default="minilm")
    args = parser.parse_args()

    import tempfile

    import numpy as np

    from crosscheck.config import Settings
    from crosscheck.embed import make_embedder
    from crosscheck.embed.cache import CachedEmbedder
    from crosscheck.extract.sentences import split_sentences
    from crosscheck.pipeline import embedding_text, extract_corpus, group_claims, load
    from crosscheck.report.context import build_report
    from crosscheck.report.html import render_html
    from crosscheck.report.json_report import render_json
    from crosscheck.report.markdown import render_markdown

    cache = tempfile.TemporaryDirectory(prefix="crosscheck-speed-")
    settings = Settings(embedder=args.embedder, cache_dir=cache.name, progress=False).validate()
    timings: list[tuple[str, float]] = []

    def timed(label: str, work):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        result = work()
        timings.append((label, time.perf_counter() - started))
        return result

    corpus = timed("ingest", lambda: load([args.corpus]))
    sentences = sum(len(split_sentences(source.text)) for source in corpus.sources)
    extraction = timed("extract", lambda: extract_corpus(corpus))
    embedder = make_embedder(Settings(embedder=args.embedder, cache_dir=None).validate())
    if hasattr(embedder, "load"):
        timed("load model", embedder.load)
    texts = [embedding_text(claim) for claim in extraction.claims]
    distinct = sorted(set(texts))
    # The distinct sentences embedded alone, into a fresh cache that the grouping stages then read.
    timed("embed", lambda: np.asarray(CachedEmbedder(embedder, cache.name).embed(distinct)))
    grouping = timed("group", lambda: group_claims(extraction.claims, settings))

    def render() -> list[int]:
        context = build_report(
            extraction.corpus,
            extraction.claims,
            grouping.clusters,
            extraction.findings,
            settings,
            events=grouping.events,
        )
        return [
            len(text.encode())
            for text in (render_json(context), render_markdown(context), render_html(context))
        ]

    sizes = timed("report", render)
    cache.cleanup()

    articles = len(corpus.sources)
    total = sum(seconds for _, seconds in timings)
    print(
        f"corpus: {args.corpus} ({articles} articles, {sentences} sentences, {len(texts)} claims, "
        f"{len(distinct)} distinct claim sentences)"
    )
    print(f"embedder: {embedder.name}")
    for label, seconds in timings:
        print(f"  {label:<11} {seconds:8.2f} s")
    extract_seconds = dict(timings)["extract"]
    print(f"  {'total':<11} {total:8.2f} s")
    print(f"articles/s (whole pipeline): {articles / total:.1f}")
    print(f"end to end / embedding alone: {total / dict(timings)['embed']:.2f}x (target <= 1.5x)")
    print(f"sentences/s (extraction):    {sentences / extract_seconds:.0f}")
    print(f"peak memory (RSS):           {peak_rss_mb():.0f} MB")
    print(
        f"report sizes (bytes):        json {sizes[0]:,}, markdown {sizes[1]:,}, html {sizes[2]:,} "
        f"(html target < {5 * 2**20:,}; `crosscheck run` adds the reliability estimates)"
    )


if __name__ == "__main__":
    main()
