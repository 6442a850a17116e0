"""`crosscheck run` whose SQLite store announces each bulk insert on stdout and pauses there, so that a test
can SIGKILL it at a known point of the write transaction. Usage: python killable_run.py ARGS..."""

from __future__ import annotations

import sys
import time

from crosscheck.cli import main
from crosscheck.store.backend import SQLiteBackend

_insert_many = SQLiteBackend.insert_many


def announced(self, table, columns, rows):  # type: ignore[no-untyped-def]
    print(f"inserting {table}", flush=True)
    time.sleep(0.3)
    return _insert_many(self, table, columns, rows)


SQLiteBackend.insert_many = announced  # type: ignore[method-assign]
sys.exit(main(sys.argv[1:]))
