"""A user's history: the last 500 audit entries they made, newest first, each linked to its incident."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from crosscheck.review.app import bench, render
from crosscheck.review.pages import login_required
from crosscheck.review.users import User, find_user
from crosscheck.store import AuditEntry


@login_required
async def user_history(request: Request, user: User) -> Response:
    store = bench(request).store()
    whose = find_user(store, request.path_params["name"])
    if whose is None:
        return PlainTextResponse("No such user", status_code=404)
    found = store.backend.query(
        "SELECT a.id, a.created_at, a.user_id, a.action, a.entity, a.entity_id, a.before_json, a.after_json, "
        "c.event_id FROM audit_log a LEFT JOIN clusters c ON a.entity = 'cluster' AND c.id = a.entity_id "
        "WHERE a.user_id = ? ORDER BY a.id DESC LIMIT 500",
        (whose.id,),
    )
    entries = [AuditEntry(*row[:6], json.loads(row[6]), json.loads(row[7])) for row in found]
    events = {int(row[0]): row[8] for row in found}
    return render(request, "history.html", user=user, whose=whose, entries=entries, events=events)


ROUTES = [Route("/users/{name}/history", user_history, methods=["GET"])]
