"""The words around an attack that say who did it: attack nouns and verbs, the aircraft and forces that
head an actor's name, hedges and clause boundaries. Shared by the perpetrator, denial and weapon rules."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

ATTACK_NOUN = (
    r"(?:air\s*)?(?:strikes?|raids?)|airstrikes?|airraids?|attacks?|assaults?|bombings?|bombardments?|"
    r"shelling|fire|barrages?|offensive|counter-?offensive|counter-?attacks?|blasts?|explosions?|"
    r"bombs?|barrel\s+bombs?|missiles?|rockets?|shells|massacre|campaign|operations?|onslaught|"
    r"aggression|sorties|suicide\s+(?:blast|bombing|attack)s?|car\s+bombs?|artillery|mortars?"
)
"""What an attacker's name may modify: "regime air strikes", "rebel shelling", "IS group suicide blast"."""

PLATFORM_NOUN = (
    r"jets?|warplanes?|war\s*planes?|planes?|aircraft|helicopters?|bombers?|fighter\s+jets?|"
    r"drones?|air\s*force|air\s+forces|aerospace\s+forces|aerospace\s+group|gunships?|F-16s?|Sukhoi|Su-\d+s?"
)
"""What carries an attack out: "Russian jets", "Syrian air force bombers", "Belgian F-16s"."""

FORCE_NOUN = (
    r"forces|troops|army|military|soldiers|units|militias?|fighters|militants|group|regime|government|"
    r"artillery|navy|destroyers"
)
HEAD_WORDS = re.compile(rf"(?:\s+(?:{PLATFORM_NOUN}|{FORCE_NOUN}|combat|strategic|regular))*", re.I)
"""Nouns that end an actor's noun phrase before its verb: "Russian aircraft", "Syrian air force bombers"."""

_STRIKE_VERB = (
    r"bomb(?:ed|ing)|bombard(?:ed|s|ing)?|shell(?:ed|ing)|struck|hit(?:s|ting)?|pound(?:ed|s|ing)|"
    r"target(?:ed|ing)|attack(?:ed|ing)|fir(?:ed|es|ing)|dropp?(?:ed|s|ing)|execut(?:ed|es|ing)|kill(?:s|ing)|"
    r"storm(?:ed|s|ing)|killed(?!\s+(?:in|by|when|after|during|as|on|at|and|or)\b)|captur(?:ed|es)|seiz(?:ed|es)|"
    r"overran|(?:are|is|were|was|have\s+been|has\s+been)\s+fighting|unleash(?:ed|es|ing)|"
    r"detonat(?:ed|es|ing)|blew\s+(?:himself|herself|themselves)\s+up|raided|destroy(?:ed|s)|"
    r"continued\s+(?:targeting|shelling|bombing)|claim(?:ed|s)(?!\s+(?:that|to)\b)(?!\s+the\s+\w+\s+(?:are|were|was|is)\b)|planted|breach(?:ed|es)|crash(?:ed|es)|"
    r"(?:was|were)\s+(?:on\s+a\s+)?bombing|(?:have|has)\s+(?:hit|struck|targeted|bombed|attacked)|"
    r"opened\s+fire|battl(?:ed|ing)|rained|hurled|lobbed|took\s+responsibility|"
    r"(?:has|have)\s+taken\s+responsibility"
)
_LIGHT_VERB = (
    r"launch(?:ed|es|ing)|carr(?:ied|ies|ying)\s+out|(?:are|is|were|was)\s+carrying\s+out|conduct(?:ed|ing)|"
    r"us(?:ed|es|ing)|deploy(?:ed|s|ing)|mount(?:ed|s|ing)|committ(?:ed|s|ing)|resum(?:ed|es|ing)|returned\s+to|"
    r"stepped\s+up|intensif(?:ied|ies)|dealt|wag(?:ed|es|ing)|stag(?:ed|es)|releas(?:ed|es|ing)"
)
_ATTACK_OBJECT = rf"(?:\s+[\w'’\"“”-]+){{0,6}}?\s+(?:{ATTACK_NOUN}|weapons?|gas|chemicals?|missions|war)\b"
ATTACK_VERB = rf"(?:{_STRIKE_VERB})|(?:{_LIGHT_VERB})(?={_ATTACK_OBJECT})"
"""What an attacker does, active voice: "Russian jets pounded", "IS claimed"; a light verb only with an
attack for object: "the regime carried out 13 raids", not "the coalition conducts an assessment"."""

