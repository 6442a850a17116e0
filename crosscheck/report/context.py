"""The report context: everything a renderer needs, typed, sorted and free of wall-clock time.

JSON, Markdown and HTML are three renderings of one :class:`ReportContext`; none of them looks
anything up on its own, so the three always tell the same story.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from crosscheck.config import Settings
from crosscheck.model import VERDICTS, Claim, Cluster, Corpus, Event, Finding, Skipped, Source
from crosscheck.report.incidents import MINOR_LISTED_AT_MOST, IncidentView, build_incidents, minor_by_kind

if TYPE_CHECKING:
    from crosscheck.reliability.corpus import Reliability


@dataclass(frozen=True)
class ReportSummary:
    sources: int
    claims: int
    numeric_claims: int
    factual_claims: int
    clusters: int
    events: int
    verdicts: tuple[tuple[str, int], ...]
    """Clusters per verdict, every verdict listed, in report order (contradict first)."""
    findings: int
    skipped: int
    warnings: int

    def verdict_count(self, verdict: str) -> int:
        return dict(self.verdicts).get(verdict, 0)


@dataclass(frozen=True)
class ReportContext:
    corpus_name: str
    sources: tuple[Source, ...]
    """Sorted by id."""
    claims: tuple[Claim, ...]
    """Sorted by source id, then offsets."""
    clusters: tuple[Cluster, ...]
    """Contradictions first, then updates, compatible, agreeing and single-claim clusters."""
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[str, ...]
    settings: Settings
    summary: ReportSummary
    claim_by_id: Mapping[str, Claim]
    cluster_of: Mapping[str, str]
    """Claim id -> id of the cluster that holds it."""
    events: tuple[Event, ...] = ()
    """Sorted by id."""
    event_of: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Claim id -> id of the event that holds it."""
    incidents: tuple[IncidentView, ...] = ()
    """Every event (and every cluster no event holds), ranked: the order report.md and report.html use."""
    listed: tuple[IncidentView, ...] = ()
    """The incidents shown one by one: all of them, or all but the minor ones in a large corpus."""
    summarised: tuple[tuple[str, int], ...] = ()
    """Minor incidents not listed, counted by kind (most first); empty when every incident is listed."""
    repeats: int = 0
    """Clusters whose "agree" is one outlet agreeing with itself (shown as a figure one outlet gives)."""
    reliability: Reliability | None = None
    """Each slot's estimate and each outlet's and claimant's record (:mod:`crosscheck.reliability.corpus`);
    None when the reliability stage did not run."""

    def estimate(self, cluster_id: str) -> float | None:
        """The slot's best estimate, weighing its sources by their reliability (None: none made)."""
        found = self.reliability.estimates.get(cluster_id) if self.reliability else None
        return found.value if found else None

    def cluster_claims(self, cluster: Cluster) -> list[Claim]:
        """The cluster's claims in reading order: by publication date, then source and offset."""
        found = [self.claim_by_id[cid] for cid in cluster.claim_ids if cid in self.claim_by_id]
        return sorted(found, key=_chronological_key)

    def source_claims(self, source_id: str) -> list[Claim]:
        return [c for c in self.claims if c.source_id == source_id]


def _chronological_key(claim: Claim) -> tuple[date, str, int, int]:
    return (claim.source.published or date.max, claim.source_id, claim.start, claim.end)


def _claim_key(claim: Claim) -> tuple[str, int, int, str]:
    return (claim.source_id, claim.start, claim.end, claim.kind)


def cluster_sort_key(cluster: Cluster) -> tuple[int, int, str]:
    rank = VERDICTS.index(cluster.verdict) if cluster.verdict in VERDICTS else len(VERDICTS)
    return (rank, -cluster.outlets, cluster.id)


def build_report(
    corpus: Corpus,
    claims: Sequence[Claim],
    clusters: Sequence[Cluster],
    findings: Sequence[Finding],
    settings: Settings,
    events: Sequence[Event] = (),
    reliability: Reliability | None = None,
) -> ReportContext:
    sorted_claims = tuple(sorted(claims, key=_claim_key))
    sorted_clusters = tuple(sorted(clusters, key=cluster_sort_key))
    cluster_of: dict[str, str] = {}
    for cluster in sorted_clusters:
        for cid in cluster.claim_ids:
            cluster_of.setdefault(cid, cluster.id)
    per_verdict = {v: 0 for v in VERDICTS}
    for cluster in sorted_clusters:
        per_verdict[cluster.verdict] = per_verdict.get(cluster.verdict, 0) + 1
    summary = ReportSummary(
        sources=len(corpus.sources),
        claims=len(sorted_claims),
        numeric_claims=sum(1 for c in sorted_claims if c.kind == "numeric"),
        factual_claims=sum(1 for c in sorted_claims if c.kind == "factual"),
        clusters=len(sorted_clusters),
        events=len(events),
        verdicts=tuple(per_verdict.items()),
        findings=len(findings),
        skipped=len(corpus.skipped),
        warnings=len(corpus.warnings),
    )
    claim_by_id = MappingProxyType({c.id: c for c in sorted_claims})
    incidents = build_incidents(events, sorted_clusters, claim_by_id)
    minor = [view for view in incidents if view.minor]
    summarise = len(minor) > MINOR_LISTED_AT_MOST
    return ReportContext(
        corpus_name=corpus.name,
        sources=tuple(sorted(corpus.sources, key=lambda s: s.id)),
        claims=sorted_claims,
        clusters=sorted_clusters,
        findings=tuple(sorted(findings, key=lambda f: (f.source_id, f.kind, f.claim_ids, f.explanation))),
        skipped=tuple(sorted(corpus.skipped, key=lambda s: (s.path, s.line or 0, s.reason))),
        warnings=tuple(corpus.warnings),
        settings=settings,
        summary=summary,
        claim_by_id=claim_by_id,
        cluster_of=MappingProxyType(cluster_of),
        events=tuple(sorted(events, key=lambda event: event.id)),
        event_of=MappingProxyType({cid: event.id for event in events for cid in event.claim_ids}),
        incidents=incidents,
        listed=tuple(view for view in incidents if not (summarise and view.minor)),
        summarised=minor_by_kind(minor) if summarise else (),
        repeats=sum(1 for view in incidents for slot in view.slots if slot.repeat_only),
        reliability=reliability,
    )
