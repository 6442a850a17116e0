"""Average linkage over a sparse graph of clusters, and the tables of the incident evidence."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.events.features import is_tally, turn_between
from crosscheck.events.grouping import group_units
from crosscheck.model import Claim, Source, TimeSpan


def _group(units, pairs, probabilities, tally=None, threshold=0.5):
    unit_of = list(range(units))
    known = dict(zip(pairs, probabilities, strict=True))
    groups = group_units(
        unit_of, units, tally or [False] * units, pairs, lambda i, j: known[(i, j)], threshold
    )
    return sorted(sorted(group) for group in groups)


def test_strong_links_merge_and_weak_ones_do_not():
    assert _group(4, [(0, 1), (1, 2), (2, 3)], [0.9, 0.8, 0.2]) == [[0, 1, 2], [3]]


def test_the_average_over_every_link_decides_not_the_best_one():
    # 2 is linked strongly to 0 but weakly to 1: once 0 and 1 are one group, the average is (0.9 + 0.05) / 2.
    assert _group(3, [(0, 1), (0, 2), (1, 2)], [0.95, 0.9, 0.05]) == [[0, 1], [2]]


def test_a_tally_never_merges_with_a_days_incident():
    assert _group(2, [(0, 1)], [0.99], tally=[True, False]) == [[0], [1]]


def test_unlinked_units_stay_alone():
    assert _group(3, [], []) == [[0], [1], [2]]


def _claim(text: str, quote: str, time: TimeSpan | None = None, occurrence: int = 0) -> Claim:
    source = Source(id="s", text=text, published=date(2024, 3, 2))
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    sentence_start = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    sentence_end = text.find(". ", start)
    return Claim(
        source=source,
        kind="numeric",
        start=start,
        end=start + len(quote),
        sentence_start=sentence_start,
        sentence_end=len(text) if sentence_end < 0 else sentence_end + 1,
        rule="test",
        time=time,
    )


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        ("Strikes killed 5 people. Meanwhile, shelling killed 3 people.", True),
        ("Strikes killed 5 people. Elsewhere in the province, 3 people died.", True),
        ("Strikes killed 5 people. In a separate attack, 3 people died.", True),
        ("Strikes killed 5 people. In other developments, 3 people died.", True),
        ("Strikes killed 5 people. Rescuers said 3 people were still missing.", False),
        ("Strikes killed 5 people. The strikes meanwhile wounded 3 people.", False),
    ],
)
def test_a_sentence_that_turns_to_another_incident(text, turns):
    first, second = _claim(text, "5"), _claim(text, "3")
    assert turn_between(first, second) is turns


@pytest.mark.parametrize(
    ("span", "tally"),
    [
        (TimeSpan(date(2011, 3, 15), date(2024, 3, 2), "since 2011"), True),
        (TimeSpan(date(2024, 2, 1), date(2024, 2, 29), "last month"), True),
        (TimeSpan(None, date(2024, 3, 2), "so far"), True),
        (TimeSpan(date(2024, 3, 1), date(2024, 3, 1), "on Friday"), False),
        (TimeSpan(date(2024, 2, 28), date(2024, 3, 1), "in three days"), False),
        (None, False),
    ],
)
def test_a_tally_is_a_figure_over_a_long_period(span, tally):
    assert is_tally(_claim("Strikes killed 5 people.", "5", span)) is tally
