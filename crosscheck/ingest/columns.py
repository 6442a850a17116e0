"""Which column of a corpus table holds what: set by the user, else found by common names."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.ingest.options import ColumnOptions

COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "unit_id", "article_id", "doc_id", "docid", "uid"),
    "text": ("text", "content", "article_content", "body", "article_text", "article", "maintext"),
    "title": ("title", "article_title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "source_name"),
    "date": ("date", "published", "publication_date", "pubdate", "date_published", "published_at"),
    "location": ("location", "place"),
    "url": ("url", "link"),
}


@dataclass(frozen=True)
class Columns:
    """The header name used for each role (None when the table has no such column)."""

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    location: str | None = None
    url: str | None = None


def resolve_columns(header: list[str], options: ColumnOptions | None, path: Path | str) -> Columns:
    """Map roles to header names; an explicit option must exist, and a text column is required."""
    options = options or ColumnOptions()
    by_key = {}
    for name in header:
        by_key.setdefault(name.strip().casefold(), name)
    found: dict[str, str | None] = {}
    for option in fields(ColumnOptions):
        role = option.name.removesuffix("_col")
        wanted = getattr(options, option.name)
        if wanted is not None:
            if wanted.strip().casefold() not in by_key:
                raise InputError(
                    str(path),
                    f"no column {wanted!r} (--{role}-col); columns found: {_listing(header)}",
                    hint=f"give one of those names with --{role}-col",
                )
            found[role] = by_key[wanted.strip().casefold()]
        else:
            found[role] = next((by_key[n] for n in COMMON_NAMES[role] if n in by_key), None)
    text = found.pop("text")
    if text is None:
        raise InputError(
            str(path),
            f"no text column; columns found: {_listing(header)}",
            hint="name the column that holds the article text with --text-col COLUMN",
        )
    return Columns(text=text, **found)


def _listing(header: list[str]) -> str:
    return ", ".join(repr(h) for h in header) if header else "(none)"
