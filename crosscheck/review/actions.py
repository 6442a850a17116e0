"""Review actions beyond a cluster's review form: merging two figures of one incident, moving claims."""

from __future__ import annotations

from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from crosscheck.review.app import bench, render
from crosscheck.review.claim_actions import asked, split
from crosscheck.review.pages import incident_context, login_required, refused
from crosscheck.review.queue import analysis
from crosscheck.review.regroup import Regrouping, regroup
from crosscheck.review.users import User


def _target(form: FormData) -> tuple[str, int]:
    """The target cluster and the version the reviewer saw, sent as "cluster:version"."""
    target_id, _, target_version = str(form.get("target", "")).rpartition(":")
    return target_id, int(target_version)


async def _regroup(request: Request, user: User, kind: str) -> Response:
    form = await request.form()
    if (refusal := refused(request, form, user)) is not None:
        return refusal
    store = bench(request).store()
    source_id = request.path_params["cluster_id"]
    try:
        version = int(str(form.get("version", "")))
        target_id, target_seen = _target(form)
    except ValueError:
        return PlainTextResponse(
            "Bad request: version and target (cluster:version) are needed", status_code=400
        )
    source, target = store.cluster(source_id), store.cluster(target_id)
    if source is None or target is None or source.event_id is None or source_id == target_id:
        return PlainTextResponse("No such pair of clusters", status_code=404)
    if source.event_id != target.event_id:
        return PlainTextResponse(
            "Bad request: only figures of one incident can be regrouped", status_code=400
        )
    claims = tuple(str(value) for value in form.getlist("claim"))
    if (store.cluster_version(source_id), store.cluster_version(target_id)) == (version, target_seen):
        found = analysis(store)
        held, into = found.held(source.event_id, source_id), found.held(source.event_id, target_id)
        if {found.claims[c].kind for c in held} != {found.claims[c].kind for c in into}:
            return PlainTextResponse(
                "Bad request: a numeric figure and a factual one cannot be regrouped", 400
            )
        if kind == "move" and (not claims or not set(claims) <= set(held)):
            return PlainTextResponse("Bad request: move claims that this figure holds", status_code=400)
    if regroup(store, user.id, Regrouping(kind, source_id, target_id, claims), version, target_seen):
        return RedirectResponse(f"/incidents/{quote(source.event_id)}#cluster-{target_id}", status_code=303)
    context = incident_context(request, source.event_id)
    if context is None:
        return PlainTextResponse("No such incident", status_code=404)
    done = "merged" if kind == "merge" else "moved"
    problem = f"Not {done}: one of the two figures was saved by someone else since you opened the page."
    return render(request, "incident.html", status=409, user=user, problem=problem, **context)


@login_required
async def merge(request: Request, user: User) -> Response:
    return await _regroup(request, user, "merge")


@login_required
async def move(request: Request, user: User) -> Response:
    """To another figure of the incident, or (target "new") to a new one: a split."""
    if (await request.form()).get("target") == "new":
        found = await asked(request, user)
        return found if isinstance(found, Response) else await split(request, user, found)
    return await _regroup(request, user, "move")


ROUTES = [
    Route("/clusters/{cluster_id}/merge", merge, methods=["POST"]),
    Route("/clusters/{cluster_id}/move", move, methods=["POST"]),
]
