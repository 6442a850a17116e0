import pytest

from crosscheck.cluster.constraints import cannot_link
from crosscheck.cluster.distances import reference_place
from crosscheck.config import Settings
from tests.cluster.test_clustering import claim


@pytest.mark.parametrize(
    ("text", "quote", "origin"),
    [
        ("The villages lie 60 km to the north of Lattakia city.", "60 km", "Lattakia"),
        (
            "The airfield is about 40 kilometers (25 miles) from the city of Homs.",
            "about 40 kilometers",
            "Homs",
        ),
        ("Troops took a town 12km southeast of IS-held Dabiq.", "12km", "Dabiq"),
        ("The front is 15 kilometres long.", "15 kilometres", None),
        ("Daesh fighters are 40 km southeast of Daeshs de facto capital.", "40 km", None),
    ],
)
def test_the_place_a_distance_is_measured_from(text, quote, origin):
    assert reference_place(claim("a", text, quote, measure="distance")) == origin


def test_distances_from_different_places_are_two_quantities():
    text = "Rebels hold villages 60 km to the north of Lattakia city and a hill 40 km southwest of Damascus."
    north = claim("a", text, "60 km", measure="distance", value=60.0)
    south = claim("b", text[text.index("a hill") :], "40 km", measure="distance", value=40.0)
    again = claim("c", "The villages are 60 km north of Latakia.", "60 km", measure="distance", value=60.0)
    assert "distances from different places (Lattakia / Damascus)" in (
        cannot_link(north, south, Settings()) or ""
    )
    assert cannot_link(north, again, Settings()) is None
