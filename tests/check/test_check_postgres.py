"""`crosscheck check` against a PostgreSQL store (CROSSCHECK_TEST_POSTGRES_URL; .ci/run sets it): the same
findings as from the SQLite store of the same articles, and the store left as it was."""

from __future__ import annotations

from pathlib import Path

from crosscheck.cli import main
from crosscheck.store import open_store
from tests.check.conftest import STORED, fa_kes_rows
from tests.check.kit import check_json
from tests.store.conftest import postgres_base_url, postgres_schema
from tests.store.kit import TABLES


def counts(url: str) -> dict[str, int]:
    with open_store(url) as store:
        return {t: int(store.backend.query(f"SELECT COUNT(*) FROM {t}")[0][0]) for t in (*TABLES, "runs")}


def test_postgres_store_gives_the_sqlite_findings(capsys, db, articles, tmp_path: Path):
    base = postgres_base_url()
    corpus = fa_kes_rows(STORED, tmp_path / "stored.csv")
    with postgres_schema(base) as url:
        args = [
            "run",
            str(corpus),
            "--embedder",
            "fake",
            "--no-cache",
            "--quiet",
            "--out",
            str(tmp_path / "o"),
        ]
        assert main([*args, "--claims", str(tmp_path / "claims.jsonl"), "--db", url]) == 0
        capsys.readouterr()
        before = counts(url)
        code, from_postgres = check_json(capsys, url, articles)
        assert counts(url) == before
    _, from_sqlite = check_json(capsys, db, articles)

    def seen(document: dict) -> list[tuple]:
        return [(f["path"], f["line"], f["rule"], f["quote"], f["fingerprint"]) for f in document["findings"]]

    assert code == 0 and seen(from_postgres) == seen(from_sqlite) and seen(from_sqlite)
