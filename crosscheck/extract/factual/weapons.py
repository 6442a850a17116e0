"""With what an attack was carried out: "killed in a barrel bomb attack", "a suicide car bomb hit a convoy",
"sarin was used", "rebels fired rockets".

Every weapon of the vocabulary (:mod:`~crosscheck.extract.factual.weapon_vocab`) named in a sentence is a
weapon claim, unless its words are about something other than an attack: a treaty, a stockpile, a ban, an
inspection, an anti-aircraft gun ("the chemical weapons convention", "destroying its chemical weapons").
An aircraft named beside an air strike in the same sentence ("Russian jets resumed air strikes") adds
nothing and is skipped.

A weapon under a denial is negative ("denied using chemical weapons in the attack"); a denial of a
practice with no incident named ("the government denies using barrel bombs", "has always denied") has
scope "general", like the perpetrator denials of :mod:`~crosscheck.extract.factual.denials`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.extract.factual.denials import DENIAL, denial_scope
from crosscheck.extract.factual.incident_claims import incident_claim
from crosscheck.extract.factual.incident_words import USE_VERB, clause_start, hedge_near
from crosscheck.extract.factual.weapon_vocab import WeaponMention, find_weapon_mentions
from crosscheck.model import Claim, FactualScope, Source

_NOT_AN_ATTACK_AFTER = re.compile(
    r"\s+(?:convention|stockpiles?|programmes?|programs?|arsenals?|inspectors?|inspections?|watchdog|experts?|"
    r"deal|agreements?|bans?|factory|factories|production|capabilit(?:y|ies)|defen[cs]es?|facilit(?:y|ies)|"
    r"investigat\w+|mission|team|treaty|disarmament|removal)\b",
    re.I,
)
_NOT_AN_ATTACK_BEFORE = re.compile(
    r"(?:\banti-(?:[\w-]+\s+)?|\bprohibition\s+of\s+(?:the\s+)?|\bban\s+on\s+|\bdestr(?:oy|oying|oyed|uction\s+of)\s+(?:its|their)\s+"
    r"|\bstockpiles?\s+of\s+|\bpossess\w*\s+|\bhanded\s+over\s+(?:its\s+)?|\bsurrender\w*\s+(?:its\s+)?)$",
    re.I,
)
_NO_USE = re.compile(
    r"\b(?:no\s+evidence\s+of|did\s+not\s+use|didn['’]?t\s+use|never\s+used|no|neither|nor)\s+(?:\w+\s+)?$",
    re.I,
)
_DENIED_USE = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,5}}?(?:{USE_VERB})\s+(?:[\w-]+\s+){{0,2}}", re.I)
_AIRCRAFT = re.compile(
    r"^(?:warplanes?|war\s*planes?|fighter\s+jets?|jets?|bombers?|helicopters?|drones?|air\s*forces?|aircraft)$",
    re.I,
)


def _is_attack(text: str, s0: int, s1: int, mention: WeaponMention) -> bool:
    if _NOT_AN_ATTACK_AFTER.match(text, mention.end, s1):
        return False
    return not _NOT_AN_ATTACK_BEFORE.search(text[max(s0, mention.start - 40) : mention.start])


def _polarity(text: str, s0: int, s1: int, mention: WeaponMention) -> tuple[str, FactualScope]:
    start = clause_start(text, s0, mention.start)
    denials = list(DENIAL.finditer(text, start, mention.start))
    if denials and _DENIED_USE.fullmatch(text, denials[-1].end(), mention.start):
        verb = denials[-1]
        return "negative", denial_scope(text, verb.end(), s1, bool(verb.group("habit")))
    if _NO_USE.search(text[max(s0, mention.start - 30) : mention.start]):
        return "negative", "incident"
    return "positive", "incident"


def find_weapon_claims(source: Source, sentences: Sequence[tuple[int, int]]) -> list[Claim]:
    """Weapon claims (aspect "weapon") in every sentence of ``source``."""
    text = source.text
    claims: list[Claim] = []
    for index, (s0, s1) in enumerate(sentences):
        mentions = [m for m in find_weapon_mentions(text, s0, s1) if _is_attack(text, s0, s1, m)]
        named_strike = any(
            m.weapon == "air strike" and not _AIRCRAFT.match(text[m.start : m.end]) for m in mentions
        )
        for mention in mentions:
            aircraft = mention.weapon == "air strike" and _AIRCRAFT.match(text[mention.start : mention.end])
            if aircraft and named_strike:
                continue
            polarity, scope = _polarity(text, s0, s1, mention)
            if aircraft and polarity == "negative":
                continue  # "neither Russian nor Syrian air forces": who, not with what
            claims.append(
                incident_claim(
                    source,
                    sentences,
                    index,
                    (mention.start, mention.end),
                    aspect="weapon",
                    rule="weapon:"
                    + ("aircraft" if aircraft else "named")
                    + ("+negated" if polarity == "negative" else ""),
                    action="used",
                    weapon=mention.weapon,
                    detail=text[mention.start : mention.end],
                    polarity="negative" if polarity == "negative" else "positive",
                    hedge=hedge_near(text, s0, s1, mention.start, mention.end),
                    scope=scope,
                )
            )
    return claims
