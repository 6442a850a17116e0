"""ingest -> extract -> embed -> cluster -> compare -> report, one stage after another."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Corpus, Event, Finding, Skipped, Source
from crosscheck.progress import Progress

if TYPE_CHECKING:
    import numpy as np

    from crosscheck.cluster.reviewed import ReviewedGrouping
    from crosscheck.events import EventModel, Events
    from crosscheck.events.carry import PreviousIncidents
    from crosscheck.extract.dense import DenseLimits
    from crosscheck.ingest import ColumnOptions
    from crosscheck.report.context import ReportContext
    from crosscheck.store import Store, WriteSummary


@dataclass(frozen=True)
class Extraction:
    corpus: Corpus
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class RunResult:
    context: ReportContext
    written: dict[str, Path]
    stored: WriteSummary | None = None
    """What the run changed in the store, when it was given one (``db``)."""


def extract_corpus(
    corpus: Corpus,
    progress: Progress | None = None,
    article_seconds: float | None = None,
    dense: DenseLimits | None = None,
) -> Extraction:
    """Claims and internal-consistency findings of every source; a source that fails is skipped, not fatal.

    An article not read within ``article_seconds`` keeps the claims read so far, and a warning says where
    reading stopped; an article with stretches too dense to be prose by ``dense`` (default
    :class:`~crosscheck.extract.dense.DenseLimits`) is read without them, and a warning says where."""
    from crosscheck.extract import extract_claims, find_inconsistencies
    from crosscheck.extract.budget import Budget, where, where_dense
    from crosscheck.extract.dense import DenseLimits

    progress = progress or Progress(enabled=False)
    claims: list[Claim] = []
    findings: list[Finding] = []
    skipped = list(corpus.skipped)
    warnings = list(corpus.warnings)
    for source in progress.track(corpus.sources, "extracting claims", total=len(corpus.sources)):
        budget = Budget(article_seconds, dense or DenseLimits())
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
        if budget.too_dense:
            warnings.append(
                f"{source.path or source.id}: partly read: "
                f"{where_dense(source.text, budget.too_dense, budget.dense)}"
            )
        claims.extend(found)
    claims.sort(key=lambda claim: (claim.source.id, claim.start, claim.kind))
    findings.sort(key=lambda finding: (finding.source_id, finding.claim_ids))
    corpus = replace(corpus, skipped=tuple(skipped), warnings=tuple(warnings))
    return Extraction(corpus, tuple(claims), tuple(findings))


def extract_with(corpus: Corpus, settings: Settings, progress: Progress | None = None) -> Extraction:
    """:func:`extract_corpus` within the reading limits ``settings`` set (time budget, dense text)."""
    from crosscheck.extract.dense import DenseLimits

    dense = DenseLimits(settings.dense_numbers, settings.dense_sentences, settings.dense_actors)
    return extract_corpus(corpus, progress, settings.article_seconds, dense)


EMBED_BATCH = 512
"""Claims embedded (and cached) per step, so that progress shows and an interrupted run keeps its work."""


def embedding_text(claim: Claim) -> str:
    return claim.sentence


def embed_claims(claims: Sequence[Claim], settings: Settings, progress: Progress | None = None) -> np.ndarray:
    """One unit-length row per claim: the embedding of its sentence. Each distinct sentence is embedded
    once, however many claims it holds."""
    import numpy as np

    from crosscheck.embed import make_embedder

    progress = progress or Progress(enabled=False)
    texts = [embedding_text(claim) for claim in claims]
    distinct = sorted(set(texts))
    if not distinct:
        return np.zeros((0, 0), dtype=np.float32)
    embedder = make_embedder(settings)
    batches = [distinct[i : i + EMBED_BATCH] for i in range(0, len(distinct), EMBED_BATCH)]
    chunks = [embedder.embed(batch) for batch in progress.track(batches, "embedding", total=len(batches))]
    vectors = np.concatenate([np.asarray(chunk, dtype=np.float32) for chunk in chunks])
    row = {text: index for index, text in enumerate(distinct)}
    return vectors[[row[text] for text in texts]]


def cluster_claims_of(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    settings: Settings,
    progress: Progress | None = None,
    reviewed: ReviewedGrouping | None = None,
) -> list[Cluster]:
    """Cluster within blocks (keeping reviewers' decisions, if any), and judge every cluster."""
    from crosscheck.cluster import cluster_claims
    from crosscheck.compare import make_cluster

    if not claims:
        return []
    (progress or Progress(enabled=False)).stage("clustering")
    groups = cluster_claims(claims, vectors, settings, reviewed=reviewed)
    return [make_cluster(group, settings) for group in groups]


def group_events(
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    vectors: np.ndarray,
    progress: Progress | None = None,
    model: EventModel | None = None,
    followers: frozenset[str] = frozenset(),
) -> Events:
    """Every claim into one incident; the clusters come back with their ``event_id``."""
    from crosscheck.events import build_events

    (progress or Progress(enabled=False)).stage("grouping incidents")
    return build_events(claims, clusters, vectors, model, followers)


@dataclass(frozen=True)
class Grouping:
    """What the grouping stages made of a list of claims."""

    vectors: np.ndarray
    """Row i: the sentence embedding of claim i."""
    clusters: tuple[Cluster, ...]
    """Quantity clusters, then factual clusters, each with its ``event_id``."""
    events: tuple[Event, ...]
    units: tuple[Cluster, ...] = ()
    """What the events stage grouped: the quantity clusters, and each factual claim alone."""
    followers: frozenset[str] = frozenset()
    """The ids of the units that follow the figures into their incidents (the factual claims)."""


def group_claims(
    claims: Sequence[Claim],
    settings: Settings,
    progress: Progress | None = None,
    reviewed: ReviewedGrouping | None = None,
) -> Grouping:
    """Embed each claim's sentence, cluster the figures within blocks and judge every cluster, group
    everything into incidents. What the articles say about who did an incident and with what (claims with
    an ``aspect``) is grouped into incidents with the rest, then compared within each incident. Reviewers'
    decisions (``reviewed``) constrain the figures' clusters and, within each incident, the factual ones."""
    from crosscheck.compare.factual import compare_factual, single_claims

    vectors = embed_claims(claims, settings, progress)
    counted = [index for index, claim in enumerate(claims) if not claim.aspect]
    numbers = [claims[i] for i in counted]
    clusters = cluster_claims_of(
        numbers, vectors[counted] if counted else vectors, settings, progress, reviewed
    )
    aspects = [claim for claim in claims if claim.aspect]
    if not clusters and not aspects:
        return Grouping(vectors, (), ())
    units = (*clusters, *single_claims(aspects))
    followers = frozenset(unit.id for unit in units[len(clusters) :])
    grouped = group_events(claims, units, vectors, progress, followers=followers)
    by_id = {claim.id: claim for claim in aspects}
    factual = [
        replace(cluster, event_id=event.id)
        for event in grouped.events
        for cluster in compare_factual([by_id[cid] for cid in event.claim_ids if cid in by_id], reviewed)
    ]
    numeric = [cluster for cluster in grouped.clusters if cluster.claim_ids[0] not in by_id]
    clusters_of_event: dict[str, list[str]] = {}
    for cluster in (*numeric, *factual):
        clusters_of_event.setdefault(cluster.event_id or "", []).append(cluster.id)
    events = [replace(e, cluster_ids=tuple(sorted(clusters_of_event[e.id]))) for e in grouped.events]
    return Grouping(vectors, (*numeric, *factual), tuple(events), units, followers)


def analyse(corpus: Corpus, settings: Settings, progress: Progress | None = None) -> ReportContext:
    return analyse_with_vectors(corpus, settings, progress)[0]


def analyse_with_vectors(
    corpus: Corpus,
    settings: Settings,
    progress: Progress | None = None,
    known: Mapping[str, tuple[float, float]] | None = None,
    reviewed: ReviewedGrouping | None = None,
    extraction: Extraction | None = None,
    previous: PreviousIncidents | None = None,
) -> tuple[ReportContext, dict[str, np.ndarray]]:
    """The report context, and each claim sentence's embedding by its cache key (``text_key``).
    ``extraction``: the corpus's claims when the caller has already extracted them.

    ``known``: reviewers' established figures by cluster id, taken as the truth of those slots. With
    reviewers' decisions (``reviewed``, from a store), claims marked "not a claim" are left out, misread ones
    are corrected, the clusters (figures and who-did-it) keep the decisions, and decided clusters keep their
    ids (:mod:`crosscheck.cluster.reviewed`).
    With the store's incidents (``previous``), incidents keep their ids (:mod:`crosscheck.events.carry`)."""
    from crosscheck.embed.cache import text_key
    from crosscheck.reliability.corpus import estimate_reliability
    from crosscheck.reliability.table import rounding_tolerance
    from crosscheck.report.context import build_report

    settings.validate()
    extraction = extraction or extract_with(corpus, settings, progress)
    if reviewed is not None and not reviewed.empty:
        extraction = _reviewed(extraction, reviewed)
    grouping = group_claims(extraction.claims, settings, progress, reviewed)
    clusters, events = grouping.clusters, grouping.events
    if reviewed is not None and not reviewed.empty:
        from crosscheck.cluster.reviewed import carry_over

        clusters, events = carry_over(clusters, events, reviewed)
    if previous is not None:
        from crosscheck.events.carry import carry_incident_ids

        clusters, events = carry_incident_ids(clusters, events, previous)
    (progress or Progress(enabled=False)).stage("weighing outlets and claimants")
    reliability = estimate_reliability(
        extraction.claims, clusters, known, settings.about_tolerance, rounding=rounding_tolerance(settings)
    )
    context = build_report(
        extraction.corpus,
        extraction.claims,
        clusters,
        extraction.findings,
        settings,
        events=events,
        reliability=reliability,
    )
    texts = [embedding_text(claim) for claim in extraction.claims]
    return context, {text_key(text): grouping.vectors[row] for row, text in enumerate(texts)}


def _reviewed(extraction: Extraction, reviewed: ReviewedGrouping) -> Extraction:
    """The extraction less the claims a reviewer marked as not claims (and the findings about them), with
    the misread ones corrected."""
    from crosscheck.cluster.corrections import apply_corrections

    dropped = reviewed.dropped
    claims = tuple(claim for claim in extraction.claims if claim.id not in dropped)
    findings = tuple(f for f in extraction.findings if not dropped.intersection(f.claim_ids))
    return replace(extraction, claims=apply_corrections(claims, reviewed.corrections), findings=findings)


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
    db: str | Path | None = None,
) -> RunResult:
    """Read the inputs, analyse them, and write report.json/.md/.html and the claims JSONL; with ``db``,
    then write the run to that store (a file path or a ``postgresql://`` URL) in one transaction.

    Everything is rendered before the first file is written, and each file is written to a temporary file
    and renamed over the old one: a run killed at any point leaves every output file whole, either as the
    previous run left it or as this run wrote it. The store is opened (and checked, or upgraded) before the
    analysis, so that a store the run cannot use stops it at once."""
    from crosscheck.report.write import claims_jsonl, write_atomic, write_report
    from crosscheck.store.incident_ids import previous_incidents

    settings = (settings or Settings()).validate()
    progress = Progress(enabled=settings.progress)
    corpus = load(paths, columns, name, relative_to)
    store = _open_store(db)
    try:
        known, reviewed = store_decisions(store) if store is not None else (None, None)
        previous = previous_incidents(store) if store is not None else None
        context, vectors = analyse_with_vectors(
            corpus, settings, progress, known, reviewed, previous=previous
        )
        out_dir = out_dir or Path("reports") / corpus.name
        claims_path = claims_path or Path("claims") / f"{corpus.name}.jsonl"
        claims_text = claims_jsonl(context.claims, cluster_of=context.cluster_of)
        written = write_report(context, out_dir)
        write_atomic(claims_path, claims_text)
        written["claims"] = claims_path
        if store is None:
            return RunResult(context, written)
        from crosscheck.store.runs import run_data

        progress.stage("writing the store")
        return RunResult(context, written, store.write_run(run_data(context, vectors, settings, reviewed)))
    finally:
        if store is not None:
            store.close()


def store_decisions(
    store: Store,
) -> tuple[Mapping[str, tuple[float, float]], ReviewedGrouping | None]:
    """What a run into ``store`` takes from its reviewers: their established figures (cluster id -> range),
    and their decisions on the grouping (None when there are none)."""
    from crosscheck.reliability.known import established_figures
    from crosscheck.store.decided import reviewed_grouping

    found = reviewed_grouping(store)
    return established_figures(store), None if found.empty else found


def _open_store(db: str | Path | None) -> Store | None:
    if db is None:
        return None
    from crosscheck.store import open_store

    return open_store(db)
