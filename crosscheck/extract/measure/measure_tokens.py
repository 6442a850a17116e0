"""Tokens and phrase look-ups shared by the :mod:`crosscheck.extract.measure.measure` rules, and the
:class:`Measure` they return.

The tokeniser splits hyphenated compounds that hide a rule word ("injured-when") and reads "IS" as the
group, not the verb; the look-ups find the longest phrase of a
:mod:`~crosscheck.extract.measure.measure_vocab` table starting (:func:`_lookup`) or ending
(:func:`_lookup_back`) at a token."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.extract.measure import measure_vocab as V
from crosscheck.extract.window import per_sentence


@dataclass(frozen=True, slots=True)
class Measure:
    """What a figure counts, normalised ("civilians killed"), and why."""

    name: str
    rule: str
    noun_start: int | None = None
    noun_end: int | None = None
    """Offsets of the counted noun phrase after the figure ("militants" in "70 militants"), if any."""


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which costs a call per field: tokens are never changed
class _Tok:
    text: str
    low: str
    start: int
    end: int


_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)*|\d[\d,.]*(?:-[A-Za-z]+)*|[^\sA-Za-z\d]")
_HYPHEN_BREAKERS = (
    frozenset(w for p in V.EVENT_PHRASES for w in p if len(p) == 1) | V.NOT_A_HEAD | {"and", "when", "while"}
) - {"year", "years", "month", "months", "day", "days", "week", "weeks", "old"}


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        if "-" in word:
            _add_tokens(m, toks)
        else:
            low = "isis" if word == "IS" else word.lower().replace("’", "'")  # the group, not the verb
            toks.append(_Tok(word, low, m.start(), m.end()))
    return toks


def _add_tokens(m: re.Match[str], toks: list[_Tok]) -> None:
    """The tokens of one match of ``_TOKEN_RE``."""
    word = m.group()
    # "injured-when"; set operations in one pass over the word, which in a run of "twenty-twenty-..." is
    # read again at the cut of each of its figures
    if "-" in word and not _HYPHEN_BREAKERS.isdisjoint(word.lower().split("-")):
        at = m.start()
        for part in word.split("-"):
            if part:
                toks.append(_Tok(part, part.lower(), at, at + len(part)))
            at += len(part) + 1
        return
    low = "isis" if word == "IS" else word.lower().replace("’", "'")  # the group, not the verb
    toks.append(_Tok(word, low, m.start(), m.end()))


@per_sentence
def _sentence_words(
    text: str, start: int, end: int
) -> tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]:
    """Where the sentence's matches of ``_TOKEN_RE`` start and end (a split word is one match), and the ends
    as a set."""
    spans = [m.span() for m in _TOKEN_RE.finditer(text, start, end)]
    ends = tuple(b for _, b in spans)
    return tuple(a for a, _ in spans), ends, frozenset(ends)


def _tokens_until_in_step(
    text: str, after: int, end: int, word_ends: frozenset[int]
) -> tuple[list[_Tok], int]:
    """``_tokens(text, after, end)`` up to where it falls in step with the sentence's own reading: a match
    that ends where one of the sentence's words ends is followed by the sentence's own matches. The tokens
    read, and where the sentence's take over."""
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text, after, end):
        _add_tokens(m, toks)
        if m.end() in word_ends:
            return toks, m.end()
    return toks, end


@per_sentence
def _sentence_tokens(
    text: str, start: int, end: int
) -> tuple[tuple[_Tok, ...], tuple[int, ...], tuple[int, ...]]:
    """The sentence's tokens, their starts, and where its characters that end a token stand."""
    toks = tuple(_tokens(text, start, end))
    breaks = tuple(m.start() for m in _ENDS_A_TOKEN.finditer(text, start, end))
    return toks, tuple(t.start for t in toks), breaks


@dataclass(frozen=True, slots=True)
class Around:
    """The tokens left and right of a figure in its sentence, and whether an event phrase can be read there:
    a rule that looks for one (:mod:`~crosscheck.extract.measure.measure_events`) finds none when no token
    of ``left`` can end one and no token of ``right`` can begin one."""

    left: list[_Tok]
    right: list[_Tok]
    event_left: bool
    event_right: bool
    text: str
    start: int
    end: int
    """The sentence, ``text[start:end]``."""
    shared: int
    """How many of ``left``'s tokens are the sentence's own first tokens (the rest are the word the figure
    cuts, read again)."""


