"""`crosscheck check`: new articles against what a store establishes.

ingest -> extract (the run's stages) -> embed only the new sentences the store does not hold -> for each
figure, candidates from the store's index (:mod:`crosscheck.check.candidates`) -> the cluster it joins
(:mod:`crosscheck.check.matching`) -> how it stands against the reviewed figure or the sources
(:mod:`crosscheck.check.judge`) -> findings placed on the file's line and column
(:mod:`crosscheck.check.locate`). The store is read-only unless ``record`` (:mod:`crosscheck.check.record`).

Figures with neither a measure nor a unit ("3", "one") are not checked: clustering never compares them
either. Who-did-it claims (perpetrator, weapon) are not checked yet.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.check.candidates import StoreIndex, nearest, span_days
from crosscheck.check.describe import findings_of
from crosscheck.check.findings import CheckFinding
from crosscheck.check.matching import Match, best_cluster
from crosscheck.check.stored import Clusters, clusters_of
from crosscheck.cluster.blocking import block_key
from crosscheck.config import Settings
from crosscheck.errors import CrosscheckError, StoreError
from crosscheck.model import Claim, Corpus
from crosscheck.store import Store

if TYPE_CHECKING:
    import numpy as np

    from crosscheck.embed.base import Embedder
    from crosscheck.ingest import ColumnOptions


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be checked (or only in part)."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class CheckOptions:
    settings: Settings
    ui_url: str | None = None
    record: bool = False
    columns: ColumnOptions | None = None
    name: str | None = None
    """The corpus name a recorded run gets (default "check")."""
    embedder: Embedder | None = None
    """An embedder already loaded (the one the settings name), for a process that checks many times."""


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[CheckFinding, ...]
    checked: tuple[str, ...]
    """The checked articles (their paths, or ids for rows of a table)."""
    figures: int
    """The figures checked."""
    problems: tuple[InputProblem, ...]
    warnings: tuple[str, ...] = ()
    recorded: str | None = None
    """What ``record`` added to the store."""


def check(paths: Sequence[str | Path], db: str, options: CheckOptions) -> CheckResult:
    """Check the articles at ``paths`` against the store ``db``; a bad input is a problem, not a stop."""
    from crosscheck.check.readonly import open_for_check
    from crosscheck.pipeline import extract_with

    settings = options.settings.validate()
    corpus, problems = load_inputs(paths, options.columns, options.name or "check")
    store = open_for_check(db, options.record)
    try:
        if corpus is None:
            return CheckResult((), (), 0, tuple(problems))
        extraction = extract_with(corpus, settings)
        problems += [InputProblem(s.path, s.reason, s.line) for s in extraction.corpus.skipped]
        figures = checkable(extraction.claims)
        stored = stored_claim_ids(store, {s.id for s in corpus.sources}) if options.record else []
        matched = match_figures(store, corpus, figures, settings, options, stored)
        findings = findings_of(store, figures, matched.matches, settings, options.ui_url) if figures else ()
        recorded = None
        if options.record:
            from crosscheck.check.record import record

            recorded = record(store, corpus, settings, extraction, matched)
        checked = tuple(sorted({s.path or s.id for s in corpus.sources}))
        return CheckResult(
            findings, checked, len(figures), tuple(problems), extraction.corpus.warnings, recorded
        )
    finally:
        store.close()


def load_inputs(
    paths: Sequence[str | Path], columns: ColumnOptions | None, name: str = "check"
) -> tuple[Corpus | None, list[InputProblem]]:
    """The readable inputs as one corpus (ids settled as a run settles them), and what was not readable."""
    from crosscheck.ingest import SUPPORTED_EXTENSIONS
    from crosscheck.pipeline import load

    problems: list[InputProblem] = []
    usable: list[str] = []
    for given in map(str, paths):
        path = Path(given)
        if not path.exists():
            problems.append(InputProblem(given, "no such file or folder; check the path"))
        elif not path.is_dir() and path.suffix.lower() not in SUPPORTED_EXTENSIONS:
            kinds = ", ".join(SUPPORTED_EXTENSIONS)
            problems.append(
                InputProblem(given, f"unsupported file type; give a folder or a file ending in {kinds}")
            )
        else:
            usable.append(given)
    if not usable:
        return None, problems
    try:
        corpus = load(usable, columns, name=name)
    except CrosscheckError:
        corpus = None
    if corpus is None:  # one input spoils the lot (a table with no header): read them one by one
        readable = []
        for given in usable:
            try:
                load([given], columns)
                readable.append(given)
            except CrosscheckError as error:
                problems.append(InputProblem(given, str(error).removeprefix(f"{given}: ")))
        corpus = load(readable, columns, name=name) if readable else None
    if corpus is not None:
        problems += [InputProblem(s.path, s.reason, s.line) for s in corpus.skipped]
    return corpus, problems


def checkable(claims: Sequence[Claim]) -> list[Claim]:
    """The figures to check: numeric, with an interval and a block; an article's bare figure read with the
    bound the article gives it elsewhere (:func:`crosscheck.compare.relations.as_hedged`)."""
    from crosscheck.compare.intervals import interval
    from crosscheck.compare.relations import as_hedged

    numeric = [c for c in claims if c.kind == "numeric" and interval(c) is not None and block_key(c)]
    return as_hedged(numeric)


def embedder_name(store: Store, settings: Settings) -> str:
    """The model name of the embedder the settings name; refused when the store holds none of its vectors."""
    from crosscheck.embed import make_embedder

    name = make_embedder(settings).name
    made = sorted({e for (e,) in store.backend.query("SELECT DISTINCT embedder FROM runs") if e})
    if made and name not in made:
        hints = ", ".join(_option_for(e) for e in made)
        raise StoreError(
            f"{store.where}: its sentence embeddings were made by {', '.join(made)}, not {name}; check with "
            f"--embedder {hints}"
        )
    return name


def _option_for(model: str) -> str:
    if model.startswith("fake-"):
        return "fake"
    if model.startswith("st:"):
        return model[3:]
    return "minilm" if model == "all-MiniLM-L6-v2" else model


def sentence_vectors(
    claims: Sequence[Claim], store: Store, model: str, settings: Settings, embedder: Embedder | None = None
) -> dict[str, np.ndarray]:
    """Each claim's sentence vector by claim id: from the store when it holds the sentence, else embedded
    (only the new sentences are)."""
    import numpy as np

    from crosscheck.embed import make_embedder
    from crosscheck.embed.cache import text_key
    from crosscheck.pipeline import EMBED_BATCH

    keys = {c.id: text_key(c.sentence) for c in claims}
    known = store.embeddings(model, set(keys.values()))
    missing = sorted({c.sentence for c in claims if keys[c.id] not in known})
    if missing:
        embedder = embedder or make_embedder(settings)
        with _one_thread(settings):
            for at in range(0, len(missing), EMBED_BATCH):
                batch = missing[at : at + EMBED_BATCH]
                vectors = np.asarray(embedder.embed(batch), dtype=np.float32)
                known.update({text_key(text): vectors[row] for row, text in enumerate(batch)})
    return {claim_id: known[key] for claim_id, key in keys.items()}


@contextlib.contextmanager
def _one_thread(settings: Settings) -> Iterator[None]:
    """Torch on one thread while a check embeds its few sentences: on a shared 2-core machine two threads
    that wait on each other took 1 to 2 s for one sentence, one thread 0.2 s."""
    if settings.embedder == "fake":
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


@dataclass(frozen=True)
class Matched:
    """What the store's clusters make of the checked figures."""

    matches: dict[str, Match | None]
    """Each figure's cluster (by claim id), or None: a new figure."""
    clusters: Clusters
    """The current clusters of the figures' candidates, and of the stored claims asked for, with reviewers'
    decisions laid over them."""


