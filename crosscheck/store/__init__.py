"""The store: a run's sources, claims, incidents, clusters and embeddings, and reviewers' users, decisions and
audit log, in one SQLite file (a path) or a PostgreSQL database (a ``postgresql://`` URL).

    with open_store("crosscheck.db") as store:
        store.write_run(data)
        store.incidents()
"""

from __future__ import annotations

from pathlib import Path

from crosscheck.store.migrate import upgrade
from crosscheck.store.postgres import is_postgres_url
from crosscheck.store.schema import LATEST
from crosscheck.store.store import AuditEntry, RunRecord, Store
from crosscheck.store.write import RunData, WriteSummary


def open_store(url: str | Path, upgrade_to: int = LATEST) -> Store:
    """Open (creating or upgrading in place) the store at a file path or a ``postgresql://`` URL.

    Raises :class:`crosscheck.errors.StoreError`, naming the file, when it is not a crosscheck store or
    comes from a newer crosscheck. ``upgrade_to`` is for tests that make an older store."""
    from crosscheck.store.backend import Backend, SQLiteBackend
    from crosscheck.store.postgres import PostgresBackend

    text = str(url)
    backend: Backend = PostgresBackend(text) if is_postgres_url(text) else SQLiteBackend(Path(text))
    try:
        upgrade(backend, upgrade_to)
    except BaseException:
        backend.close()
        raise
    return Store(backend)


__all__ = ["LATEST", "AuditEntry", "RunData", "RunRecord", "Store", "WriteSummary", "open_store"]
