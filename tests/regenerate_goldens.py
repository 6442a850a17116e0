"""Rewrite the files the tests compare against, after a deliberate change of output:

- tests/goldens/demo-fake/: the demo's report and claims made with the deterministic fake embedder;
- reports/demo/ and claims/demo.jsonl: the demo's report and claims made with the real model, exactly as
  `crosscheck demo` writes them.

    .venv/bin/python tests/regenerate_goldens.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_FAKE = ROOT / "tests" / "goldens" / "demo-fake"


def demo_args(embedder: str, out: Path, claims: Path) -> list[str]:
    return [
        "demo",
        "--embedder",
        embedder,
        "--no-cache",
        "--quiet",
        "--out",
        str(out),
        "--claims",
        str(claims),
    ]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from crosscheck.cli import main as cli

    status = cli(demo_args("fake", GOLDEN_FAKE, GOLDEN_FAKE / "claims.jsonl"))
    status = status or cli(demo_args("minilm", ROOT / "reports" / "demo", ROOT / "claims" / "demo.jsonl"))
    return status


if __name__ == "__main__":
    sys.exit(main())
