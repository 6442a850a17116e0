"""A figure that totals several provinces: "Four killed in terrorist attacks in Aleppo and Quneitra".

A roundup's headline sums the day's incidents across provinces; a figure for one incident in one of them is
another quantity, even when it is as large. Two places count as listed together when they follow the
figure, a preposition of place introduces the first ("in", "on", "in the provinces of"; not "fighters
from"), and only "and", commas and words such as "province" or "countryside" stand between them. A tag list
("Tags Homs Idlib") lists nothing, and neither does a headline run into the next sentence before the figure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from crosscheck.model import Claim

_BETWEEN = re.compile(
    r"^(?:[\s,&/]|\b(?i:and|the|of|in|rural|countryside|provinces?|governorates?|cities|city|towns?)\b)*$"
)

_PREPOSITION = re.compile(
    r"\b(?i:in|on|at|near|across|over|around)\s+(?:the\s+)?"
    r"(?:(?i:provinces?|governorates?|countryside|cities|towns)\s+of\s+(?:the\s+)?)?$"
)


@lru_cache(maxsize=65536)
def _regions_listed(text: str, sentence_start: int, sentence_end: int, position: int) -> frozenset[str]:
    from crosscheck.extract.places.place_relations import is_country, province_of
    from crosscheck.extract.places.places import clause_places

    places = [p for p in clause_places(text, sentence_start, sentence_end, position) if not is_country(p[2])]
    regions: set[str] = set()
    listed = False
    for (begin, end, name), (start, _, other) in pairwise(places):
        if begin < position:
            continue
        first, second = province_of(name), province_of(other)
        introduced = listed or _PREPOSITION.search(text, max(sentence_start, begin - 40), begin)
        listed = bool(introduced and first and second and first != second and _BETWEEN.match(text[end:start]))
        if listed and first and second:
            regions.update((first, second))
    return frozenset(regions)


def provinces_totalled(claim: Claim) -> frozenset[str]:
    """The provinces a figure's clause lists together ("in Aleppo and Quneitra"); empty for one place."""
    return _regions_listed(claim.source.text, claim.sentence_start, claim.sentence_end, claim.start)


def different_scopes(a: Claim, b: Claim) -> str | None:
    """Why two figures are two quantities when one totals provinces the other does not."""
    scope_a, scope_b = provinces_totalled(a), provinces_totalled(b)
    if scope_a == scope_b:
        return None
    wide = scope_a or scope_b
    return f"a total over several provinces ({', '.join(sorted(wide))}) and a figure for another scope"
