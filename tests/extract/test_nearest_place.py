"""The nearest place found by bisection is the one a scan of every place of the sentence finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.places.nearest import Place, PlaceIndex


def _scanned(places: list[Place], position: int, c0: int, c1: int) -> tuple[Place, bool]:
    """The rule as a scan: the clause's own places (named with a preposition anywhere, bare within the
    clause), else all; the least by (seat, bare, distance to the nearer end, start)."""
    own = [p for p in places if c0 <= p[0] < c1 or not p[4]]
    nearest = min(
        own or places, key=lambda p: (p[3], p[4], min(abs(position - p[0]), abs(position - p[1])), p[0])
    )
    return nearest, bool(own)


@st.composite
def _sentences(draw: st.DrawFn) -> tuple[list[Place], int, int, int]:
    starts = sorted(set(draw(st.lists(st.integers(0, 300), min_size=1, max_size=25))))
    places = [
        (s, s + draw(st.integers(1, 40)), f"p{s}", draw(st.booleans()), draw(st.booleans())) for s in starts
    ]
    c0 = draw(st.integers(0, 340))
    c1 = draw(st.integers(c0, 340))
    return places, draw(st.integers(0, 340)), c0, c1


@settings(max_examples=500, deadline=None)
@given(_sentences())
def test_nearest_is_the_scanned_minimum(sentence: tuple[list[Place], int, int, int]) -> None:
    places, position, c0, c1 = sentence
    assert PlaceIndex(places).nearest(position, c0, c1) == _scanned(places, position, c0, c1)


def test_a_place_that_holds_the_figure_is_at_distance_to_its_nearer_end() -> None:
    places: list[Place] = [(0, 60, "long", False, False), (70, 75, "after", False, False)]
    assert PlaceIndex(places).nearest(55, 0, 100) == (places[0], True)  # 5 from its end, 15 from the next
    assert PlaceIndex(places).nearest(30, 0, 100) == (places[0], True)