AGENT_BEFORE_BY = re.compile(
    rf"\b(?:{ATTACK_NOUN}|carried\s+out|conducted|launched|fired|dropped|planted|committed|claimed|staged|"
    r"led|mounted|caused|triggered|perpetrated|targeted|hit|struck|pounded|shelled|bombed|attempts?|"
    r"hurled|lobbed|unleashed|carried)"
    r"(?:\s+[\w'’\"“”-]+){0,6}?\s+by\s+(?:either\s+|both\s+|the\s+|an?\s+|its\s+|their\s+)*"
    r"(?:(?:air\s*force|forces|troops|army|warplanes|jets)\s+(?:of|loyal\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?$",
    re.I,
)
"""Left of a passive agent: "strikes by a US-led coalition", "carried out by either Russian or Syrian"."""

TARGET_BEFORE = re.compile(
    r"(?:\b(?:held|controlled|run|occupied|dominated)\s+by|\bagainst|\btargeting|\bon\s+(?:the\s+)?positions\s+of)\s+"
    r"(?:the\s+)?$",
    re.I,
)
"""'territories held by ISIL', 'strikes against Daesh': the actor is what was hit or who holds the place."""
HOLDER_BEFORE_BY = re.compile(
    r"\b(?:held|controlled|run|occupied|besieged|surrounded|dominated|encircled|captured|"
    r"retaken|seized|used|supported|funded|armed|trained|welcomed|condemned|criticised|criticized|"
    r"reported|documented|said|told|confirmed|cited|quoted|claimed\s+(?:that|it))\s+by\s+"
    r"(?:either\s+|both\s+|the\s+|an?\s+|its\s+|their\s+)*$",
    re.I,
)

BLAME_BEFORE = re.compile(
    r"\b(?:blam(?:ed|es|ing|e)|accus(?:ed|es|ing|e)|implicat(?:ed|es|ing|e)|pointing\s+the\s+finger\s+at|"
    r"pointed\s+the\s+finger\s+at|pin(?:ned|ning)?\s+the\s+blame\s+on|the\s+work\s+of|hallmarks\s+of|"
    r"pointed\s+to|pointing\s+to|attributed\s+(?:it|the\s+\w+)\s+to)"
    r"(?:\s+[\w'’\"“”-]+){0,10}?\s+(?:on\s+|at\s+|of\s+|to\s+)?(?:either\s+|the\s+|an?\s+)?[\"“]?$",
    re.I,
)
_NOT_AN_ATTACK = (
    r"of\s+(?:funding|arming|supporting|backing|financing|sponsoring|harbou?ring|aiding|training|helping|"
    r"protecting|obstructing|violating|breaching|lying|fabricating|spreading)\b"
)
NOT_AN_ATTACK_CHARGE = re.compile(rf"(?:\s+[\w'’-]+){{0,6}}?\s+{_NOT_AN_ATTACK}", re.I)
NOT_AN_ATTACK_BEFORE = re.compile(rf"\b{_NOT_AN_ATTACK}", re.I)
"""What an accusation charges when it is no attack: "accuses Turkey and Qatar of funding" (not a blame)."""
BLAME_AFTER = re.compile(
    r"(?:\s+(?:themselves|itself|alone|also))?"
    r"\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being)\s+(?:\w+\s+)?(?:behind|responsible)|"
    r"responsibility\b)",
    re.I,
)

CLASH_BEFORE = re.compile(
    r"\b(?:clashes|fighting|battles?|infighting|confrontations?)\s+(?:have\s+\w+\s+)?(?:between|pitted|pitting)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)

HEDGE_CUE = re.compile(
    r"\b(?:suspected|likely|believed?|believes|apparently|appear(?:s|ed)?\s+to|alleged(?:ly)?|purported(?:ly)?|"
    r"supposedly|may\s+have|might\s+have|could\s+have|thought\s+to|not\s+(?:immediately\s+)?clear|"
    r"did\s+not\s+know|unclear|preliminary|possibly|probably|presumably|unconfirmed|insinuat\w*)\b",
    re.I,
)


def clause_start(text: str, s0: int, position: int) -> int:
    """Where the clause holding ``position`` starts: after "but", "however", "while", ";", "with"."""
    cut = s0
    for match in re.finditer(r"\b(?:but|however|while|whereas|although|with)\b|;", text[s0:position], re.I):
        cut = s0 + match.end()
    return cut


def hedge_near(text: str, s0: int, s1: int, start: int, end: int) -> str | None:
    """A hedge word in the sentence before an actor, or just after it ("were believed responsible")."""
    window = text[max(s0, start - 120) : min(s1, end + 40)]
    match = HEDGE_CUE.search(window)
    return match.group().lower() if match else None


USE_VERB = (
    r"using|use|uses|used|dropping|dropped|drops|firing|fired|the\s+use\s+of|having\s+used|launching|launched|"
    r"deploying|deployed|possessing"
)
"""How a denial names a weapon's use: "denied using", "denies the use of", "denied government forces used"."""


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=Span)


def longest_first(found: list[SpanT]) -> list[SpanT]:
    """The mentions in text order, none overlapping: where two overlap, the earlier, then the longer, wins."""
    found = sorted(found, key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[SpanT] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
