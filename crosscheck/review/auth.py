"""Login and logout."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from crosscheck.review.app import bench, render
from crosscheck.review.security import CSRF_FIELD, csrf_ok
from crosscheck.review.users import find_user, verify_password


def _safe_next(target: object) -> str:
    """Only a path on this site: never another host."""
    if isinstance(target, str) and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


async def login_page(request: Request) -> Response:
    return render(request, "login.html", user=None, next=_safe_next(request.query_params.get("next")))


async def login(request: Request) -> Response:
    form = await request.form()
    if not csrf_ok(request.session, form.get(CSRF_FIELD)):
        return PlainTextResponse("Forbidden: missing or wrong CSRF token; reload the page", status_code=403)
    name, password = str(form.get("name", "")), str(form.get("password", ""))
    target = _safe_next(form.get("next"))
    address = request.client.host if request.client else "?"
    workbench = bench(request)
    if workbench.limiter.blocked(name, address):
        return render(
            request, "login.html", status=429, user=None, next=target, name=name,
            error="Too many failed attempts for this user from this address; wait a few minutes.",
        )  # fmt: skip
    user = find_user(workbench.store(), name)
    known = await run_in_threadpool(verify_password, user.password_hash if user else None, password)
    if not known or user is None or user.disabled:
        workbench.limiter.failed(name, address)
        return render(
            request, "login.html", status=401, user=None, next=target, name=name,
            error="Wrong user name or password.",
        )  # fmt: skip
    workbench.limiter.succeeded(name, address)
    workbench.sessions.end(request.session.get("sid"))
    request.session.clear()
    request.session["sid"] = workbench.sessions.start(user.id)
    return RedirectResponse(target, status_code=303)


async def logout(request: Request) -> Response:
    form = await request.form()
    if not csrf_ok(request.session, form.get(CSRF_FIELD)):
        return PlainTextResponse("Forbidden: missing or wrong CSRF token", status_code=403)
    bench(request).sessions.end(request.session.get("sid"))
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


ROUTES = [
    Route("/login", login_page, methods=["GET"]),
    Route("/login", login, methods=["POST"]),
    Route("/logout", logout, methods=["POST"]),
]