def around(text: str, start: int, end: int, before: int, after: int) -> Around:
    """``_tokens(text, start, before)`` and ``_tokens(text, after, end)`` for a figure at ``[before, after)``
    of the sentence ``[start, end)``, from the sentence's tokens, read once: no token spans whitespace
    or a mark such as "(" or "/" (a token of its own), so the tokens of a part of the sentence are the
    sentence's own up to the nearest such character, and only the word at the cut is read again. Whether
    they hold an event word is counted once per sentence too."""
    toks, starts, breaks = _sentence_tokens(text, start, end)
    endings_before, beginnings_from = _event_words(text, start, end)
    k = bisect_left(breaks, before)
    cut = breaks[k - 1] + 1 if k > 0 else start
    if cut <= start:  # no such character before the figure: the matches ending before it are the sentence's
        word_starts, word_ends, _ = _sentence_words(text, start, end)
        k = bisect_right(word_ends, before)
        cut = word_starts[k] if k < len(word_starts) else before
    shared = bisect_left(starts, cut)
    word = _tokens(text, cut, before) if cut < before else []
    left = [*toks[:shared], *word]
    event_left = endings_before[shared] > 0 or any(t.low in EVENT_ENDINGS for t in word)
    k = bisect_left(breaks, after)
    cut = breaks[k] if k < len(breaks) else end
    if cut < end:
        word = _tokens(text, after, cut) if after < cut else []
    else:  # no such character after the figure: read until the reading falls in step with the sentence's
        word, cut = _tokens_until_in_step(text, after, end, _sentence_words(text, start, end)[2])
    at = bisect_left(starts, cut)
    right = [*word, *toks[at:]]
    event_right = beginnings_from[at] > 0 or any(t.low in EVENT_BEGINNINGS for t in word)
    return Around(left, right, event_left, event_right, text, start, end, shared)


