"""Cue-word gating: the words a pattern cannot match without, and that a gate never skips a pattern that
matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.attribution.hedges import HEDGES
from crosscheck.extract.cue_words import WordFinder
from crosscheck.extract.cues import CueGate, required_words, requires_digit
from crosscheck.extract.factual.actor_vocab import _COMPILED as ACTOR_PATTERNS
from crosscheck.extract.factual.factual import _VERB_RE
from crosscheck.extract.factual.weapon_vocab import _COMPILED as WEAPON_PATTERNS
from crosscheck.extract.numbers.not_quantities import BLOCK_PATTERNS, blocked_spans
from crosscheck.extract.numbers.numbers import _FOLD_RE, FRACTION_RE, OUT_OF_RE, WORDS_RE
from crosscheck.extract.numbers.vague import VAGUE_RE
from crosscheck.extract.time.timex_patterns import RULES

FAMILIES = {
    "weapons": [p for _, p in WEAPON_PATTERNS],
    "actors": [p for _, p in ACTOR_PATTERNS],
    "event verbs": [p for _, p in _VERB_RE],
    "not quantities": [p for _, p in BLOCK_PATTERNS],
    "times": [p for _, p, _ in RULES],
    "hedges": [p for _, p in HEDGES],
    "number words": [FRACTION_RE, OUT_OF_RE, WORDS_RE, _FOLD_RE],
    "vague amounts": [VAGUE_RE],
}


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (re.compile(r"\bchlorine(?:\s+gas)?\b", re.I), {("chlorine", True)}),
        (re.compile(r"barrel[- ]bombs?|container\s+bombs?", re.I), {("barrel", True), ("container", True)}),
        (re.compile(r"\bYPG\b"), {("YPG", False)}),
        (re.compile(r"\b(?i:coalition)\b"), {("coalition", True)}),
        (re.compile(r"(?:Tomahawk\s+)?cruise\s+missiles?", re.I), {("missile", True)}),  # the longest
        (re.compile(r"(?:air)+strikes?", re.I), {("strike", True)}),
        # no literal every match holds: always tried
        (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), None),
        (re.compile(r"(?:\w+\s+)?of|VX", re.I), {("of", True), ("VX", True)}),
        (re.compile(r"(?:\w+\s+)?o|VX", re.I), None),
        (re.compile(r"(?:sarin)?\s+gas|nerve", re.I), {("gas", True), ("nerve", True)}),
        (re.compile(r"(?:sarin)?\s+g|nerve", re.I), None),  # "g" is too short to test
        (re.compile(r"up\s+to|over", re.I), {("up", True), ("over", True)}),
        (re.compile(r"[a-z]+ed", re.I), {("ed", True)}),
        (re.compile(r"[a-z]+d", re.I), None),
    ],
)
def test_required_words(pattern: re.Pattern[str], words: set[tuple[str, bool]] | None) -> None:
    found = required_words(pattern)
    assert found == (frozenset(words) if words is not None else None)


def test_gate_skips_only_what_cannot_match() -> None:
    gate = CueGate([re.compile(r"\bchlorine\b", re.I), re.compile(r"\bYPG\b"), re.compile(r"\d+")])
    assert gate.possible("a CHLORINE attack", 0, 17) == [True, False, True]
    assert gate.possible("the ypg said", 0, 12) == [False, False, True]
    assert gate.possible("the YPG said", 0, 12) == [False, True, True]
    assert gate.possible("chlorine | YPG", 11, 14) == [False, True, True]  # only the span is read
    # what re.I matches to an ASCII letter: Kelvin sign, dotted capital I, long s
    assert CueGate([re.compile("kill", re.I)]).possible("\u212aILL", 0, 4) == [True]
    assert CueGate([re.compile("sarin", re.I)]).possible("SAR\u0130N", 0, 5) == [True]
    assert CueGate([re.compile("sarin", re.I)]).possible("\u017farin", 0, 5) == [True]


_WORDS = sorted({w for pats in FAMILIES.values() for p in pats for w, _ in required_words(p) or ()})
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_WORDS).map(str.upper),
        st.sampled_from([" ", "  ", "-", ", ", ". ", "the ", "on ", "2017", "12", "(", ")", "\u017f"]),
        st.text(max_size=4),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_gated_pattern_never_matches(text: str) -> None:
    for family, patterns in FAMILIES.items():
        possible = CueGate(patterns).possible(text, 0, len(text))
        for pattern, may_match in zip(patterns, possible, strict=True):
            if not may_match:
                assert pattern.search(text) is None, (family, pattern.pattern[:60], text)


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        # a word inside another, words sharing a start, words overlapping: every one is found
        (["kill", "killed", "ill", "led", "xx"], "they killed", {"kill", "killed", "ill", "led"}),
        (["ab", "abcd"], "abcx abc", {"ab"}),  # the trie falls back to the shorter word
        (["ab", "abcd"], "xxabcd", {"ab", "abcd"}),
        (["aa"], "aaa", {"aa"}),
        (["YPG", "IS"], "ypg is", set()),  # compared as written
        ([], "anything", set()),
        (["of", "on"], "", set()),
    ],
)
def test_word_finder(words: list[str], text: str, found: set[str]) -> None:
    assert WordFinder(words).within(text) == found


_LETTERS = st.text(alphabet="abcAB- ı", max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LETTERS.filter(bool), max_size=60), _LETTERS, st.integers(0, 10))
def test_word_finder_finds_exactly_the_words_a_text_holds(words: list[str], unit: str, times: int) -> None:
    """Both ways of reading (each word in turn when they are fewer than the text's characters, the trie
    otherwise) find what a substring test of each word finds."""
    text = unit * times
    assert WordFinder(words).within(text) == {word for word in words if word in text}


def test_a_gate_made_after_a_span_was_read_finds_its_words_there() -> None:
    text = "the zqxjv brigade"
    assert CueGate([re.compile("brigade")]).possible(text, 0, len(text)) == [True]
    assert CueGate([re.compile("zqxjv")]).possible(text, 0, len(text)) == [True]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\d", True),
        (r"[0-9]+", True),
        (r"(?:\d{2}|x\d)", True),
        (r"\b(?:Jan|Feb)\s+\d{1,2}\b", True),
        ("٣", True),  # an Arabic-Indic digit is a \d
        (r"a|\d", False),  # a branch without one
        (r"\d?", False),
        (r"[\d,]", False),  # a class that takes a comma
        (r"[^a]", False),
        (r"(?=\d)x", False),  # a look-ahead may read past the match
        (r"(?<=\d)x", False),
        (r"\w+", False),
    ],
)
def test_requires_digit(pattern: str, needs: bool) -> None:
    assert requires_digit(re.compile(pattern)) is needs


def test_every_not_a_quantity_pattern_needs_a_digit() -> None:
    assert all(requires_digit(pattern) for _, pattern in BLOCK_PATTERNS)
    assert blocked_spans("one two (three) on January first", 0, 32) == []
    assert blocked_spans("on January 24 two", 0, 17) == [(3, 13, "date")]
