"""The pages: the incidents queue, an incident with its clusters, and saving a cluster's review."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from functools import wraps
from urllib.parse import quote, urlencode

from markupsafe import Markup
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from crosscheck.model import VERDICTS, Cluster
from crosscheck.report.svg import SHARED_DEFS
from crosscheck.review.app import bench, current_user, render
from crosscheck.review.decision_kinds import MISREAD_FIELDS, assignments
from crosscheck.review.filters import Filters, queue
from crosscheck.review.queue import analysis, figure_chips, highlighted, slot_verdict, timeline
from crosscheck.review.security import CSRF_FIELD, CSRF_HEADER, csrf_ok
from crosscheck.review.state import (
    REVIEW_VERDICTS,
    STATUSES,
    Conflict,
    Review,
    cluster_versions,
    reviews,
    save_review,
)
from crosscheck.review.users import User, review_users, user_names
from crosscheck.store import Store
from crosscheck.store.incident_ids import successor

Handler = Callable[[Request], Awaitable[Response]]
PAGE = 100
"""Incidents per page of the queue."""


def login_required(handler: Callable[[Request, User], Awaitable[Response]]) -> Handler:
    @wraps(handler)
    async def checked(request: Request) -> Response:
        user = current_user(request)
        if user is None:
            target = "/login?next=" + quote(
                request.url.path + (f"?{request.url.query}" if request.url.query else "")
            )
            if request.method != "GET":
                return PlainTextResponse("Log in first", status_code=401, headers={"HX-Redirect": "/login"})
            return RedirectResponse(target, status_code=303)
        return await handler(request, user)

    return checked


def _common() -> dict[str, object]:
    return {
        "verdicts": VERDICTS, "review_verdicts": REVIEW_VERDICTS, "statuses": STATUSES,
        "misread_fields": MISREAD_FIELDS,
    }  # fmt: skip


@login_required
async def incidents_page(request: Request, user: User) -> Response:
    store = bench(request).store()
    params = request.query_params
    filters = Filters.of(params)
    found = analysis(store)
    state = reviews(store)
    assigned = assignments(store)
    mine = frozenset(cid for cid, name in assigned.items() if name == user.name)
    rows = queue(found, state, filters, mine)
    pages = max(1, -(-len(rows) // PAGE))
    try:
        page = min(max(1, int(params.get("page", "1"))), pages)
    except ValueError:
        page = 1
    kept = filters.params()
    links = {n: "/?" + urlencode({**kept, "page": n}) for n in (page - 1, page + 1) if 1 <= n <= pages}
    shown = rows[(page - 1) * PAGE : page * PAGE]
    ids = [slot.cluster.id for view in shown for slot in view.slots if slot.cluster.id not in found.new]
    name = "_queue_rows.html" if request.headers.get("hx-request") else "queue.html"
    return render(
        request, name, user=user, rows=shown, matching=len(rows),
        first=(page - 1) * PAGE + 1, page=page, pages=pages, links=links, reviews=state, filters=filters,
        total=len(found.incidents), figure_chips=figure_chips, assigned=assigned,
        versions=cluster_versions(store, ids), **_common(),
    )  # fmt: skip


def incident_context(request: Request, event_id: str) -> dict[str, object] | None:
    store = bench(request).store()
    found = analysis(store)
    view = found.by_id.get(event_id)
    if view is None:
        return None
    ids = [slot.cluster.id for slot in view.slots]
    stored = store.incident(event_id)
    hidden = [found.claims[c] for c in (stored.claim_ids if stored else ()) if c in found.hidden]
    return {
        "view": view,
        "misread": found.misread,
        "hidden": hidden,
        "new": found.new,
        "assigned": assignments(store),
        "reviewers": review_users(store),
        "reviews": reviews(store, ids),
        "versions": {cid: store.cluster_version(cid) for cid in ids},
        "history": {cid: store.audit_log("cluster", cid) for cid in ids},
        "names": user_names(store),
        "highlighted": highlighted,
        "timeline": timeline,
        "svg_defs": Markup(SHARED_DEFS),
        "slot_verdict": slot_verdict,
        **_common(),
    }


@login_required
async def incident_page(request: Request, user: User) -> Response:
    """An incident; a retired incident's page leads to the one holding its claims now, which says so."""
    event_id = request.path_params["event_id"]
    context = incident_context(request, event_id)
    backend = bench(request).store().backend
    if context is None:
        into = successor(backend, event_id)
        if into is None:
            return PlainTextResponse("No such incident", status_code=404)
        query = urlencode({"merged": event_id})
        return RedirectResponse(f"/incidents/{quote(into, safe='')}?{query}", status_code=303)
    merged = request.query_params.get("merged", "")
    if merged and successor(backend, merged) == event_id:
        context["problem"] = f"Incident {merged} was merged into this one: its claims are here now."
    return render(request, "incident.html", user=user, **context)


