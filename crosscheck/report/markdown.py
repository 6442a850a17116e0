"""report.md: the report as GitHub-flavoured Markdown, readable in a pull request."""

from __future__ import annotations

import re

from crosscheck.model import Claim, Cluster
from crosscheck.report import _format as fmt
from crosscheck.report.context import ReportContext

_SIGNIFICANT = re.compile(r"([\\`*_{}\[\]<>#|~!&])")
_WHITESPACE = re.compile(r"\s+")

VERDICT_TITLES = {
    "contradict": "Contradictions",
    "update": "Updates",
    "compatible": "Compatible figures",
    "agree": "Agreements",
    "single": "Figures reported once",
}


def _inline(text: str) -> str:
    return _SIGNIFICANT.sub(r"\\\1", _WHITESPACE.sub(" ", text))


def escape(text: str | None) -> str:
    """Article text made inert: Markdown punctuation and pipes backslash-escaped, on one line."""
    return _inline(text).strip() if text else ""


def _quote_in_sentence(claim: Claim) -> str:
    before, quote, after = fmt.quote_parts(claim)
    core = quote.strip()
    if not core:
        return escape(before + quote + after)
    lead = quote[: len(quote) - len(quote.lstrip())]
    trail = quote[len(quote.rstrip()) :]
    text = _inline(before + lead) + f"**{_inline(core)}**" + _inline(trail + after)
    return text.strip()


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _sentence(explanation: str, verdict: str) -> str:
    body = explanation.removeprefix(verdict + ": ")
    return body[:1].upper() + body[1:]


def _cluster_section(ctx: ReportContext, cluster: Cluster) -> list[str]:
    claims = ctx.cluster_claims(cluster)
    about = ", ".join(escape(x) for x in (cluster.measure, cluster.location) if x)
    lines = [
        f"### {escape(cluster.id)}: {cluster.verdict}" + (f" ({about})" if about else ""),
        "",
        f"**Verdict:** {cluster.verdict}. {escape(_sentence(cluster.explanation, cluster.verdict))}",
        "",
        _row(["Outlet", "Date", "Claimant", "Quote in its sentence", "Interval"]),
        _row(["---"] * 5),
    ]
    for claim in claims:
        lines.append(
            _row(
                [
                    escape(claim.source.outlet) or f"*{escape(claim.source_id)}*",
                    fmt.day(claim.source.published),
                    escape(claim.attribution) or "—",
                    _quote_in_sentence(claim),
                    escape(fmt.interval(claim)) or "—",
                ]
            )
        )
    rule = cluster.rule.replace("`", "'")
    lines += [
        "",
        f"Reconciled range: {escape(fmt.reconciled(cluster.reconciled, cluster.unit))}. "
        f"Outlets: {cluster.outlets}, independent sources: {cluster.independent_sources}. "
        f"Rule: `{rule}`.",
        "",
    ]
    return lines


def render_markdown(ctx: ReportContext) -> str:
    summary = ctx.summary
    lines = [
        f"# crosscheck report: {escape(ctx.corpus_name)}",
        "",
        f"{summary.sources} sources, {summary.claims} claims ({summary.numeric_claims} numeric, "
        f"{summary.factual_claims} factual), {summary.clusters} clusters, {summary.findings} findings, "
        f"{summary.skipped} skipped inputs.",
        "",
        _row(["Verdict", "Clusters"]),
        _row(["---", "---:"]),
    ]
    lines += [_row([verdict, str(count)]) for verdict, count in summary.verdicts]
    lines.append("")
    for verdict, title in VERDICT_TITLES.items():
        clusters = [c for c in ctx.clusters if c.verdict == verdict]
        if not clusters:
            continue
        lines += [f"## {title}", ""]
        for cluster in clusters:
            lines += _cluster_section(ctx, cluster)
    lines += ["## Internal consistency", ""]
    if ctx.findings:
        lines += [_row(["Source", "Kind", "Explanation"]), _row(["---"] * 3)]
        lines += [_row([escape(f.source_id), escape(f.kind), escape(f.explanation)]) for f in ctx.findings]
    else:
        lines.append("No internal-consistency problems found.")
    lines += ["", "## Skipped inputs", ""]
    if ctx.skipped:
        lines += [_row(["Path", "Line", "Reason"]), _row(["---"] * 3)]
        lines += [
            _row([escape(s.path), str(s.line) if s.line is not None else "", escape(s.reason)])
            for s in ctx.skipped
        ]
    else:
        lines.append("None.")
    if ctx.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- {escape(w)}" for w in ctx.warnings]
    lines += ["", "## Sources", "", _row(["Id", "Outlet", "Date", "Title"]), _row(["---"] * 4)]
    lines += [
        _row([escape(s.id), escape(s.outlet) or "—", fmt.day(s.published), escape(s.title) or "—"])
        for s in ctx.sources
    ]
    return "\n".join(lines) + "\n"
