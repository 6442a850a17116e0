"""The reliability stage's rounding tolerance is the compare stage's rule, applied to arrays."""

from __future__ import annotations

import numpy as np
import pytest

from crosscheck.compare.tolerance import close
from crosscheck.config import Settings
from crosscheck.reliability.table import Tolerance, rounding_tolerance

PAIRS = [
    (1000, 1020, True),  # 1,000 looks rounded: 5%
    (1000, 1060, False),
    (45, 46, False),  # precise counts compared exactly
    (20, 21, False),
    (200, 209, True),
    (200, 211, False),
    (1021, 1022, False),  # neither looks rounded
    (7, 7, True),
    (110, 111, True),  # 110 is a multiple of 10 from 100 on
    (90, 91, False),  # below 100 nothing looks rounded
]


@pytest.mark.parametrize(("a", "b", "same"), PAIRS)
def test_same_as_the_compare_stage(a, b, same):
    settings = Settings()
    assert close(a, None, b, None, settings) is same
    tolerance = rounding_tolerance(settings)
    point = np.array([float(a)])
    assert bool(tolerance.holds(point, point, np.array([float(b)]))[0]) is same
    assert bool(tolerance.holds(np.array([float(b)]), np.array([float(b)]), point)[0]) is same


def test_an_interval_is_widened_at_its_nearer_bound_and_a_floor_holds_everything_above():
    tolerance = rounding_tolerance(Settings())
    low, high = np.array([900.0, 20.0]), np.array([1000.0, np.inf])
    assert tolerance.holds(low, high, np.array([1040.0, 5000.0])).tolist() == [True, True]
    assert tolerance.holds(low, high, np.array([1060.0, 19.0])).tolist() == [False, False]
    assert Tolerance().holds(low, high, np.array([1000.0, 20.0])).tolist() == [True, True]
