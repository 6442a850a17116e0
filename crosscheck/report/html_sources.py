"""report.html's "Outlets and claimants": a reliability plot and a table per kind, every text escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from crosscheck.report import sources
from crosscheck.report.context import ReportContext
from crosscheck.report.svg_sources import reliability_plot

if TYPE_CHECKING:
    from crosscheck.reliability.corpus import SourceScore


def _table(caption: str, scores: Sequence[SourceScore]) -> str:
    shown = sources.listed(scores)
    if not shown:
        return f"<p>No {escape(caption.lower()[:-1])} shares a slot with another independent source.</p>"
    numeric = {0, 2, 4, 5, 6, 7}
    head = "".join(
        f'<th scope="col"{" class=num" if i in numeric else ""}>{escape(h)}</th>'
        for i, h in enumerate(sources.HEADERS)
    )
    rows = []
    for rank, score in enumerate(shown, start=1):
        cells = sources.cells(rank, score)
        tds = "".join(
            f'<th scope="row">{escape(c)}</th>'
            if i == 1
            else f"<td{' class=num' if i in numeric else ''}>{escape(c)}</td>"
            for i, c in enumerate(cells)
        )
        rows.append(f"<tr>{tds}</tr>")
    return (
        f'<table class="sources"><caption class="small">{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def sources_html(ctx: ReportContext) -> str:
    reliability = ctx.reliability
    if reliability is None:
        return ""
    parts = ['<section id="outlets-and-claimants" aria-labelledby="sources-h">']
    parts.append('<h2 id="sources-h">Outlets and claimants</h2>')
    parts.append(f'<p class="small">{escape(sources.INTRO)}</p>')
    for kind, scores in (("Outlets", reliability.outlets), ("Claimants", reliability.claimants)):
        plot = reliability_plot(
            sources.plotted(scores), f"rel-{kind.lower()}", f"{kind}: reliability and its 90% interval"
        )
        parts += [f"<h3>{kind}</h3>", plot, _table(kind, scores)]
    parts.append(f'<p class="small">{escape(sources.unlisted(reliability))}</p>')
    parts.append("</section>")
    return "\n".join(parts)
