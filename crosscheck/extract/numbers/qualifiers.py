"""Qualifiers: the words around a figure that turn it into an interval.

================  ===============================================================  =====================
qualifier         phrases (before the number unless marked "after")                interval
================  ===============================================================  =====================
at_least          at least, no fewer than, no less than, not less than, a minimum  low=N, high=None
                  of; after: "or more", "+", "plus"
more_than         more than, over, exceeding, upwards of, in excess of, above,     low=N, high=None
                  greater than, just over; a toll that "has passed", "surpassed",
                  "topped", "exceeded" N
at_most           up to, as many as, at most, no more than, not more than, a       low=None, high=N
                  maximum of, as much as
less_than         less than, under, fewer than, below                              low=None, high=N
about             about, around, some, roughly, an estimated, estimated,           low=None, high=None
                  approximately, approx., circa, an average of; after: "or so"
nearly            nearly, almost, close to, just under, just shy of, nearly        low=None, high=N
exact             (none)                                                           low=high=N
================  ===============================================================  =====================

``value`` is always N for these. Ranges and vague amounts are built in ``quantities.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.cues import CueGate
from crosscheck.extract.window import per_sentence

QUALIFIER_PHRASES: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "no less than", "not less than", "a minimum of",
    "at a minimum"),
    "more_than": (
        "more than", "over", "exceeding", "upwards of", "in excess of", "above", "greater than", "just over",
        "well over", "well above", "over than", "more then",
        "has passed", "had passed", "passes", "surpassed", "has surpassed", "topped", "has topped",
        "exceeded", "has exceeded", "exceeds",
    ),
    "at_most": ("up to", "as many as", "at most", "no more than", "not more than", "a maximum of",
    "as much as"),
    "less_than": ("less than", "under", "fewer than", "below", "just below", "well under", "well below"),
    "about": (
        "about", "around", "some", "roughly", "an estimated", "estimated", "approximately", "approx.",
        "circa",
        "an average of",
    ),
    "nearly": ("nearly", "almost", "close to", "just under", "just shy of", "just short of", "nearly"),
}  # fmt: skip
AFTER_PHRASES: dict[str, tuple[str, ...]] = {
    "at_least": ("or more", "or higher", "or greater", "plus", "+"),
    "about": ("or so",),
}
_BETWEEN = r"(?:\s+|\s*\$\s*)?"

_all = sorted(
    ((p, q) for q, ps in QUALIFIER_PHRASES.items() for p in ps), key=lambda pq: len(pq[0]), reverse=True
)
_PHRASE_TO_Q = {p: q for p, q in _all}
BEFORE_RE = re.compile(
    r"(?:(?<=[\s(\[\"'“‘])|^)(?P<q>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in _all)
    + r")[ \t]+(?:an?\s+|the\s+)?$",
    re.I,
)
_BEFORE_GATE = CueGate([BEFORE_RE])
_WINDOW_GATE = CueGate([BEFORE_RE], shared=False)
"""The same words looked for in the few characters before one figure, which no other family reads."""
_after_all = sorted(((p, q) for q, ps in AFTER_PHRASES.items() for p in ps), key=lambda pq: -len(pq[0]))
AFTER_RE = re.compile(
    r"(?P<sp>\s*)(?P<q>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in _after_all)
    + r")(?![\w+])",
    re.I,
)
_AFTER_TO_Q = {p: q for p, q in _after_all}


_PREPOSITION_CONTEXT = re.compile(
    r"\b(?:control|fight(?:ing)?|battle|clash(?:es)?|dispute|concerns?|worried|worries|talks?|power|authority|"
    r"sovereignty|war|row|tensions?|jurisdiction|victory|win|lead|advantage|influence|debate|deal|agreement|"
    r"hovering|care|cares|know|knew|talked|spoke|speak|asked|think|thought|argue[ds]?|protest(?:ed|s)?)\s+$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class QualifierHit:
    start: int
    end: int
    qualifier: str
    phrase: str


def qualifier_before(text: str, pos: int, floor: int = 0, ceiling: int | None = None) -> QualifierHit | None:
    """The qualifier phrase ending right before ``pos`` (at most ~30 characters back). With ``ceiling``,
    ``text[floor:ceiling]`` is the sentence, and its qualifier words are looked for once for all its
    figures."""
    if ceiling is not None and not _sentence_may_qualify(text, floor, ceiling):
        return None
    lo = max(floor, pos - 30)
    if not _WINDOW_GATE.possible(text, lo, pos)[0]:
        return None
    m = BEFORE_RE.search(text[lo:pos])
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group("q").lower())
    if phrase in (
        "over",
        "under",
        "above",
        "below",
        "around",
        "about",
        "some",
    ) and _PREPOSITION_CONTEXT.search(text[max(0, lo - 25) : lo + m.start("q")]):
        return None  # "control over two positions", "worried about 20 families": a preposition
    return QualifierHit(lo + m.start("q"), lo + m.end("q"), _PHRASE_TO_Q[phrase], phrase)


@per_sentence
def _sentence_may_qualify(text: str, start: int, end: int) -> bool:
    return _BEFORE_GATE.possible(text, start, end)[0]


def qualifier_after(text: str, pos: int, ceiling: int | None = None) -> QualifierHit | None:
    """ "or more", "or so", "+" right after ``pos``; "+" and "plus" must touch the figure or its unit."""
    ceiling = len(text) if ceiling is None else ceiling
    m = AFTER_RE.match(text, pos, min(ceiling, pos + 20))
    if not m:
        return None
    phrase = re.sub(r"\s+", " ", m.group("q").lower())
    if phrase == "+" and m.group("sp"):
        return None
    if phrase == "plus" and re.match(r"\s+(?:a|an|the|\d)", text[m.end() : m.end() + 4]):
        return None  # "20 plus a bonus" is addition
    return QualifierHit(m.start("q"), m.end("q"), _AFTER_TO_Q[phrase], phrase)


def interval(qualifier: str, n: float) -> tuple[float | None, float | None, float | None]:
    """``(value, low, high)`` for a single figure N under a qualifier."""
    if qualifier in ("at_least", "more_than"):
        return n, n, None
    if qualifier in ("at_most", "less_than", "nearly"):
        return n, None, n
    if qualifier == "about":
        return n, None, None
    return n, n, n