@per_sentence
def _event_words(text: str, start: int, end: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """For each index i of the sentence's tokens (and their count): how many tokens before i can end an
    event phrase, and how many from i on can begin one."""
    toks = _sentence_tokens(text, start, end)[0]
    endings, beginnings = [0], [0]
    for tok in toks:
        endings.append(endings[-1] + (tok.low in EVENT_ENDINGS))
    for tok in reversed(toks):
        beginnings.append(beginnings[-1] + (tok.low in EVENT_BEGINNINGS))
    return tuple(endings), tuple(reversed(beginnings))


_ENDS_A_TOKEN = re.compile(r"[^A-Za-z\d'’,.\-]")
r"""Whitespace, or a character that is always a token of its own: no token reads across it. A token of more
than one character is made of ASCII letters, digits (``\d``, as ``_TOKEN_RE`` reads them), apostrophes,
hyphens, commas and dots only; any other character ("(", "/", "Ω", an Arabic letter) stands alone."""


def _is_number(tok: _Tok) -> bool:
    return tok.text[0].isdigit() or tok.low in V.NUMBER_WORDS


def _longest_by_word(table: dict, at: int) -> dict[str, int]:
    """For each word that a phrase of ``table`` has at index ``at`` (0: first, -1: last), the longest such
    phrase's length."""
    longest: dict[str, int] = {}
    for key in table:
        longest[key[at]] = max(longest.get(key[at], 0), len(key))
    return longest


def _next_words(table: dict, at: int, step: int) -> dict[str, frozenset[str]]:
    """For each word that a phrase of more than one word of ``table`` has at index ``at`` (0 or -1), the
    words next to it in such phrases (at ``at + step``)."""
    found: dict[str, set[str]] = {}
    for key in table:
        if len(key) > 1:
            found.setdefault(key[at], set()).add(key[at + step])
    return {word: frozenset(words) for word, words in found.items()}


_TABLES = (V.GROUP_PHRASES, V.THING_PHRASES, V.EVENT_PHRASES, V.SIDE_PHRASES)
# The vocabulary's tables live as long as the module, so their ids name them.
_FIRST_WORDS = {id(table): _longest_by_word(table, 0) for table in _TABLES}
_LAST_WORDS = {id(table): _longest_by_word(table, -1) for table in _TABLES}
_SECOND_WORDS = {id(table): _next_words(table, 0, 1) for table in _TABLES}
_BEFORE_LAST_WORDS = {id(table): _next_words(table, -1, -1) for table in _TABLES}
EVENT_ENDINGS = frozenset(_LAST_WORDS[id(V.EVENT_PHRASES)])
"""The last words of the event phrases: no event phrase ends at any other token."""
EVENT_BEGINNINGS = frozenset(_FIRST_WORDS[id(V.EVENT_PHRASES)])
"""The first words of the event phrases: no event phrase begins at any other token."""


def _lookup(toks: Sequence[_Tok], i: int, table: dict) -> tuple[object, int] | None:
    """Longest phrase of ``table`` starting at token ``i``: (value, length)."""
    longest = V.MAX_PHRASE
    index = _FIRST_WORDS.get(id(table))
    if index is not None and 0 <= i < len(toks):
        first = toks[i].low
        longest = index.get(first, 0)
        if longest == 0:
            return None  # no phrase starts with this word: most tokens
        if longest == 1 or i + 1 >= len(toks) or toks[i + 1].low not in _SECOND_WORDS[id(table)][first]:
            key = (first,)  # no longer phrase starts with these two words
            return (table[key], 1) if key in table else None
    longest = min(longest, len(toks) - i)
    if longest <= 0:
        return None
    if i < 0:
        return _lookup_slices(toks, i, longest, table)
    words = tuple([t.low for t in toks[i : i + longest]])  # read once; each length is a slice of it
    for n in range(longest, 0, -1):
        key = words[:n]
        if key in table:
            return table[key], n
    return None


def _lookup_slices(toks: Sequence[_Tok], i: int, longest: int, table: dict) -> tuple[object, int] | None:
    """:func:`_lookup` read slice by slice, for an index before the tokens (a slice from the end)."""
    for n in range(longest, 0, -1):
        key = tuple(t.low for t in toks[i : i + n])
        if key in table:
            return table[key], n
    return None


def _lookup_back(toks: Sequence[_Tok], j: int, table: dict) -> tuple[object, int] | None:
    """Longest phrase of ``table`` ending at token ``j`` (inclusive)."""
    longest = V.MAX_PHRASE
    index = _LAST_WORDS.get(id(table))
    if index is not None and 0 <= j < len(toks):
        last = toks[j].low
        longest = index.get(last, 0)
        if longest > 1 and (j == 0 or toks[j - 1].low not in _BEFORE_LAST_WORDS[id(table)][last]):
            longest = 1  # no longer phrase ends with these two words
    longest = min(longest, j + 1)
    if longest <= 0:
        return None
    words = tuple([t.low for t in toks[j - longest + 1 : j + 1]])
    if table is V.EVENT_PHRASES:  # the rules' one table, read back from every token of every figure's left
        return _event_phrase_ending(words, longest)
    return _longest_ending(words, longest, table)


def _longest_ending(words: tuple[str, ...], longest: int, table: dict) -> tuple[object, int] | None:
    """The longest phrase of ``table`` among the last 1 to ``longest`` of ``words``, and its length."""
    for n in range(longest, 0, -1):
        key = words[longest - n :]
        if key in table:
            return table[key], n
    return None


@lru_cache(maxsize=65536)
def _event_phrase_ending(words: tuple[str, ...], longest: int) -> tuple[object, int] | None:
    """:func:`_longest_ending` in the event phrases, remembered: a sentence's figures read the same tokens
    back."""
    return _longest_ending(words, longest, V.EVENT_PHRASES)


def _side(toks: list[_Tok]) -> tuple[str, ...]:
    sides: list[str] = []
    i = 0
    while i < len(toks):
        hit = _lookup(toks, i, V.SIDE_PHRASES)
        if hit:
            if hit[0] not in sides:
                sides.append(str(hit[0]))
            i += hit[1]
        else:
            i += 1
    return tuple(sides)


def _first(hit: tuple[str, int] | None) -> str | None:
    return hit[0] if hit else None
