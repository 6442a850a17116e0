"""Reviewers' corrections applied to claims before clustering (crosscheck.cluster.corrections): a table of
corrections, those that cannot be used included."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.cluster.corrections import apply_corrections
from crosscheck.model import Claim, Correction, Source, TimeSpan

TEXT = "At least 40 people were killed in Homs on Tuesday, the council said."
SOURCE = Source(id="wire", text=TEXT, outlet="Wire", published=date(2017, 5, 3))
FORTY = Claim(
    source=SOURCE, kind="numeric", start=TEXT.index("40"), end=TEXT.index("40") + 2, sentence_start=0,
    sentence_end=len(TEXT), rule="test", value=40.0, low=40.0, high=None, qualifier="at_least",
    measure="people killed", location="Homs", time=TimeSpan(date(2017, 5, 2), date(2017, 5, 2), "on Tuesday"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("field", "correction", "expected"),
    [
        ("value", "14", {"value": 14.0, "low": 14.0, "high": 14.0, "qualifier": None}),
        ("value", "1,200-1,400", {"value": None, "low": 1200.0, "high": 1400.0, "qualifier": None}),
        ("measure", "people injured", {"measure": "people injured"}),
        ("place", "Hama", {"location": "Hama"}),
        (
            "time",
            "2017-05-01/2017-05-02",
            {"time": TimeSpan(date(2017, 5, 1), date(2017, 5, 2), "2017-05-01/2017-05-02")},
        ),
        ("value", "many", None),
        ("value", "14-12", None),
        ("time", "Tuesday", None),
        ("place", "  ", None),
        ("colour", "red", None),
    ],
)
def test_a_correction_replaces_what_was_read(field: str, correction: str, expected: dict[str, object] | None):
    fix = Correction(7, field, correction)
    (found,) = apply_corrections([FORTY], [(FORTY.id, fix)])
    if expected is None:
        assert found is FORTY, "a correction that cannot be used changes nothing"
        return
    assert {name: getattr(found, name) for name in expected} == expected
    assert found.corrections == (fix,) and found.as_read is FORTY
    assert (found.id, found.quote, found.sentence) == (FORTY.id, FORTY.quote, FORTY.sentence)


def test_corrections_chain_in_order_and_keep_what_the_extractor_read():
    fixes = [
        (FORTY.id, Correction(1, "value", "14")),
        (FORTY.id, Correction(2, "place", "Hama")),
        (FORTY.id, Correction(3, "value", "15")),
        ("elsewhere:n0-1", Correction(4, "value", "9")),
    ]
    (found,) = apply_corrections([FORTY], fixes)
    assert (found.value, found.location) == (15.0, "Hama")
    assert [fix.decision for fix in found.corrections] == [1, 2, 3]
    assert found.as_read is FORTY and found.as_read.value == 40.0
