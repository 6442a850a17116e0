"""A long alternation tried only with the alternatives that can start with the character at hand.

Python's ``re`` tries an alternation's branches one by one; for a unit table of hundreds of spellings
that is most of the cost of reading what follows a figure. :class:`FirstCharAlternation` reads each
branch's possible first characters from the parsed pattern and, per character met, compiles the same
alternation restricted to the branches that can start there, in the same order and with the same groups:
it matches exactly what the whole alternation matches.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_SPACER_CHARS = frozenset(" \t-")


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, as written (case not folded); None when
    any character may, or the match may be empty."""
    found, nullable = _first(list(sre_parse.parse(pattern, flags).data))
    return None if found is None or nullable else frozenset(found)


def _first(items: list[Any]) -> tuple[set[str] | None, bool]:
    """(first characters, whether ``items`` can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | {chr(av)}, False
        if op is sre.IN:
            chars = _class_chars(av)
            return (None if chars is None else out | chars), False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is sre.SUBPATTERN:
            found, nullable = _first(list(av[3]))
        elif op is sre.BRANCH:
            found, nullable = _union(_first(list(branch)) for branch in av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found, nullable = _first(list(av[2]))
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        out |= found
        if not nullable:
            return out, False
    return out, True


def _union(parts: Iterable[tuple[set[str] | None, bool]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    nullable = False
    for found, empty in parts:
        if found is None:
            return None, False
        out |= found
        nullable = nullable or empty
    return out, nullable


def _class_chars(items: list[Any]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 256:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars


class FirstCharAlternation:
    """``re.compile(prefix + "(?:" + "|".join(branches) + ")", flags)``, matched by the first character
    after ``prefix``. ``prefix`` must be a run of spaces, tabs and hyphens (it may give some back)."""

    def __init__(self, prefix: str, branches: list[str], flags: int) -> None:
        self.prefix = prefix
        self.branches = branches
        self.flags = flags
        self.whole = re.compile(self._source(range(len(branches))), flags)
        self._prefix = re.compile(prefix, flags)
        self._firsts = [first_chars(branch, flags) for branch in branches]
        self._kept_for = lru_cache(maxsize=4096)(self._kept)
        self._compiled = lru_cache(maxsize=512)(self._compile)

    def _source(self, kept: Iterable[int]) -> str:
        return f"{self.prefix}(?:{'|'.join(self.branches[i] for i in kept)})"

    def _kept(self, char: str) -> tuple[int, ...]:
        def may_start(firsts: frozenset[str] | None) -> bool:
            if firsts is None or firsts & _SPACER_CHARS:
                return True
            return any(re.match(re.escape(first), char, self.flags) for first in firsts)

        return tuple(i for i, firsts in enumerate(self._firsts) if may_start(firsts))

    def _compile(self, kept: tuple[int, ...]) -> re.Pattern[str]:
        return re.compile(self._source(kept), self.flags)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        spacer = self._prefix.match(text, pos, endpos)
        at = spacer.end() if spacer else pos
        if at >= endpos:
            return self.whole.match(text, pos, endpos)
        return self._compiled(self._kept_for(text[at])).match(text, pos, endpos)
