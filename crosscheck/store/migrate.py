"""Open a database as a crosscheck store: recognise it, refuse what is not one, upgrade an older one.

A database with no tables becomes a store. A store at an older schema version is upgraded in place, every
missing migration in one transaction (all or nothing). A store from a newer crosscheck, and a database
that is not a crosscheck store, are refused with an error naming them; nothing in them is changed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from crosscheck import __version__
from crosscheck.errors import StoreError
from crosscheck.store.backend import Backend, insert_sql, not_a_store
from crosscheck.store.schema import APPLICATION, LATEST, MIGRATIONS


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def found_version(backend: Backend) -> int:
    """The schema version of the database: 0 when it has no tables; refuses a database that is not a store."""
    tables = backend.tables()
    if not tables:
        return 0
    if "crosscheck_meta" not in tables or "schema_migrations" not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(not_a_store(backend.where, f"it has other tables: {shown}"))
    marks = backend.query("SELECT value FROM crosscheck_meta WHERE key = 'application'")
    if marks != [(APPLICATION,)]:
        raise StoreError(not_a_store(backend.where, "its crosscheck_meta does not name crosscheck"))
    (version,) = backend.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")[0]
    return int(version)


def check_not_newer(backend: Backend, version: int) -> None:
    if version <= LATEST:
        return
    rows = backend.query("SELECT crosscheck_version FROM schema_migrations WHERE version = ?", (version,))
    made_by = f"crosscheck {rows[0][0]}" if rows else "a newer crosscheck"
    raise StoreError(
        f"{backend.where}: this store has schema version {version}, written by {made_by}; this crosscheck "
        f"({__version__}) reads schema versions up to {LATEST}. Upgrade crosscheck to open it, or give --db "
        "another store; the store was left as it is"
    )


def upgrade(backend: Backend, target: int = LATEST) -> int:
    """Bring the store to ``target`` (default the latest version); returns the version it was at."""
    check_not_newer(backend, found_version(backend))  # before anything is changed, even a pragma
    backend.prepare()
    with backend.transaction():
        version = found_version(backend)  # again, now that no other writer can be at work
        check_not_newer(backend, version)
        for migration in MIGRATIONS[version:target]:
            for statement in migration.statements(backend.dialect):
                backend.execute(statement)
            backend.execute(
                insert_sql("schema_migrations", ("version", "name", "applied_at", "crosscheck_version")),
                (migration.version, migration.name, now(), __version__),
            )
        if version == 0:
            backend.execute(
                "INSERT INTO crosscheck_meta (key, value) VALUES (?, ?)", ("application", APPLICATION)
            )
    return version
