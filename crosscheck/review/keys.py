"""Setting a figure's verdict from the queue with one key: the verdict changes, the rest of its review (the
established figure, its source, the note, the status) is kept. JSON in and out of ``review.js``."""

from __future__ import annotations

from dataclasses import replace

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from crosscheck.review.app import bench
from crosscheck.review.pages import login_required, refused
from crosscheck.review.state import REVIEW_VERDICTS, Conflict, Review, reviews, save_review
from crosscheck.review.users import User


@login_required
async def set_verdict(request: Request, user: User) -> Response:
    form = await request.form()
    if (refusal := refused(request, form, user)) is not None:
        return JSONResponse({"problem": refusal.body.decode()}, status_code=refusal.status_code)
    store = bench(request).store()
    cluster_id = request.path_params["cluster_id"]
    verdict = str(form.get("verdict", ""))
    try:
        seen = int(str(form.get("version", "")))
    except ValueError:
        seen = -1
    if verdict not in REVIEW_VERDICTS or seen < 0 or store.cluster_version(cluster_id) is None:
        return JSONResponse({"problem": "Bad request: a figure, its version and a verdict"}, status_code=400)
    current = reviews(store, [cluster_id]).get(cluster_id, Review())
    status = "in progress" if current.status == "unreviewed" else current.status
    outcome = save_review(store, user.id, cluster_id, seen, replace(current, verdict=verdict, status=status))
    if isinstance(outcome, Conflict):
        problem = (
            "Not saved: someone changed this figure since the page was loaded; it now shows their verdict."
        )
        shown = outcome.review.verdict or ""
        return JSONResponse({"problem": problem, "version": outcome.version, "verdict": shown}, 409)
    return JSONResponse({"version": outcome.version, "verdict": verdict})


ROUTES = [Route("/clusters/{cluster_id}/verdict", set_verdict, methods=["POST"])]
