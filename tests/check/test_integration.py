"""The pre-commit hook and the GitHub Action, run for real as far as a test can.

The hook: the real `pre-commit` (PyPI) validates .pre-commit-hooks.yaml, then runs the hook on a temporary
git repository through a ``repo: local`` config whose entry and file pattern are read from that manifest.
The local config says ``language: system`` and puts a ``crosscheck`` on PATH that runs this checkout: a
``language: python`` hook would make pre-commit build a virtualenv and pip-install the repository (torch
with it), too slow for a test. So this exercises pre-commit's file selection, the arguments, the file names
it passes and how it reads the exit code; not pre-commit's installation of the package.

The action: action.yml parses, every input its steps read is declared, no `run:` script splices an input
into shell code (inputs travel in environment variables), and the check step's script, run by bash with
those variables set as GitHub sets them, calls the real CLI: annotations on stdout, the step's exit code,
and a SARIF file that validates. The install step (pip install of the action's checkout) is not run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.check.kit import by_quote, check_json, settle
from tests.check.test_formats import SCHEMA

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ROOT / ".pre-commit-hooks.yaml"
ACTION = ROOT / "action.yml"


@pytest.fixture
def environment(tmp_path: Path) -> dict[str, str]:
    """PATH with a ``crosscheck`` that runs this checkout, and a home of the test's own."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "crosscheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m crosscheck.cli "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "PRE_COMMIT_HOME": str(home / "pre-commit"),
    }


def pre_commit(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pre_commit", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_the_hook_runs_through_pre_commit(capsys, db, articles, tmp_path, environment):
    assert pre_commit("validate-manifest", str(HOOKS), cwd=ROOT, env=environment).returncode == 0
    [hook] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    repo = tmp_path / "newsroom"
    shutil.copytree(articles, repo / "articles")
    (repo / "tools.py").write_text("print('killed 14 people')\n", encoding="utf-8")
    local = {
        "id": hook["id"], "name": hook["name"], "entry": hook["entry"], "files": hook["files"],
        "language": "system", "require_serial": True,
        "args": ["--db", str(db), "--embedder", "fake"],
    }  # fmt: skip
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    for git in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *git], cwd=repo, env=environment, check=True)
    passed = pre_commit("run", "--all-files", cwd=repo, env=environment)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "crosscheck check" in passed.stdout and "Passed" in passed.stdout
    _, document = check_json(capsys, db, articles)
    settle(db, by_quote(document, "14 people")["cluster_id"], 6, 6)
    failed = pre_commit("run", "--all-files", cwd=repo, env=environment)
    assert failed.returncode == 1 and "Failed" in failed.stdout
    assert "articles/salaheddin-contradicts.md:6:21: error: '14 people'" in failed.stdout
    assert "tools.py" not in failed.stdout, "only articles are passed to the hook"


def action_steps() -> list[dict]:
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return action["runs"]["steps"]


def test_the_action_reads_only_declared_inputs_and_never_splices_them_into_shell():
    declared = set(yaml.safe_load(ACTION.read_text(encoding="utf-8"))["inputs"])
    for step in action_steps():
        assert step["shell"] == "bash"
        assert "${{" not in step["run"], f"{step['name']}: an input spliced into the script"
        used = {m for value in step.get("env", {}).values() for m in re.findall(r"inputs\.([\w-]+)", value)}
        assert used <= declared, used - declared
    check_step = next(s for s in action_steps() if s["name"] == "Check")
    assert {re.search(r"inputs\.([\w-]+)", v).group(1) for v in check_step["env"].values()} == declared  # type: ignore[union-attr]


def run_check_step(
    inputs: dict[str, str], env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """The check step's script, with its env as GitHub would set it from these inputs and the defaults."""
    action = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    values = {name: spec.get("default", "") for name, spec in action["inputs"].items()} | inputs
    step = next(s for s in action["runs"]["steps"] if s["name"] == "Check")
    step_env = {
        name: values[re.search(r"inputs\.([\w-]+)", value).group(1)]  # type: ignore[union-attr]
        for name, value in step["env"].items()
    }
    return subprocess.run(
        ["bash", "-e", "-c", step["run"]], cwd=cwd, env={**env, **step_env}, capture_output=True, text=True
    )


def test_the_action_check_step_calls_the_cli(capsys, db, articles, tmp_path, environment):
    sarif = tmp_path / "out" / "crosscheck.sarif"
    inputs = {"paths": f"{articles}/salaheddin-contradicts.md {articles}/salaheddin-agrees.md", "db": str(db)}
    inputs |= {"embedder": "fake", "sarif-file": str(sarif), "ui-url": "http://127.0.0.1:8000"}
    done = run_check_step(inputs, environment, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "::notice file=" in done.stdout and "::error" not in done.stdout
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(sarif.read_text(encoding="utf-8")))
    _, document = check_json(capsys, db, articles)
    settle(db, by_quote(document, "14 people")["cluster_id"], 6, 6)
    done = run_check_step(inputs, environment, tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].startswith("::error file=")
    assert "cluster-" in done.stdout, "the ui-url input reaches the CLI"
    assert run_check_step({**inputs, "fail-on": "never"}, environment, tmp_path).returncode == 0
