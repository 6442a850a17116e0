"""`crosscheck check`: new articles against what a store establishes.

ingest -> extract (the run's stages) -> embed only the new sentences the store does not hold -> for each
figure, candidates from the store's index (:mod:`crosscheck.check.candidates`) -> the cluster it joins
(:mod:`crosscheck.check.matching`) -> how it stands against the reviewed figure or the sources
(:mod:`crosscheck.check.judge`) -> findings placed on the file's line and column
(:mod:`crosscheck.check.locate`). The store is read-only unless ``record``.

Figures with neither a measure nor a unit ("3", "one") are not checked: clustering never compares them
either. Who-did-it claims (perpetrator, weapon) are not checked yet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote as url_quote

from crosscheck.check.candidates import StoreIndex, nearest, span_days
from crosscheck.check.findings import CheckFinding, Established, Incident, SourceRef, fingerprint
from crosscheck.check.judge import (
    against_review,
    against_sources,
    claim_figure,
    established_claim,
    figure_text,
    sources_figure,
)
from crosscheck.check.locate import Locator
from crosscheck.check.matching import Match, best_cluster
from crosscheck.check.stored import Clusters, clusters_of, incident_titles, reviewed_figures
from crosscheck.cluster.blocking import block_key
from crosscheck.compare.independence import count_independent
from crosscheck.compare.timing import when
from crosscheck.config import Settings
from crosscheck.errors import CrosscheckError, StoreError
from crosscheck.model import Claim, Corpus
from crosscheck.store import Store

if TYPE_CHECKING:
    import numpy as np

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
    from crosscheck.pipeline import extract_corpus

    settings = options.settings.validate()
    corpus, problems = load_inputs(paths, options.columns)
    store = open_for_check(db, options.record)
    try:
        if corpus is None:
            return CheckResult((), (), 0, tuple(problems))
        extraction = extract_corpus(corpus, None, settings.article_seconds)
        problems += [InputProblem(s.path, s.reason, s.line) for s in extraction.corpus.skipped]
        figures = checkable(extraction.claims)
        findings = find(store, corpus, figures, settings, options.ui_url)
        recorded = record(store, corpus, settings) if options.record else None
        checked = tuple(sorted({s.path or s.id for s in corpus.sources}))
        return CheckResult(
            findings, checked, len(figures), tuple(problems), extraction.corpus.warnings, recorded
        )
    finally:
        store.close()


def load_inputs(
    paths: Sequence[str | Path], columns: ColumnOptions | None
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
        corpus = load(usable, columns, name="check")
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
        corpus = load(readable, columns, name="check") if readable else None
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
    claims: Sequence[Claim], store: Store, model: str, settings: Settings
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
        embedder = make_embedder(settings)
        for at in range(0, len(missing), EMBED_BATCH):
            batch = missing[at : at + EMBED_BATCH]
            vectors = np.asarray(embedder.embed(batch), dtype=np.float32)
            known.update({text_key(text): vectors[row] for row, text in enumerate(batch)})
    return {claim_id: known[key] for claim_id, key in keys.items()}


def find(
    store: Store, corpus: Corpus, figures: Sequence[Claim], settings: Settings, ui_url: str | None
) -> tuple[CheckFinding, ...]:
    if not figures:
        return ()
    model = embedder_name(store, settings)
    vectors = sentence_vectors(figures, store, model, settings)
    index = StoreIndex(store, model, settings, frozenset(s.id for s in corpus.sources))
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
    clusters = clusters_of(index, {c.id for found in candidates.values() for c in found})
    _add_member_vectors(index, clusters, stored_vectors)
    matches = {
        claim.id: _match(claim, vectors[claim.id], candidates[claim.id], clusters, stored_vectors, settings)
        for claim in figures
    }
    return _findings(store, figures, matches, settings, ui_url)


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


def _findings(
    store: Store,
    figures: Sequence[Claim],
    matches: dict[str, Match | None],
    settings: Settings,
    ui_url: str | None,
) -> tuple[CheckFinding, ...]:
    matched = [m for m in matches.values() if m is not None]
    reviewed = reviewed_figures(store, [m.cluster.id for m in matched])
    titles = incident_titles(store, [m.cluster.event_id or "" for m in matched])
    article_event = _article_events(figures, matches)
    locator = Locator()
    found: list[CheckFinding] = []
    for claim in figures:
        match = matches[claim.id]
        if match is None:
            event_id = article_event.get(claim.source_id)
            incident = Incident(event_id, titles.get(event_id, "")) if event_id else None
            finding = _finding(claim, "new-figure", None, None, incident, settings)
            url = (
                f"{ui_url.rstrip('/')}/incidents/{url_quote(event_id, safe='')}"
                if ui_url and event_id
                else None
            )
            found.append(replace(finding, url=url))
            continue
        cluster = match.cluster
        incident = Incident(cluster.event_id or "", titles.get(cluster.event_id or "", ""))
        figure = reviewed.get(cluster.id)
        if figure is not None:
            rule = against_review(claim, established_claim(cluster, match.members, figure), settings)
            established = Established(
                figure_text(figure.low, figure.high), "reviewed", _refs(match.members), figure.figure_source,
                count_independent(list(match.members)),
            )  # fmt: skip
        else:
            outcome = against_sources(claim, cluster, match.members, settings)
            rule = outcome.rule if outcome else None
            standing = list(outcome.against) if outcome else []
            established = (
                Established(
                    sources_figure(standing, settings), "sources", _refs(standing), "", outcome.independent
                )
                if outcome
                else None
            )
        if rule is None:
            continue
        finding = _finding(claim, rule, cluster.id, established, incident, settings)
        if ui_url and cluster.event_id:
            event = url_quote(cluster.event_id, safe="")
            finding = replace(finding, url=f"{ui_url.rstrip('/')}/incidents/{event}#cluster-{cluster.id}")
        found.append(finding)
    placed = [_placed(f, claim_of, locator) for f, claim_of in _with_claims(found, figures)]
    return tuple(sorted(placed, key=lambda f: f.sort_key))


def _article_events(figures: Sequence[Claim], matches: dict[str, Match | None]) -> dict[str, str]:
    """The incident most of an article's matched figures belong to."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in figures:
        match = matches[claim.id]
        if match is not None and match.cluster.event_id:
            votes[claim.source_id][match.cluster.event_id] += 1
    return {source: min(count, key=lambda e: (-count[e], e)) for source, count in votes.items()}


