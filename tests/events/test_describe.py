"""How an incident is named."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.events.describe import event_title


@pytest.mark.parametrize(
    ("kind", "place", "measure", "title"),
    [
        ("air strike", "Saraqib", "civilians killed", "Air strike, Saraqib, 2024-03-01"),
        ("incident", None, "people displaced", "Incident (people displaced), place unknown, 2024-03-01"),
        ("tally", "Aleppo", "people killed", "Tally (people killed), Aleppo, 2024-03-01"),
        ("incident", "Homs", None, "Incident, Homs, 2024-03-01"),
    ],
)
def test_an_incident_title_says_what_it_is(kind, place, measure, title):
    day = date(2024, 3, 1)
    assert event_title(kind, place, day, day, measure) == title
