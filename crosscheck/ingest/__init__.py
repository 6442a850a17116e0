"""Ingest: folders of articles, single article files (.txt, .md, .html) and CSV/JSONL corpora."""

from __future__ import annotations

from crosscheck.ingest.boilerplate import Cleaned, Removal, strip_boilerplate
from crosscheck.ingest.dates import parse_date
from crosscheck.ingest.loader import load_corpus
from crosscheck.ingest.options import SUPPORTED_EXTENSIONS, ColumnOptions

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "Cleaned",
    "ColumnOptions",
    "Removal",
    "load_corpus",
    "parse_date",
    "strip_boilerplate",
]
