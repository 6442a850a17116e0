"""A review server killed (SIGKILL) inside a reviewer's save leaves the store intact: the save is wholly
absent (no decision, no audit entry, the cluster's version unchanged), SQLite's checks pass, and the store
takes the same save afterwards. The server is a real `crosscheck serve` process on a real SQLite file."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from crosscheck.store import open_store
from tests.killing import kill_when_announced
from tests.review.conftest import client_for, log_in
from tests.review.test_app import _first_cluster, _incident_with_xss, _save

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(db: Path, port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CROSSCHECK_SESSION_SECRET": "kill test secret"}
    script = [sys.executable, str(Path(__file__).with_name("killable_serve.py"))]
    process = subprocess.Popen(
        [*script, "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process
        except OSError:
            assert process.poll() is None, "the server exited at start"
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)


def _saved(db: Path, cluster: str) -> tuple[int, int, int]:
    """The cluster's version, its decisions and its audit entries."""
    with open_store(db) as store:
        decisions = store.backend.query("SELECT id FROM decisions WHERE cluster_id = ?", (cluster,))
        return store.cluster_version(cluster), len(decisions), len(store.audit_log("cluster", cluster))


@pytest.mark.parametrize("at", ["decisions", "audit_log"])
def test_a_server_killed_inside_a_save_leaves_the_store_as_before(db: Path, at: str) -> None:
    port = _free_port()
    server = _start(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            log_in(client, "rita")  # type: ignore[arg-type]
            event = _incident_with_xss(client)  # type: ignore[arg-type]
            cluster, version, token = _first_cluster(client, event)  # type: ignore[arg-type]
            before = _saved(db, cluster)
            outcome: list[object] = []

            def save() -> None:
                try:
                    outcome.append(_save(client, cluster, token, version))  # type: ignore[arg-type]
                except httpx.HTTPError as error:
                    outcome.append(error)

            saving = threading.Thread(target=save, daemon=True)
            saving.start()
            kill_when_announced(server, f"inserting {at}")
            saving.join(timeout=30)
            answered = not (outcome and isinstance(outcome[0], httpx.HTTPError))
            assert not answered, "the save answered, though the server was killed inside it"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _saved(db, cluster) == before, f"killed while writing {at}, yet the save is partly there"
    again = client_for(db, "rita")
    _, version, token = _first_cluster(again, event)
    assert _save(again, cluster, token, version, note="after the kill").status_code == 303
    version_after, decisions, audits = _saved(db, cluster)
    assert (version_after, decisions, audits) == (before[0] + 1, before[1] + 1, before[2] + 1)
