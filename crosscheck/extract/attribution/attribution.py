"""Who a figure is attributed to: "according to X", "X said", "said X", "X told Reuters", "He added".

Each rule is a speech-verb pattern plus the side of it where the claimant noun phrase stands; the
noun phrase is read with :mod:`~crosscheck.extract.attribution.noun_phrases`. A wire agency credited next to
another claimant ("..., the Associated Press reported") is the relay, not the claimant.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.extract.attribution.claimants import canonical_claimant, is_wire_agency
from crosscheck.extract.attribution.hedges import find_hedge
from crosscheck.extract.attribution.speakers import ADVERBS, PRONOUNS, VERBS, Candidate, candidates
from crosscheck.extract.window import per_sentence

__all__ = ["Attribution", "find_attribution", "find_hedge"]


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: str
    """Canonical name (see :func:`canonical_claimant`)."""
    surface: str
    start: int
    end: int
    hedge: str | None
    rule: str
    relay: str | None = None
    """A wire agency or outlet passing the claim on ("the AP reported"), canonical."""


ANAPHORS = frozenset(
    {
        "the group",
        "the monitor",
        "the ministry",
        "the agency",
        "the organisation",
        "the organization",
        "the official",
        "the source",
        "the spokesman",
        "the report",
        "the statement",
    }
)


def _in_sentence(text: str, s0: int, s1: int, position: int | None) -> Attribution | None:
    speakers = _speakers(text, s0, s1)
    if speakers is None:
        return None
    claimants, relays, hedge = speakers
    best = _nearest(claimants, *_claimant_ends(text, s0, s1), position if position is not None else s0)
    relay = next((c for c in relays if c is not best), None)
    surface = text[best.start : best.end]
    return Attribution(
        claimant=canonical_claimant(surface),
        surface=surface,
        start=best.start,
        end=best.end,
        hedge=hedge or ("claimed" if "claim" in best.rule else None),
        rule=best.rule,
        relay=canonical_claimant(text[relay.start : relay.end]) if relay else None,
    )


@per_sentence
def _speakers(
    text: str, s0: int, s1: int
) -> tuple[tuple[Candidate, ...], tuple[Candidate, ...], str | None] | None:
    """The sentence's claimants, its relays (wire agencies passing a claim on) and its hedge; None when it
    names no claimant."""
    cands = [c for c in candidates(text, s0, s1) if text[c.start : c.end].lower() not in PRONOUNS]
    if not cands:
        return None
    hedge = find_hedge(text, s0, s1)
    relays = [c for c in cands if is_wire_agency(text[c.start : c.end]) or c.rule.startswith("relay")]
    claimants = [c for c in cands if c not in relays] or [c for c in relays if not c.rule.startswith("relay")]
    if not claimants:
        return None
    return tuple(claimants), tuple(relays), hedge


def _nearest(
    claimants: Sequence[Candidate], ends: list[int], at_end: dict[int, list[int]], pos: int
) -> Candidate:
    """The claimant whose start or end is nearest ``pos``, the earliest-starting one (then the first
    listed) of those as near: by bisection over the ends of the sentence's claimants (``_claimant_ends``),
    since a long sentence can name dozens of speakers and hold hundreds of figures."""
    k = bisect_left(ends, pos)
    distance = min(abs(pos - ends[j]) for j in (k - 1, k) if 0 <= j < len(ends))
    tied = [i for end in {pos - distance, pos + distance} for i in at_end.get(end, ())]
    return claimants[min(tied, key=lambda i: (claimants[i].start, i))]


@per_sentence
def _claimant_ends(text: str, s0: int, s1: int) -> tuple[list[int], dict[int, list[int]]]:
    """The sorted offsets where one of the sentence's claimants starts or ends, and which do (their
    places in the sentence's claimants), at each."""
    speakers = _speakers(text, s0, s1)
    at_end: dict[int, list[int]] = {}
    for i, claimant in enumerate(speakers[0] if speakers else ()):
        for end in {claimant.start, claimant.end}:
            at_end.setdefault(end, []).append(i)
    return sorted(at_end), at_end


_CONTINUATION = re.compile(
    r"(?:^\W*|[,”\"]\s*|\s)(?:(?P<pro>he|she|it|they)|(?P<ana>the (?:group|monitor|ministry|agency|"
    rf"organi[sz]ation|official|source|spokesman|report|statement)))\s+{ADVERBS}(?:{VERBS})\b",
    re.IGNORECASE,
)


_ADDITIVE = re.compile(r"\b(?:also|another|further|others|the (?:death )?toll)\b", re.I)


def find_attribution(
    text: str, sentences: Sequence[tuple[int, int]], sentence_index: int, position: int
) -> Attribution | None:
    """Who the figure at ``position`` is attributed to, read in its sentence ``sentences[sentence_index]``.

    "He added that ..." / "It said ..." / "The group said" continue the claimant of the previous
    sentence (up to two back) when that sentence had one. A sentence with no claimant of its own that
    adds to the previous one ("also", "another", "the toll") takes the previous sentence's claimant
    (rule "attribution:context(...)"; its offsets are those of the previous sentence's claimant).
    """
    return _resolve(text, sentences, sentence_index, position, depth=3)


def _resolve(
    text: str, sentences: Sequence[tuple[int, int]], index: int, position: int | None, depth: int
) -> Attribution | None:
    s0, s1 = sentences[index]
    own = _in_sentence(text, s0, s1, position)
    if own and text[own.start : own.end].lower() not in ANAPHORS:
        return own
    cont = _continuation(text, s0, s1)
    if cont and depth > 0:
        group = "pro" if cont.group("pro") else "ana"
        for back in range(index - 1, max(-1, index - 3), -1):
            prev = _resolve(text, sentences, back, None, depth - 1)
            if prev is None:
                continue
            return Attribution(
                claimant=prev.claimant,
                surface=cont.group(group),
                start=s0 + cont.start(group),
                end=s0 + cont.end(group),
                hedge=find_hedge(text, s0, s1),
                rule="attribution:continuation",
                relay=prev.relay,
            )
    if own is None and depth == 3 and position is not None:
        cue = _additive_cue(text, s0, s1)
        if cue and index > 0 and "\n\n" not in text[sentences[index - 1][1] : s0]:
            prev = _resolve(text, sentences, index - 1, None, depth - 1)
            if prev is not None:
                return Attribution(
                    prev.claimant,
                    prev.surface,
                    prev.start,
                    prev.end,
                    find_hedge(text, s0, s1),
                    "attribution:context(" + cue.group().lower() + ")",
                    prev.relay,
                )
    return own


@per_sentence
def _continuation(text: str, s0: int, s1: int) -> re.Match[str] | None:
    """ "He added" / "The group said": the sentence continues an earlier claimant (offsets from ``s0``)."""
    return _CONTINUATION.search(text[s0:s1])


@per_sentence
def _additive_cue(text: str, s0: int, s1: int) -> re.Match[str] | None:
    return _ADDITIVE.search(text, s0, s1)
