import time

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.numbers.quantities import find_quantities
from crosscheck.extract.sentences import split_sentences

_PIECES = [
    "one", "two", "twenty-one", "hundred", "thousand", "million", "a dozen", "dozens of", "tens of thousands",
    "half", "a third", "two-thirds", "at least", "more than", "up to", "about", "nearly", "between",
    "and", "to",
    "from", "-", "–", " ", ",", ".", "%", "$", "£", "km", "per cent", "a day", "(", ")", "[", "]", "year-old",
    "2014", "10:30", "3 p.m.", "22nd", "F-16", "U.S.", "Gen.", "\n", "1,200", "1.5", "0", "999999999999",
    "minus", "or more", "+", "/", "×10", "e", "M", "bn", "several", "a few", "one of the",
]  # fmt: skip
mixed_text = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.integers(-(10**6), 10**12).map(str), st.text(max_size=3)),
    max_size=60,
).map(" ".join)
any_text = st.one_of(st.text(max_size=300), mixed_text)


def _check_matches(text: str, start: int, end: int | None) -> None:
    found = find_quantities(text, start, end)
    hi = len(text) if end is None else min(end, len(text))
    last_end = -1
    for q in found:
        assert start <= q.start < q.end <= hi
        assert q.start >= last_end
        assert q.start <= q.number_start < q.number_end <= q.end
        last_end = q.end


@settings(max_examples=400, deadline=2000)
@given(any_text)
def test_find_quantities_is_total_and_well_formed(text: str) -> None:
    _check_matches(text, 0, None)


@settings(max_examples=200, deadline=2000)
@given(any_text, st.integers(0, 400), st.integers(0, 400))
def test_window_bounds(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    _check_matches(text, lo, hi)


@settings(max_examples=400, deadline=2000)
@given(any_text)
def test_split_sentences_well_formed(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e


def test_no_catastrophic_backtracking() -> None:
    nasty = [
        "1" * 5000,
        "1," * 3000,
        "one " * 2000,
        "twenty-" * 2000,
        "at least " * 1000,
        "- " * 3000 + "5",
        "$" * 3000 + "5",
        "more than 270 square kilometers [" * 300,
        "(" * 3000,
        ("A. " * 2000) + "end.",
        "Jan. 5 " * 1000,
    ]
    for text in nasty:
        t0 = time.perf_counter()
        find_quantities(text)
        split_sentences(text)
        assert time.perf_counter() - t0 < 5, text[:40]
