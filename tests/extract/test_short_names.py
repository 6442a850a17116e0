import pytest

from crosscheck.extract import extract_claims
from crosscheck.extract.attribution.short_names import full_name
from crosscheck.model import Source

NAMES = ["Bassem Aziz", "Aziz", "Laurent Fabius", "Fabius", "the ministry", "Ministry", "DAESH", "Residents"]


@pytest.mark.parametrize(
    ("short", "names", "text", "expected"),
    [
        ("Aziz", NAMES, "Bassem Aziz said. Aziz said.", "Bassem Aziz"),
        ("Fabius", NAMES, "Laurent Fabius said.", "Laurent Fabius"),
        ("Bassem Aziz", NAMES, "Bassem Aziz said.", None),
        ("Aziz", ["Bassem Aziz", "Omar Aziz"], "Bassem Aziz and Omar Aziz said.", None),
        ("Aziz", ["Aziz"], "Aziz said.", None),
        ("the ministry", ["the ministry", "Syrian health the ministry"], "Syrian health the ministry", None),
        ("DAESH", ["DAESH", "Media of DAESH"], "Media of DAESH said", None),
        ("Residents", ["Residents", "Local Residents"], "Local Residents said; residents fled", None),
        ("Aziz", ["Bassem Aziz"], "Aziz said.", None),
    ],
)
def test_a_short_name_is_the_one_longer_name_it_ends(short, names, text, expected) -> None:
    assert full_name(short, names, text) == expected


def test_a_surname_after_the_full_name_is_one_claimant() -> None:
    text = (
        "Bassem Aziz, a spokesman for the militia, said 12 fighters were killed on Monday. "
        "Aziz said 30 more were wounded."
    )
    claims = [c for c in extract_claims(Source(id="a", text=text)) if c.kind == "numeric"]
    assert [(c.quote, c.attribution) for c in claims] == [
        ("12 fighters", "Bassem Aziz"),
        ("30 more", "Bassem Aziz"),
    ]
