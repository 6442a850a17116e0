"""Opening the store for `check`: read-only unless the checked articles are to be recorded.

An SQLite store is opened through SQLite's read-only mode (``mode=ro``): nothing `check` does can change
the file, not even a pragma or an upgrade. A PostgreSQL session is set read-only. Either way the store must
exist and be at this crosscheck's schema version: an older store is upgraded only by a writer (`crosscheck
run`, or `check --record`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crosscheck.errors import StoreError
from crosscheck.store import LATEST, Store, open_store
from crosscheck.store.backend import SQLITE_HEADER, SQLiteBackend, not_a_store
from crosscheck.store.migrate import check_not_newer, found_version
from crosscheck.store.postgres import PostgresBackend, is_postgres_url


class ReadOnlySQLiteBackend(SQLiteBackend):
    def __init__(self, path: Path) -> None:  # no super().__init__: it opens the file for writing
        self.where = str(path)
        with path.open("rb") as stream:
            if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError(not_a_store(self.where, "it is not an SQLite database"))
        try:
            self.connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
            self.tables()
        except sqlite3.DatabaseError as error:
            raise StoreError(not_a_store(self.where, f"SQLite cannot read it: {error}")) from error


def open_for_check(db: str, record: bool) -> Store:
    """The store at ``db`` (a file that must exist, or a ``postgresql://`` URL), writable only to record."""
    postgres = is_postgres_url(db)
    if not postgres and not Path(db).is_file():
        raise StoreError(f"{db}: no store there; make one with `crosscheck run CORPUS --db {db}`")
    if record:
        return open_store(db)
    if postgres:
        pg = PostgresBackend(db)
        pg.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        backend: SQLiteBackend | PostgresBackend = pg
    else:
        backend = ReadOnlySQLiteBackend(Path(db))
    try:
        version = found_version(backend)
        check_not_newer(backend, version)
        if version == 0:
            raise StoreError(not_a_store(backend.where, "it has no tables"))
        if version < LATEST:
            raise StoreError(
                f"{backend.where}: this store has schema version {version}, older than this crosscheck's "
                f"{LATEST}; `check` reads it as it is and never changes it: upgrade it with `crosscheck run "
                "CORPUS --db` (or `check --record`) first"
            )
    except BaseException:
        backend.close()
        raise
    return Store(backend)
