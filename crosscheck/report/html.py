"""report.html: one self-contained page (inline CSS and SVG, no scripts, no network), every text escaped."""

from __future__ import annotations

import re
from html import escape

from crosscheck.model import Claim, Cluster, Source
from crosscheck.report import _format as fmt
from crosscheck.report.context import ReportContext
from crosscheck.report.markdown import VERDICT_TITLES
from crosscheck.report.svg import interval_plot

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)

CSS = """
:root { --ink: #1d232b; --muted: #5a6572; --line: #d6dbe1; --paper: #ffffff; --band: #f4f6f8;
  --contradict: #a4161a; --update: #8a5a00; --compatible: #2b6a3f; --agree: #1f5f8b; --single: #5a6572; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--line); }
h3 { margin: 0 0 .4rem; font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
mark { background: #ffe58a; color: inherit; padding: 0 .1em; font-weight: 600; }
.muted, .small { color: var(--muted); } .small { font-size: .85rem; }
.cluster { border: 1px solid var(--line); border-left: 6px solid var(--single); border-radius: 4px;
  padding: .8rem 1rem; margin: 1rem 0; }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; color: #fff; font-size: .8rem;
  font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: var(--single); }
.v-contradict { border-left-color: var(--contradict); } .b-contradict { background: var(--contradict); }
.v-update { border-left-color: var(--update); } .b-update { background: var(--update); }
.v-compatible { border-left-color: var(--compatible); } .b-compatible { background: var(--compatible); }
.v-agree { border-left-color: var(--agree); } .b-agree { background: var(--agree); }
.summary { display: flex; flex-wrap: wrap; gap: .6rem; padding: 0; list-style: none; }
.summary li { border: 1px solid var(--line); border-radius: 4px; padding: .4rem .8rem; min-width: 7rem; }
.summary b { display: block; font-size: 1.4rem; }
svg.plot { max-width: 44rem; display: block; margin: .4rem 0; font-size: 12px; }
svg .label, svg .tick { fill: var(--ink); } svg .grid { stroke: var(--band); }
svg .axis { stroke: var(--muted); } svg .bar { fill: #2f5f98; fill-opacity: .85; }
svg .edge { stroke: #2f5f98; stroke-width: 2; } svg .arrow { fill: #2f5f98; fill-opacity: .5; }
svg .dot { fill: #1d232b; } svg .approx { fill: #fff; stroke: #1d232b; stroke-width: 2; }
nav ul { columns: 2; font-size: .9rem; }
a { color: #1f5f8b; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; } nav { display: none; }
  .cluster { break-inside: avoid; } mark { background: none; text-decoration: underline; }
  .badge { color: #000; border: 1px solid #000; background: none; }
}
""".strip()


def _e(text: str | None, empty: str = "—") -> str:
    return escape(text, quote=True) if text else empty


def _anchor(index: int) -> str:
    return f"cluster-{index + 1}"


def _quote_html(claim: Claim) -> str:
    before, quote, after = fmt.quote_parts(claim)
    return f"{escape(before)}<mark>{escape(quote)}</mark>{escape(after)}"


def _claim_row(claim: Claim) -> str:
    details = []
    if claim.time and claim.time.text:
        details.append(f"refers to: {_e(claim.time.text)}")
    if claim.hedge:
        details.append(f"hedged: {_e(claim.hedge)}")
    outlet = _e(claim.source.outlet, f'<span class="muted">{escape(claim.source_id)}</span>')
    extra = f'<div class="small">{"; ".join(details)}</div>' if details else ""
    return (
        "<tr>"
        f'<th scope="row">{outlet}</th>'
        f"<td>{fmt.day(claim.source.published)}</td>"
        f"<td>{_e(claim.attribution)}</td>"
        f"<td>{_quote_html(claim)}{extra}</td>"
        f'<td class="num">{_e(fmt.interval(claim))}</td>'
        "</tr>"
    )


def _cluster_html(ctx: ReportContext, cluster: Cluster, index: int) -> str:
    claims = ctx.cluster_claims(cluster)
    about = ", ".join(x for x in (cluster.measure, cluster.location) if x)
    anchor = _anchor(index)
    plot = interval_plot(claims, f"{anchor}-plot", f"Intervals claimed in {cluster.id}")
    rows = "\n".join(_claim_row(c) for c in claims)
    verdict = escape(cluster.verdict)
    return f"""<section class="cluster v-{verdict}" id="{anchor}" aria-labelledby="{anchor}-h">
<h3 id="{anchor}-h"><span class="badge b-{verdict}">{verdict}</span>
{_e(cluster.id)}{f' <span class="muted">· {_e(about)}</span>' if about else ""}</h3>
<p>{_e(cluster.explanation)}</p>
{plot}
<table>
<thead><tr><th scope="col">Outlet</th><th scope="col">Date</th><th scope="col">Claimant</th>
<th scope="col">Quote in its sentence</th><th scope="col" class="num">Interval</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p class="small">Reconciled range: <b>{_e(fmt.reconciled(cluster.reconciled, cluster.unit))}</b>
· outlets: {cluster.outlets} · independent sources: {cluster.independent_sources}
· rule: <code>{_e(cluster.rule)}</code></p>
</section>"""


