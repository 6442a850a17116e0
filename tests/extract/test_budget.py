"""The per-article time budget: past it, reading stops where it is, the claims so far are kept, and a
warning says where. The clock is a counter here, so the tests do not depend on the machine's speed."""

from __future__ import annotations

import itertools

import pytest

import crosscheck.extract.budget as budget_module
from crosscheck.cli import main
from crosscheck.extract import extract_claims
from crosscheck.extract.budget import Budget
from crosscheck.model import Source

TEXT = (
    "At least 14 people were killed in Varna on Monday. "
    "More than 40 people were injured. "
    "Rescuers pulled 6 survivors from the rubble. "
    "The army sent 300 soldiers."
)


@pytest.fixture
def ticking(monkeypatch):
    """A clock that advances one second each time it is read."""
    counter = itertools.count()
    monkeypatch.setattr(budget_module.time, "monotonic", lambda: float(next(counter)))


def test_a_spent_budget_keeps_the_claims_before_where_it_stopped(ticking):
    whole = [c for c in extract_claims(Source(id="t", text=TEXT)) if c.kind == "numeric"]
    budget = Budget(4.5)
    partial = [c for c in extract_claims(Source(id="t", text=TEXT), budget) if c.kind == "numeric"]
    assert budget.stopped_at is not None and 0 < budget.stopped_at < len(TEXT)
    assert partial and len(partial) < len(whole)
    assert all(c.end <= budget.stopped_at for c in partial)
    assert [c.id for c in partial] == [c.id for c in whole[: len(partial)]]


def test_no_budget_reads_everything(ticking):
    budget = Budget(None)
    extract_claims(Source(id="t", text=TEXT), budget)
    assert budget.stopped_at is None


def test_the_cli_warns_which_article_was_partly_read_and_where(tmp_path, ticking, capsys):
    (tmp_path / "long.txt").write_text(TEXT + "\n")
    (tmp_path / "short.txt").write_text("Two people were killed.\n")
    assert main(["extract", str(tmp_path), "--article-seconds", "4.5"]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if "partly read" in line]
    assert len(warnings) == 1 and "long.txt: partly read" in warnings[0]
    assert "character" in warnings[0] and "(line 1)" in warnings[0]
    assert captured.out.strip()


def test_the_budget_is_validated_on_the_command_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT)
    assert main(["extract", str(tmp_path), "--article-seconds", "0"]) == 2
    assert "article_seconds" in capsys.readouterr().err