def _refs(claims: Sequence[Claim]) -> tuple[SourceRef, ...]:
    refs = {
        SourceRef(
            c.source.outlet or c.source.id,
            c.attribution,
            d.isoformat() if (d := when(c)) else None,
            " ".join(c.quote.split()),
            c.source.id,
        )
        for c in claims
    }
    return tuple(sorted(refs, key=lambda r: (r.date or "", r.outlet, r.quote, r.source_id)))


_MESSAGES = {
    "contradicts-established": "contradicts the established figure {figure} (reviewed)",
    "contradicts-consensus": "contradicts {n} independent sources, which put it at {figure}",
    "contradicts-some-sources": "differs from the stored figure {figure} "
    "({n} independent source(s), not agreed)",
    "updates-figure": "updates the known figure {figure}: a later, higher count of a cumulative toll",
    "new-figure": "states a figure no stored source gives",
}


def _finding(
    claim: Claim,
    rule: str,
    cluster_id: str | None,
    established: Established | None,
    incident: Incident | None,
    settings: Settings,
) -> CheckFinding:
    from crosscheck.check.findings import RULE_BY_ID

    quote = " ".join(claim.quote.split())
    what = claim.measure or claim.unit or "figure"
    text = _MESSAGES[rule].format(
        figure=established.figure if established else "",
        n=established.independent_sources if established else 0,
    )
    where = f" in {incident.title}" if incident and incident.title else ""
    message = f"'{quote}' ({what}) {text}{where}"
    return CheckFinding(
        rule=rule,
        level=RULE_BY_ID[rule].level,
        message=message,
        path=claim.source.path or claim.source.id,
        source_id=claim.source.id,
        claim_id=claim.id,
        quote=quote,
        sentence=" ".join(claim.sentence.split()),
        measure=claim.measure,
        figure=claim_figure(claim, settings),
        established=established,
        incident=incident,
        cluster_id=cluster_id,
        fingerprint=fingerprint(rule, quote, claim.measure, incident.id if incident else None),
    )


def _with_claims(found: Sequence[CheckFinding], figures: Sequence[Claim]) -> list[tuple[CheckFinding, Claim]]:
    by_id = {c.id: c for c in figures}
    return [(f, by_id[f.claim_id]) for f in found]


def _placed(finding: CheckFinding, claim: Claim, locator: Locator) -> CheckFinding:
    position = locator.position(claim)
    if position is None:
        return finding
    return replace(
        finding,
        line=position.line,
        column=position.column,
        end_line=position.end_line,
        end_column=position.end_column,
    )


def record(store: Store, corpus: Corpus, settings: Settings) -> str:
    """Add the checked articles to the store as `crosscheck run ARTICLES --db` adds a run."""
    from crosscheck.pipeline import analyse_with_vectors
    from crosscheck.store.runs import run_data

    context, vectors = analyse_with_vectors(corpus, settings)
    return store.write_run(run_data(context, vectors, settings)).describe()
