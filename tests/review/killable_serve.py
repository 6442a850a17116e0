"""`crosscheck serve` whose SQLite store announces each decision and audit entry it writes on stdout and
pauses there, so that a test can SIGKILL the server inside a reviewer's save. Usage:
python killable_serve.py ARGS..."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any

from crosscheck.cli import main
from crosscheck.store.backend import SQLiteBackend

_insert_returning_id = SQLiteBackend.insert_returning_id


def announced(self: SQLiteBackend, sql: str, params: Sequence[Any]) -> int:
    table = sql.split()[2] if sql.upper().startswith("INSERT INTO") else ""
    if table in ("decisions", "audit_log"):
        print(f"inserting {table}", flush=True)
        time.sleep(0.5)
    return _insert_returning_id(self, sql, params)


SQLiteBackend.insert_returning_id = announced  # type: ignore[method-assign]
sys.exit(main(sys.argv[1:]))
