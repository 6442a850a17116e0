"""The review commands behind the CLI: ``users add``, ``serve`` and ``export``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from crosscheck.errors import ConfigError, StoreError
from crosscheck.store import Store, open_store
from crosscheck.store.postgres import is_postgres_url


def open_existing(db: str) -> Store:
    """A store that must already exist (made by ``crosscheck run CORPUS --db``)."""
    if not is_postgres_url(db) and not Path(db).is_file():
        raise StoreError(f"{db}: no store there; make one with `crosscheck run CORPUS --db {db}`")
    return open_store(db)


def read_password(name: str) -> str:
    """From the terminal (asked twice), or the first line of stdin when it is not a terminal."""
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {name}: ")
        if getpass.getpass("again: ") != password:
            raise ConfigError("the two passwords differ; nothing was changed")
        return password
    return sys.stdin.readline().rstrip("\r\n")


def users_command(args: argparse.Namespace) -> int:
    from crosscheck.review.users import add_user

    with open_existing(args.db) as store:
        password = read_password(args.name)
        user = add_user(store, args.name, args.role, password)
        print(f"{store.where}: added {user.name} ({user.role})")
    return 0


def serve_command(args: argparse.Namespace) -> int:
    from crosscheck.review.serve import serve

    open_existing(args.db).close()
    serve(args.db, args.host, args.port)
    return 0


def export_command(args: argparse.Namespace) -> int:
    from crosscheck.report.write import write_atomic
    from crosscheck.review.export import SETTLED, render, reviewed_figures

    with open_existing(args.db) as store:
        figures = reviewed_figures(store, tuple(args.status or SETTLED))
    text = render(figures, args.format)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text)
    statuses = " or ".join(args.status or SETTLED)
    print(f"crosscheck: exported {len(figures)} figures whose review is {statuses}", file=sys.stderr)
    return 0
