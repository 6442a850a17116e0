"""report.md: the report as GitHub-flavoured Markdown, readable in a pull request.

The same order as report.html: the summary, the ranked incidents, then each incident with its figures
(the disputed ones first, each with its claims, one outlet's repeats collapsed).
"""

from __future__ import annotations

import re

from crosscheck.model import Claim
from crosscheck.report import _format as fmt
from crosscheck.report import sources
from crosscheck.report.context import ReportContext
from crosscheck.report.incidents import ClaimRow, IncidentView, SlotView

_SIGNIFICANT = re.compile(r"([\\`*_{}\[\]<>#|~!&])")
_WHITESPACE = re.compile(r"\s+")


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


def _dates(row: ClaimRow) -> str:
    return ", ".join(fmt.day(d) for d in row.dates)


def _claim_cells(row: ClaimRow, sentence: bool = True) -> list[str]:
    """Outlet, dates, claimants, figure, times, and the quote (bold in its sentence, or alone)."""
    return [
        escape(row.outlet),
        _dates(row),
        escape("; ".join(row.claimants)) or "—",
        escape(row.figure) or "—",
        f"×{row.count}" if row.count > 1 else "",
        _quote_in_sentence(row.shown) if sentence else escape(row.shown.quote),
    ]


def _slot_section(slot: SlotView, estimate: float | None) -> list[str]:
    cluster = slot.cluster
    weighted = (
        "" if estimate is None else f"Weighted estimate: {escape(sources.estimate(estimate, cluster.unit))}. "
    )
    lines = [
        f"### {slot.verdict}: {escape(slot.about)}",
        "",
        f"**Verdict:** {slot.verdict}. {escape(fmt.explanation(cluster.explanation, cluster.verdict))}",
        "",
        _row(["#", "Outlet", "Date", "Claimant", "Figure", "Times", "Quote in its sentence"]),
        _row(["---:", "---", "---", "---", "---:", "---:", "---"]),
    ]
    lines += [_row([str(i), *_claim_cells(row)]) for i, row in enumerate(slot.rows, start=1)]
    rule = cluster.rule.replace("`", "'")
    lines += [
        "",
        f"Reconciled range: {escape(fmt.reconciled(cluster.reconciled, cluster.unit))}. {weighted}"
        f"Outlets: {cluster.outlets}, independent sources: {cluster.independent_sources}. "
        f"Rule: `{rule}`. Cluster `{escape(cluster.id)}`.",
        "",
    ]
    return lines


def _singles_section(slots: list[SlotView]) -> list[str]:
    """The figures no other outlet states, one line each, quoted without their sentences (report.html and
    report.json have them)."""
    lines = [
        f"### Figures one outlet gives ({len(slots)})",
        "",
        _row(["What", "Outlet", "Date", "Claimant", "Figure", "Times", "Quote"]),
        _row(["---", "---", "---", "---", "---:", "---:", "---"]),
    ]
    lines += [_row([escape(slot.about), *_claim_cells(row, False)]) for slot in slots for row in slot.rows]
    return [*lines, ""]


def _verdicts(view: IncidentView) -> str:
    return ", ".join(f"{verdict} ×{count}" if count > 1 else verdict for verdict, count in view.verdicts)


def _days(view: IncidentView) -> str:
    start, end = view.event.start, view.event.end
    return f"{fmt.day(start)} to {fmt.day(end)}" if start and end and start != end else fmt.day(start or end)


def _incident_section(view: IncidentView, ctx: ReportContext) -> list[str]:
    event = view.event
    outlets = len(event.outlets)
    meta = [
        escape(event.kind),
        escape(event.place) or "place unknown",
        _days(view),
        f"{outlets} outlet{'s' if outlets != 1 else ''}: {escape(', '.join(event.outlets))}",
    ]
    if event.claimants:
        meta.append(f"claimants: {escape(', '.join(event.claimants))}")
    lines = [f"## {view.rank}. {escape(event.title)}", "", " · ".join(meta) + f" · `{escape(event.id)}`", ""]
    for slot in view.slots:
        if slot.verdict != "single":
            lines += _slot_section(slot, ctx.estimate(slot.cluster.id))
    singles = [slot for slot in view.slots if slot.verdict == "single"]
    if singles:
        lines += _singles_section(singles)
    return lines


def _index(ctx: ReportContext) -> list[str]:
    lines = [
        "## Incidents",
        "",
        "Ranked by how much their outlets disagree (contradictions, then updates, weighted by independent "
        "sources), then by how many outlets report them.",
        "",
        _row(["#", "Incident", "Kind", "Place", "Dates", "Outlets", "Verdicts of its figures"]),
        _row(["---:", "---", "---", "---", "---", "---:", "---"]),
    ]
    for view in ctx.listed:
        event = view.event
        title = f"[{escape(event.title)}](#{view.rank}-{_slug(event.title)})"
        cells = [str(view.rank), title, escape(event.kind), escape(event.place) or "—", _days(view)]
        lines.append(_row([*cells, str(len(event.outlets)), _verdicts(view)]))
    if ctx.summarised:
        total = sum(count for _, count in ctx.summarised)
        kinds = ", ".join(f"{escape(kind)} {count}" for kind, count in ctx.summarised)
        lines += [
            "",
            f"Not listed: {total} incidents in which no figure is stated by more than one outlet ({kinds}). "
            "report.json holds every one.",
        ]
    return [*lines, ""]


def _sources_section(ctx: ReportContext) -> list[str]:
    reliability = ctx.reliability
    if reliability is None:
        return []
    lines = ["## Outlets and claimants", "", escape(sources.INTRO), ""]
    for kind, scores in (("Outlets", reliability.outlets), ("Claimants", reliability.claimants)):
        shown = sources.listed(scores)
        lines += [f"### {kind}", ""]
        if not shown:
            lines += [f"No {kind.lower()[:-1]} shares a slot with another independent source.", ""]
            continue
        lines += [
            _row(list(sources.HEADERS)),
            _row(["---:", "---", "---:", "---", "---:", "---:", "---:", "---:", "---"]),
        ]
        lines += [_row([escape(c) for c in sources.cells(rank, s)]) for rank, s in enumerate(shown, start=1)]
        lines.append("")
    return [*lines, escape(sources.unlisted(reliability)), ""]


def _slug(title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


def render_markdown(ctx: ReportContext) -> str:
    summary = ctx.summary
    lines = [
        f"# crosscheck report: {escape(ctx.corpus_name)}",
        "",
        f"{summary.sources} sources, {summary.claims} claims ({summary.numeric_claims} numeric, "
        f"{summary.factual_claims} factual), {summary.events} incidents, {summary.clusters} clusters, "
        f"{summary.findings} findings, "
        f"{summary.skipped} skipped inputs.",
        "",
        _row(["Verdict", "Clusters"]),
        _row(["---", "---:"]),
    ]
    lines += [_row([verdict, str(count)]) for verdict, count in summary.verdicts]
    lines.append("")
    if ctx.repeats:
        lines += [escape(fmt.repeats_note(ctx.repeats, summary.verdict_count("agree"))), ""]
    lines += _index(ctx)
    for view in ctx.listed:
        lines += _incident_section(view, ctx)
    lines += _sources_section(ctx)
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
