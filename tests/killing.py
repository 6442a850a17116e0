"""Killing a process at a point it announces on stdout (see tests/store/killable_run.py and
tests/review/killable_serve.py)."""

from __future__ import annotations

import signal
import subprocess

import pytest


def kill_when_announced(process: subprocess.Popen[str], announcement: str) -> None:
    """SIGKILL ``process`` as soon as it prints the line ``announcement``; fail if it never does."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == announcement:
            break
    else:
        pytest.fail(f"the process ended before announcing {announcement!r}")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
