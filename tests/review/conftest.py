"""A real SQLite store made by ``crosscheck run --db`` (fake embedder) from the demo corpus plus one article
whose text, title and outlet carry XSS payloads; users of each role; a fresh copy of the store per test."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from crosscheck.cli import main
from crosscheck.commands import demo_corpus_path
from crosscheck.review.app import create_app
from crosscheck.review.users import add_user
from crosscheck.store import open_store

PASSWORD = "correct horse battery"
XSS_TEXT = "<script>alert('text')</script>"
XSS_TITLE = "<img src=x onerror=alert('title')>"
XSS_OUTLET = "<svg onload=alert('outlet')>"
XSS_ARTICLE = (
    "Flood waters reached Tell Abyadin on Wednesday. "
    f"At least 14 people were killed in the flood in Tell Abyadin {XSS_TEXT}, the council said.\n"
)
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="session")
def base_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("review-corpus") / "demo"
    shutil.copytree(demo_corpus_path(), corpus)
    (corpus / "xss-gazette.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    with (corpus / "sources.csv").open("a", encoding="utf-8") as stream:
        stream.write(f'xss-gazette.txt,"{XSS_OUTLET}",2026-03-12,"{XSS_TITLE}",\n')
    out = corpus.parent / "out"
    db = corpus.parent / "crosscheck.db"
    args = ["run", str(corpus), "--embedder", "fake", "--no-cache", "--quiet", "--out", str(out)]
    assert main([*args, "--claims", str(out / "claims.jsonl"), "--db", str(db)]) == 0
    with open_store(db) as store:
        for name, role in (("vera", "viewer"), ("rita", "reviewer"), ("rob", "reviewer"), ("ada", "admin")):
            add_user(store, name, role, PASSWORD)
    return db


@pytest.fixture
def db(base_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "crosscheck.db"
    shutil.copy(base_store, copy)
    return copy


@pytest.fixture
def anonymous(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db), "test secret")) as client:
        yield client


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def log_in(client: TestClient, name: str, password: str = PASSWORD) -> None:
    token = csrf_of(client.get("/login").text)
    answer = client.post(
        "/login", data={"csrf_token": token, "name": name, "password": password}, follow_redirects=False
    )
    assert answer.status_code == 303, answer.text


def client_for(db: Path, name: str) -> TestClient:
    client = TestClient(create_app(str(db), "test secret"))
    log_in(client, name)
    return client


@pytest.fixture
def server(db: Path) -> Iterator[str]:
    """The review app under uvicorn on a free local port, for a real browser."""
    import uvicorn

    from crosscheck.review.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(str(db), "browser secret"), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
