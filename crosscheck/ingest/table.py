"""Corpus tables: CSV/TSV (csv module) and JSONL, one article per row."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.ingest.columns import Columns, resolve_columns
from crosscheck.ingest.draft import Draft, Loaded, read_date
from crosscheck.ingest.encoding import Unreadable, read_text
from crosscheck.ingest.options import ColumnOptions
from crosscheck.ingest.textnorm import clean_field, normalize_text
from crosscheck.model import Skipped

Row = tuple[int, Mapping[str, object]]


def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def load_table(path: Path, given: str, options: ColumnOptions | None) -> Loaded:
    """Every row with text; a malformed row is skipped with its line, the rest goes on."""
    loaded = Loaded()
    try:
        decoded = read_text(path)
    except Unreadable as error:
        loaded.skipped.append(Skipped(given, str(error)))
        return loaded
    if decoded.encoding not in ("utf-8", "utf-8-sig", "ascii"):
        loaded.warnings.append(f"{given}: not UTF-8, read as {decoded.encoding}")
    text = normalize_text(decoded.text)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        header, rows = _json_rows(text, given, loaded.skipped)
    else:
        header, rows = _csv_rows(text, given, loaded.skipped, "\t" if path.suffix.lower() == ".tsv" else ",")
    columns = resolve_columns(header, options, given)
    stem = path.stem
    for number, (line, row) in enumerate(rows, start=1):
        draft = _draft(row, columns, given, line, f"{stem}-{number}", loaded)
        if draft is not None:
            loaded.drafts.append(draft)
    if not loaded.drafts and not loaded.skipped:
        loaded.skipped.append(Skipped(given, "no rows under the header"))
    return loaded


def _csv_rows(text: str, given: str, skipped: list[Skipped], delimiter: str) -> tuple[list[str], list[Row]]:
    _raise_field_limit()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
    except csv.Error as error:
        raise InputError(given, f"cannot read the header row: {error}", line=1) from error
    header = [h.strip() for h in header]
    rows: list[Row] = []
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            skipped.append(Skipped(given, f"malformed row: {error}", start))
            start = reader.line_num + 1
            continue
        if any(cell.strip() for cell in row):
            if len(row) != len(header):
                skipped.append(
                    Skipped(given, f"row has {len(row)} fields, the header has {len(header)}", start)
                )
            else:
                rows.append((start, dict(zip(header, row, strict=True))))
        start = reader.line_num + 1
    return header, rows


def _json_rows(text: str, given: str, skipped: list[Skipped]) -> tuple[list[str], list[Row]]:
    header: dict[str, None] = {}
    rows: list[Row] = []
    for line, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as error:
            skipped.append(Skipped(given, f"not valid JSON: {error.msg}", line))
            continue
        if not isinstance(item, dict):
            skipped.append(Skipped(given, f"expected a JSON object, found {type(item).__name__}", line))
            continue
        header.update(dict.fromkeys(item))
        rows.append((line, item))
    return list(header), rows


def _cell(row: Mapping[str, object], column: str | None) -> str | None:
    if column is None:
        return None
    value = row.get(column)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dict | list):
        return None
    return clean_field(value)


def _draft(
    row: Mapping[str, object], columns: Columns, given: str, line: int, fallback: str, loaded: Loaded
) -> Draft | None:
    raw_text = row.get(columns.text)
    body = normalize_text(str(raw_text)).strip() if isinstance(raw_text, str | int | float) else ""
    if not body:
        loaded.skipped.append(Skipped(given, f"empty text in column {columns.text!r}", line))
        return None
    where = f"{given}:{line}"
    return Draft(
        id=_cell(row, columns.id) or fallback,
        body=body,
        path=given,
        where=where,
        title=_cell(row, columns.title),
        outlet=_cell(row, columns.outlet),
        published=read_date(_cell(row, columns.date), where, loaded.warnings, columns.date or "date"),
        url=_cell(row, columns.url),
        location=_cell(row, columns.location),
    )
