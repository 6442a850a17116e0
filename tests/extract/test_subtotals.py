"""link_subtotals through extract_claims on invented roundups: table of text to the parts of its total."""

from __future__ import annotations

import pytest

from crosscheck.extract import extract_claims
from crosscheck.extract.parts.subtotals import SUBTOTAL_RULE
from crosscheck.model import Source

ROUNDUP = (
    "Toll from rocket attacks on Valdor city rose to 5 killed and 17 injured. A police source said a shell "
    "hit Iskan Street killing 3 citizens and injuring 8 others. Earlier a shell hit the old market killing "
    "2 children and injuring 9 others."
)

CASES = [
    (
        ROUNDUP,
        {
            "3 citizens": "5 killed",
            "2 children": "5 killed",
            "8 others": "17 injured",
            "9 others": "17 injured",
        },
    ),
    # a total of one group takes in only that group
    (
        "Shells hit a clinic, injuring five patients. Elsewhere shells injured 2 civilians. "
        "Another shell injured 3 civilians.",
        {},
    ),
    # one figure told twice is no second incident
    (
        "A mine injured six people. Two bombs injured 3 people in Tarvel. "
        "The police said the bomb injured 3 people.",
        {},
    ),
    # two sets that add up: ambiguous, left alone
    (
        "Raids killed 6 people. Jets killed 2 people in Ostra. Shells killed 4 people in Tarvel. "
        "Snipers killed 1 man and 3 people died in Kesra.",
        {},
    ),
    # the parts must come after the total
    ("Jets killed 2 people in Ostra. Shells killed 4 people in Tarvel. In all 6 people were killed.", {}),
    # a floor of a total breaks down into floors: at least 15 and 6 are at least 21
    (
        "Coalition raids killed at least 21 civilians near Valdor on Monday. At least 15 civilians were "
        "killed in a northern district of Valdor while six others were killed in a village near the city.",
        {"At least 15 civilians": "at least 21 civilians", "six others": "at least 21 civilians"},
    ),
    # an exact total does not break down into floors
    (
        "Coalition raids killed 21 civilians near Valdor on Monday. At least 15 civilians were "
        "killed in a northern district of Valdor while six others were killed in a village near the city.",
        {},
    ),
    # nor a floor into figures "more than" it
    (
        "Raids killed at least 21 civilians near Valdor. More than 15 civilians were killed in Ostra "
        "while six others were killed in Tarvel.",
        {},
    ),
    # figures that do not add up stay rival counts
    ("Raids killed 9 people. Jets killed 2 people in Ostra. Shells killed 4 people in Tarvel.", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_incidents_that_add_up_to_their_total_are_its_parts(text: str, expected: dict[str, str]) -> None:
    claims = extract_claims(Source(id="t", text=text))
    by_id = {c.id: c for c in claims}
    found = {c.quote: by_id[c.part_of].quote for c in claims if c.part_of and SUBTOTAL_RULE in c.rule}
    assert found == expected
