"""Findings from the matches: the rule each figure meets, the figure it is held against and who gives it,
the incident, the review UI's link, the fingerprint, and the line and column in the file."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import quote as url_quote

from crosscheck.check.findings import RULE_BY_ID, CheckFinding, Established, Incident, SourceRef, fingerprint
from crosscheck.check.judge import (
    against_review,
    against_sources,
    claim_figure,
    established_claim,
    figure_text,
    sources_figure,
)
from crosscheck.check.locate import Locator
from crosscheck.check.matching import Match
from crosscheck.check.stored import incident_titles, reviewed_figures
from crosscheck.compare.independence import count_independent
from crosscheck.compare.timing import when
from crosscheck.config import Settings
from crosscheck.model import Claim
from crosscheck.store import Store


def findings_of(
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
                count_independent(list(match.members)), count_independent(list(match.members)),
            )  # fmt: skip
        else:
            outcome = against_sources(claim, cluster, match.members, settings)
            rule = outcome.rule if outcome else None
            standing = list(outcome.against) if outcome else []
            established = (
                Established(
                    sources_figure(standing, settings),
                    "sources",
                    _refs(standing),
                    "",
                    outcome.independent,
                    count_independent(standing),
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
    "contradicts-some-sources": "differs from {figure}, which {k} of the {n} independent source(s) of this "
    "quantity give (nothing agreed yet)",
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
    quote = " ".join(claim.quote.split())
    what = claim.measure or claim.unit or "figure"
    text = _MESSAGES[rule].format(
        figure=established.figure if established else "",
        n=established.independent_sources if established else 0,
        k=established.named_sources if established else 0,
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
