"""report.html's incidents: the ranked, filterable table of the first screen, and one section per incident."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from crosscheck.model import VERDICTS, Claim
from crosscheck.report import _format as fmt
from crosscheck.report import sources
from crosscheck.report.context import ReportContext
from crosscheck.report.incidents import ClaimRow, IncidentView, SlotView
from crosscheck.report.svg import timeline_plot


def e(text: str | None, empty: str = "—") -> str:
    return escape(text, quote=True) if text else empty


def badge(verdict: str, count: int | None = None) -> str:
    times = f" ×{count}" if count and count > 1 else ""
    return f'<span class="badge b-{escape(verdict)}">{escape(verdict)}{times}</span>'


def days(start: date | None, end: date | None) -> str:
    if start and end and start != end:
        return f"{start.isoformat()} to {end.isoformat()}"
    return fmt.day(start or end)


def _dates(values: tuple[date | None, ...]) -> str:
    return ", ".join(fmt.day(d) for d in values)


def quote_html(claim: Claim) -> str:
    before, quote, after = fmt.quote_parts(claim)
    return f"{escape(before)}<mark>{escape(quote)}</mark>{escape(after)}"


def _details(claim: Claim) -> str:
    details = []
    if claim.time and claim.time.text:
        details.append(f"refers to: {e(claim.time.text)}")
    if claim.hedge:
        details.append(f"hedged: {e(claim.hedge)}")
    return f'<div class="small">{"; ".join(details)}</div>' if details else ""


def _verdicts_html(view: IncidentView) -> str:
    return "".join(badge(verdict, count) for verdict, count in view.verdicts)


def _index_row(view: IncidentView) -> str:
    event = view.event
    search = " ".join((*event.outlets, *event.claimants)).lower()
    verdicts = " ".join(verdict for verdict, _ in view.verdicts)
    return (
        f'<tr data-kind="{e(event.kind)}" data-verdicts="{escape(verdicts)}" data-search="{e(search, "")}">'
        f'<td class="num">{view.rank}</td>'
        f'<td><a href="#{e(event.id)}">{e(event.title)}</a></td>'
        f"<td>{e(event.kind)}</td><td>{e(event.place)}</td>"
        f'<td class="day" data-sort="{(event.start or date.max).isoformat()}">'
        f"{days(event.start, event.end)}</td>"
        f'<td class="num">{len(event.outlets)}</td>'
        f'<td data-sort="{view.rank:06d}">{_verdicts_html(view)}</td>'
        "</tr>"
    )


def _select(name: str, label: str, options: list[str]) -> str:
    choices = "".join(f'<option value="{e(o)}">{e(o)}</option>' for o in options)
    return f'<label>{label}<select name="{name}"><option value="">any</option>{choices}</select></label>'


def incidents_index(ctx: ReportContext) -> str:
    """The first screen's table: every listed incident, most pressing first."""
    if not ctx.listed:
        return "<p>No incidents.</p>"
    kinds = sorted({view.event.kind for view in ctx.listed})
    form = (
        '<form id="filters" hidden role="search" aria-controls="incidents">'
        '<label>Filter<input name="q" type="search" placeholder="place, outlet, claimant, kind…"></label>'
        f"{_select('verdict', 'Verdict', list(VERDICTS))}{_select('kind', 'Kind', kinds)}"
        '<span id="shown" class="small" aria-live="polite"></span></form>'
    )
    head = "".join(
        f'<th scope="col"{cls}>{name}</th>'
        for name, cls in (
            ("#", ' class="num"'),
            ("Incident", ""),
            ("Kind", ""),
            ("Place", ""),
            ("Dates", ""),
            ("Outlets", ' class="num"'),
            ("Verdicts of its figures", ""),
        )
    )
    rows = "\n".join(_index_row(view) for view in ctx.listed)
    return (
        f'{form}\n<table id="incidents"><caption class="small">Incidents ranked by how much their outlets '
        "disagree (contradictions, then updates, weighted by independent sources), then by how many "
        f"outlets report them.</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody></table>"
    )


def summarised_html(ctx: ReportContext) -> str:
    if not ctx.summarised:
        return ""
    total = sum(count for _, count in ctx.summarised)
    kinds = ", ".join(f"{escape(kind)} {count}" for kind, count in ctx.summarised)
    return (
        f"<p>Not listed: <b>{total}</b> incidents in which no figure is stated by more than one outlet "
        f"({kinds}). report.json holds every one.</p>"
    )


