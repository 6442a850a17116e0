"""A source's page (``/sources/outlet/{name}``, ``/sources/claimant/{name}``): its reliability, interval,
counts and bias as the report gives them, and the slots it states beside their estimates; and, for the
incident page, each claim's outlet's and claimant's reliability (the template global ``source_score``).

The figures come from the reliability stage (:mod:`crosscheck.reliability.corpus`) run on the store's
current clusters (reviewers' merges and moves laid over them) with the reviewers' established figures as
known truth. It is cached per store: a new run or regrouping, or a saved review, makes it stale; a stale
copy is served while a fresh one is computed in the background (seconds on a corpus of FA-KES's size).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from crosscheck.model import Claim
from crosscheck.reliability.corpus import Reliability, SourceKind, SourceScore, estimate_reliability
from crosscheck.report import sources as text
from crosscheck.report._format import interval, number
from crosscheck.report.svg_sources import reliability_plot
from crosscheck.review.app import TEMPLATES, bench, render
from crosscheck.review.pages import login_required
from crosscheck.review.queue import Analysis, analysis
from crosscheck.review.users import User
from crosscheck.store import Store

LISTED_SLOTS = 300


@dataclass(frozen=True)
class Figures:
    key: tuple[int, ...]
    """The analysis's key and the number of saved reviews when it was computed."""
    reliability: Reliability
    scores: Mapping[tuple[str, str], SourceScore]
    """By (kind, name)."""


def _figures(key: tuple[int, ...], rel: Reliability) -> Figures:
    return Figures(key, rel, {(s.kind, s.name): s for s in (*rel.outlets, *rel.claimants)})


_CACHE: dict[str, Figures] = {}
_RUNNING: set[str] = set()
_LOCK = threading.Lock()


def _key(store: Store, found: Analysis) -> tuple[int, ...]:
    reviews = store.backend.query("SELECT COUNT(*) FROM decisions WHERE kind = 'review'")
    return (*found.key, int(reviews[0][0]))


def _compute(store: Store, found: Analysis) -> Reliability:
    from crosscheck.reliability.known import established_figures

    clusters = [slot.cluster for view in found.incidents for slot in view.slots]
    return estimate_reliability(list(found.claims.values()), clusters, established_figures(store))


def _refresh(db: str, where: str) -> None:
    from crosscheck.store import open_store

    try:
        with open_store(db) as store:
            found = analysis(store)
            fresh = _figures(_key(store, found), _compute(store, found))
        with _LOCK:
            _CACHE[where] = fresh
    except Exception as error:  # a background refresh must not die loudly: the pages keep the last figures
        print(f"crosscheck serve: reliability not refreshed from {where}: {error}", file=sys.stderr)
    finally:
        with _LOCK:
            _RUNNING.discard(where)


def figures(request: Request, wait: bool = True) -> Figures | None:
    """The store's reliability figures: fresh, or stale while a fresh copy is computed in the background.
    With none computed yet: computed now, or (``wait`` False) started in the background and None. Kept on
    the request, so a page asks the store once."""
    if (held := getattr(request.state, "source_figures", None)) is not None:
        return held
    workbench = bench(request)
    store = workbench.store()
    found = analysis(store)
    key = _key(store, found)
    with _LOCK:
        cached = _CACHE.get(store.where)
        stale = cached is None or cached.key != key
        if stale and store.where not in _RUNNING and (cached is not None or not wait):
            _RUNNING.add(store.where)
            threading.Thread(target=_refresh, args=(workbench.db, store.where), daemon=True).start()
    if cached is None and wait:
        cached = _figures(key, _compute(store, found))
        with _LOCK:
            _CACHE[store.where] = cached
    request.state.source_figures = cached
    return cached


def source_score(request: Request, kind: SourceKind, name: str | None) -> SourceScore | None:
    """For the templates: an outlet's or claimant's score; None when it has none, or while the figures
    are first computed (the incident page does not wait for them)."""
    found = figures(request, wait=False) if name else None
    return found.scores.get((kind, name)) if found else None


TEMPLATES.globals["source_score"] = source_score


@dataclass(frozen=True)
class SlotLine:
    """One slot the source states: where, its figure, the estimate, and whether its figure holds it."""

    event_id: str
    cluster_id: str
    about: str
    figure: str
    estimate: str
    holds: bool | None


def _speaks(claim: Claim, kind: SourceKind, name: str) -> bool:
    if kind == "outlet":
        return (claim.source.outlet or claim.source_id) == name
    return claim.attribution == name


def _holds(claim: Claim, value: float | None) -> bool | None:
    from crosscheck.compare.intervals import interval as span_of

    span = span_of(claim)
    return None if span is None or value is None else span.low <= value <= span.high


def slot_lines(found: Analysis, rel: Reliability, kind: SourceKind, name: str) -> list[SlotLine]:
    lines = []
    for view in found.incidents:
        for slot in view.slots:
            mine = [
                c for row in slot.rows for c in row.claims if _speaks(c, kind, name) and c.kind == "numeric"
            ]
            if not mine:
                continue
            found_estimate = rel.estimates.get(slot.cluster.id)
            value = found_estimate.value if found_estimate else None
            shown = mine[-1]
            lines.append(
                SlotLine(
                    view.event.id, slot.cluster.id, slot.about, interval(shown),
                    "—" if value is None else number(value), _holds(shown, value),
                )
            )  # fmt: skip
    return lines


@login_required
async def source_page(request: Request, user: User) -> Response:
    kind: SourceKind = "outlet" if request.url.path.startswith("/sources/outlet/") else "claimant"
    name = request.path_params["name"]
    found = figures(request)
    score = found.scores.get((kind, name)) if found else None
    if found is None or score is None:
        return PlainTextResponse(f"No such {kind} with a figure", status_code=404)
    lines = slot_lines(analysis(bench(request).store()), found.reliability, kind, name)
    plot = Markup(reliability_plot([score], "plot-source", f"{name}: reliability and its 90% interval"))
    return render(
        request, "source.html", user=user, kind=kind, score=score, plot=plot, bias=text.bias(score),
        intro=text.INTRO, lines=lines[:LISTED_SLOTS], more=max(0, len(lines) - LISTED_SLOTS),
    )  # fmt: skip


ROUTES = [
    Route("/sources/outlet/{name:path}", source_page, methods=["GET"]),
    Route("/sources/claimant/{name:path}", source_page, methods=["GET"]),
]
"""Before the article route (``/sources/{id:path}``), which an article id beginning "outlet/" or "claimant/"
would otherwise reach."""
