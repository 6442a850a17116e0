"""A run killed with SIGKILL at any point leaves the previous report, claims file and cache as they were.

A real `crosscheck run` (fake embedder, a cache of its own) is killed at several points of a run over a
larger corpus: early (loading, extracting), in the middle (embedding, clustering), late, and, when the
test sees it, while an output's temporary file exists. After each kill every output file is whole: either
the previous run's, byte for byte, or the one a complete run of the new corpus writes, and it parses; every
cache shard loads, the shards of earlier runs are unchanged, and a run after the kills still works.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from crosscheck.commands import demo_corpus_path
from crosscheck.report.schema import validate_report

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("out/report.json", "out/report.md", "out/report.html", "claims.jsonl")
FRACTIONS = (0.05, 0.3, 0.55, 0.8, 0.95)


def command(corpus: Path, place: Path) -> list[str]:
    return [
        sys.executable, "-m", "crosscheck.cli", "run", str(corpus), "--embedder", "fake", "--quiet",
        "--cache-dir", str(place / "cache"), "--out", str(place / "out"),
        "--claims", str(place / "claims.jsonl"),
    ]  # fmt: skip


def start(corpus: Path, place: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        command(corpus, place), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def finish(corpus: Path, place: Path) -> float:
    began = time.monotonic()
    process = start(corpus, place)
    _, err = process.communicate(timeout=600)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - began


def bigger_corpus(folder: Path) -> Path:
    """The demo articles eight times over, each copy with a sentence of its own (so the cache grows)."""
    demo = demo_corpus_path()
    folder.mkdir()
    for copy in range(8):
        for article in demo.glob("*.txt"):
            text = article.read_text(encoding="utf-8")
            extra = f"\n\nIn a later count, {copy + 3} people were reported injured in district {copy}.\n"
            (folder / f"{article.stem}-{copy}.txt").write_text(text + extra, encoding="utf-8")
    return folder


def outputs(place: Path) -> dict[str, bytes]:
    return {name: (place / name).read_bytes() for name in OUTPUTS}


def shards(place: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in (place / "cache").rglob("*.npz")}


def check_whole(place: Path, previous: dict[str, bytes], complete: dict[str, bytes]) -> None:
    for name in OUTPUTS:
        data = (place / name).read_bytes()
        assert data in (previous[name], complete[name]), f"{name} is neither the previous nor a complete one"
    validate_report(json.loads((place / "out/report.json").read_text(encoding="utf-8")))
    for line in (place / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)


def check_cache(place: Path, before: dict[str, bytes]) -> None:
    after = shards(place)
    assert all(after.get(name) == data for name, data in before.items()), "an earlier cache shard changed"
    for path in (place / "cache").rglob("*.npz"):
        with np.load(path) as shard:
            assert len(shard["keys"]) == len(shard["vectors"]) > 0


def kill_when_writing(process: subprocess.Popen[bytes], place: Path, deadline: float) -> bool:
    """SIGKILL as soon as a temporary output file shows; False when none showed before the run ended."""
    while process.poll() is None and time.monotonic() < deadline:
        if any(place.rglob("*.tmp")):
            process.send_signal(signal.SIGKILL)
            return True
        time.sleep(0.0005)
    return False


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_run_leaves_the_previous_outputs_and_cache_whole(tmp_path):
    reference, place = tmp_path / "reference", tmp_path / "run"
    corpus = bigger_corpus(tmp_path / "bigger")
    finish(demo_corpus_path(), place)
    previous, cache_before = outputs(place), shards(place)
    seconds = finish(corpus, reference)
    complete = outputs(reference)
    assert complete != previous
    points = [*FRACTIONS, None]
    for fraction in points:
        process = start(corpus, place)
        if fraction is None:
            kill_when_writing(process, place, time.monotonic() + 2 * seconds)
        else:
            time.sleep(fraction * seconds)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        check_whole(place, previous, complete)
        check_cache(place, cache_before)
        for name, data in previous.items():  # the next kill starts again from the previous run's outputs
            (place / name).write_bytes(data)
        cache_before = shards(place)
    shutil.rmtree(place / "out")
    finish(corpus, place)
    assert outputs(place) == complete
