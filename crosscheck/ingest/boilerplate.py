"""Remove page furniture from scraped text, line by line, saying which rule removed each line.

Line rules (boilerplate_rules.py) mark lines on their own; the context rules below then use
neighbours: link lists under a "Related" heading, chrome repeated at the top and bottom of a page,
a byline name next to a removed dateline, a line sandwiched in an appeal, headline lists at the tail.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from crosscheck.ingest.boilerplate_rules import (
    READER,
    REPORTED,
    is_sentence,
    is_title_like,
    line_rule,
    word_list,
)
from crosscheck.ingest.textnorm import comparable


@dataclass(frozen=True)
class Removal:
    rule: str
    line: int
    """1-based line number in the text given to :func:`strip_boilerplate`."""
    text: str


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removal, ...]


Marks = list[str | None]
ContextRule = Callable[[list[str], Marks, str], None]

_LINK_HEADING = re.compile(
    r"^\W*(?:related(?: articles| stories| news| content| posts)?|more from\b.{0,40}|read more|see also|"
    r"more on this(?: story)?|recommended(?: for you)?|most (?:read|popular|viewed)|"
    r"you (?:may|might) also like|"
    r"trending(?: now)?|latest (?:news|stories)|more stories|top stories|further reading)\W*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"^\s*[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2}\s*$")
_BLOCK_FAMILIES = frozenset({"appeal", "newsletter", "comment_box", "login_notice", "cookie_notice"})
_NAME_NEIGHBOURS = frozenset({"dateline", "byline"})
_CHROME_WORDS = 10
_LINK_WORDS = 20
_BLOCK_WORDS = 80


def _non_blank(lines: list[str], start: int, step: int) -> int | None:
    index = start + step
    while 0 <= index < len(lines):
        if lines[index].strip():
            return index
        index += step
    return None


def related_links(lines: list[str], marks: Marks, title: str) -> None:
    """A "Related" / "More from" / "Read more" heading and the run of link titles under it."""
    for index, line in enumerate(lines):
        if marks[index] is not None or not _LINK_HEADING.match(line):
            continue
        marks[index] = "related_links"
        follow = _non_blank(lines, index, 1)
        while follow is not None and is_title_like(lines[follow], _LINK_WORDS):
            marks[follow] = "related_links"
            follow = _non_blank(lines, follow, 1)


def repeated_chrome(lines: list[str], marks: Marks, title: str) -> None:
    """Short non-sentence lines that occur twice or more (site header repeated as footer), and
    later copies of any repeated line."""
    keys = [comparable(line) for line in lines]
    counts = Counter(key for key in keys if key)
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if not key or counts[key] < 2 or key == title or marks[index] is not None:
            seen.add(key)
            continue
        if is_title_like(lines[index], _CHROME_WORDS):
            marks[index] = "repeated_chrome"
        elif key in seen:
            marks[index] = "repeated_line"
        seen.add(key)


def byline_name(lines: list[str], marks: Marks, title: str) -> None:
    """A bare name ("Jane Doe") right next to a removed dateline or byline."""
    first = _non_blank(lines, -1, 1)
    for index, line in enumerate(lines):
        if marks[index] is not None or index == first or not _NAME.match(line):
            continue
        if comparable(line) == title:
            continue
        neighbours = (_non_blank(lines, index, -1), _non_blank(lines, index, 1))
        if any(n is not None and marks[n] in _NAME_NEIGHBOURS for n in neighbours):
            marks[index] = "byline_name"


def furniture_block(lines: list[str], marks: Marks, title: str) -> None:
    """A line between two lines of the same appeal/newsletter/comment family belongs to it, when it
    is a label (no sentence) or speaks to the reader; a reported sentence stays."""
    for index, line in enumerate(lines):
        if marks[index] is not None or not line.strip() or len(word_list(line)) > _BLOCK_WORDS:
            continue
        before, after = _non_blank(lines, index, -1), _non_blank(lines, index, 1)
        if before is None or after is None:
            continue
        if is_sentence(line) and (not READER.search(line) or REPORTED.search(line)):
            continue
        family = marks[before]
        if family in _BLOCK_FAMILIES and marks[after] == family:
            marks[index] = f"{family}_block"


def trailing_links(lines: list[str], marks: Marks, title: str) -> None:
    """Headline-like lines at the end of a page mixed with furniture: a teaser list."""
    tail: list[int] = []
    furniture = False
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            continue
        if marks[index] is not None:
            furniture = True
        elif is_title_like(lines[index], _LINK_WORDS) and comparable(lines[index]) != title:
            tail.append(index)
        else:
            break
    if furniture:
        for index in tail:
            marks[index] = "trailing_links"


CONTEXT_RULES: tuple[ContextRule, ...] = (
    related_links,
    repeated_chrome,
    byline_name,
    furniture_block,
    trailing_links,
)


def strip_boilerplate(text: str, *, title: str | None = None) -> Cleaned:
    """The text without furniture lines; blank-line runs left by removals collapse to one."""
    lines = text.split("\n")
    marks: Marks = [line_rule(line) for line in lines]
    title_key = comparable(title) if title else ""
    for rule in CONTEXT_RULES:
        rule(lines, marks, title_key)
    kept: list[str] = []
    for line, mark in zip(lines, marks, strict=True):
        if mark is not None:
            continue
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    removed = tuple(
        Removal(mark, number, line)
        for number, (line, mark) in enumerate(zip(lines, marks, strict=True), start=1)
        if mark is not None
    )
    return Cleaned("\n".join(kept), removed)
