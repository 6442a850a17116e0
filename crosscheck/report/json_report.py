"""report.json: the public contract (see schema.json). Fields may be added, never renamed."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from crosscheck.model import Claim, Cluster, Event, Finding, Skipped, Source, TimeSpan
from crosscheck.report._format import json_number
from crosscheck.report.context import ReportContext
from crosscheck.report.incidents import IncidentView

if TYPE_CHECKING:
    from crosscheck.reliability.corpus import SlotEstimate, SourceScore

SCHEMA_VERSION = "1"


def source_to_dict(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "outlet": source.outlet,
        "title": source.title,
        "published": source.published.isoformat() if source.published else None,
        "url": source.url,
        "location": source.location,
    }


def _time_to_dict(span: TimeSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {
        "start": span.start.isoformat() if span.start else None,
        "end": span.end.isoformat() if span.end else None,
        "text": span.text,
    }


def claim_to_dict(claim: Claim, cluster_id: str | None = None) -> dict[str, Any]:
    """One claim as report.json and ``crosscheck extract --format jsonl`` write it. A factual claim also
    says what it is about (aspect), its words (actor_detail), its weapon and its scope; a claim reviewers
    corrected (``run --db``) lists the corrections applied, each with its decision in the store."""
    record: dict[str, Any] = {
        "id": claim.id,
        "source_id": claim.source_id,
        "kind": claim.kind,
        "quote": claim.quote,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "sentence_start": claim.sentence_start,
        "sentence_end": claim.sentence_end,
        "value": json_number(claim.value),
        "low": json_number(claim.low),
        "high": json_number(claim.high),
        "qualifier": claim.qualifier,
        "unit": claim.unit,
        "measure": claim.measure,
        "attribution": claim.attribution,
        "hedge": claim.hedge,
        "location": claim.location,
        "location_basis": claim.location_basis,
        "time": _time_to_dict(claim.time),
        "rule": claim.rule,
        "part_of": claim.part_of,
        "actor": claim.actor,
        "action": claim.action,
        "target": claim.target,
        "polarity": claim.polarity,
        "cluster_id": cluster_id,
    }
    if claim.kind == "factual":
        record |= {
            "aspect": claim.aspect,
            "actor_detail": claim.actor_detail,
            "weapon": claim.weapon,
            "scope": claim.scope,
        }
    if claim.corrections:
        record["corrections"] = [
            {"decision": fix.decision, "field": fix.field, "correction": fix.correction}
            for fix in claim.corrections
        ]
    return record


def _ratio(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def estimate_to_dict(estimate: SlotEstimate | None) -> dict[str, Any] | None:
    if estimate is None:
        return None
    return {
        "value": json_number(estimate.value),
        "support": _ratio(estimate.support),
        "known": estimate.known,
    }


def source_score_to_dict(score: SourceScore, rank: int) -> dict[str, Any]:
    """One outlet's or claimant's record; ``rank`` 1 for the most reliable."""
    return {
        "name": score.name,
        "rank": rank,
        "claims": score.claims,
        "slots": score.slots,
        "shared": score.shared,
        "agreed": score.agreed,
        "contradicted": score.contradicted,
        "reliability": _ratio(score.reliability),
        "reliability_low": _ratio(score.low),
        "reliability_high": _ratio(score.high),
        "bias": _ratio(score.bias),
        "bias_low": _ratio(score.bias_low),
        "bias_high": _ratio(score.bias_high),
        "miss_bias": _ratio(score.miss_bias),
        "higher": score.higher,
        "lower": score.lower,
    }


def cluster_to_dict(cluster: Cluster, estimate: SlotEstimate | None = None) -> dict[str, Any]:
    """The cluster; its ``estimate`` when the reliability stage made one (numeric clusters)."""
    rec = cluster.reconciled
    extra = {} if estimate is None else {"estimate": estimate_to_dict(estimate)}
    return extra | {
        "id": cluster.id,
        "claim_ids": list(cluster.claim_ids),
        "verdict": cluster.verdict,
        "explanation": cluster.explanation,
        "rule": cluster.rule,
        "measure": cluster.measure,
        "unit": cluster.unit,
        "location": cluster.location,
        "reconciled": None
        if rec is None
        else {
            "minimum": json_number(rec.minimum),
            "maximum": json_number(rec.maximum),
            "best": json_number(rec.best),
        },
        "outlets": cluster.outlets,
        "independent_sources": cluster.independent_sources,
        "event_id": cluster.event_id,
    }


def event_to_dict(event: Event, view: IncidentView | None = None) -> dict[str, Any]:
    """The event; with its report view, also its ``rank`` in the report and its ``verdicts`` as shown."""
    extra: dict[str, Any] = {} if view is None else {"rank": view.rank, "verdicts": dict(view.verdicts)}
    return extra | {
        "id": event.id,
        "title": event.title,
        "kind": event.kind,
        "place": event.place,
        "start": event.start.isoformat() if event.start else None,
        "end": event.end.isoformat() if event.end else None,
        "claim_ids": list(event.claim_ids),
        "cluster_ids": list(event.cluster_ids),
        "outlets": list(event.outlets),
        "claimants": list(event.claimants),
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind,
        "source_id": finding.source_id,
        "claim_ids": list(finding.claim_ids),
        "explanation": finding.explanation,
    }


def skipped_to_dict(skipped: Skipped) -> dict[str, Any]:
    return {"path": skipped.path, "reason": skipped.reason, "line": skipped.line}


def to_json_dict(ctx: ReportContext) -> dict[str, Any]:
    summary = ctx.summary
    view_of = {view.event.id: view for view in ctx.incidents}
    reliability = ctx.reliability
    estimates = reliability.estimates if reliability else {}
    return {
        "schema_version": SCHEMA_VERSION,
        "corpus": ctx.corpus_name,
        "summary": {
            "sources": summary.sources,
            "claims": summary.claims,
            "numeric_claims": summary.numeric_claims,
            "factual_claims": summary.factual_claims,
            "clusters": summary.clusters,
            "events": summary.events,
            "verdicts": dict(summary.verdicts),
            "findings": summary.findings,
            "skipped": summary.skipped,
            "warnings": summary.warnings,
        },
        "sources": [source_to_dict(s) for s in ctx.sources],
        "claims": [claim_to_dict(c, ctx.cluster_of.get(c.id)) for c in ctx.claims],
        "clusters": [cluster_to_dict(c, estimates.get(c.id)) for c in ctx.clusters],
        "events": [event_to_dict(e, view_of.get(e.id)) for e in ctx.events],
        "findings": [finding_to_dict(f) for f in ctx.findings],
        "skipped": [skipped_to_dict(s) for s in ctx.skipped],
        "warnings": list(ctx.warnings),
        "outlets": [source_score_to_dict(s, i) for i, s in enumerate(reliability.outlets, 1)]
        if reliability
        else [],
        "claimants": [source_score_to_dict(s, i) for i, s in enumerate(reliability.claimants, 1)]
        if reliability
        else [],
        "settings": {
            k: json_number(v) if isinstance(v, float) else v for k, v in ctx.settings.as_dict().items()
        },
    }


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


def render_json(ctx: ReportContext) -> str:
    return dumps(to_json_dict(ctx))
