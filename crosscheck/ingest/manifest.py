"""A folder's sources.csv: per-file outlet, date, title and url (empty cells mean unknown)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.ingest.encoding import Unreadable, read_text
from crosscheck.ingest.options import MANIFEST_NAME
from crosscheck.ingest.textnorm import clean_field, normalize_text
from crosscheck.model import Skipped

MANIFEST_COLUMNS = ("file", "outlet", "published", "title", "url", "location")


@dataclass(frozen=True)
class ManifestEntry:
    outlet: str | None = None
    published_text: str | None = None
    title: str | None = None
    url: str | None = None
    location: str | None = None
    where: str = ""
    """"sources.csv:LINE", for messages about this row."""


@dataclass
class Manifest:
    path: Path | None = None
    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def entry_for(self, file: Path) -> ManifestEntry | None:
        return self.entries.get(file.name) or self.entries.get(file.stem)


def read_manifest(folder: Path) -> Manifest:
    """The folder's sources.csv, or an empty manifest when there is none."""
    path = next((p for p in sorted(folder.iterdir()) if p.name.lower() == MANIFEST_NAME), None)
    manifest = Manifest(path)
    if path is None or not path.is_file():
        return manifest
    try:
        text = normalize_text(read_text(path).text)
    except Unreadable as error:
        manifest.skipped.append(Skipped(str(path), f"metadata file not used: {error}"))
        return manifest
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    if "file" not in header:
        manifest.warnings.append(
            f"{path}: no 'file' column, so its metadata is not used "
            f"(expected header {','.join(MANIFEST_COLUMNS[:5])})"
        )
        return manifest
    unknown = [h for h in header if h and h not in MANIFEST_COLUMNS]
    if unknown:
        manifest.warnings.append(f"{path}: ignored column(s) {', '.join(unknown)}")
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            manifest.skipped.append(
                Skipped(str(path), f"metadata row has {len(row)} fields, header has {len(header)}", line)
            )
            continue
        cells = {name: clean_field(value) for name, value in zip(header, row, strict=True)}
        name = cells.get("file")
        if not name:
            manifest.warnings.append(f"{path}:{line}: row without a file name ignored")
            continue
        manifest.entries[Path(name).name] = ManifestEntry(
            outlet=cells.get("outlet"),
            published_text=cells.get("published"),
            title=cells.get("title"),
            url=cells.get("url"),
            location=cells.get("location"),
            where=f"{path}:{line}",
        )
    return manifest