def _summary_html(ctx: ReportContext) -> str:
    s = ctx.summary
    items = [(str(count), verdict) for verdict, count in s.verdicts]
    items += [(str(s.sources), "sources"), (str(s.claims), "claims"), (str(s.skipped), "skipped inputs")]
    lis = "".join(f"<li><b>{n}</b>{escape(label)}</li>" for n, label in items)
    return f'<ul class="summary" aria-label="Summary">{lis}</ul>'


def _nav_html(ctx: ReportContext) -> str:
    if not ctx.clusters:
        return ""
    items = "".join(
        f'<li><a href="#{_anchor(i)}">{escape(c.verdict)}: {_e(c.id)}</a></li>'
        for i, c in enumerate(ctx.clusters)
        if c.verdict != "single"
    )
    return f'<nav aria-label="Clusters"><ul>{items}</ul></nav>' if items else ""


def _source_row(source: Source) -> str:
    url = source.url or ""
    if _SAFE_URL.match(url):
        link = f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{escape(url)}</a>'
    else:
        link = _e(url)
    return (
        f"<tr><td><code>{_e(source.id)}</code></td><td>{_e(source.outlet)}</td>"
        f"<td>{fmt.day(source.published)}</td><td>{_e(source.title)}</td>"
        f"<td>{_e(source.path)}</td><td>{link}</td></tr>"
    )


def _findings_html(ctx: ReportContext) -> str:
    if not ctx.findings:
        return "<p>No internal-consistency problems found.</p>"
    rows = []
    for f in ctx.findings:
        quotes = "; ".join(
            f"<q>{escape(ctx.claim_by_id[cid].quote)}</q>" for cid in f.claim_ids if cid in ctx.claim_by_id
        )
        rows.append(
            f"<tr><td><code>{_e(f.source_id)}</code></td><td>{_e(f.kind)}</td>"
            f"<td>{_e(f.explanation)}</td><td>{quotes or '—'}</td></tr>"
        )
    return (
        '<table><thead><tr><th scope="col">Source</th><th scope="col">Kind</th>'
        '<th scope="col">Explanation</th><th scope="col">Quotes</th></tr></thead><tbody>'
        + "\n".join(rows)
        + "</tbody></table>"
    )


def _skipped_html(ctx: ReportContext) -> str:
    if not ctx.skipped:
        return "<p>None.</p>"
    rows = "\n".join(
        f"<tr><td>{_e(s.path)}</td><td class=num>{'' if s.line is None else s.line}</td>"
        f"<td>{_e(s.reason)}</td></tr>"
        for s in ctx.skipped
    )
    return (
        '<table><thead><tr><th scope="col">Path</th><th scope="col" class="num">Line</th>'
        f'<th scope="col">Reason</th></tr></thead><tbody>{rows}</tbody></table>'
    )


def render_html(ctx: ReportContext) -> str:
    s = ctx.summary
    sections = []
    index = 0
    for verdict, title in VERDICT_TITLES.items():
        group = [c for c in ctx.clusters if c.verdict == verdict]
        if not group:
            continue
        body = []
        for cluster in group:
            body.append(_cluster_html(ctx, cluster, index))
            index += 1
        content = "\n".join(body)
        if verdict == "single":
            content = (
                f"<details><summary>{len(group)} figures that no other claim states</summary>\n"
                f"{content}\n</details>"
            )
        sections.append(f"<h2>{escape(title)}</h2>\n" + content)
    warnings = ""
    if ctx.warnings:
        warnings = "<h2>Warnings</h2><ul>" + "".join(f"<li>{_e(w)}</li>" for w in ctx.warnings) + "</ul>"
    sources = "\n".join(_source_row(src) for src in ctx.sources)
    settings = ", ".join(f"{escape(k)}={_e(str(v), 'None')}" for k, v in ctx.settings.as_dict().items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="crosscheck">
<title>crosscheck report: {_e(ctx.corpus_name)}</title>
<style>
{CSS}
</style>
</head>
<body>
<header>
<h1>crosscheck report: {_e(ctx.corpus_name)}</h1>
<p class="muted">{s.sources} sources · {s.claims} claims
({s.numeric_claims} numeric, {s.factual_claims} factual) · {s.clusters} clusters
· {s.findings} findings · {s.skipped} skipped inputs</p>
{_summary_html(ctx)}
</header>
{_nav_html(ctx)}
<main>
{chr(10).join(sections) if sections else "<p>No clusters.</p>"}
<h2>Internal consistency</h2>
{_findings_html(ctx)}
<h2>Skipped inputs</h2>
{_skipped_html(ctx)}
{warnings}
<h2>Sources</h2>
<table><thead><tr><th scope="col">Id</th><th scope="col">Outlet</th><th scope="col">Date</th>
<th scope="col">Title</th><th scope="col">Path</th><th scope="col">URL</th></tr></thead>
<tbody>
{sources}
</tbody></table>
</main>
<footer><p class="small">Settings: {settings}</p></footer>
</body>
</html>
"""
