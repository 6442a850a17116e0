"""Review actions on a cluster's claims: split them off into a new figure, reject a suggested match, mark a
claim misread with its correction, and assign the figure to a reviewer (see decision_kinds for what each
records). Each is refused without the CSRF token or by a viewer (403), answered 409 with the incident when
the figure was saved since the page was loaded, and 400 for claims the figure does not hold."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from crosscheck.review import decide
from crosscheck.review.app import render
from crosscheck.review.decision_kinds import MISREAD_FIELDS, assignments
from crosscheck.review.overlay import corrected
from crosscheck.review.pages import incident_context, login_required, write_request
from crosscheck.review.queue import analysis
from crosscheck.review.users import User, find_user
from crosscheck.store import Store


@dataclass(frozen=True)
class Asked:
    """A checked request on one stored cluster of an incident."""

    form: FormData
    store: Store
    cluster_id: str
    event_id: str
    version: int
    held: tuple[str, ...]
    """The claims the figure holds as the pages show it."""

    def claims(self) -> list[str]:
        """The claims the form names (a row's checkbox sends its claims as a JSON list)."""
        found: list[str] = []
        for value in self.form.getlist("claim"):
            text = str(value)
            found += [str(c) for c in json.loads(text)] if text.startswith("[") else [text]
        return found


def _bad(message: str, status: int = 400) -> Response:
    return PlainTextResponse(message, status_code=status)


async def asked(request: Request, user: User) -> Asked | Response:
    checked = await write_request(request, user)
    if isinstance(checked, Response):
        return checked
    form, store, cluster = checked
    cluster_id = request.path_params["cluster_id"]
    if cluster is None or cluster.event_id is None:
        found = analysis(store)
        if cluster_id in found.new:
            return _bad(
                "Bad request: this figure was made by a reviewer; act on it after the next run takes it in"
            )
        return _bad("No such cluster", 404)
    try:
        version = int(str(form.get("version", "")))
    except ValueError:
        return _bad("Bad request: the version the page showed is needed")
    held = analysis(store).held(cluster.event_id, cluster_id)
    return Asked(form, store, cluster_id, cluster.event_id, version, held)


def _done(request: Request, done: bool, asked: Asked, user: User, what: str, anchor: str = "") -> Response:
    if done:
        target = f"/incidents/{quote(asked.event_id)}#cluster-{anchor or asked.cluster_id}"
        return RedirectResponse(target, status_code=303)
    context = incident_context(request, asked.event_id)
    if context is None:
        return _bad("No such incident", 404)
    problem = f"Not {what}: the figure was saved by someone else since you opened the page; see its history."
    return render(request, "incident.html", status=409, user=user, problem=problem, **context)


def _chosen(found: Asked, everything_allowed: bool = True) -> list[str] | Response:
    try:
        claims = found.claims()
    except (ValueError, TypeError):
        return _bad("Bad request: a row's claims are a JSON list of claim ids")
    if not claims or not set(claims) <= set(found.held):
        return _bad("Bad request: choose claims that this figure holds")
    if not everything_allowed and set(claims) == set(found.held):
        return _bad("Bad request: leave at least one claim in the figure")
    return claims


Action = Callable[[Request, User, Asked], Awaitable[Response]]


def _action(act: Action) -> Callable[[Request], Awaitable[Response]]:
    @login_required
    async def handler(request: Request, user: User) -> Response:
        found = await asked(request, user)
        return found if isinstance(found, Response) else await act(request, user, found)

    return handler


async def split(request: Request, user: User, found: Asked) -> Response:
    claims = _chosen(found, everything_allowed=False)
    if isinstance(claims, Response):
        return claims
    new = decide.split(found.store, user.id, found.cluster_id, claims, found.version)
    return _done(request, new is not None, found, user, "split", new or "")


async def reject(request: Request, user: User, found: Asked) -> Response:
    claims = _chosen(found, everything_allowed=False)
    if isinstance(claims, Response):
        return claims
    done = decide.reject_match(found.store, user.id, found.cluster_id, claims, found.version)
    return _done(request, done, found, user, "rejected")


async def misread(request: Request, user: User, found: Asked) -> Response:
    claims = _chosen(found)
    if isinstance(claims, Response):
        return claims
    what, correction = str(found.form.get("field", "")), str(found.form.get("correction", "")).strip()
    if what not in MISREAD_FIELDS:
        return _bad(f"Bad request: field {what!r}: use one of {', '.join(MISREAD_FIELDS)}")
    if len(correction) > 2_000:
        return _bad("Bad request: the correction is too long")
    shown = analysis(found.store).claims
    try:
        for claim_id in claims:
            corrected(shown[claim_id], what, correction)
    except ValueError as error:
        return _bad(f"Bad request: {error}")
    done = decide.misread(found.store, user.id, found.cluster_id, claims, what, correction, found.version)
    return _done(request, done, found, user, "marked")


async def assign(request: Request, user: User, found: Asked) -> Response:
    name = str(found.form.get("user", "")).strip() or None
    if name is not None:
        whom = find_user(found.store, name)
        if whom is None or not whom.can_review:
            return _bad(f"Bad request: {name!r} is not a reviewer")
    before = assignments(found.store).get(found.cluster_id)
    done = decide.assign(found.store, user.id, found.cluster_id, name, before, found.version)
    return _done(request, done, found, user, "assigned")


ROUTES = [
    Route("/clusters/{cluster_id}/split", _action(split), methods=["POST"]),
    Route("/clusters/{cluster_id}/reject", _action(reject), methods=["POST"]),
    Route("/clusters/{cluster_id}/misread", _action(misread), methods=["POST"]),
    Route("/clusters/{cluster_id}/assign", _action(assign), methods=["POST"]),
]
