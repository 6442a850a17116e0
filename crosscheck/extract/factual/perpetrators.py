"""Who carried an attack out, as an article asserts it: "Russian jets pounded ...", "strikes by a US-led
coalition", "the regime blamed the rebels", "IS claimed the attack", "clashes between regime and Kurdish
forces".

An actor named in the vocabulary (:mod:`~crosscheck.extract.factual.actor_vocab`) becomes a perpetrator claim
only in one of these roles, each a pattern around the actor (or around actors joined by "and" / "or" that
share one head, "Russian and Syrian regime jets", which are one claim each):

- modifier: it names the attack or the aircraft: "regime air strikes", "Russian jets", "rebel shelling";
- subject: it is the subject of an attack verb, active voice: "the regime carried out 13 raids";
- by-agent: "air strikes carried out by Syrian or Russian warplanes" (not "areas held by IS");
- blame: "blamed the attack on X", "accused X of", "X was responsible", "the hallmarks of X";
- clash: "clashes between regime and Kurdish forces" (both sides).

Actors joined by "or" are each hedged ("either/or"); a hedge word near the actor ("suspected", "likely",
"believed") hedges it too. Denials and "no one claimed it" are :mod:`~crosscheck.extract.factual.denials`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from crosscheck.extract.cues import may_match
from crosscheck.extract.factual.actor_vocab import ActorMention, find_actor_mentions
from crosscheck.extract.factual.incident_claims import incident_claim
from crosscheck.extract.factual.incident_words import (
    AGENT_BEFORE_BY,
    ATTACK_NOUN,
    ATTACK_VERB,
    BLAME_AFTER,
    BLAME_BEFORE,
    CLASH_BEFORE,
    HEAD_WORDS,
    HOLDER_BEFORE_BY,
    NOT_AN_ATTACK_BEFORE,
    NOT_AN_ATTACK_CHARGE,
    PLATFORM_NOUN,
    TARGET_BEFORE,
    hedge_near,
)
from crosscheck.extract.window import sentence_may_match
from crosscheck.model import Claim, Source

_NOT_A_MODIFIER = (
    r"said|says|and|or|of|in|on|at|to|by|that|which|who|has|have|had|was|were|is|are|the|for|with|"
    r"deny|denies|use|uses|\w+ing|\w+ed"
)
_MODIFIES = re.compile(
    rf"(?:\s+(?!(?:{_NOT_A_MODIFIER})\b)[\w-]+){{0,2}}?\s+(?:{ATTACK_NOUN}|{PLATFORM_NOUN})\b", re.I
)
_AUXILIARY = (
    r"(?:\s+(?:has|have|had|also|again|reportedly|allegedly|then|now|later|jointly|heavily|first|"
    r"on\s+\w+day|early\s+on\s+\w+day|\w+ly))*"
)
_PLACED = r"(?:\s+(?:located|positioned|based|stationed|entrenched|deployed)\s+in\s+[^,;]{1,70}?)?"
_SELF_REPORT = (
    r"(?:\s+(?:said|says|announced|confirmed|acknowledged|admitted)\s+(?:that\s+)?"
    r"(?:it|they|(?:[\w-]+\s+of\s+)?(?:its|their|the\s+group['’]?s?)\s+[\w-]+))?"
)
_SELF_REPORTED = re.compile(
    rf"(?:\s*,?\s+(?:which|who)\s+[^,;]{{1,80}}?)?\s+(?:said|says|announced|confirmed|acknowledged|admitted)\s+"
    rf"(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:{ATTACK_VERB})\b",
    re.I,
)
"""'The coalition, which began its air war last year, said it had carried out strikes': its own account."""
_ACTS = re.compile(
    rf"{_PLACED}(?:\s*,[^,]{{1,80}},)?{_AUXILIARY}{_SELF_REPORT}{_AUXILIARY}(?:\s+(?:may|might|could)\s+have)?"
    rf"\s+(?:{ATTACK_VERB})\b",
    re.I,
)
_SHARED = re.compile(
    r"\s*(?:,\s*)?(?:and|or|nor|as\s+well\s+as)\s+(?:those\s+of\s+)?(?:[\w'’-]+\s+ally\s+)?(?:(?:the|its|their|his|her)\s+)?$",
    re.I,
)
_OR = re.compile(r"\bor\b|\bnor\b", re.I)
_LEFT_WINDOW = 120


def _modifier(text: str, s0: int, s1: int, first: ActorMention, last: ActorMention) -> bool:
    return bool(_MODIFIES.match(text, last.end, s1))


def _subject(text: str, s0: int, s1: int, first: ActorMention, last: ActorMention) -> bool:
    head = HEAD_WORDS.match(text, last.end, s1)
    after = head.end() if head else last.end
    return bool(_ACTS.match(text, after, s1) or _SELF_REPORTED.match(text, after, s1))


def _by_agent(text: str, s0: int, s1: int, first: ActorMention, last: ActorMention) -> bool:
    return _found_before(AGENT_BEFORE_BY, text, s0, s1, first) and not _found_before(
        HOLDER_BEFORE_BY, text, s0, s1, first
    )


def _blame(text: str, s0: int, s1: int, first: ActorMention, last: ActorMention) -> bool:
    head = HEAD_WORDS.match(text, last.end, s1)
    after = head.end() if head else last.end
    if NOT_AN_ATTACK_CHARGE.match(text, after, s1) or _found_before(
        NOT_AN_ATTACK_BEFORE, text, s0, s1, first
    ):
        return False
    return _found_before(BLAME_BEFORE, text, s0, s1, first) or bool(BLAME_AFTER.match(text, after, s1))


def _clash(text: str, s0: int, s1: int, first: ActorMention, last: ActorMention) -> bool:
    return _found_before(CLASH_BEFORE, text, s0, s1, first)


def _found_before(pattern: re.Pattern[str], text: str, s0: int, s1: int, mention: ActorMention) -> bool:
    """``pattern.search`` in the ``_LEFT_WINDOW`` characters of the sentence ``text[s0:s1]`` before
    ``mention``, read as a string of their own; tried only when the pattern's cue words are in the
    sentence (looked for once for all its mentions), then in the window."""
    if not sentence_may_match(text, s0, s1, pattern):
        return False
    window = text[max(s0, mention.start - _LEFT_WINDOW) : mention.start]
    return may_match(pattern, window) and pattern.search(window) is not None


RoleTest = Callable[[str, int, int, ActorMention, ActorMention], bool]
ROLES: tuple[tuple[str, str, RoleTest], ...] = (
    ("blame", "blamed", _blame),
    ("by-agent", "carried out", _by_agent),
    ("subject", "carried out", _subject),
    ("modifier", "carried out", _modifier),
    ("clash", "fought", _clash),
)
"""(rule name, action, test), tried in this order: the first that holds names the claim's rule."""


