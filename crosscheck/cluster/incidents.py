"""What kind of incident a figure's sentence describes: an air strike, a bombing, shelling...

Two figures of one day and one place can still be two incidents ("a car bomb killed 20 at the checkpoint";
"air strikes killed 13 in the city"). When both sentences name the kind of incident and the kinds share
nothing, that is evidence against one quantity. Generic words ("attack", "strike", "killed") name no kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

INCIDENT_WORDS: dict[str, str] = {
    "air": r"air ?strikes? | air ?raids? | air attacks? | aerial | warplanes? | jets? | barrel bombs? | "
    r"planes? | helicopters? | bombing raids? | air force | sorties",
    "explosion": r"car bombs? | car bombings? | suicide | bombers? | blasts? | explo(?:sions?|sives?|ded?) | "
    r"explosive devices? | ieds? | bomb attacks? | bomb blasts? | booby",
    "shelling": r"shelling | shells? | rockets? | mortars? | artillery | missiles? | projectiles?",
    "chemical": r"chemical | toxic | gas attacks? | poison gas | sarin | chlorine | nerve agent",
    "ground": r"clashes | fighting | battles? | offensive | ambush(?:es)? | gunmen | snipers?",
    "execution": r"execut(?:ed|ions?|ing) | beheaded | massacred?",
    "mine": r"land ?mines? | mines?",
}
"""Each kind's words, as alternatives separated by " | "."""
_PATTERNS = {
    kind: re.compile(r"\b(?:" + "|".join(words.split(" | ")) + r")\b", re.IGNORECASE)
    for kind, words in INCIDENT_WORDS.items()
}


@lru_cache(maxsize=65536)
def incident_kinds(sentence: str) -> frozenset[str]:
    """The kinds of incident a sentence names; empty when it names none."""
    return frozenset(kind for kind, pattern in _PATTERNS.items() if pattern.search(sentence))


def different_incidents(sentence_a: str, sentence_b: str) -> bool:
    kinds_a, kinds_b = incident_kinds(sentence_a), incident_kinds(sentence_b)
    return bool(kinds_a and kinds_b and not kinds_a & kinds_b)
