"""A distance is measured from a place: "60 km to the north of Lattakia city", "40 km southwest of
Damascus", "about 40 kilometers (25 miles) from the city of Homs". Two distances from different places
are two quantities, however alike their sentences."""

from __future__ import annotations

import re

from crosscheck.model import Claim

_FROM_PLACE = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:to\s+the\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+"
    r"(?:the\s+(?:city|town|village|capital)\s+(?:of\s+)?)?"
    r"(?P<name>(?:al-|el-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)?)",
)


def reference_place(claim: Claim) -> str | None:
    """The place a distance is measured from, when its words name a place the gazetteer knows right after
    the figure ("12km southeast of IS-held Dabiq": Dabiq)."""
    if claim.measure != "distance":
        return None
    from crosscheck.extract.places.place_keys import is_known_place

    found = _FROM_PLACE.match(claim.source.text, claim.end, claim.sentence_end)
    if not found:
        return None
    name = found.group("name")
    words = name.split()
    return next((w for w in (name, words[-1], words[0]) if is_known_place(w)), None)


def different_origins(a: Claim, b: Claim) -> str | None:
    """Why two distances are two quantities: they are measured from different places."""
    from crosscheck.extract.places.place_keys import place_key

    origin_a, origin_b = reference_place(a), reference_place(b)
    if origin_a and origin_b and place_key(origin_a) != place_key(origin_b):
        return f"distances from different places ({origin_a} / {origin_b})"
    return None
