"""Which of the rule families' cue words a span of text holds, found in one pass for every family.

Each family's gate (:class:`~crosscheck.extract.cues.CueGate`) adds its words to one vocabulary; a span
is read once, by a regular expression shaped as the vocabulary's trie and tried at every position, and each
gate then keeps the words it holds of those found. Testing each word of each family in turn cost about a
hundred substring tests per sentence and family, a dozen families reading every sentence.

Words are compared as written (a case-sensitive pattern's) or as case-insensitive patterns compare them
(lowered, see :func:`lowered`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

_FOLD_TO_ASCII = str.maketrans({"\u212a": "k", "\u0130": "i", "\u0131": "i", "\u017f": "s"})
"""Letters that ``re.I`` matches to an ASCII letter and that ``str.lower`` does not lower to one alone."""
SPANS_REMEMBERED = 8_192
"""As many spans as :func:`~crosscheck.extract.window.per_sentence` remembers sentences: the passes over a
document's sentences (dense text, figures, factual claims, weapons) find each sentence's words read."""


def lowered(span: str) -> str:
    """``span`` as a case-insensitive pattern compares it; ``translate`` (a look-up per character) only
    when it has a character beyond ASCII."""
    return span.lower() if span.isascii() else span.translate(_FOLD_TO_ASCII).lower()


class WordFinder:
    """The words of a fixed set that a text holds anywhere (as substrings, overlapping or not).

    At each position of the text a look-ahead tries the words' trie, which finds the longest word starting
    there; the words that are prefixes of it start there too, and every word found is one of those."""

    def __init__(self, words: Iterable[str]) -> None:
        known = frozenset(words)
        self._words = sorted(known)
        self._longest = re.compile(f"(?=({trie_pattern(known)}))") if known else None
        self._starting = {
            word: frozenset(word[:n] for n in range(1, len(word) + 1) if word[:n] in known) for word in known
        }
        """For each word, the words that are prefixes of it (itself included)."""

    def within(self, text: str) -> frozenset[str]:
        """The words ``text`` holds: each word looked for in turn when they are fewer than its characters
        (a substring test costs about what trying the trie at one position does), else the trie."""
        if self._longest is None:
            return frozenset()
        if len(self._words) < len(text):
            return frozenset([word for word in self._words if word in text])
        found = set(self._longest.findall(text))
        if len(found) == 1:
            return self._starting[found.pop()]
        return frozenset().union(*[self._starting[word] for word in found])


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern that matches the longest of ``words`` a text starts with, branching character by
    character ("f(?:ew|i(?:ve|...)...)"): the engine tries the words of one first character, not all."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    """A pattern matching the longest word of the trie at ``node`` that a text starts with: each node's
    branches start with distinct characters, so at most one can go on, and an optional branch (past a
    word that ends at the node) falls back to that word."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


class Vocabulary:
    """The cue words of every gate, compared as written or case-insensitively, and their finders, made
    again when a gate adds a word (gates are made as their modules are imported, some during a first
    reading). A gate's words are in the finders by the time it can ask: adding and making hold a lock."""

    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.folded: set[str] = set()
        self._finders: tuple[WordFinder, WordFinder] | None = None
        self._lock = threading.Lock()

    def add(self, exact: Iterable[str], folded: Iterable[str]) -> None:
        with self._lock:
            new_exact, new_folded = set(exact) - self.exact, set(folded) - self.folded
            if new_exact or new_folded:
                self.exact |= new_exact
                self.folded |= new_folded
                self._finders = None

    def within(self, text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
        """The words compared as written, and those compared case-insensitively, that ``text[start:end]``
        holds."""
        finders = self._finders
        if finders is None:
            with self._lock:
                if self._finders is None:
                    self._finders = (WordFinder(self.exact), WordFinder(self.folded))
                finders = self._finders
        return _words_within(text, start, end, finders)


@lru_cache(maxsize=SPANS_REMEMBERED)
def _words_within(
    text: str, start: int, end: int, finders: tuple[WordFinder, WordFinder]
) -> tuple[frozenset[str], frozenset[str]]:
    """:meth:`Vocabulary.within`, remembered per span and per vocabulary (new finders: a new key)."""
    span = text[start:end]
    exact, folded = finders
    return exact.within(span), folded.within(lowered(span))


VOCABULARY = Vocabulary()
