"""Who may carry out an attack in Syria's war, as news wording names them, normalised to one actor.

The actors: "Russia", "Syrian government", "US-led coalition" (its members too: "Belgian F-16s"),
"Turkey", "Israel", "rebels" (a named group is kept as the detail: "Ahrar al-Sham"), "Islamic State",
"Kurdish forces". A catch-all label ("terrorists", "militants", "extremists", the Syrian government's word
for every armed opponent, IS included) is "rebels" with ``catch_all`` set: it names no side precisely, so
it never contradicts a named armed group. FA-KES texts often lose apostrophes ("Assads forces",
"Syrias government"), so every possessive is optional.

:func:`find_actor_mentions` returns every mention in a span, longest first where two overlap, with the
group nouns that head it ("IS militants", "the Daesh terrorist group") taken into the mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.cues import CueGate
from crosscheck.extract.factual.incident_words import longest_first
from crosscheck.extract.window import per_sentence

_S = r"(?:['’]?s)?"


@dataclass(frozen=True, slots=True)
class ActorTerm:
    actor: str
    pattern: str
    named: bool = False
    """The detail is the group's own name (a rebel faction), not a wording of the actor."""
    catch_all: bool = False
    case_sensitive: bool = False


ACTOR_TERMS: tuple[ActorTerm, ...] = (
    ActorTerm("Russia", rf"Russia{_S}|Russians?|Moscow{_S}|Kremlin{_S}"),
    ActorTerm(
        "Syrian government",
        rf"(?:(?:the\s+)?(?:Syrian|Assad|Bashar)\s+)?regime{_S}|(?:President\s+)?(?:Bashar\s+)?(?:al-)?Assad{_S}"
        rf"(?:\s+(?:regime|government|forces|troops|army|air\s+forces?))?|"
        rf"Syria{_S}\s+(?:government|regime|army|military)|Syrian\s+(?:government|army|air\s+forces?|arab\s+army|"
        r"military|forces|troops|warplanes?|war\s*planes?|jets?|helicopters?|aircraft|fighter\s+jets?|"
        r"bombers?|planes?|artillery|navy)|pro-(?:government|regime|Assad)|loyalists?|"
        r"government(?!-)|Damascus(?=\s+to\s)|(?<=\bthe\s)army|Syrian(?=\s+(?:and|or|nor)\s+(?:Russian|regime))",
    ),
    ActorTerm(
        "US-led coalition",
        r"(?:U\.?S\.?|American|Washington)[- ]led\s+(?:international\s+)?(?i:coalition)|"
        r"(?i:international|anti-(?:IS|ISIS|ISIL|Daesh|jihadist))\s+(?i:coalition)|"
        r"(?<![Ss]yrian\s)(?<![Nn]ational\s)(?<![Rr]ebel\s)[Cc]oalition(?!\s+of\b)(?!\s+for\b)|"
        r"United\s+States|U\.S\.|US(?=[\s-])|Americans?|Pentagon|Belgi(?:an|um)",
        case_sensitive=True,
    ),
    ActorTerm("Turkey", rf"Turk(?:ey{_S}|ish)|Ankara{_S}"),
    ActorTerm("Israel", rf"Israel{_S}|Israeli"),
    ActorTerm(
        "Islamic State",
        r"(?:(?:the\s+)?so-called\s+)?Islamic\s+State(?:\s+of\s+Iraq\s+and\s+(?:the\s+Levant|Syria|al-Sham))?|"
        r"ISIS|ISIL|IS(?=[\s-])|Daesh|DAESH|Daish",
        case_sensitive=True,
    ),
    ActorTerm(
        "Kurdish forces",
        r"Kurdish\s+(?:forces|fighters|militias?|units|YPG|People['’]?s?\s+Protection\s+Units)|YPG|SDF|PYD|PKK|"
        r"Syrian\s+Democratic\s+Forces|Kurds|Asayish",
    ),
    ActorTerm(
        "rebels",
        r"(?:al-|Al\s)?Nusra(?:\s+Front)?|Jabhat\s+al-Nusra|(?:Jabhat\s+)?Fat[ae]h\s+al[- ]Sham(?:\s+Front)?|"
        r"Hayat\s+Tahrir\s+al-Sham|HTS|Ahrar\s+al[- ]Sham|Ja[iy]sh\s+al[- ]Islam|Islam\s+Army|"
        r"Army\s+of\s+Islam|Faylaq\s+al[- ](?:Rahman|Sham)|Free\s+Syrian\s+Army|FSA|Ansar\s+(?:al-)?Sharia|"
        r"Fastaqim(?:\s+Kama\s+Umirt)?|"
        r"Nour\s+al-Din\s+al-Zenki|Ja[iy]sh\s+al-Fatah|Army\s+of\s+Conquest|al[- ]Qaeda" + _S,
        named=True,
    ),
    ActorTerm(
        "rebels",
        r"rebels?|insurgents?|(?:armed\s+)?opposition(?=\s+(?:fighters|groups|factions|forces|militants|alliance))|"
        r"(?<=\bthe\s)opposition(?!-)",
    ),
    ActorTerm(
        "rebels",
        r"terrorist\s+(?:groups?|organi[sz]ations?)|terrorists?|Takfiri(?:\s+(?:militants|terrorists|groups?))?|"
        r"extremists?|militants?|jihadists?|armed\s+groups?",
        catch_all=True,
    ),
)

