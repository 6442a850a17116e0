"""Which time a figure gets: datelines and stamps, late/early weekdays, report times, the figure's clause.

Each row is (text, figure, published, start, end, expression). ``figure`` is the first occurrence of that
string in the text (``figure@n``: the n-th); a "\\n" in the text ends a sentence. start, end and
expression None: the figure gets no time.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.extract.time.timex import REPORT_LAG_DAYS, find_time, find_times
from crosscheck.model import TimeSpan

PUB = date(2017, 8, 25)  # a Friday
Row = tuple[str, str, date | None, date | None, date | None, str | None]


def _d(day: int) -> date:
    return date(2017, 8, day)


STAMPS: list[Row] = [
    ("7 July 2015 A suicide bomber killed 25 soldiers.", "25", date(2015, 7, 7), None, None, None),
    ("Mon Aug 29 2016 40 Civilians 25 YPG Fighters Killed", "40", date(2016, 8, 29), None, None, None),
    ("Published October 2 2017 At least 17 people were killed.", "17", PUB, None, None, None),
    ("Published\nOctober 2 2017 At least 17 people were killed.", "17", PUB, None, None, None),
    (
        "Rocket attacks kill at least 30 in Syrias Aleppo AP Saturday 9 Jul 2016 Syrian pass burnt-out "
        "vehicles",
        "30",
        date(2016, 7, 9),
        None,
        None,
        None,
    ),
    (
        "Dozens of civilians dead in rebel assault on Aleppo AFP Sunday 30 Oct 2016 Syrias regime and rebels "
        "traded fire that killed 12 people.",
        "12",
        date(2016, 10, 30),
        None,
        None,
        None,
    ),
    (
        "in opposition-held Idlib province Syria August 6 2016 (TRT World and Agencies) A suicide bomber "
        "killed at least 15 people",
        "15",
        date(2016, 8, 15),
        None,
        None,
        None,
    ),
    (
        "3 Oct 2017 At least 17 people were killed and many more injured on Monday by suicide bombings.",
        "17",
        date(2017, 10, 3),
        date(2017, 10, 2),
        date(2017, 10, 2),
        "on Monday",
    ),
    (
        "08.04.2017(updated 1456 08.04.2017) Get short URL 9427 At least 10 civilians were killed",
        "10",
        date(2017, 4, 8),
        None,
        None,
        None,
    ),
    ("30-04-2017 At least 8 civilians were killed.", "8", PUB, None, None, None),
    ("Last updated at Jun 182016 BEIRUT At least 7 people died.", "7", date(2016, 6, 18), None, None, None),
    (
        "Last updated at Jun 182016 BEIRUT At least 7 people died at dawn on Saturday.",
        "7",
        date(2016, 6, 18),
        date(2016, 6, 18),
        date(2016, 6, 18),
        "on Saturday",
    ),
    # introduced by a preposition, a date is an event time as before
    (
        "At least 17 people were killed on October 2 2017.",
        "17",
        PUB,
        date(2017, 10, 2),
        date(2017, 10, 2),
        "on October 2 2017",
    ),
    (
        "Since March 15 2011 more than 300 towns were shelled.",
        "300",
        PUB,
        date(2011, 3, 15),
        PUB,
        "Since March 15 2011",
    ),
    (
        "Fighting between 3 May 2016 and 5 May 2016 killed 40.",
        "40",
        PUB,
        date(2016, 5, 5),
        date(2016, 5, 5),
        "5 May 2016",
    ),
    (
        "The 2 October 2017 bombing killed 17 people.",
        "17",
        PUB,
        date(2017, 10, 2),
        date(2017, 10, 2),
        "2 October 2017",
    ),
    (
        "On Saturday 25 June 2016 air strikes killed 47 people.",
        "47",
        PUB,
        date(2016, 6, 25),
        date(2016, 6, 25),
        "25 June 2016",
    ),
    # an attributive date without a year, even after "claimed"
    (
        "IS also claimed an October 2 bomb attack that killed at least 17 people.",
        "17",
        date(2017, 10, 15),
        date(2017, 10, 2),
        date(2017, 10, 2),
        "October 2",
    ),
]

LATE_EARLY: list[Row] = [
    ("An air strike killed 4 medics late Tuesday.", "4", PUB, _d(22), _d(23), "late Tuesday"),
    ("An air strike killed 4 medics late on Tuesday.", "4", PUB, _d(22), _d(23), "late on Tuesday"),
    ("Late Tuesday an air strike killed 4 medics.", "4", PUB, _d(22), _d(23), "Late Tuesday"),
    (
        "Missiles struck early Friday morning killing 6 soldiers.",
        "6",
        PUB,
        _d(24),
        _d(25),
        "early Friday morning",
    ),
    ("Early on Thursday shells killed 5 people.", "5", PUB, _d(23), _d(24), "Early on Thursday"),
    # unchanged
    ("An air strike killed 4 medics on Tuesday.", "4", PUB, _d(22), _d(22), "on Tuesday"),
    ("An air strike killed 4 medics on Tuesday night.", "4", PUB, _d(22), _d(23), "on Tuesday night"),
    ("An air strike killed 4 medics Tuesday overnight.", "4", PUB, _d(22), _d(23), "Tuesday overnight"),
    ("Overnight an air strike killed 4 medics.", "4", PUB, _d(24), PUB, "Overnight"),
    ("On Tuesday morning an air strike killed 4 medics.", "4", PUB, _d(22), _d(22), "On Tuesday morning"),
]

REPORT: list[Row] = [
    (
        "At least 12 people were killed the Syrian Observatory said on Sunday.",
        "12",
        PUB,
        _d(17),
        _d(20),
        "on Sunday",
    ),
    ("State television reported on Wednesday that 5 people died.", "5", PUB, _d(20), _d(23), "on Wednesday"),
    (
        "The Islamic State group on Monday claimed responsibility for a suicide bombing that killed more "
        "than 30 Syrian rebel fighters.",
        "30",
        PUB,
        _d(18),
        _d(21),
        "on Monday",
    ),
    ("The monitor said Sunday in a new toll that 40 people died.", "40", PUB, _d(17), _d(20), "Sunday"),
    (
        "The group said in a statement on Tuesday that 9 fighters died.",
        "9",
        PUB,
        _d(19),
        _d(22),
        "on Tuesday",
    ),
    (
        "A police source told SANA late on Tuesday that 3 civilians died.",
        "3",
        PUB,
        _d(19),
        _d(23),
        "late on Tuesday",
    ),
    ("On Sunday a monitor said at least 82 people were killed.", "82", PUB, _d(17), _d(20), "On Sunday"),
    ("The toll reached 112 the monitor said yesterday.", "112", PUB, _d(21), _d(24), "yesterday"),
    # another time in the sentence is the event's, even when farther
    (
        "Air strikes killed 43 people on Saturday the Observatory said on Sunday.",
        "43",
        PUB,
        _d(19),
        _d(19),
        "on Saturday",
    ),
    (
        "The Observatory said on Sunday that 43 people were killed in air strikes on the towns of Idlib on "
        "Saturday.",
        "43",
        PUB,
        _d(19),
        _d(19),
        "on Saturday",
    ),
    (
        "Officials said on Tuesday that two Russian SU-24 jets were above the convoy when it was struck "
        "on Monday.",
        "two",
        PUB,
        _d(21),
        _d(21),
        "on Monday",
    ),
    # not a report time
    ("At least 5 people were killed on Sunday a monitor said.", "5", PUB, _d(20), _d(20), "on Sunday"),
    ("At least 5 people were killed on Sunday said the Observatory.", "5", PUB, _d(20), _d(20), "on Sunday"),
    ("The Observatory said that on Friday 5 people died.", "5", PUB, PUB, PUB, "on Friday"),
    ("The Observatory said the attack on Sunday killed 5 people.", "5", PUB, _d(20), _d(20), "on Sunday"),
    ("The Observatory said 12 were killed on Sunday.", "12", PUB, _d(20), _d(20), "on Sunday"),
    ("The Observatory said last week that 5 people died.", "5", PUB, _d(14), _d(20), "last week"),
    ("On Sunday air strikes killed 5 people.", "5", PUB, _d(20), _d(20), "On Sunday"),
]

CLAUSE: list[Row] = [
    (
        "The attack killed 32 rebels as they were entering Turkey the Britain-based Observatory said "
        "updating an earlier toll on Sunday evening of 15.",
        "32",
        PUB,
        None,
        None,
        None,
    ),
    (
        "The attack killed 32 rebels as they were entering Turkey the Britain-based Observatory said "
        "updating an earlier toll on Sunday evening of 15.",
        "15",
        PUB,
        _d(20),
        _d(20),
        "on Sunday evening",
    ),
    (
        "On Monday air strikes on the rebel-held towns of the northern Idlib province killed 40 civilians "
        "and 7 soldiers died on Tuesday.",
        "40",
        PUB,
        _d(21),
        _d(21),
        "On Monday",
    ),
    (
        "On Monday air strikes on the rebel-held towns of the northern Idlib province killed 40 civilians "
        "and 7 soldiers died on Tuesday.",
        "7",
        PUB,
        _d(22),
        _d(22),
        "on Tuesday",
    ),
    # a part of the figure, or the other end of its range, is no other figure
    (
        "On Monday the talks in Geneva collapsed for good and 42 people including 12 children died on "
        "Tuesday.",
        "42",
        PUB,
        _d(22),
        _d(22),
        "on Tuesday",
    ),
    (
        "On Monday the talks between the two sides collapsed in Geneva and between 30 and 40 people died on "
        "Tuesday.",
        "30",
        PUB,
        _d(22),
        _d(22),
        "on Tuesday",
    ),
    # only one time, held by another figure: still taken
    ("Shelling killed 5 and wounded 12 on Sunday.", "5", PUB, _d(20), _d(20), "on Sunday"),
    ("On Monday 3 died, and on Wednesday 8 more died.", "8", PUB, _d(23), _d(23), "on Wednesday"),
    ("On Monday 3 died, and on Wednesday 8 more died.", "3", PUB, _d(21), _d(21), "On Monday"),
]


def _find(text: str, figure: str, published: date | None) -> TimeSpan | None:
    needle, _, nth = figure.partition("@")
    position = -1
    for _ in range(int(nth or 1)):
        position = text.index(needle, position + 1)
    sentences, start = [], 0
    for line in text.split("\n"):
        sentences.append((start, start + len(line)))
        start += len(line) + 1
    index = next(i for i, (s, e) in enumerate(sentences) if s <= position < e)
    return find_time(text, sentences, index, position, published)


@pytest.mark.parametrize(
    ("text", "figure", "published", "start", "end", "expression"),
    [*STAMPS, *LATE_EARLY, *REPORT, *CLAUSE],
)
def test_find_time(
    text: str,
    figure: str,
    published: date | None,
    start: date | None,
    end: date | None,
    expression: str | None,
) -> None:
    got = _find(text, figure, published)
    if expression is None:
        assert got is None
        return
    assert got is not None
    assert (got.start, got.end, got.text) == (start, end, expression)


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        (
            "AFP Saturday 25 Jun 2016 Russian and regime air strikes killed 47 people on Saturday.",
            ["on Saturday"],
        ),
        ("Reuters Tuesday, 5 July 2016 A car bomb killed 9 people.", []),
        ("Sun 16 Apr 2017 Death toll from Aleppo bus attack rises to 112.", []),
        ("Wednesday 07 December 2016 135 Civilians Killed in Aleppo", []),
        ("A picture taken on July 29 2016 shows the damage.", ["on July 29 2016"]),
        ("The deal of 12 May 2016 held until 30 June 2016.", ["12 May 2016", "30 June 2016"]),
    ],
)
def test_stamps_are_no_time(text: str, expressions: list[str]) -> None:
    assert [h[2] and text[h[0] : h[1]] for h in find_times(text, 0, len(text), PUB)] == expressions


def test_report_lag_is_named() -> None:
    assert REPORT_LAG_DAYS == 3