def coordinated(text: str, mentions: Sequence[ActorMention]) -> list[list[ActorMention]]:
    """Mentions joined by "and" / "or" / "nor" with nothing else between them, as groups sharing a head."""
    groups: list[list[ActorMention]] = []
    for mention in mentions:
        if groups and _SHARED.fullmatch(text, groups[-1][-1].end, mention.start):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _is_alternative(text: str, group: Sequence[ActorMention]) -> bool:
    return len(group) > 1 and any(_OR.search(text, a.end, b.start) for a, b in pairwise(group))


def find_perpetrator_claims(source: Source, sentences: Sequence[tuple[int, int]]) -> list[Claim]:
    """Perpetrator claims (aspect "perpetrator", polarity positive) in every sentence of ``source``."""
    text = source.text
    claims: list[Claim] = []
    for index, (s0, s1) in enumerate(sentences):
        for group in coordinated(text, find_actor_mentions(text, s0, s1)):
            first, last = group[0], group[-1]
            before = max(s0, first.start - 40)
            if (
                sentence_may_match(text, s0, s1, TARGET_BEFORE)
                and may_match(TARGET_BEFORE, text, before, first.start)
                and TARGET_BEFORE.search(text, before, first.start)
            ):
                continue
            role = next((r for r in ROLES if r[2](text, s0, s1, first, last)), None)
            if role is None:
                continue
            either = _is_alternative(text, group)
            for mention in group:
                hedge = "either/or" if either else hedge_near(text, s0, s1, mention.start, last.end)
                claims.append(
                    incident_claim(
                        source,
                        sentences,
                        index,
                        (mention.start, mention.end),
                        aspect="perpetrator",
                        rule=f"perpetrator:{role[0]}" + ("+catch-all" if mention.catch_all else ""),
                        action=role[1],
                        actor=mention.actor,
                        detail=mention.detail,
                        hedge=hedge,
                    )
                )
    return claims
