"""What keeps the review UI safe: security headers, server-side sessions, CSRF tokens, login rate limits."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


class SecurityHeaders:
    """Adds :data:`HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((name, value) for name, value in HEADERS if name not in present),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


class Sessions:
    """Live logins: the signed cookie holds a session id that is valid only while it is here, so logging
    out ends it on the server too, and restarting the server logs everyone out."""

    def __init__(self, lifetime: float = 8 * 3600) -> None:
        self.lifetime = lifetime
        self._live: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def start(self, user_id: int) -> str:
        sid = secrets.token_urlsafe(32)
        with self._lock:
            self._live[sid] = (user_id, time.monotonic() + self.lifetime)
        return sid

    def user_id(self, sid: object) -> int | None:
        if not isinstance(sid, str):
            return None
        with self._lock:
            found = self._live.get(sid)
            if found is None or found[1] < time.monotonic():
                self._live.pop(sid, None)
                return None
            return found[0]

    def end(self, sid: object) -> None:
        if isinstance(sid, str):
            with self._lock:
                self._live.pop(sid, None)


def csrf_token(session: MutableMapping[str, Any]) -> str:
    """The session's CSRF token (made on first use)."""
    token = session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_ok(session: MutableMapping[str, Any], sent: object) -> bool:
    token = session.get("csrf")
    return isinstance(token, str) and isinstance(sent, str) and hmac.compare_digest(token, sent)


class LoginLimiter:
    """At most ``attempts`` failed logins per user name and client address within ``window`` seconds."""

    def __init__(self, attempts: int = 5, window: float = 300.0, tracked_at_most: int = 10_000) -> None:
        self.attempts = attempts
        self.window = window
        self.tracked_at_most = tracked_at_most
        """Past this many (name, address) pairs, those with no failure left in the window are forgotten."""
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] < time.monotonic() - self.window:
            failures.popleft()
        return failures

    def blocked(self, name: str, address: str) -> bool:
        with self._lock:
            return len(self._recent((name.casefold(), address))) >= self.attempts

    def failed(self, name: str, address: str) -> None:
        with self._lock:
            self._recent((name.casefold(), address)).append(time.monotonic())
            if len(self._failures) > self.tracked_at_most:
                for key in [key for key in self._failures if not self._recent(key)]:
                    del self._failures[key]

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._failures.pop((name.casefold(), address), None)