_GROUP_HEAD = re.compile(
    r"(?:(?:\s+(?:militant|terrorist|jihadist|rebel|extremist|Islamist))?\s+"
    r"(?:groups?|militants|fighters|terrorists|members|insurgents|jihadists|factions?|organi[sz]ations?)\b"
    r"|\s+\([^()]{1,40}\))+",
)
_LED = re.compile(r"-led\b", re.I)
"""'US-led air strikes', 'an extremist-led counterattack': the actor leads what follows."""
_COMPILED = tuple(
    (term, re.compile(rf"(?<![\w-])(?:{term.pattern})(?![\w])", 0 if term.case_sensitive else re.I))
    for term in ACTOR_TERMS
)
_GATE = CueGate([pattern for _, pattern in _COMPILED])


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor: str
    detail: str
    catch_all: bool


@per_sentence
def find_actor_mentions(text: str, start: int, end: int) -> tuple[ActorMention, ...]:
    """Every actor named in ``text[start:end]``, sorted, none overlapping (the longest wins)."""
    found: list[ActorMention] = []
    for (term, pattern), possible in zip(_COMPILED, _GATE.possible(text, start, end), strict=True):
        if not possible:
            continue
        for match in pattern.finditer(text, start, end):
            stop = match.end()
            if head := _GROUP_HEAD.match(text, stop, end):
                stop = head.end()
            if led := _LED.match(text, stop, end):
                stop = led.end()
            if _is_place_adjective(text, match.end(), end) or _DATELINE.match(text, match.start(), end):
                continue
            words = re.sub(r"^(?:the|a|an)\s+", "", text[match.start() : stop], flags=re.I)
            detail = match.group() if term.named else words
            found.append(ActorMention(match.start(), stop, term.actor, detail, term.catch_all))
    return tuple(longest_first(found))


_DATELINE = re.compile(r"\w+\s+\((?:Sputnik|Reuters|AFP|AP|Anadolu|SANA|UPI)\)")
"""'MOSCOW (Sputnik)': where a story was filed, not who did anything."""
_PLACE_HELD = re.compile(r"[- ](?:held|controlled|occupied|run|besieged)\b", re.I)


def _is_place_adjective(text: str, stop: int, end: int) -> bool:
    """ "IS-held", "government-controlled": the actor names who holds a place, never who attacked."""
    return bool(_PLACE_HELD.match(text, stop, min(end, stop + 12)))


_CATCH_ALL = tuple(pattern for term, pattern in _COMPILED if term.catch_all)


def is_catch_all(detail: str) -> bool:
    """Whether an actor's words are a catch-all label ("terrorists", "militants") rather than a side."""
    return any(pattern.match(detail) for pattern in _CATCH_ALL)
