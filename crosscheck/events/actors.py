"""Who a figure's sentence says acted: evidence that two figures report different incidents.

"Rebel shells killed 4 in west Aleppo" and "regime barrel bombs killed 12 in east Aleppo" share a city
and a day but not an incident. When both sentences name a side (not a catch-all label such as
"terrorists") and the sides they name share nothing, that weighs against one incident; how much is fit
on the gold, like every other feature.
"""

from __future__ import annotations

from functools import lru_cache

from crosscheck.extract.factual.actor_vocab import find_actor_mentions


@lru_cache(maxsize=65536)
def named_sides(sentence: str) -> frozenset[str]:
    """The sides a sentence names (normalised actors), catch-all labels left out."""
    return frozenset(
        mention.actor for mention in find_actor_mentions(sentence, 0, len(sentence)) if not mention.catch_all
    )


def different_sides(sentence_a: str, sentence_b: str) -> bool:
    sides_a, sides_b = named_sides(sentence_a), named_sides(sentence_b)
    return bool(sides_a and sides_b and not sides_a & sides_b)
