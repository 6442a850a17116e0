"""Store tests run on a real SQLite file and on a real PostgreSQL server.

PostgreSQL: set CROSSCHECK_TEST_POSTGRES_URL (``.ci/run`` starts a server and sets it). Without it the
PostgreSQL half is skipped, except under CI=true, where it fails: CI may not skip it silently. Each test gets
a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck.store import RunData
from crosscheck.store.postgres import is_postgres_url
from tests.store.kit import analysed, demo_subset

POSTGRES_ENV = "CROSSCHECK_TEST_POSTGRES_URL"


def postgres_base_url() -> str:
    url = os.environ.get(POSTGRES_ENV, "")
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"{POSTGRES_ENV} is not set: under CI the PostgreSQL store tests must run (.ci/run sets it)"
        )
    pytest.skip(f"{POSTGRES_ENV} is not set (no PostgreSQL server to test against)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A place for a new store: an SQLite file path, or a PostgreSQL URL on an empty schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "crosscheck.db")
        return
    with postgres_schema(postgres_base_url()) as url:
        yield url


@contextlib.contextmanager
def postgres_schema(base: str) -> Iterator[str]:
    """A URL whose connections use an empty schema of their own (search_path), dropped afterwards."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
        try:
            joiner = "&" if "?" in base else "?"
            yield f"{base}{joiner}options=-csearch_path%3D{name}"
        finally:
            admin.execute(f"DROP SCHEMA {name} CASCADE")


def is_postgres(url: str) -> bool:
    return is_postgres_url(url)


@pytest.fixture(scope="session")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> RunData:
    """The demo without its two latest articles."""
    return analysed(demo_subset(tmp_path_factory.mktemp("first") / "demo"))


@pytest.fixture(scope="session")
def full_run() -> RunData:
    """The whole demo: the first run's articles and two more."""
    return analysed()