def _number(form: FormData, name: str) -> float | None:
    text = str(form.get(name, "")).strip().replace(",", "")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{name}: not a finite number")
    return value


def _review_from(form: FormData) -> Review:
    verdict = str(form.get("verdict", ""))
    status = str(form.get("status", "unreviewed"))
    if verdict and verdict not in REVIEW_VERDICTS:
        raise ValueError(f"verdict {verdict!r}: use one of {', '.join(REVIEW_VERDICTS)}")
    if status not in STATUSES:
        raise ValueError(f"status {status!r}: use one of {', '.join(STATUSES)}")
    low, high = _number(form, "low"), _number(form, "high")
    if low is not None and high is None:
        high = low
    if low is not None and high is not None and low > high:
        raise ValueError("the established figure's low end is above its high end")
    note, source = str(form.get("note", "")), str(form.get("figure_source", ""))
    if len(note) > 10_000 or len(source) > 2_000:
        raise ValueError("the note or the figure's source is too long")
    return Review(verdict or None, low, high, source.strip(), note.strip(), status)


def refused(request: Request, form: FormData, user: User) -> Response | None:
    """403 for a write without the session's CSRF token (form field or htmx header) or by a viewer."""
    if not csrf_ok(request.session, form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER)):
        return PlainTextResponse("Forbidden: missing or wrong CSRF token; reload the page", status_code=403)
    if not user.can_review:
        return PlainTextResponse(f"Forbidden: a {user.role} may not change anything", status_code=403)
    return None


async def write_request(request: Request, user: User) -> tuple[FormData, Store, Cluster | None] | Response:
    """A write's form, the store and the stored cluster it names (None if none); or its refusal."""
    form = await request.form()
    if (refusal := refused(request, form, user)) is not None:
        return refusal
    store = bench(request).store()
    return form, store, store.cluster(request.path_params["cluster_id"])


@login_required
async def save_cluster_review(request: Request, user: User) -> Response:
    checked = await write_request(request, user)
    if isinstance(checked, Response):
        return checked
    form, store, cluster = checked
    cluster_id = request.path_params["cluster_id"]
    if cluster is None or cluster.event_id is None:
        return PlainTextResponse("No such cluster", status_code=404)
    try:
        seen = int(str(form.get("version", "")))
        new = _review_from(form)
    except ValueError as error:
        return PlainTextResponse(f"Bad request: {error}", status_code=400)
    outcome = save_review(store, user.id, cluster_id, seen, new)
    htmx = bool(request.headers.get("hx-request"))
    if not isinstance(outcome, Conflict) and not htmx:
        return RedirectResponse(f"/incidents/{quote(cluster.event_id)}#cluster-{cluster_id}", status_code=303)
    context = incident_context(request, cluster.event_id)
    if context is None:
        return PlainTextResponse("No such incident", status_code=404)
    extra: dict[str, object] = {}
    if isinstance(outcome, Conflict):
        extra = {"conflict": outcome, "conflict_cluster": cluster_id, "attempt": new}
    status = 409 if isinstance(outcome, Conflict) else 200
    if htmx:
        view = analysis(store).by_id[cluster.event_id]
        slot = next((s for s in view.slots if s.cluster.id == cluster_id), None)
        if slot is None:  # merged into another figure since the page was loaded
            return Response(status_code=204, headers={"HX-Redirect": f"/incidents/{quote(cluster.event_id)}"})
        return render(request, "_cluster.html", status=status, user=user, slot=slot, **context, **extra)
    return render(request, "incident.html", status=status, user=user, **context, **extra)


ROUTES = [
    Route("/", incidents_page, methods=["GET"]),
    Route("/incidents/{event_id}", incident_page, methods=["GET"]),
    Route("/clusters/{cluster_id}/review", save_cluster_review, methods=["POST"]),
]
