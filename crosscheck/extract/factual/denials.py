"""Denials and unclaimed attacks: "Moscow denied any involvement", "neither Russian nor Syrian air forces
were carrying out any missions", "Russia was not behind the attack", "there was no immediate claim of
responsibility".

- denial: a denial verb ("denied", "rejected", "insists ... not its doing") and its subject, the first actor
  of its clause ("Russia's military, which has been fighting ..., denied": Russia). Actors the denied
  clause says were involved are denied too ("denied its aircraft or those of its Syrian government allies
  were involved": Russia and the Syrian government).
- negated: "neither X nor Y", "there were no X planes", "X was not behind".
- unclaimed: nobody claimed it, or it is unclear who did it: actor "unknown".

A denial about a practice rather than an incident ("the government denies using barrel bombs", "has
always denied") is kept with scope "general": it is what the article says, but it is no evidence about
this incident, so comparison leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.extract.factual.actor_vocab import ActorMention, find_actor_mentions
from crosscheck.extract.factual.incident_claims import incident_claim
from crosscheck.extract.factual.incident_words import (
    ATTACK_NOUN,
    HEAD_WORDS,
    PLATFORM_NOUN,
    USE_VERB,
    clause_start,
)
from crosscheck.extract.factual.perpetrators import coordinated
from crosscheck.model import Claim, FactualScope, Source

DENIAL = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?P<habit>(?:always|repeatedly|consistently|persistently|long)\s+)?(?:\w+ly\s+)?"
    r"(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b"
    r"|\b(?:insists?|insisted|said|says)\s+(?:\w+\s+){0,2}?(?:was|were)\s+not\s+(?:its|their)\s+doing\b",
    re.I,
)
_DENIED_CLAUSE_END = re.compile(r"\b(?:blaming|but|however|instead|saying|and\s+said|while)\b|[;:]", re.I)
_INVOLVED = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,3}?)?(?:were|was|had\s+been|are|is)\s+(?:\w+\s+)?(?:involved|active|behind|"
    r"responsible|carrying\s+out)|\s+(?:carried\s+out|had\s+used|used|conducted)\b",
    re.I,
)
_PRACTICE = re.compile(rf"\s+(?:\w+\s+){{0,4}}?(?:{USE_VERB})\b", re.I)
_INCIDENT = re.compile(
    r"\b(?:the|this|that|these|those|its|\w+day['’]?s?)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|"
    r"massacre|incident|convoy|town|area|village|city|neighbou?rhood)\b",
    re.I,
)
_PAST_CHARGES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:previous|past|repeated|earlier|such|similar)\b", re.I)
_DENIED_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:involvement|responsibility|allegations?|accusations?|charges?|claims?|reports?|"
    r"role|carrying|using|use|used|it|this|that|any|being|were|was|had|its|their|the\s+attack)\b",
    re.I,
)
"""What a denial of an attack denies ("any involvement", "the allegations"), not "dismissed the offer"."""
_CHARGE_BEFORE = re.compile(r"\b(?:accusations?|allegations?|charges?|claims?|reports?)\b[^.;]{0,40}$", re.I)
_NOT_A_DENIAL_BEFORE = re.compile(
    r"(?:\b(?:not|never|will|would|may|might|could|to)|n['’]t)\s+$|\b(?:they|he|she|we|it|who)\s+(?:\w+\s+)?$",
    re.I,
)
"""'did not deny', 'will deny', 'refused to deny'; 'after they rejected' (the denier is a pronoun)."""
_NEGATED_BEFORE = re.compile(r"\b(?:neither|(?:there\s+(?:were|was)\s+)?no)\s+$", re.I)
_ATTACKER_HEAD = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{PLATFORM_NOUN}|{ATTACK_NOUN})\b", re.I)
"""'no Russian and Syrian air force planes', 'no US strikes': who could attack; not 'no Russian soldiers'."""
_NOT_BEHIND = re.compile(r"\s+(?:was|were|is|are)\s+not\s+(?:behind|responsible|involved)\b", re.I)
_UNCLAIMED = re.compile(
    r"\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility|"
    r"\b(?:no|neither)\s+(?:\w+\s+)?(?:group|one|party|faction|side|organi[sz]ation)\s+(?:has\s+|had\s+)?"
    r"(?:yet\s+|immediately\s+)?"
    r"(?:claimed|taken|took|admitted)\s+(?:responsibility|credit)|"
    r"\b(?:it\s+)?(?:was|is|remained|remains)\s+(?:not\s+(?:immediately\s+)?clear|unclear)\s+who\b|"
    r"\b(?:no\s+one|nobody)\s+(?:knows|knew|could\s+say|can\s+say|could\s+tell)\s+who|\bunclaimed\b|"
    r"\b(?:unknown|unidentified)\s+(?:assailants|attackers|gunmen|perpetrators)",
    re.I,
)


def denial_scope(text: str, verb_end: int, s1: int, habitual: bool) -> FactualScope:
    """General when no incident is named after a denial of a practice ("denies using barrel bombs"), of
    past charges ("denied previous accusations") or a habitual one ("has always denied")."""
    about_practice = (
        habitual or _PRACTICE.match(text, verb_end, s1) or _PAST_CHARGES.match(text, verb_end, s1)
    )
    if about_practice and not _INCIDENT.search(text, verb_end, min(s1, verb_end + 100)):
        return "general"
    return "incident"


def is_denial(text: str, s0: int, s1: int, verb: re.Match[str]) -> bool:
    """A denial of an attack by a named denier: not negated, not modal, not about something else."""
    before = text[max(s0, verb.start() - 30) : verb.start()]
    if _NOT_A_DENIAL_BEFORE.search(before):
        return False
    if "doing" in verb.group():
        return True
    return bool(_DENIED_OBJECT.match(text, verb.end(), s1) or _CHARGE_BEFORE.search(text, s0, verb.start()))


def _denied_actors(
    text: str, mentions: Sequence[ActorMention], s0: int, s1: int
) -> list[tuple[ActorMention, str, FactualScope]]:
    found: list[tuple[ActorMention, str, FactualScope]] = []
    for verb in DENIAL.finditer(text, s0, s1):
        if not is_denial(text, s0, s1, verb):
            continue
        start = clause_start(text, s0, verb.start())
        subjects = coordinated(text, [m for m in mentions if start <= m.start < verb.start()])
        scope = denial_scope(text, verb.end(), s1, bool(verb.group("habit")))
        if subjects:
            found.extend((m, "perpetrator:denial", scope) for m in subjects[0])
        stop = _DENIED_CLAUSE_END.search(text, verb.end(), s1)
        clause_end = stop.start() if stop else s1
        for group in coordinated(text, [m for m in mentions if verb.end() <= m.start < clause_end]):
            head = HEAD_WORDS.match(text, group[-1].end, clause_end)
            if _INVOLVED.match(text, head.end() if head else group[-1].end, clause_end):
                found.extend((m, "perpetrator:denial+complement", scope) for m in group)
    for group in coordinated(text, mentions):
        head = HEAD_WORDS.match(text, group[-1].end, s1)
        after = head.end() if head else group[-1].end
        took_part = _ATTACKER_HEAD.match(text, group[-1].end, s1) or _INVOLVED.match(text, after, s1)
        negated = _NEGATED_BEFORE.search(text[max(s0, group[0].start - 30) : group[0].start]) and took_part
        if negated or _NOT_BEHIND.match(text, after, s1):
            found.extend((m, "perpetrator:negated", "incident") for m in group)
    return found


def find_denial_claims(source: Source, sentences: Sequence[tuple[int, int]]) -> list[Claim]:
    """Denials (polarity negative) and unclaimed attacks (actor "unknown") in every sentence."""
    text = source.text
    claims: list[Claim] = []
    for index, (s0, s1) in enumerate(sentences):
        seen: set[tuple[int, int]] = set()
        for mention, rule, scope in _denied_actors(text, find_actor_mentions(text, s0, s1), s0, s1):
            if (mention.start, mention.end) in seen:
                continue
            seen.add((mention.start, mention.end))
            claims.append(
                incident_claim(
                    source,
                    sentences,
                    index,
                    (mention.start, mention.end),
                    aspect="perpetrator",
                    rule=rule,
                    action="denied",
                    actor=mention.actor,
                    detail=mention.detail,
                    polarity="negative",
                    scope=scope,
                )
            )
        for match in _UNCLAIMED.finditer(text, s0, s1):
            claims.append(
                incident_claim(
                    source,
                    sentences,
                    index,
                    (match.start(), match.end()),
                    aspect="perpetrator",
                    rule="perpetrator:unclaimed",
                    action="unclaimed",
                    actor="unknown",
                    detail=match.group(),
                )
            )
    return claims
