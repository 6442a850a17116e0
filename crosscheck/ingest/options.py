"""What ingest accepts: file kinds by extension, and the column names a user may set."""

from __future__ import annotations

from dataclasses import dataclass

ARTICLE_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
HTML_EXTENSIONS: tuple[str, ...] = (".html", ".htm")
TABLE_EXTENSIONS: tuple[str, ...] = (".csv", ".tsv", ".jsonl", ".ndjson")
SUPPORTED_EXTENSIONS: tuple[str, ...] = ARTICLE_EXTENSIONS + TABLE_EXTENSIONS
MANIFEST_NAME = "sources.csv"


@dataclass(frozen=True)
class ColumnOptions:
    """Column names of a CSV/JSONL corpus; None means "find it by its common names"."""

    id_col: str | None = None
    text_col: str | None = None
    title_col: str | None = None
    outlet_col: str | None = None
    date_col: str | None = None
    location_col: str | None = None
    url_col: str | None = None
