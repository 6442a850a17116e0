"""load_corpus: every input path to one Corpus of sources, with what was skipped and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crosscheck.errors import InputError, NoReadableInput
from crosscheck.ingest.datelines import date_by_dateline
from crosscheck.ingest.draft import Loaded
from crosscheck.ingest.duplicates import settle_ids
from crosscheck.ingest.folder import load_article, load_folder
from crosscheck.ingest.options import (
    ARTICLE_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    TABLE_EXTENSIONS,
    ColumnOptions,
)
from crosscheck.model import Corpus

DEFAULT_NAME = "corpus"
_MAX_REASONS = 5


def load_corpus(
    paths: Sequence[str | Path], *, columns: ColumnOptions | None = None, name: str | None = None
) -> Corpus:
    """Read folders, article files and CSV/JSONL corpora into one Corpus, sources sorted by id.

    Raises InputError for a path that does not exist or has an unsupported extension, and
    NoReadableInput when nothing at all could be read.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    if not paths:
        raise NoReadableInput(
            "no input given: name a folder of articles, an article file or a CSV/JSONL corpus"
        )
    loaded = Loaded()
    for given in paths:
        loaded.extend(_load_path(Path(given), str(given), columns))
    warnings = list(loaded.warnings)
    sources = settle_ids(date_by_dateline(loaded.drafts, warnings), warnings)
    if not sources:
        raise NoReadableInput(_nothing_readable(paths, loaded))
    return Corpus(
        name=name or _default_name(paths),
        sources=tuple(sorted(sources, key=lambda s: s.id)),
        skipped=tuple(loaded.skipped),
        warnings=tuple(warnings),
    )


def _load_path(path: Path, given: str, columns: ColumnOptions | None) -> Loaded:
    if not path.exists():
        raise InputError(given, "no such file or folder", hint="check the path")
    if path.is_dir():
        return load_folder(path, given)
    suffix = path.suffix.lower()
    if suffix in ARTICLE_EXTENSIONS:
        return load_article(path, given)
    if suffix in TABLE_EXTENSIONS:
        from crosscheck.ingest.table import load_table

        return load_table(path, given, columns)
    raise InputError(
        given,
        f"unsupported file type {suffix or '(no extension)'!r}",
        hint=f"give a folder or a file ending in {', '.join(SUPPORTED_EXTENSIONS)}",
    )


def _default_name(paths: Sequence[str | Path]) -> str:
    if len(paths) != 1:
        return DEFAULT_NAME
    path = Path(paths[0])
    if path.is_dir():
        return path.resolve().name or DEFAULT_NAME
    return path.stem or DEFAULT_NAME


def _nothing_readable(paths: Sequence[str | Path], loaded: Loaded) -> str:
    inputs = ", ".join(str(p) for p in paths)
    reasons = [f"{s.path}{'' if s.line is None else f':{s.line}'}: {s.reason}" for s in loaded.skipped]
    reasons += [w for w in loaded.warnings if "no article files" in w]
    if len(reasons) > _MAX_REASONS:
        reasons = [*reasons[:_MAX_REASONS], f"... and {len(reasons) - _MAX_REASONS} more"]
    detail = "; ".join(reasons) if reasons else "no articles found"
    return f"nothing readable in {inputs}: {detail}"
