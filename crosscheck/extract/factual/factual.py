"""Non-numeric event claims: "troops broke the siege of the airport", "the army has ruled that out".

A declarative table of event verb families; each family gives the verb forms (finite only: past,
present third person, perfect), the normalised action and its inherent polarity. A claim needs an
actor (the subject, or the "by" agent of a passive) and, for transitive families, a target. Modal or
intended events ("would launch", "seeks to break", "plans to") are not claims and are skipped, as are
hedged clauses ("reportedly"), to keep precision.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from crosscheck.extract.attribution.claimants import words
from crosscheck.extract.attribution.noun_phrases import read_np_before
from crosscheck.extract.cues import CueGate
from crosscheck.extract.places.places import locate
from crosscheck.extract.time.timex import find_time
from crosscheck.model import Claim, Source


@dataclass(frozen=True, slots=True)
class EventVerb:
    family: str
    action: str
    forms: str
    """Regex over the finite verb group; (?P<obj>...) may mark the target inside it ("ruled that out")."""
    base: str
    """The bare infinitive, only read after a negation ("did not capture", "failed to break")."""
    polarity: Literal["positive", "negative"] = "positive"
    needs_target: bool = True


_D = r"(?:an?|the|its|their|his|her|a\s+\w+|[\w'’-]+(?:'s|’s))"
_SIEGE = rf"\s+(?:{_D}\s+)?(?:[\w-]+\s+){{0,3}}?siege"
_OPERATION = (
    r"\s+(?:(?:an?|the|its|their|a\s+new|a\s+fresh)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:offensive|operation|attack|assault|campaign|counter-?attack|raids?|strikes?|missiles?)"
)
_DEAL = (
    r"\s+(?:on\s+|to\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:deal|agreement|ceasefire|cease-fire|truce|accord)"
)
EVENT_VERBS: tuple[EventVerb, ...] = (
    EventVerb(
        "break_siege",
        "break siege",
        rf"(?:broke|broken|breaks|lifted|lifts){_SIEGE}",
        rf"(?:break|lift){_SIEGE}",
        needs_target=False,
    ),
    EventVerb(
        "take_control",
        "take control",
        r"(?:took|taken|takes|seized|seizes|regained|regains|gained)\s+(?:full\s+)?control",
        r"(?:take|seize|regain|gain)\s+(?:full\s+)?control",
    ),
    EventVerb(
        "recapture",
        "retake",
        r"(?:retook|retaken|retakes|recaptured|recaptures|regained|regains)",
        r"(?:retake|recapture|regain)",
    ),
    EventVerb(
        "capture",
        "capture",
        r"(?:captured|captures|seized|seizes|overran|overrun|overruns)",
        r"(?:capture|seize|overrun)",
    ),
    EventVerb(
        "encircle",
        "encircle",
        r"(?:encircled|encircles|surrounded|surrounds|besieged|besieges)",
        r"(?:encircle|surround|besiege)",
    ),
    EventVerb(
        "launch", "launch", rf"(?:launched|launches){_OPERATION}", rf"launch{_OPERATION}", needs_target=False
    ),
    EventVerb(
        "agreement",
        "reach agreement",
        rf"(?:reached|reaches|agreed|agrees|signed|signs){_DEAL}",
        rf"(?:reach|agree|sign){_DEAL}",
        needs_target=False,
    ),
    EventVerb("reach", "reach", r"(?:reached|reaches)", r"reach"),
    EventVerb(
        "rule_out",
        "rule out",
        r"(?:ruled|rules)\s+(?:(?P<obj>that|this|it|them)\s+)?out",
        r"rule\s+out",
        "negative",
    ),
    EventVerb("deny", "deny", r"(?:denied|denies)", r"deny", "negative"),
    EventVerb("reject", "reject", r"(?:rejected|rejects)", r"reject", "negative"),
    EventVerb("refuse", "refuse", r"(?:refused|refuses)\s+to\s+\w+", r"refuse\s+to\s+\w+", "negative"),
    EventVerb(
        "withdraw",
        "withdraw",
        r"(?:withdrew|withdrawn|withdraws|pulled\s+out)\s+(?:from|of)",
        r"(?:withdraw|pull\s+out)\s+(?:from|of)",
    ),
    EventVerb("evacuate", "evacuate", r"(?:evacuated|evacuates)", r"evacuate"),
    EventVerb("destroy", "destroy", r"(?:destroyed|destroys)", r"destroy"),
    EventVerb(
        "shoot_down",
        "shoot down",
        r"(?:shot|shoots)\s+(?:(?P<obj>\w+(?:\s+\w+){0,3}?)\s+)?down",
        r"shoot\s+down",
    ),
    EventVerb(
        "strike",
        "strike",
        r"(?:struck|bombed|shelled|targeted|pounded)",
        r"(?:strike|bomb|shell|target|pound)",
    ),
)

_AUX = r"(?:(?:has|have|had)\s+(?:now\s+|also\s+|reportedly\s+)?|(?:also|now|finally|reportedly)\s+)?"
_NEG = re.compile(
    r"\b(?:did\s+not|didn't|has\s+not|have\s+not|had\s+not|hasn't|haven't|never|failed\s+to|"
    r"was\s+unable\s+to|were\s+unable\s+to|could\s+not|couldn't)\s+(?:\w+\s+)?$",
    re.I,
)
_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|should|must|can|to|plans?\s+to|aims?\s+to|seeks?\s+to|"
    r"set\s+to|expected\s+to|trying\s+to|tries\s+to|threatens?\s+to|vowed\s+to|if)\s+(?:\w+\s+)?$",
    re.I,
)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_HEDGED = re.compile(r"\b(?:reportedly|allegedly|purportedly|unconfirmed)\b", re.I)
_TARGET_TOKEN = re.compile(r"[\w'’-]+|[^\s\w]")
_TARGET_STOP = words(
    """
    in on at near from after before since during as and with which who that while where when for by
    killing leaving including amid despite but to into across around within than until ahead used along
    loaded packed laden
    """
)
_ING_NOUNS = words("building buildings gathering gatherings crossing crossings meeting housing wing wings")
_LEAD_PREP = re.compile(r"\s*(?:against|of|from|on|over|around)\s+", re.I)
_QUANTITY_START = re.compile(
    r"\s*(?:more|less|fewer|at\s+least|about|around|nearly|almost|some|over|up\s+to|\d)", re.I
)
_TIME_ADVERB = re.compile(
    r"\s*(?:(?:this|last|next)\s+(?:week|month|year|night)|"
    r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?|"
    r"yesterday|today|overnight|earlier|later|recently|again|also|finally|now)\b",
    re.I,
)
_ANTECEDENT = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:agreement|deal|ceasefire|truce|proposal|offer|plan|request|report|"
    r"claims?|evacuation|talks|accusations?)\b",
    re.I,
)
_VERB_RE = tuple(
    (ev, pattern)
    for ev in EVENT_VERBS
    for pattern in (
        re.compile(rf"\b{_AUX}(?P<verb>{ev.forms})\b"),
        re.compile(rf"\b(?P<verb>(?P<base>{ev.base}))\b"),
    )
)
_VERB_GATE = CueGate([pattern for _, pattern in _VERB_RE])
_PASSIVE_SUBJECT = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$",
    re.I,
)


def _target(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The object noun phrase after a verb: up to a clause boundary, at most eight words."""
    while m := _TIME_ADVERB.match(text, start, end):
        start = m.end()
    if m := _LEAD_PREP.match(text, start, end):
        start = m.end()
    if (m := _TIME_ADVERB.match(text, start, end)) and not text[m.end() : end].strip(" .,;"):
        return None
    first: int | None = None
    last = start
    for n, tok in enumerate(_TARGET_TOKEN.finditer(text, start, end)):
        word = tok.group()
        low = word.lower()
        if n >= 8 or not (word[0].isalnum()) or (first is not None and low in _TARGET_STOP):
            break
        if n >= 2 and low.endswith("ing") and low not in _ING_NOUNS:
            break  # "a truck transferring fighters": the object ends before the participle
        if first is None and word.lower() in _TARGET_STOP:
            return None
        if first is None:
            first = tok.start()
        last = tok.end()
    return (first, last) if first is not None else None


