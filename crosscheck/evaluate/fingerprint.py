"""What a cached evaluation result was computed from, so that a cache made by other code is not reused.

The benchmarks that cache an extraction or clusterings of the gold (``benchmarks/gold_pairs.py``,
``benchmarks/gold_verdict_misses.py``) store a fingerprint beside what they cache, and compute it all
again when the fingerprint no longer matches: a change to the parts of the package the cached result
comes from, or to the data files read.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parents[1]
EXTRACTION = ("extract", "ingest", "model.py", "config.py", "pipeline.py")
"""The parts of the package an extraction of a corpus comes from."""
CLUSTERING = (*EXTRACTION, "cluster", "embed", "evaluate")
"""... and clusterings of its figures (the compare stage left out: the verdicts are judged again)."""


def fingerprint(parts: Iterable[str], data_files: Iterable[Path] = (), root: Path = PACKAGE) -> str:
    """SHA-256 over the files of ``parts`` (folders or files under ``root``, the package; each file's path
    and content, in sorted order) and the size and modification time of each data file."""
    digest = hashlib.sha256()
    files = sorted({f for part in parts for f in _files(root / part)})
    for path in files:
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    for path in sorted(Path(p).resolve() for p in data_files):
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return [f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts]


def cached_result(
    cache: Path, key: str, compute: Callable[[], dict[str, Any]], rebuild: bool = False
) -> dict[str, Any]:
    """What ``cache`` holds when it was made under ``key``; else ``compute()``, written there with ``key``
    (a note on stderr says why)."""
    if not rebuild and cache.exists():
        data: dict[str, Any] = pickle.loads(cache.read_bytes())
        if data.get("fingerprint") == key:
            return data
        print(f"{cache}: made by other code or data; computing it again", file=sys.stderr)
    data = {**compute(), "fingerprint": key}
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(data))
    return data
