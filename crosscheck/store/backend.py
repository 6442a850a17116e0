"""What the store needs of a database, and the SQLite backend (stdlib sqlite3, WAL, foreign keys on).

SQL is written once with ``?`` placeholders; a backend adapts it to its driver.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from crosscheck.errors import StoreError
from crosscheck.store.schema import Dialect

Row = tuple[Any, ...]
SQLITE_HEADER = b"SQLite format 3\x00"


class Backend(Protocol):
    dialect: Dialect
    where: str
    """The file or URL (without its password), for messages."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert rows known to be new, as fast as the database allows."""
        ...

    def insert_returning_id(self, sql: str, params: Sequence[Any]) -> int: ...

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """One transaction that also excludes every other writer of the store until it ends."""
        ...

    def tables(self) -> set[str]: ...

    def prepare(self) -> None:
        """Settings applied once the database is known to be a crosscheck store (or empty)."""
        ...

    def close(self) -> None: ...


def insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


class SQLiteBackend:
    """One SQLite file. Opening checks the file before changing anything in it."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.where = str(path)
        _check_sqlite_file(path)
        try:
            self.connection = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            self.connection.execute("PRAGMA foreign_keys = ON")
            self.tables()
        except sqlite3.DatabaseError as error:
            raise StoreError(not_a_store(self.where, f"SQLite cannot read it: {error}")) from error

    def prepare(self) -> None:
        self.connection.execute("PRAGMA journal_mode = WAL")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.connection.execute(sql, params).fetchall()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.connection.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.connection.executemany(insert_sql(table, columns), rows)

    def insert_returning_id(self, sql: str, params: Sequence[Any]) -> int:
        return int(self.connection.execute(sql + " RETURNING id", params).fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def tables(self) -> set[str]:
        rows = self.query("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows if not name.startswith("sqlite_")}

    def close(self) -> None:
        self.connection.close()


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(not_a_store(str(path), "it is a folder"))
    if not path.parent.is_dir():
        raise StoreError(
            f"{path}: its folder {path.parent} does not exist; create it, or give --db another path"
        )
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as stream:
        header = stream.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StoreError(not_a_store(str(path), "it is not an SQLite database"))


def not_a_store(where: str, reason: str) -> str:
    return (
        f"{where}: not a crosscheck store ({reason}); it was left as it is. Give --db the path of a store "
        "crosscheck made, or a new file name to create one"
    )
