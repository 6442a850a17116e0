"""One article on its way to a Source: what a reader found, before ids are settled."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from crosscheck.ingest.dates import parse_date
from crosscheck.ingest.textnorm import compose_text, title_case
from crosscheck.model import Skipped, Source


@dataclass(frozen=True)
class Draft:
    id: str
    body: str
    path: str
    where: str
    """"file" or "file:line": where the article came from, for messages."""
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    location: str | None = None

    def to_source(self, source_id: str | None = None) -> Source:
        return Source(
            id=source_id or self.id,
            text=compose_text(self.title, self.body),
            path=self.path,
            outlet=self.outlet,
            title=self.title,
            published=self.published,
            url=self.url,
            location=title_case(self.location),
        )


@dataclass
class Loaded:
    """What one input path gave: drafts in reading order, skipped inputs, warnings."""

    drafts: list[Draft] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def extend(self, other: Loaded) -> None:
        self.drafts.extend(other.drafts)
        self.skipped.extend(other.skipped)
        self.warnings.extend(other.warnings)


def read_date(value: str | None, where: str, warnings: list[str], column: str = "date") -> date | None:
    """The date in a metadata cell; an unreadable one is None plus a warning, never a guess."""
    if not value:
        return None
    found = parse_date(value)
    if found is None:
        warnings.append(
            f"{where}: {column} {value!r} is not a date I can read; left empty "
            "(use YYYY-MM-DD, M/D/YYYY or '25 August 2017')"
        )
    return found
