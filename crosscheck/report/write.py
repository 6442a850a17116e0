"""Writing reports to disk atomically: a reader never sees half a file."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from crosscheck.errors import CrosscheckError
from crosscheck.model import Claim
from crosscheck.report.context import ReportContext
from crosscheck.report.html import render_html
from crosscheck.report.json_report import claim_to_dict, render_json
from crosscheck.report.markdown import render_markdown


def _ordinary_file_mode() -> int:
    """What ``open()`` would have given (0o666 less the umask); a temporary file is private (0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text with "\\n" line ends to a temp file beside ``path``, then rename it over ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise CrosscheckError(
            f"{path}: cannot write here ({exc.strerror}); choose another output folder"
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _ordinary_file_mode())
        os.replace(tmp_name, path)
    except BaseException as exc:
        Path(tmp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise CrosscheckError(
                f"{path}: cannot write ({exc.strerror}); check the folder's permissions"
            ) from exc
        raise


def write_report(ctx: ReportContext, out_dir: Path) -> dict[str, Path]:
    """Write report.json, report.md and report.html into ``out_dir``; return them by format."""
    out_dir = Path(out_dir)
    rendered = {
        "json": ("report.json", render_json(ctx)),
        "markdown": ("report.md", render_markdown(ctx)),
        "html": ("report.html", render_html(ctx)),
    }
    written: dict[str, Path] = {}
    for kind, (name, text) in rendered.items():
        target = out_dir / name
        write_atomic(target, text)
        written[kind] = target
    return written


def claims_jsonl(claims: Iterable[Claim], cluster_of: Mapping[str, str] | None = None) -> str:
    lines = [
        json.dumps(claim_to_dict(c, (cluster_of or {}).get(c.id)), sort_keys=True, ensure_ascii=False)
        for c in sorted(claims, key=lambda c: c.id)
    ]
    return "".join(line + "\n" for line in lines)


def write_claims_jsonl(
    claims: Iterable[Claim], path: Path, cluster_of: Mapping[str, str] | None = None
) -> Path:
    """One JSON object per line (``claim_to_dict``), sorted by claim id, written atomically."""
    path = Path(path)
    write_atomic(path, claims_jsonl(claims, cluster_of))
    return path
