"""Where a claim stands in the file it was read from: line and column of its quote.

A claim's offsets point into its source's text, which ingest built from the file: newlines normalised
(``\\r\\n`` to ``\\n``), control characters dropped, page furniture lines removed, the title put first, a
table's cell unescaped, an HTML page's markup taken away. So offsets are never used as file positions.
The quote is found again in the file itself: the file is read as ingest reads it, laid out with the same
newline and control-character rules while remembering where each character stood, and searched for the
claim's sentence (the quote inside it), then for the quote with some of its context, then for the quote
alone; CSV- and JSON-escaped forms are tried for tables. Of several places, the one nearest to where the
claim's offset predicts wins. When the quote is nowhere in the file (an HTML entity in the middle of it),
the position is unknown (None), never guessed.

Lines count from 1 (``\\n``, ``\\r\\n`` and a lone ``\\r`` each end one); columns count Unicode code points
from 1. The end column is exclusive, as SARIF has it.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from crosscheck.model import Claim, Source

_NEWLINE = re.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x85]")
_LINE_END = re.compile(r"\r\n?|\n")
"""What ends a line for an editor, git and GitHub (a form feed or U+2028 does not)."""
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
"""The characters :func:`crosscheck.ingest.textnorm.normalize_text` drops (newlines aside)."""
_CONTEXT = 40
_ANCHOR = 80


@dataclass(frozen=True)
class Position:
    line: int
    column: int
    end_line: int
    end_column: int


class FileText:
    """A file's decoded text, and the same text laid out as ingest normalises it, with the map back."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        chars: list[str] = []
        where: list[int] = []
        index = 0
        for match in _NEWLINE.finditer(raw):
            self._copy(raw, index, match.start(), chars, where)
            chars.append("\n")
            where.append(match.start())
            index = match.end()
        self._copy(raw, index, len(raw), chars, where)
        where.append(len(raw))
        self.text = "".join(chars)
        self._where = where
        self._line_starts = [0] + [m.end() for m in _LINE_END.finditer(raw)]

    @staticmethod
    def _copy(raw: str, start: int, end: int, chars: list[str], where: list[int]) -> None:
        for offset in range(start, end):
            if not _DROPPED.match(raw[offset]):
                chars.append(raw[offset])
                where.append(offset)

    @classmethod
    def read(cls, path: Path) -> FileText:
        from crosscheck.ingest.encoding import read_text

        return cls(read_text(path).text)

    def occurrences(self, needle: str) -> Iterator[int]:
        if not needle:
            return
        at = self.text.find(needle)
        while at >= 0:
            yield at
            at = self.text.find(needle, at + 1)

    def nearest(self, needle: str, near: int) -> int | None:
        found = list(self.occurrences(needle))
        return min(found, key=lambda at: (abs(at - near), at)) if found else None

    def position(self, start: int, end: int) -> Position:
        """The raw file's line and column of normalised offsets ``[start, end)``."""
        raw_start = self._where[start]
        raw_end = self._where[end - 1] + 1 if end > start else raw_start
        line, column = self._line_column(raw_start)
        end_line, end_column = self._line_column(raw_end)
        return Position(line, column, end_line, end_column)

    def _line_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def _csv(text: str) -> str:
    return text.replace('"', '""')


def _json(text: str) -> str:
    return json.dumps(text)[1:-1]


def _json_utf8(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


ESCAPES: tuple[Callable[[str], str], ...] = (str, _csv, _json, _json_utf8)
"""The text as it stands in a file: plain, in a CSV cell (quotes doubled), in a JSON string. Each escapes
character by character, so a prefix's escaped length places the quote inside an escaped sentence."""


def _anchor(file: FileText, source: Source) -> int:
    """Where the source's text (or, past a title ingest put first, its body) begins in the file."""
    text = source.text
    starts = [0]
    if "\n\n" in text[: len(source.title or "") + 2]:
        starts.append(text.index("\n\n") + 2)
    for start in starts:
        head = text[start : start + _ANCHOR]
        for escape in ESCAPES:
            found = next(file.occurrences(escape(head)), None)
            if found is not None:
                return found - start
    return 0


def _needles(claim: Claim) -> Iterator[tuple[str, int]]:
    """Texts to look for, most specific first, each with the quote's offset inside it."""
    text = claim.source.text
    yield text[claim.sentence_start : claim.sentence_end], claim.start - claim.sentence_start
    left = max(claim.sentence_start, claim.start - _CONTEXT)
    yield text[left : claim.end], claim.start - left
    yield text[claim.start : min(claim.sentence_end, claim.end + _CONTEXT)], 0
    yield claim.quote, 0


def locate(file: FileText, claim: Claim, anchor: int | None = None) -> Position | None:
    """The position of ``claim``'s quote in ``file``, or None when the file does not hold it."""
    base = _anchor(file, claim.source) if anchor is None else anchor
    for needle, inside in _needles(claim):
        for escape in ESCAPES:
            found = file.nearest(escape(needle), base + claim.start - inside)
            if found is None:
                continue
            start = found + len(escape(needle[:inside]))
            return file.position(start, start + len(escape(claim.quote)))
    return None


class Locator:
    """Reads each file once and places claims in it."""

    def __init__(self) -> None:
        self._files: dict[str, FileText | None] = {}
        self._anchors: dict[str, int] = {}

    def file(self, path: str) -> FileText | None:
        if path not in self._files:
            try:
                self._files[path] = FileText.read(Path(path))
            except Exception:  # read once already by ingest; a file gone since has no position
                self._files[path] = None
        return self._files[path]

    def position(self, claim: Claim) -> Position | None:
        path = claim.source.path
        file = self.file(path) if path else None
        if file is None:
            return None
        key = f"{path}\0{claim.source.id}"
        if key not in self._anchors:
            self._anchors[key] = _anchor(file, claim.source)
        return locate(file, claim, self._anchors[key])
