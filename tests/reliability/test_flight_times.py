import pytest

from crosscheck.evaluate.flight_times import clock_minutes, unwrap


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
