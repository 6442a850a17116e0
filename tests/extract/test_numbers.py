import pytest

from crosscheck.extract.numbers.numbers import find_numbers, parse_number, word_value


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("20,000", 20000, "digits"),
        ("1.5", 1.5, "digits"),
        ("1,200.5", 1200.5, "digits"),
        ("seven", 7, "words"),
        ("twenty-one", 21, "words"),
        ("one hundred and twenty", 120, "words"),
        ("two thousand five hundred", 2500, "words"),
        ("a dozen", 12, "words"),
        ("two dozen", 24, "words"),
        ("a hundred", 100, "words"),
        ("1.5 million", 1_500_000, "mixed"),
        ("2 billion", 2e9, "mixed"),
        ("4 hundred million", 4e8, "mixed"),
        ("25k", 25_000, "mixed"),
        ("$2bn", 2e9, "mixed"),
        ("one and a half million", 1_500_000, "mixed"),
        ("two-thirds", 2 / 3, "fraction"),
        ("a third", 1 / 3, "fraction"),
        ("three quarters", 0.75, "fraction"),
        ("one out of three", 1 / 3, "fraction"),
        ("1/4", 0.25, "fraction"),
        ("-5", -5, "digits"),
        ("minus 12", -12, "digits"),
    ],
)
def test_single_numeral(text: str, value: float, kind: str) -> None:
    found = find_numbers(text)
    assert len(found) == 1
    n = found[0]
    assert n.value == pytest.approx(value)
    assert n.kind == kind
    assert text[n.start : n.end].lstrip("$") in (text.lstrip("$"), text)


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("half of the 40 houses", ["half", "40"]),
        ("two and three", ["two", "three"]),
        ("a 100m sprint", ["100"]),  # metres, the unit is read later
        ("35m of its devices", ["35m"]),  # millions
        ("sixfold", ["six"]),
    ],
)
def test_several_numerals(text: str, quotes: list[str]) -> None:
    assert [text[n.start : n.end] for n in find_numbers(text)] == quotes


@pytest.mark.parametrize(
    "text",
    [
        "the third quarter",  # an ordinal, not a fraction
        "the second half",
        "a third attacker",  # an ordinal after "a"
        "a baker's dozen",  # a bare scale word is not a number
        "hundred",
        "TU22M3",  # letters glued before digits
        "no numbers here",
    ],
)
def test_not_numerals(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("tokens", "value"),
    [
        (["twenty", "one"], 21),
        (["one", "two"], None),
        (["three", "hundred", "and", "five"], 305),
        (["x"], None),
    ],
)
def test_word_value(tokens: list[str], value: float | None) -> None:
    assert word_value(tokens) == value


@pytest.mark.parametrize(("text", "value"), [("twenty-one", 21), ("1.5 million", 1.5e6), ("21 men", None)])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_offsets_are_absolute() -> None:
    text = "Of the 12 villages, seven were hit."
    found = find_numbers(text, 10)
    assert [text[n.start : n.end] for n in found] == ["seven"]
