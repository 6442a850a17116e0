"""The review web app: ``create_app(db)`` is an ASGI app (Starlette) that ``crosscheck serve`` runs."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from crosscheck.review.security import CSRF_FIELD, LoginLimiter, SecurityHeaders, Sessions, csrf_token
from crosscheck.review.users import User, user_by_id
from crosscheck.store import Store, open_store

HERE = Path(__file__).parent


@dataclass
class Workbench:
    """What the routes share: the store (one connection per thread), live sessions, the login limiter."""

    db: str
    sessions: Sessions = field(default_factory=Sessions)
    limiter: LoginLimiter = field(default_factory=LoginLimiter)
    _local: threading.local = field(default_factory=threading.local)

    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
        return store


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


TEMPLATES = templates()


def bench(request: Request) -> Workbench:
    found: Workbench = request.app.state.bench
    return found


def current_user(request: Request) -> User | None:
    workbench = bench(request)
    user_id = workbench.sessions.user_id(request.session.get("sid"))
    if user_id is None:
        return None
    user = user_by_id(workbench.store(), user_id)
    return user if user is not None and not user.disabled else None


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", current_user(request))
    html = TEMPLATES.get_template(template).render(
        csrf=csrf_token(request.session), csrf_field=CSRF_FIELD, request=request, **context
    )
    return HTMLResponse(html, status_code=status)


def create_app(db: str, secret: str | None = None) -> Starlette:
    from crosscheck.review import actions, article, auth, claim_actions, history, keys, pages, sources

    app = Starlette(
        routes=[
            *auth.ROUTES,
            *pages.ROUTES,
            *actions.ROUTES,
            *claim_actions.ROUTES,
            *keys.ROUTES,
            *history.ROUTES,
            *sources.ROUTES,
            *article.ROUTES,
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=secret or secrets.token_urlsafe(32),
                session_cookie="crosscheck_session",
                same_site="strict",
                https_only=False,
                max_age=8 * 3600,
            ),
        ],
    )
    app.state.bench = Workbench(db)
    return app
