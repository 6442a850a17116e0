"""How many outlets carry a group of claims, and how many independent sources are behind them.

- outlets: distinct ``source.outlet`` values (the source id when the outlet is unknown).
- independent sources: claims are joined into one source of information when
  (a) they name the same claimant (``same_claimant``: after the aliases of
      :func:`crosscheck.extract.attribution.claimants.canonical_claimant`, equal names, or one is the acronym
      of the other, e.g. "SOHR" and "the Syrian Observatory for Human Rights (via AFP)"; a parenthesised name
      counts too, "monitors (SOHR)", a parenthesised relay does not, "(via AFP)"), or
  (b) they have no claimant and come from the same outlet, or
  (c) they come from different outlets, do not name two different claimants, and their sentences are the
      same wire story: token Jaccard similarity >= WIRE_JACCARD after lowercasing and dropping punctuation.
  The number of joined groups is the number of independent sources. Two claimants quoted in one article
  count twice; two outlets relaying one monitor count once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosscheck.extract.attribution.claimants import canonical_claimant
from crosscheck.model import Claim

WIRE_JACCARD = 0.8
_STOP = frozenset({"the", "of", "for", "and", "a", "an", "in", "on", "to", "said", "says", "according"})
_WORD = re.compile(r"[a-z0-9]+")
_PAREN = re.compile(r"\([^)]*\)")
_RELAY = frozenset({"via", "citing", "to", "from", "quoted", "reported", "through"})
SPELLING = {"defence": "defense", "centre": "center", "organisation": "organization"}


def outlet(claim: Claim) -> str:
    return claim.source.outlet or claim.source.id


def count_outlets(claims: Sequence[Claim]) -> int:
    return len({outlet(c) for c in claims})


def compact_name(name: str) -> tuple[str, str]:
    """(compact name, acronym of its words), parentheses dropped, British spellings Americanised."""
    found = [SPELLING.get(w, w) for w in _WORD.findall(_PAREN.sub(" ", name.lower()))]
    words = [w for w in found if w not in _STOP] or found
    return "".join(words), "".join(w[0] for w in words)


def claimant_names(name: str) -> list[tuple[str, str]]:
    """The name, and any parenthesised name in it ("monitors (SOHR)"), but not relays ("(via AFP)")."""
    inner = [m.strip("() ") for m in _PAREN.findall(name)]
    names = [name] + [n for n in inner if n and n.split()[0].lower() not in _RELAY]
    canonical = [canonical_claimant(_PAREN.sub(" ", n).strip() or n) for n in names]
    return [c for c in map(compact_name, canonical) if c[0]]


@lru_cache(maxsize=4096)
def same_claimant(a: str, b: str) -> bool:
    for ca, ia in claimant_names(a):
        for cb, ib in claimant_names(b):
            if ca == cb or (len(ca) >= 3 and ca == ib) or (len(cb) >= 3 and cb == ia):
                return True
    return False


def tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def same_story(a: Claim, b: Claim) -> bool:
    return _jaccard(tokens(a.sentence), tokens(b.sentence)) >= WIRE_JACCARD


def _jaccard(ta: frozenset[str], tb: frozenset[str]) -> float:
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def linked(a: Claim, b: Claim, ta: frozenset[str] | None = None, tb: frozenset[str] | None = None) -> bool:
    if a.attribution and b.attribution:
        return same_claimant(a.attribution, b.attribution)
    if not a.attribution and not b.attribution and outlet(a) == outlet(b):
        return True
    if outlet(a) == outlet(b):
        return False
    ta = tokens(a.sentence) if ta is None else ta
    tb = tokens(b.sentence) if tb is None else tb
    return _jaccard(ta, tb) >= WIRE_JACCARD


def source_groups(claims: Sequence[Claim]) -> list[int]:
    """A group number for each claim; claims sharing a number are one source of information."""
    parent = list(range(len(claims)))
    words = [tokens(c.sentence) for c in claims]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if find(i) != find(j) and linked(claims[i], claims[j], words[i], words[j]):
                parent[find(i)] = find(j)
    roots = [find(i) for i in range(len(claims))]
    numbering: dict[int, int] = {}
    return [numbering.setdefault(r, len(numbering)) for r in roots]


def count_independent(claims: Sequence[Claim]) -> int:
    return len(set(source_groups(claims)))