def _row_cells(row: ClaimRow) -> str:
    """Outlet, dates, claimants, figure, times, quote: the cells every claims table shares."""
    times = f"×{row.count}" if row.count > 1 else ""
    return (
        f'<th scope="row">{e(row.outlet)}</th>'
        f"<td>{_dates(row.dates)}</td><td>{e('; '.join(row.claimants))}</td>"
        f"<td>{e(row.figure)}</td><td>{times}</td>"
        f"<td>{quote_html(row.shown)}{_details(row.shown)}</td>"
    )


def _claims_head(first: str) -> str:
    names = (first, "Outlet", "Date", "Claimant", "Figure", "Times", "Quote in its sentence")
    cells = "".join(f'<th scope="col">{name}</th>' for name in names)
    return f"<thead><tr>{cells}</tr></thead>"


def _slot_html(slot: SlotView, estimate: float | None) -> str:
    cluster = slot.cluster
    anchor = e(cluster.id)
    about = slot.about
    plot = timeline_plot(slot.rows, f"{anchor}-plot", f"{about}: figures by publication date")
    weighted = ""
    if estimate is not None:
        weighted = f"\n· weighted estimate: <b>{e(sources.estimate(estimate, cluster.unit))}</b>"
    rows = "\n".join(
        f'<tr><td class="num">{i}</td>{_row_cells(row)}</tr>' for i, row in enumerate(slot.rows, start=1)
    )
    return f"""<div class="slot v-{escape(slot.verdict)}" id="{anchor}">
<h3>{badge(slot.verdict)} {e(about)}</h3>
<p>{e(fmt.explanation(cluster.explanation, cluster.verdict))}</p>
{plot}
<table class="claims">{_claims_head("#")}<tbody>
{rows}
</tbody></table>
<p class="small">Reconciled range: <b>{e(fmt.reconciled(cluster.reconciled, cluster.unit))}</b>{weighted}
· outlets: {cluster.outlets} · independent sources: {cluster.independent_sources}
· rule: <code>{e(cluster.rule)}</code></p>
</div>"""


def _singles_html(slots: list[SlotView], open_: bool) -> str:
    """One table for the figures no other outlet states; folded when the incident has disputed figures."""
    rows = []
    for slot in slots:
        for i, row in enumerate(slot.rows):
            anchor = f' id="{e(slot.cluster.id)}"' if i == 0 else ""
            rows.append(f"<tr{anchor}><td>{e(slot.about)}</td>{_row_cells(row)}</tr>")
    return (
        f'<details class="singles"{" open" if open_ else ""}>'
        f"<summary>Figures one outlet gives ({len(slots)})</summary>\n"
        f'<table class="claims">{_claims_head("What")}'
        "<tbody>\n" + "\n".join(rows) + "\n</tbody></table></details>"
    )


def incident_html(view: IncidentView, estimate: Callable[[str], float | None] = lambda _: None) -> str:
    """The incident's section; ``estimate`` gives a slot's weighted estimate by cluster id."""
    event = view.event
    anchor = e(event.id)
    compared = [slot for slot in view.slots if slot.verdict != "single"]
    singles = [slot for slot in view.slots if slot.verdict == "single"]
    meta = [e(event.kind), e(event.place, "place unknown"), days(event.start, event.end)]
    meta.append(
        f"{len(event.outlets)} outlet{'s' if len(event.outlets) != 1 else ''}: {e(', '.join(event.outlets))}"
    )
    if event.claimants:
        meta.append(f"claimants: {e(', '.join(event.claimants))}")
    body = "\n".join(_slot_html(slot, estimate(slot.cluster.id)) for slot in compared)
    if singles:
        body += "\n" + _singles_html(singles, open_=not compared)
    return f"""<section class="incident" id="{anchor}" aria-labelledby="{anchor}-h">
<h2 id="{anchor}-h"><span class="rank">{view.rank}.</span>{e(event.title)}</h2>
<p class="meta">{" · ".join(meta)}</p>
<p>{_verdicts_html(view)}</p>
{body}
<p class="small"><a href="#top">Back to the incidents</a></p>
</section>"""
