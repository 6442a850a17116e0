import pytest

from crosscheck.events.actors import different_sides, named_sides


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Russian jets bombed the market in Maarat al-Numan.", {"Russia"}),
        ("Rebel shelling killed four people in western Aleppo.", {"rebels"}),
        ("Terrorists fired rockets at the city, killing three.", set()),
        ("Ten people were killed in the town on Monday.", set()),
        ("Air strikes on IS-held Raqqa killed 12.", set()),
    ],
)
def test_named_sides(sentence: str, sides: set[str]) -> None:
    assert named_sides(sentence) == sides


@pytest.mark.parametrize(
    ("a", "b", "different"),
    [
        ("Russian jets killed 12 in Aleppo.", "Rebel shells killed 4 in Aleppo.", True),
        ("Russian jets killed 12 in Aleppo.", "Russian and Syrian jets killed 14 in Aleppo.", False),
        ("Russian jets killed 12 in Aleppo.", "Strikes killed 14 in Aleppo.", False),
        ("Terrorists killed 3 in Aleppo.", "Russian jets killed 12 in Aleppo.", False),
    ],
)
def test_different_sides(a: str, b: str, different: bool) -> None:
    assert different_sides(a, b) is different
