from datetime import date

import pytest

from crosscheck.evaluate.flight_times import DAY, clock_minutes, flight_minutes, unwrap


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("12/1/11 2:06 PM (-05:00)", 14 * 60 + 6),
        ("1:55pDec 1", 13 * 60 + 55),
        ("2:07 PMDec 01", 14 * 60 + 7),
        ("12:23aDec 2", 23),
        ("2011-12-01 12:10PM CST", 12 * 60 + 10),
        ("Dec 01 - 12:00noon", 12 * 60),
        ("Dec 05 - 12:00midnight*", 0),
        ("2011-12-01 11/30 5:20 PM", 17 * 60 + 20),
        ("12:26 AM  Fri 02-Dec-2011 (Runway)", 26),
        ("Thu., Dec.01, 2011 3:37 p.m.", 15 * 60 + 37),
        ("2011-12-01 Thu  16:13", 16 * 60 + 13),
        ("3:00P 12-01-11", 15 * 60),
        ("Dec 01 - Not Available", None),
        ("2011-12-01 Cancelled", None),
    ],
)
def test_clock_minutes(text, minutes):
    assert clock_minutes(text) == minutes


def test_unwrap_keeps_times_near_midnight_close():
    assert unwrap(5, 1435) == 1445
    assert unwrap(1435, 5) == -5
    assert unwrap(600, 610) == 600


DAY_ONE = date(2011, 12, 1)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("12/1/11 2:06 PM (-05:00)", (14 * 60 + 6, True)),
        ("2:07 PMDec 01", (14 * 60 + 7, True)),
        ("12:23aDec 2", (DAY + 23, True)),  # an overnight arrival, after midnight
        ("12:26 AM  Fri 02-Dec-2011 (Runway)", (DAY + 26, True)),
        ("2011-12-01 11/30 5:20 PM", (17 * 60 + 20 - DAY, True)),  # read on the 1st, the flight of the 30th
        ("Thu., Dec.01, 2011 3:37 p.m.", (15 * 60 + 37, True)),
        ("December 3, 2011   02:55 PM", (2 * DAY + 14 * 60 + 55, True)),
        ("3:00P 12-01-11", (15 * 60, True)),
        ("12/02/2011 12:02 AM", (DAY + 2, True)),
        ("1:17 AM, Dec 02&nbsp(Estimated)", (DAY + 77, True)),
        ("14:21", (14 * 60 + 21, False)),  # no date: the caller places it
        ("Dec 01 - Not Available", None),
    ],
)
def test_flight_minutes_count_the_stated_date(text, read):
    assert flight_minutes(text, DAY_ONE) == read
