"""crosscheck users add: the password from stdin (never argv), an argon2 hash, errors that name the store."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.review.users import find_user, verify_password
from crosscheck.store import open_store


def _add(monkeypatch: pytest.MonkeyPatch, db: Path, name: str, role: str, stdin: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["users", "add", name, "--role", role, "--db", str(db)])


def test_adds_a_user_with_an_argon2_hash(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _add(monkeypatch, db, "nadia", "reviewer", "a long pass phrase\n") == 0
    with open_store(db) as store:
        user = find_user(store, "nadia")
    assert user is not None and user.role == "reviewer"
    assert user.password_hash and user.password_hash.startswith("$argon2id$")
    assert verify_password(user.password_hash, "a long pass phrase")
    assert not verify_password(user.password_hash, "a long pass phrase\n")


def test_refusals_exit_2_and_name_the_store(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(monkeypatch, db, "rita", "viewer", "another pass phrase\n") == 2
    assert f"{db}: a user named 'rita' already exists" in capsys.readouterr().err
    assert _add(monkeypatch, db, "sam", "viewer", "short\n") == 2
    assert f"{db}: the password must have at least 8 characters" in capsys.readouterr().err
    missing = tmp_path / "missing.db"
    assert _add(monkeypatch, missing, "sam", "viewer", "a long pass phrase\n") == 2
    assert f"{missing}: no store there" in capsys.readouterr().err
    assert not missing.exists()


def test_no_password_option_on_the_command_line() -> None:
    with pytest.raises(SystemExit) as raised:
        main(["users", "add", "sam", "--role", "viewer", "--db", "x.db", "--password", "secret123"])
    assert raised.value.code == 2
