import pytest

from crosscheck.extract.numbers.qualifiers import interval, qualifier_after, qualifier_before


@pytest.mark.parametrize(
    ("prefix", "qualifier"),
    [
        ("at least ", "at_least"),
        ("no fewer than ", "at_least"),
        ("a minimum of ", "at_least"),
        ("more than ", "more_than"),
        ("upwards of ", "more_than"),
        ("in excess of ", "more_than"),
        ("up to ", "at_most"),
        ("as many as ", "at_most"),
        ("no more than ", "at_most"),
        ("less than ", "less_than"),
        ("under ", "less_than"),
        ("about ", "about"),
        ("roughly ", "about"),
        ("an estimated ", "about"),
        ("nearly ", "nearly"),
        ("close to ", "nearly"),
        ("just under ", "nearly"),
        ("has passed ", "more_than"),
        ("topped ", "more_than"),
        ("killed ", None),
        ("parliament passed ", None),  # a bill passed, not a toll
        ("control over ", None),  # a preposition, not a qualifier
    ],
)
def test_qualifier_before(prefix: str, qualifier: str | None) -> None:
    text = f"They said {prefix}40 people"
    hit = qualifier_before(text, text.index("40"))
    assert (hit.qualifier if hit else None) == qualifier
    if hit:
        assert text[hit.start : hit.end].strip() == prefix.strip()


@pytest.mark.parametrize(
    ("suffix", "qualifier"),
    [(" or more", "at_least"), ("+", "at_least"), (" or so", "about"), (" people", None)],
)
def test_qualifier_after(suffix: str, qualifier: str | None) -> None:
    text = f"40{suffix} remain"
    hit = qualifier_after(text, 2)
    assert (hit.qualifier if hit else None) == qualifier


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        ("exact", (10, 10, 10)),
        ("at_least", (10, 10, None)),
        ("more_than", (10, 10, None)),
        ("at_most", (10, None, 10)),
        ("less_than", (10, None, 10)),
        ("nearly", (10, None, 10)),
        ("about", (10, None, None)),
    ],
)
def test_interval(qualifier: str, expected: tuple[float | None, ...]) -> None:
    assert interval(qualifier, 10) == expected
