"""The login limiter on its own: per name and address, a window that passes, and bounded memory."""

from __future__ import annotations

import time

from crosscheck.review.security import LoginLimiter


def test_limits_one_name_from_one_address_until_the_window_passes() -> None:
    limiter = LoginLimiter(attempts=2, window=0.2)
    for _ in range(2):
        assert not limiter.blocked("Rita", "127.0.0.1")
        limiter.failed("Rita", "127.0.0.1")
    assert limiter.blocked("rita", "127.0.0.1")
    assert not limiter.blocked("rita", "127.0.0.2") and not limiter.blocked("rob", "127.0.0.1")
    time.sleep(0.25)
    assert not limiter.blocked("rita", "127.0.0.1")


def test_forgets_pairs_whose_failures_are_past() -> None:
    limiter = LoginLimiter(attempts=2, window=0.1, tracked_at_most=10)
    for n in range(10):
        limiter.failed(f"user{n}", "127.0.0.1")
    time.sleep(0.15)
    limiter.failed("last", "127.0.0.1")
    assert limiter.blocked("last", "127.0.0.1") is False and len(limiter._failures) == 1
