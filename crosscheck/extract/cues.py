"""Cue words: a rule family's patterns are tried on a sentence only when their words are in it.

A family of patterns (weapon terms, actor names, event verbs, date shapes) is read sentence by sentence,
each pattern scanning the whole sentence; a case-insensitive scan costs tens of milliseconds per 20 KB,
whether it matches or not. Most patterns cannot match without one of a few literal words ("chlorine",
"nerve", "VX"): :func:`required_words` reads them from the pattern itself, and :class:`CueGate` tells, from
the words a sentence holds (found in one pass for every family, :mod:`cue_words`), which patterns of a
family may match it, so the others are skipped.
A pattern whose every match need not hold a literal word (it may start with ``\\w+``) is always tried.

The test is exact: a pattern is skipped only when none of its required words is in the sentence, compared
the way the regular-expression engine compares them (case folded for an ``re.I`` pattern, including the
four non-ASCII letters that it matches to an ASCII one: Kelvin sign, dotted and dotless i, long s; a
case-insensitive word is made of ASCII characters only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from crosscheck.extract.cue_words import VOCABULARY, WordFinder, lowered

_MIN_WORD = 2
"""A single letter is in nearly every sentence: not worth a test."""


def required_words(pattern: re.Pattern[str]) -> frozenset[tuple[str, bool]] | None:
    """Literal strings, one of which every match of ``pattern`` holds, each with whether it is compared
    case-insensitively; None when there is no such set (a match may be made of classes alone)."""
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.I))
    return frozenset(found) if found else None


def _sequence(items: Sequence[tuple[object, object]], ignore_case: bool) -> set[tuple[str, bool]] | None:
    """The best cue set of a sequence: its longest literal run, or a sub-part's set, whichever is surest."""
    options: list[set[tuple[str, bool]]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL and (not ignore_case or chr(av).isascii()):  # type: ignore[arg-type]
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if len(run) >= _MIN_WORD:
            options.append({("".join(run), ignore_case)})
        run = []
        inner = _item(op, av, ignore_case)
        if inner:
            options.append(inner)
    if len(run) >= _MIN_WORD:
        options.append({("".join(run), ignore_case)})
    if not options:
        return None
    return max(options, key=lambda cues: (min(len(word) for word, _ in cues), -len(cues)))


def _item(op: object, av: object, ignore_case: bool) -> set[tuple[str, bool]] | None:
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av  # type: ignore[misc]
        if add_flags & re.I:
            ignore_case = True
        if del_flags & re.I:
            ignore_case = False
        return _sequence(body, ignore_case)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, ignore_case)  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return _sequence(body, ignore_case) if low >= 1 else None
    if op is C.BRANCH:
        union: set[tuple[str, bool]] = set()
        for branch in av[1]:  # type: ignore[index]
            cues = _sequence(branch, ignore_case)
            if not cues:
                return None
            union |= cues
        return union
    return None


def requires_digit(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds a character ``\\d`` matches, so that it cannot match in a
    span with none (look-arounds, which may read outside the match, are no evidence)."""
    return _holds_digit(_parser.parse(pattern.pattern, pattern.flags))


def _holds_digit(items: Sequence[tuple[object, object]]) -> bool:
    return any(_item_holds_digit(op, av) for op, av in items)


def _item_holds_digit(op: object, av: object) -> bool:
    if op is C.LITERAL:
        return _DIGIT.fullmatch(chr(av)) is not None  # type: ignore[arg-type]
    if op is C.IN:
        return all(_digit_class(member, value) for member, value in av)  # type: ignore[attr-defined]
    if op is C.SUBPATTERN:
        return _holds_digit(av[3])  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _holds_digit(av)  # type: ignore[arg-type]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return low >= 1 and _holds_digit(body)
    if op is C.BRANCH:
        return all(_holds_digit(branch) for branch in av[1])  # type: ignore[index]
    return False


def _digit_class(member: object, value: object) -> bool:
    """Whether a member of a character class takes digits only."""
    if member is C.CATEGORY:
        return value is C.CATEGORY_DIGIT
    if member is C.LITERAL:
        return _DIGIT.fullmatch(chr(value)) is not None  # type: ignore[arg-type]
    if member is C.RANGE:
        low, high = value  # type: ignore[misc]
        return all(_DIGIT.fullmatch(chr(code)) for code in range(low, high + 1))
    return False  # NEGATE, a category of more than digits


_DIGIT = re.compile(r"\d")


class CueGate:
    """Which patterns of a family may match in a span of text, by their required words."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], shared: bool = True) -> None:
        """``shared``: the gate's words join the vocabulary that every span is read for once (a family's
        gate, made as its module is imported); else the gate reads a span for its own words."""
        cues = [required_words(pattern) for pattern in patterns]
        # each word once, as it is compared: lowered (case-insensitive) or as written
        words = [frozenset(_key(word, folded) for word, folded in c) if c else None for c in cues]
        self.always = [c is None for c in words]
        """Whether each pattern is tried whatever the text (it has no required words)."""
        holders: dict[tuple[str, bool], list[int]] = {}
        for index, required in enumerate(words):
            for key in sorted(required or ()):
                holders.setdefault(key, []).append(index)
        self.exact = {word: tuple(h) for (word, folded), h in holders.items() if not folded}
        self.folded = {word: tuple(h) for (word, folded), h in holders.items() if folded}
        """Each word, compared as written or case-insensitively, and the patterns that require it."""
        self._exact_words, self._folded_words = frozenset(self.exact), frozenset(self.folded)
        self._own = None if shared else (WordFinder(self.exact), WordFinder(self.folded))
        if shared:
            VOCABULARY.add(self.exact, self.folded)

    def possible(self, text: str, start: int, end: int) -> list[bool]:
        """For each pattern, whether it may match within ``text[start:end]`` (False: it cannot)."""
        result = self.always.copy()
        if self._own is None:
            exact, folded = VOCABULARY.within(text, start, end)
        else:
            span = text[start:end]
            exact, folded = self._own[0].within(span), self._own[1].within(lowered(span))
        for word in exact & self._exact_words:
            for index in self.exact[word]:
                result[index] = True
        for word in folded & self._folded_words:
            for index in self.folded[word]:
                result[index] = True
        return result


def _key(word: str, folded: bool) -> tuple[str, bool]:
    return (word.lower() if folded else word), folded


_GATES: dict[re.Pattern[str], CueGate] = {}


def may_match(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> bool:
    """False when ``pattern`` cannot match within ``text[start:end]``: none of its required words is there."""
    gate = _GATES.get(pattern)
    if gate is None:
        gate = _GATES[pattern] = CueGate([pattern], shared=False)
    return gate.possible(text, start, len(text) if end is None else end)[0]
