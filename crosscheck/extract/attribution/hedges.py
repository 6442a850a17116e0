"""Hedges: the words that mark a figure as unconfirmed ("reportedly", "allegedly", "could not be independently
verified", "is said to")."""

from __future__ import annotations

import re

from crosscheck.extract.cues import CueGate
from crosscheck.extract.window import per_sentence

HEDGES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("reportedly", re.compile(r"\breportedly\b", re.I)),
    ("allegedly", re.compile(r"\ballegedly\b|\balleged\b", re.I)),
    ("unconfirmed", re.compile(r"\bunconfirmed\b", re.I)),
    ("unverified", re.compile(r"\b(?:could|can)\s*not\s+(?:be\s+)?independently\s+(?:verif|confirm)", re.I)),
    ("it is believed", re.compile(r"\bit is (?:believed|thought|understood)\b", re.I)),
    ("said to", re.compile(r"\b(?:is|are|was|were)\s+(?:said|believed|thought|reported)\s+to\b", re.I)),
    ("purportedly", re.compile(r"\bpurportedly\b", re.I)),
    ("claimed", re.compile(r"\bclaimed\b", re.I)),
)
_GATE = CueGate([pattern for _, pattern in HEDGES])


@per_sentence
def find_hedge(text: str, start: int, end: int) -> str | None:
    """The first hedge word in ``text[start:end]``, normalised ("reportedly", "said to"...)."""
    sentence = text[start:end]
    possible = _GATE.possible(text, start, end)
    hits = [
        (m.start(), name)
        for (name, pat), ok in zip(HEDGES, possible, strict=True)
        if ok and (m := pat.search(sentence))
    ]
    return min(hits)[1] if hits else None
