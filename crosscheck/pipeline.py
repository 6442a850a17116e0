"""ingest -> extract -> embed -> cluster -> compare -> report, one stage after another."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Corpus, Finding, Skipped, Source
from crosscheck.progress import Progress

if TYPE_CHECKING:
    from crosscheck.ingest import ColumnOptions
    from crosscheck.report.context import ReportContext


@dataclass(frozen=True)
class Extraction:
    corpus: Corpus
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class RunResult:
    context: ReportContext
    written: dict[str, Path]


def extract_corpus(
    corpus: Corpus, progress: Progress | None = None, article_seconds: float | None = None
) -> Extraction:
    """Claims and internal-consistency findings of every source; a source that fails is skipped, not fatal.

    An article not read within ``article_seconds`` keeps the claims read so far, and a warning says where
    reading stopped."""
    from crosscheck.extract import extract_claims, find_inconsistencies
    from crosscheck.extract.budget import Budget, where

    progress = progress or Progress(enabled=False)
    claims: list[Claim] = []
    findings: list[Finding] = []
    skipped = list(corpus.skipped)
    warnings = list(corpus.warnings)
    for source in progress.track(corpus.sources, "extracting claims", total=len(corpus.sources)):
        budget = Budget(article_seconds)
        try:
            found = extract_claims(source, budget)
            findings.extend(find_inconsistencies(found))
        except Exception as error:  # one bad article never kills a run
            skipped.append(Skipped(source.path or source.id, f"claim extraction failed: {error!r}"))
            continue
        if budget.stopped_at is not None:
            warnings.append(
                f"{source.path or source.id}: partly read: the time budget ({article_seconds:g} s) ran out "
                f"at {where(source.text, budget.stopped_at)}; the {len(found)} claims before it are kept"
            )
        claims.extend(found)
    claims.sort(key=lambda claim: (claim.source.id, claim.start, claim.kind))
    findings.sort(key=lambda finding: (finding.source_id, finding.claim_ids))
    corpus = replace(corpus, skipped=tuple(skipped), warnings=tuple(warnings))
    return Extraction(corpus, tuple(claims), tuple(findings))


EMBED_BATCH = 512
"""Claims embedded (and cached) per step, so that progress shows and an interrupted run keeps its work."""


def embedding_text(claim: Claim) -> str:
    return claim.sentence


def cluster_extraction(
    extraction: Extraction, settings: Settings, progress: Progress | None = None
) -> list[Cluster]:
    """Embed each claim's sentence, cluster within blocks, and judge every cluster."""
    import numpy as np

    from crosscheck.cluster import cluster_claims
    from crosscheck.compare import make_cluster
    from crosscheck.embed import make_embedder

    progress = progress or Progress(enabled=False)
    claims = extraction.claims
    if not claims:
        return []
    embedder = make_embedder(settings)
    texts = [embedding_text(claim) for claim in claims]
    batches = [texts[i : i + EMBED_BATCH] for i in range(0, len(texts), EMBED_BATCH)]
    chunks = [embedder.embed(batch) for batch in progress.track(batches, "embedding", total=len(batches))]
    vectors = np.concatenate([np.asarray(chunk, dtype=np.float32) for chunk in chunks])
    progress.stage("clustering")
    groups = cluster_claims(claims, vectors, settings)
    return [make_cluster(group, settings) for group in groups]


def analyse(corpus: Corpus, settings: Settings, progress: Progress | None = None) -> ReportContext:
    from crosscheck.report.context import build_report

    settings.validate()
    extraction = extract_corpus(corpus, progress, settings.article_seconds)
    clusters = cluster_extraction(extraction, settings, progress)
    return build_report(extraction.corpus, extraction.claims, clusters, extraction.findings, settings)


def load(
    paths: Sequence[str | Path],
    columns: ColumnOptions | None = None,
    name: str | None = None,
    relative_to: Path | None = None,
) -> Corpus:
    """Ingest the inputs; with ``relative_to``, source paths are recorded relative to that folder."""
    from crosscheck.ingest import load_corpus

    corpus = load_corpus(paths, columns=columns, name=name)
    if relative_to is None:
        return corpus
    return replace(corpus, sources=tuple(_relative(source, relative_to) for source in corpus.sources))


def _relative(source: Source, base: Path) -> Source:
    if source.path is None:
        return source
    try:
        return replace(source, path=Path(source.path).resolve().relative_to(base.resolve()).as_posix())
    except ValueError:
        return source


def run(
    paths: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    columns: ColumnOptions | None = None,
    name: str | None = None,
    out_dir: Path | None = None,
    claims_path: Path | None = None,
    relative_to: Path | None = None,
) -> RunResult:
    """Read the inputs, analyse them, and write report.json/.md/.html and the claims JSONL.

    Everything is rendered before the first file is written, and each file is written to a temporary file
    and renamed over the old one: a run killed at any point leaves every output file whole, either as the
    previous run left it or as this run wrote it."""
    from crosscheck.report.write import claims_jsonl, write_atomic, write_report

    settings = (settings or Settings()).validate()
    progress = Progress(enabled=settings.progress)
    corpus = load(paths, columns, name, relative_to)
    context = analyse(corpus, settings, progress)
    out_dir = out_dir or Path("reports") / corpus.name
    claims_path = claims_path or Path("claims") / f"{corpus.name}.jsonl"
    claims_text = claims_jsonl(context.claims, cluster_of=context.cluster_of)
    written = write_report(context, out_dir)
    write_atomic(claims_path, claims_text)
    written["claims"] = claims_path
    return RunResult(context, written)
