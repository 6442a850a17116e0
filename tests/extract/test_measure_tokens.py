"""The tokens around a figure, read from its sentence's tokens, are those of reading each side afresh."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.measure.measure_events import _clause_event, _introduced_as_part, _scan_left
from crosscheck.extract.measure.measure_tokens import EVENT_BEGINNINGS, EVENT_ENDINGS, _tokens, around

_PIECES = st.sampled_from(
    ["one", "-", "Ω", "قتل", "٣", "12", "1,000", "2.5", " ", "(", "_", "'", "’", "killed", "injured-when",
     "IS", "twenty", "and", ",", ".", "people", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join), st.data())
def test_around_reads_as_fresh_tokens(sentence: str, data: st.DataObject) -> None:
    _reads_as_fresh_tokens(sentence, data)


def _reads_as_fresh_tokens(sentence: str, data: st.DataObject) -> None:
    before = data.draw(st.integers(0, len(sentence)))
    after = data.draw(st.integers(before, len(sentence)))
    found = around(sentence, 0, len(sentence), before, after)
    assert found.left == _tokens(sentence, 0, before)
    assert found.right == _tokens(sentence, after, len(sentence))
    assert found.event_left == any(t.low in EVENT_ENDINGS for t in found.left)
    assert found.event_right == any(t.low in EVENT_BEGINNINGS for t in found.right)


def test_a_run_with_no_space_is_cut_at_a_letter_that_stands_alone() -> None:
    sentence = "one-Ω-one-Ω-two killed"
    found = around(sentence, 0, len(sentence), 12, 15)
    assert [t.text for t in found.left] == ["one", "-", "Ω", "-", "one", "-", "Ω", "-"]
    assert [t.low for t in found.right] == ["killed"]
    assert found.event_right and not found.event_left


_RUN_PIECES = st.sampled_from(
    ["2.5", "-", "said", "20", "25", "1,000", "another", "killed", "injured", "when", "one", "twenty", "IS",
     ".", ",", "'", "x", "of"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_RUN_PIECES, min_size=1, max_size=60).map("".join), st.data())
def test_a_run_with_no_mark_reads_as_fresh_tokens(sentence: str, data: st.DataObject) -> None:
    """'2.5-said-20-25-...' has no character that stands alone: the tokens at each side are the sentence's
    own up to where a fresh reading falls in step with them."""
    _reads_as_fresh_tokens(sentence, data)


_CLAUSE_WORDS = ["killed", "the", "lives", "of", "claimed", "death", "toll", "number", "wounded", ",", "12",
                 "1-one", "people", "rose", "to", "them", "injured-when", "x-of", "(", "and"]  # fmt: skip
_CLAUSES = st.one_of(
    st.lists(st.sampled_from([*_CLAUSE_WORDS, "said", ";"]), min_size=1, max_size=60),
    st.lists(st.sampled_from(_CLAUSE_WORDS), min_size=1, max_size=160),  # beyond reach, no clause break
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_CLAUSES, st.data())
def test_the_clause_event_is_the_scan_of_the_left_tokens(sentence: str, data: st.DataObject) -> None:
    """The event before a figure, read from the sentence's events once per sentence, is the one a scan of
    the tokens before it finds, within reach (100 tokens) and clause breaks, with and without a word the
    event must hold."""
    before = data.draw(st.integers(0, len(sentence)))
    found = around(sentence, 0, len(sentence), before, before)
    for only in (None, frozenset(["toll", "number"])):
        assert _clause_event(found, only) == _scan_left(found.left, only)


def test_the_clause_event_is_read_within_reach() -> None:
    for fillers, event in ((99, "killed"), (100, None), (150, None)):
        sentence = "people were killed " + "x " * fillers + "12"
        found = around(sentence, 0, len(sentence), len(sentence) - 2, len(sentence))
        assert _clause_event(found) == _scan_left(found.left) == event, fillers


@pytest.mark.parametrize(
    ("before", "introduced"),
    [
        ("42 civilians, including", True),
        ("42 civilians, among them", True),
        ("42 civilians were killed in addition to", True),
        ("42 civilians, of them ,", True),  # a comma is passed over
        ("42 civilians, mostly", True),
        ("42 civilians, excluding", False),
        ("42 civilians, them", False),  # the end of an introducer is not one
        ("42 civilians, of them all", False),
        ("addition to", False),
        ("", False),
    ],
)
def test_a_part_introducer_ends_the_words_before_a_figure(before: str, introduced: bool) -> None:
    assert _introduced_as_part(_tokens(before, 0, len(before))) is introduced
