"""Migrations upgrade an old store in place; a newer store and a database that is no store are refused,
untouched; the audit log is append-only in the database itself; reviewers' tables take their rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crosscheck.errors import StoreError
from crosscheck.store import LATEST, RunData, open_store
from crosscheck.store.postgres import without_password
from crosscheck.store.schema import APPEND_ONLY
from tests.store.conftest import is_postgres, postgres_base_url, postgres_schema
from tests.store.kit import dump, mark_newer


def test_an_old_store_is_upgraded_in_place(store_url: str, first_run: RunData):
    with open_store(store_url, upgrade_to=1) as old:
        assert old.schema_version() == 1
        old.write_run(first_run)
        before = dump(old)
    with open_store(store_url) as store:
        assert store.schema_version() == LATEST == 2
        assert dump(store) == before
        versions = store.backend.query("SELECT version, crosscheck_version FROM schema_migrations ORDER BY 1")
        assert [version for version, _ in versions] == [1, 2]
        assert store.incidents() == sorted(first_run.events, key=lambda e: e.id)
        if not is_postgres(store_url):
            indexes = store.backend.query("SELECT name FROM sqlite_master WHERE type = 'index'")
            assert ("clusters_by_event",) in indexes


def test_a_store_from_a_newer_crosscheck_is_refused(store_url: str):
    with open_store(store_url) as store:
        mark_newer(store, LATEST + 1, "9.9.9")
        before = dump(store)
    with pytest.raises(StoreError) as error:
        open_store(store_url)
    message = str(error.value)
    assert f"schema version {LATEST + 1}" in message and f"up to {LATEST}" in message
    assert "crosscheck 9.9.9" in message and "Upgrade crosscheck" in message
    assert message.startswith(f"{without_password(store_url)}: ")
    password = urlsplit(store_url).password if is_postgres(store_url) else None
    assert not password or f":{password}@" not in message
    with _raw(store_url) as raw:
        assert raw() == before


def _raw(store_url: str):
    """The store's rows read without crosscheck's checks (which would refuse it)."""
    import contextlib

    from crosscheck.store.backend import SQLiteBackend
    from crosscheck.store.postgres import PostgresBackend
    from crosscheck.store.store import Store

    @contextlib.contextmanager
    def opened():
        backend = PostgresBackend(store_url) if is_postgres(store_url) else SQLiteBackend(Path(store_url))
        try:
            yield lambda: dump(Store(backend))
        finally:
            backend.close()

    return opened()


def test_a_text_file_is_no_store(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes\n", encoding="utf-8")
    with pytest.raises(
        StoreError, match=r"notes\.txt: not a crosscheck store \(it is not an SQLite database\)"
    ):
        open_store(path)
    assert path.read_text(encoding="utf-8") == "these are my notes\n"


def test_another_sqlite_database_is_no_store(tmp_path: Path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    data = path.read_bytes()
    with pytest.raises(
        StoreError, match=r"other\.db: not a crosscheck store \(it has other tables: recipes\)"
    ):
        open_store(path)
    assert path.read_bytes() == data
    assert not Path(f"{path}-wal").exists()


def test_another_postgres_schema_is_no_store():
    import psycopg

    with postgres_schema(postgres_base_url()) as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
        with pytest.raises(StoreError, match=r"not a crosscheck store \(it has other tables: recipes\)"):
            open_store(url)


def test_the_audit_log_refuses_update_and_delete(store_url: str):
    with open_store(store_url) as store:
        user = store.add_user("ana", "reviewer", "argon2-hash-placeholder")
        entry = store.append_audit(
            user, "set verdict", "cluster", "k-1", {"verdict": "single"}, {"verdict": "agree"}
        )
        for statement in (
            "UPDATE audit_log SET action = 'nothing happened'",
            "DELETE FROM audit_log",
        ):
            with pytest.raises(Exception, match=APPEND_ONLY.split(":")[0]):
                store.backend.execute(statement)
        if is_postgres(store_url):
            with pytest.raises(Exception, match=APPEND_ONLY.split(":")[0]):
                store.backend.execute("TRUNCATE audit_log")
        [kept] = store.audit_log("cluster", "k-1")
        assert (kept.id, kept.action, kept.user_id, kept.after) == (
            entry,
            "set verdict",
            user,
            {"verdict": "agree"},
        )


def test_users_and_decisions(store_url: str, first_run: RunData):
    with open_store(store_url) as store:
        store.write_run(first_run)
        cluster = first_run.clusters[0]
        user = store.add_user("ben", "admin")
        with pytest.raises(ValueError, match="role"):
            store.add_user("eve", "owner")
        with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
            store.add_user("ben", "viewer")
        decision = store.add_decision(user, "verdict", {"verdict": "contradict"}, cluster_id=cluster.id)
        rows = store.backend.query(
            "SELECT cluster_id, kind, payload, cluster_version FROM decisions WHERE id = ?", (decision,)
        )
        assert rows == [(cluster.id, "verdict", '{"verdict": "contradict"}', 1)]
        with pytest.raises(Exception, match=r"(?i)foreign key"):
            store.add_decision(user, "verdict", {}, cluster_id="k-nowhere")


def test_messages_never_show_a_password():
    assert without_password("postgresql://ana:s3cret@db.local:5433/desk?sslmode=require") == (
        "postgresql://ana@db.local:5433/desk?sslmode=require"
    )
    assert without_password("postgresql:///desk") == "postgresql:///desk"