_TRAILING_TIME = re.compile(
    r"(?:\s+(?:(?:this|last)\s+(?:week|month|year)|(?:on\s+)?\w+day|yesterday|today|overnight|earlier|"
    r"later|recently|apparently))+,?\s*$",
    re.I,
)
_PARENTHETICAL = re.compile(r",[^,]{1,60},\s*$")


def _subject(text: str, s0: int, end: int) -> tuple[int, int] | None:
    """The actor before a verb, past a time adverb ("last week") and a parenthetical (", backed by X,")."""
    head = text[s0:end].rstrip()
    if m := _TRAILING_TIME.search(head):
        head = head[: m.start()]
    head = head.rstrip()
    if (m := _PARENTHETICAL.search(head)) and read_np_before(text, s0 + m.start(), s0):
        head = head[: m.start()]
    return read_np_before(text, s0 + len(head.rstrip(" ,")), s0)


def _resolve_pronoun(text: str, s0: int, before: int) -> str | None:
    hits = list(_ANTECEDENT.finditer(text, s0, before))
    return hits[-1].group() if hits else None


def _claims_in(
    source: Source, s0: int, s1: int, sentence_index: int, sentences: Sequence[tuple[int, int]]
) -> list[Claim]:
    text = source.text
    out: list[Claim] = []
    taken: list[tuple[int, int]] = []
    for (ev, pattern), possible in zip(_VERB_RE, _VERB_GATE.possible(text, s0, s1), strict=True):
        if not possible:
            continue
        for m in pattern.finditer(text, s0, s1):
            vs, ve = m.start("verb"), m.end("verb")
            if any(a <= vs < b for a, b in taken):
                continue
            lead = text[max(s0, m.start() - 40) : m.start()]
            neg = _NEG.search(lead)
            if m.groupdict().get("base") and not neg:
                continue
            if (_MODAL.search(lead) and not neg) or _HEDGED.search(text[max(s0, m.start() - 25) : ve]):
                continue
            polarity = ev.polarity
            if neg:
                polarity = "negative" if ev.polarity == "positive" else "positive"
            passive = _PASSIVE.search(lead)
            subject_end = neg.start() if neg else m.start()
            subject_end = passive.start() if passive else subject_end
            subject = _subject(text, s0, subject_end)
            if passive and (p := _PASSIVE_SUBJECT.search(text, s0, subject_end)):
                subject = (
                    p.start(),
                    subject_end - (len(text[s0:subject_end]) - len(text[s0:subject_end].rstrip())),
                )
            if passive:
                by = re.match(r"\s+by\s+", text[ve:s1])
                agent = _target(text, ve + by.end(), s1) if by else None
                actor, target = agent, subject
            else:
                actor = subject
                obj = m.groupdict().get("obj")
                target = (m.start("obj"), m.end("obj")) if obj else _target(text, ve, s1)
            if actor is None or (ev.needs_target and target is None):
                continue
            if (target and not passive and _QUANTITY_START.match(text, target[0])) or re.search(
                r"\d", m.group()
            ):
                continue  # "captured more than 270 square kilometres" is a numeric claim
            target_text = text[target[0] : target[1]] if target else None
            if target_text and target_text.lower() in ("that", "this", "it", "them"):
                target_text = _resolve_pronoun(text, s0, actor[0]) or target_text
            start = min(actor[0], vs)
            end = max(ve, target[1] if target else ve, actor[1])
            taken.append((vs, ve))
            place, basis = locate(text, sentences, sentence_index, vs, source.location)
            out.append(
                Claim(
                    source=source,
                    kind="factual",
                    start=start,
                    end=end,
                    sentence_start=s0,
                    sentence_end=s1,
                    rule=f"factual:{ev.family}"
                    + ("+negated" if neg else "")
                    + ("+passive" if passive else ""),
                    actor=re.sub(r"^(?:the|a|an)\s+", "", text[actor[0] : actor[1]], flags=re.I),
                    action=ev.action,
                    target=target_text,
                    polarity=polarity,
                    location=place,
                    location_basis=basis,
                    time=find_time(text, sentences, sentence_index, vs, source.published),
                )
            )
    return sorted(out, key=lambda c: c.start)


def find_factual_claims(source: Source, sentences: Sequence[tuple[int, int]]) -> list[Claim]:
    """Event claims (kind="factual") in every sentence of ``source``; numeric fields stay None."""
    claims: list[Claim] = []
    for i, (s0, s1) in enumerate(sentences):
        claims.extend(_claims_in(source, s0, s1, i, sentences))
    return claims