def stored_claim_ids(store: Store, source_ids: Iterable[str]) -> list[str]:
    """The current claims the store holds of these articles (an article recorded again)."""
    from crosscheck.check.stored import query_in

    sql = "SELECT id FROM claims WHERE retired_run IS NULL AND source_id IN ({})"
    return sorted(claim_id for (claim_id,) in query_in(store, sql, source_ids))


def match_figures(
    store: Store,
    corpus: Corpus,
    figures: Sequence[Claim],
    settings: Settings,
    options: CheckOptions,
    also: Sequence[str] = (),
) -> Matched:
    """Each figure's stored cluster; the clusters of the stored claims ``also`` come with the others."""
    if not figures and not also:
        return Matched({}, Clusters({}, {}, {}))
    model = embedder_name(store, settings)
    index = StoreIndex(store, model, settings, frozenset(s.id for s in corpus.sources))
    if not figures:
        return Matched({}, clusters_of(index, also))
    vectors = sentence_vectors(figures, store, model, settings, options.embedder)
    candidates: dict[str, list[Claim]] = {}
    stored_vectors: dict[str, np.ndarray] = {}
    by_block: dict[str, list[Claim]] = defaultdict(list)
    for claim in figures:
        by_block[block_key(claim) or ""].append(claim)
    for key in sorted(by_block):
        block = index.block(key, by_block[key])
        stored_vectors.update({c.id: block.vectors[row] for row, c in enumerate(block.claims)})
        for claim in by_block[key]:
            near = nearest(vectors[claim.id], span_days(claim, settings), block, settings)
            candidates[claim.id] = [block.claims[row] for row, _ in near]
    near_ids = {c.id for found in candidates.values() for c in found}
    clusters = clusters_of(index, near_ids | set(also))
    _add_member_vectors(index, clusters, stored_vectors)
    matches = {
        claim.id: _match(claim, vectors[claim.id], candidates[claim.id], clusters, stored_vectors, settings)
        for claim in figures
    }
    return Matched(matches, clusters)


def _add_member_vectors(index: StoreIndex, clusters: Clusters, vectors: dict[str, np.ndarray]) -> None:
    from crosscheck.embed.cache import text_key

    missing = [c for members in clusters.members.values() for c in members if c.id not in vectors]
    found = index.store.embeddings(index.model, {text_key(c.sentence) for c in missing})
    vectors.update({c.id: found[text_key(c.sentence)] for c in missing if text_key(c.sentence) in found})


def _match(
    claim: Claim,
    vector: np.ndarray,
    candidates: Sequence[Claim],
    clusters: Clusters,
    vectors: dict[str, np.ndarray],
    settings: Settings,
) -> Match | None:
    homes = sorted({clusters.of_claim[c.id] for c in candidates if c.id in clusters.of_claim})
    return best_cluster(
        claim, vector, [clusters.by_id[h] for h in homes], clusters.members, vectors, settings
    )
