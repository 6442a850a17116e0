"""Review actions beyond a cluster's review form: merging two figures of one incident."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from crosscheck.review.app import bench, render
from crosscheck.review.merge import merge_clusters
from crosscheck.review.pages import incident_context, login_required, refused
from crosscheck.review.users import User


@login_required
async def merge(request: Request, user: User) -> Response:
    form = await request.form()
    if (refusal := refused(request, form, user)) is not None:
        return refusal
    store = bench(request).store()
    source_id = request.path_params["cluster_id"]
    try:
        version = int(str(form.get("version", "")))
        target_id, _, target_version = str(form.get("target", "")).rpartition(":")
        target_seen = int(target_version)
    except ValueError:
        return PlainTextResponse(
            "Bad request: version and target (cluster:version) are needed", status_code=400
        )
    source, target = store.cluster(source_id), store.cluster(target_id)
    if source is None or target is None or source.event_id is None or source_id == target_id:
        return PlainTextResponse("No such pair of clusters", status_code=404)
    if source.event_id != target.event_id:
        return PlainTextResponse("Bad request: only figures of one incident can be merged", status_code=400)
    if merge_clusters(store, user.id, source_id, version, target_id, target_seen):
        return RedirectResponse(f"/incidents/{quote(source.event_id)}#cluster-{target_id}", status_code=303)
    context = incident_context(request, source.event_id)
    if context is None:
        return PlainTextResponse("No such incident", status_code=404)
    problem = "Not merged: one of the two figures was saved by someone else since you opened the page."
    return render(request, "incident.html", status=409, user=user, problem=problem, **context)


ROUTES = [Route("/clusters/{cluster_id}/merge", merge, methods=["POST"])]
