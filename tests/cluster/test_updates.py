from datetime import date

import pytest

from crosscheck.cluster.updates import rises
from tests.cluster.test_clustering import claim

DAY, NEXT = date(2024, 3, 2), date(2024, 3, 3)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a later, higher toll that says it rose, or from the same claimant
        (("At least 22 people died.", 22, DAY, None), ("The toll rose to 126.", 126, NEXT, None), True),
        (("The monitor counted 14.", 14, DAY, "CMG"), ("The monitor counted 31.", 31, NEXT, "CMG"), True),
        (("The toll rose to 126.", 126, NEXT, None), ("At least 22 people died.", 22, DAY, None), True),
        # not a rise: lower later, same day, other claimants without rise wording, a non-cumulative measure
        (("At least 22 people died.", 22, DAY, None), ("The toll rose to 12.", 12, NEXT, None), False),
        (("At least 22 people died.", 22, DAY, None), ("The toll rose to 126.", 126, DAY, None), False),
        (
            ("The monitor counted 14.", 14, DAY, "CMG"),
            ("The council counted 31.", 31, NEXT, "Council"),
            False,
        ),
    ],
)
def test_rises(first, second, expected):
    a = claim("a", first[0], str(first[1]), value=float(first[1]), published=first[2], attribution=first[3])
    b = claim(
        "b", second[0], str(second[1]), value=float(second[1]), published=second[2], attribution=second[3]
    )
    assert rises(a, b) is expected


def test_a_measure_that_does_not_accumulate_does_not_rise():
    a = claim("a", "Jets flew 22 sorties.", "22", value=22.0, measure="sorties flown", published=DAY)
    b = claim("b", "Sorties rose to 40.", "40", value=40.0, measure="sorties flown", published=NEXT)
    assert rises(a, b) is False


UPDATING = "The attack killed 32 rebels, the Observatory said, updating an earlier toll of 15."


@pytest.mark.parametrize(
    ("text", "earlier", "later", "expected"),
    [
        (UPDATING, "15", "32 rebels", True),
        (UPDATING, "32 rebels", "15", False),
        ("The attack killed 32 rebels and wounded 15, the Observatory said.", "15", "32 rebels", False),
    ],
)
def test_a_previous_value_named_in_the_sentence_is_the_same_quantity(text, earlier, later, expected):
    from crosscheck.cluster.clustering import _distance
    from crosscheck.cluster.updates import previous_value
    from crosscheck.config import Settings

    first = claim("a", text, earlier, value=float(earlier.split()[0]))
    start = text.index(later)
    second = first.__class__(**{**first.__dict__, "start": start, "end": start + len(later)})
    assert previous_value(first, second) is expected
    if expected:
        assert _distance(first, second, cosine=0.0, settings=Settings()) == 0.0
