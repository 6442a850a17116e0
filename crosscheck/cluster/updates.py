"""Rising tolls: a later, higher figure that says it updates an earlier one.

Within one block, complete or average linkage keeps "at least 22" (Saturday morning) and "at least 126"
(Sunday) apart: their sentences and figures differ. A toll that rises is still one quantity, so the
merge pass (:mod:`crosscheck.cluster.merging`) joins two groups over such a pair at a lower probability.
"""

from __future__ import annotations

from crosscheck.model import Claim


def rises(a: Claim, b: Claim) -> bool:
    """Whether one of the two is a later, higher figure for a cumulative toll that either says it rose
    ("rose to 31", "updating a previous toll") or comes from the claimant of the earlier one."""
    from crosscheck.compare.independence import same_claimant
    from crosscheck.compare.intervals import figure
    from crosscheck.compare.timing import CUMULATIVE, says_rose, when

    day_a, day_b = when(a), when(b)
    if day_a is None or day_b is None or day_a == day_b:
        day_a, day_b = a.source.published, b.source.published
        if day_a is None or day_b is None or day_a == day_b:
            return False
    earlier, later = (a, b) if day_a < day_b else (b, a)
    low, high = figure(earlier), figure(later)
    if low is None or high is None or high <= low:
        return False
    if not (later.measure and CUMULATIVE.search(later.measure)):
        return False
    said_by_both = bool(
        earlier.attribution and later.attribution and same_claimant(earlier.attribution, later.attribution)
    )
    return said_by_both or says_rose(later.sentence)


def previous_value(earlier: Claim, later: Claim) -> bool:
    """``earlier`` is the previous value of ``later``'s toll, named in the same sentence: "killed 32
    rebels, the Observatory said, updating an earlier toll of 15". The two are one quantity."""
    from crosscheck.compare.timing import called_earlier
    from crosscheck.extract.measure.measure import measure_event

    return (
        earlier.source.id == later.source.id
        and earlier.sentence_start == later.sentence_start
        and earlier.start != later.start
        and measure_event(earlier.measure) == measure_event(later.measure) is not None
        and called_earlier(earlier)
        and not called_earlier(later)
    )
