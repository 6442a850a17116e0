"""`crosscheck run --db`: the store is written after the run; a store it cannot use stops it with exit code 2
and a message naming the file; a SIGKILL at any point leaves the store as it was or fully written."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.commands import demo_corpus_path
from crosscheck.store import LATEST, open_store
from tests.killing import kill_when_announced
from tests.store.kit import demo_subset, dump, mark_newer

ROOT = Path(__file__).resolve().parents[2]


def argv(corpus: Path, place: Path, db: Path | str) -> list[str]:
    return [
        "run", str(corpus), "--name", "demo", "--embedder", "fake", "--no-cache", "--quiet",
        "--out", str(place / "out"), "--claims", str(place / "claims.jsonl"), "--db", str(db),
    ]  # fmt: skip


def test_run_db_writes_and_rewrites_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    db = tmp_path / "crosscheck.db"
    assert main(argv(demo_corpus_path(), tmp_path, db)) == 0
    assert f"store: {db} (run 1; added 6 sources," in capsys.readouterr().out
    assert main(argv(demo_corpus_path(), tmp_path, db)) == 0
    assert "(run 2; added nothing; changed nothing; retired nothing)" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["text file", "other database", "newer store"])
def test_a_store_the_run_cannot_use_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
):
    db = tmp_path / "mine.db"
    if kind == "text file":
        db.write_text("not a database\n", encoding="utf-8")
    elif kind == "other database":
        with sqlite3.connect(db) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
    else:
        with open_store(db) as store:
            mark_newer(store, LATEST + 3, "3.0.0")
    data = db.read_bytes()
    assert main(argv(demo_corpus_path(), tmp_path, db)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"crosscheck: error: {db}: ")
    assert (
        ("newer crosscheck" in err or "crosscheck 3.0.0" in err)
        if kind == "newer store"
        else "not a crosscheck store" in err
    )
    assert db.read_bytes() == data
    assert not (tmp_path / "out").exists()  # refused before the analysis


def _copy_store(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")


def _state(db: Path) -> dict:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    with open_store(db) as store:
        return dump(store)


def _kill_run(corpus: Path, place: Path, db: Path, at: str | float) -> None:
    """Start a run into ``db``; SIGKILL it when it announces the insert ``at``, or after ``at`` seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = [sys.executable, str(Path(__file__).with_name("killable_run.py"))]
    process = subprocess.Popen(
        [*script, *argv(corpus, place, db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    if isinstance(at, float):
        time.sleep(at)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        assert process.returncode == -signal.SIGKILL
    else:
        kill_when_announced(process, f"inserting {at}")


def test_sigkill_during_run_db_leaves_the_store_before_or_complete(tmp_path: Path):
    first = demo_subset(tmp_path / "first" / "demo")
    baseline = tmp_path / "baseline.db"
    assert main(argv(first, tmp_path, baseline)) == 0
    previous = _state(baseline)
    complete_db = tmp_path / "complete.db"
    _copy_store(baseline, complete_db)
    assert main(argv(demo_corpus_path(), tmp_path, complete_db)) == 0
    complete = _state(complete_db)
    assert complete != previous
    for at in (1.0, "sources", "cluster_members", "embeddings"):
        db = tmp_path / f"killed-{at}.db"
        _copy_store(baseline, db)
        _kill_run(demo_corpus_path(), tmp_path, db, at)
        state = _state(db)
        assert state in (previous, complete), f"killed at {at}: the store is neither before nor complete"
        if at != 1.0:
            assert state == previous, f"killed inside the write at {at}, yet the store changed"
    assert main(argv(demo_corpus_path(), tmp_path, db)) == 0  # the store still takes a run after kills
    assert _state(db) == complete
