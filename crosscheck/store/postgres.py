"""The PostgreSQL backend (psycopg 3): for a desk that shares one server. Bulk inserts go through COPY."""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from crosscheck.errors import StoreError
from crosscheck.store.backend import Row
from crosscheck.store.schema import Dialect

LOCK_KEY = zlib.crc32(b"crosscheck store writer")
"""The advisory lock every writing transaction takes, so that two runs write one after the other."""


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresBackend:
    """One PostgreSQL database (the tables live in the connection's current schema)."""

    dialect: Dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self.where = without_password(url)
        try:
            self.connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            raise StoreError(
                f"{self.where}: cannot connect to PostgreSQL ({str(error).strip()}); check the URL, and that "
                "the server runs and the role may log in"
            ) from error

    def prepare(self) -> None:
        return None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.connection.execute(_sql(sql), params).fetchall())

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.connection.execute(_sql(sql) if params else sql, params or None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(_sql(sql), rows)

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with self.connection.cursor() as cursor, cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)

    def insert_returning_id(self, sql: str, params: Sequence[Any]) -> int:
        row = self.connection.execute(_sql(sql + " RETURNING id"), params).fetchone()
        assert row is not None
        return int(row[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self.connection.transaction():
            self.connection.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
            yield

    def tables(self) -> set[str]:
        rows = self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return {name for (name,) in rows}

    def close(self) -> None:
        self.connection.close()
