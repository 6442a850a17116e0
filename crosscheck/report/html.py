"""report.html: one self-contained page, by incident, every text escaped.

The first screen is the summary and the ranked incidents table (filtered and sorted by a small inline
script, readable without it); then one section per incident (:mod:`crosscheck.report.html_incidents`).
A Content-Security-Policy lets the page load nothing: no file, no font, no connection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from crosscheck.model import Source
from crosscheck.report import _format as fmt
from crosscheck.report.context import ReportContext
from crosscheck.report.html_assets import CSP, CSS, SCRIPT
from crosscheck.report.html_incidents import e as _e
from crosscheck.report.html_incidents import incident_html, incidents_index, summarised_html
from crosscheck.report.html_sources import sources_html
from crosscheck.report.svg import SHARED_DEFS

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


def _summary_html(ctx: ReportContext) -> str:
    s = ctx.summary
    items = [(str(s.events), "incidents")]
    items += [(str(count), f"{verdict} clusters") for verdict, count in s.verdicts]
    lis = "".join(f"<li><b>{n}</b>{escape(label)}</li>" for n, label in items)
    return f'<ul class="summary" aria-label="Summary">{lis}</ul>'


def _source_link(source: Source) -> str:
    url = source.url or ""
    if _SAFE_URL.match(url):
        return f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{escape(url)}</a>'
    return _e(url)


def _sources_html(sources: Sequence[Source]) -> str:
    """The sources table; a path every source shares is said once above it, and the URL column is left out
    when no source has one (a corpus of 800 rows from one CSV repeated its path 800 times)."""
    paths = {source.path for source in sources}
    shared = _e(next(iter(paths))) if len(paths) == 1 and None not in paths else ""
    with_urls = any(source.url for source in sources)
    header = ["Id", "Outlet", "Date", "Title", *([] if shared else ["Path"]), *(["URL"] if with_urls else [])]
    rows = []
    for source in sources:
        cells = [
            f"<td><code>{_e(source.id)}</code></td>",
            f"<td>{_e(source.outlet)}</td>",
            f"<td>{fmt.day(source.published)}</td>",
            f"<td>{_e(source.title)}</td>",
            *([] if shared else [f"<td>{_e(source.path)}</td>"]),
            *([f"<td>{_source_link(source)}</td>"] if with_urls else []),
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    caption = (
        f'<caption class="small">Every source read from <code>{shared}</code></caption>' if shared else ""
    )
    head = "".join(f'<th scope="col">{name}</th>' for name in header)
    body = "\n".join(rows)
    return f"<table>{caption}<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table>"


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


def _repeats_note(ctx: ReportContext) -> str:
    if not ctx.repeats:
        return ""
    return f'<p class="small">{escape(fmt.repeats_note(ctx.repeats, ctx.summary.verdict_count("agree")))}</p>'


def render_html(ctx: ReportContext) -> str:
    s = ctx.summary
    sections = "\n".join(incident_html(view, ctx.estimate) for view in ctx.listed)
    warnings = ""
    if ctx.warnings:
        warnings = "<h2>Warnings</h2><ul>" + "".join(f"<li>{_e(w)}</li>" for w in ctx.warnings) + "</ul>"
    sources = _sources_html(ctx.sources)
    settings = ", ".join(f"{escape(k)}={_e(str(v), 'None')}" for k, v in ctx.settings.as_dict().items())
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="crosscheck">
<title>crosscheck report: {_e(ctx.corpus_name)}</title>
<style>{CSS}</style>
</head>
<body>
{SHARED_DEFS}
<header id="top">
<h1>crosscheck report: {_e(ctx.corpus_name)}</h1>
<p class="muted">{s.sources} sources · {s.claims} claims
({s.numeric_claims} numeric, {s.factual_claims} factual) · {s.events} incidents
· {s.clusters} clusters · {s.findings} findings · {s.skipped} skipped inputs</p>
{_summary_html(ctx)}
{_repeats_note(ctx)}
</header>
<main>
<h2>Incidents</h2>
{incidents_index(ctx)}
{summarised_html(ctx)}
{sections}
{sources_html(ctx)}
<h2>Internal consistency</h2>
{_findings_html(ctx)}
<h2>Skipped inputs</h2>
{_skipped_html(ctx)}
{warnings}
<h2>Sources</h2>
{sources}
</main>
<footer><p class="small">Settings: {settings}</p></footer>
<script>{SCRIPT}</script>
</body>
</html>
"""
