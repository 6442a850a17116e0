"""Where a sentence names a speaker: speech-verb patterns ("X said", "said X", "according to X", "X told
Reuters") and the claimant noun phrase on the side of the verb where it stands, read with
:mod:`~crosscheck.extract.attribution.noun_phrases`. :func:`candidates` lists them for a sentence, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.attribution.claimants import KNOWN_CLAIMANTS, canonical_claimant, is_wire_agency
from crosscheck.extract.attribution.noun_phrases import (
    DETERMINERS,
    NOT_NAMES,
    accept,
    read_np_after,
    read_np_before,
    tokens,
)
from crosscheck.extract.window import per_sentence, search_before

PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we"})

VERBS = (
    r"said|says|say|saying|told|tells|reported|reports|announced|announces|estimated|estimates|"
    r"claimed(?!\s+(?:responsibility|credit|an?\b|the\b))|claims(?=\s+that)|"
    r"added|adds|stated|confirmed|confirms|noted|documented|recorded|counted|warned|revealed|mentioned|"
    r"listed|(?:was|were) quoted as saying|"
    r"(?:put|puts|placed|places) the (?:death |casualty )?toll(?: [\w-]+){0,6}? at|"
    r"gave (?:a|the) (?:death |casualty )?toll"
)
ADVERBS = r"(?:(?:also|later|earlier|previously|has|have|had|then|separately|further|again)\s+)*"
_VERB_AFTER_NP = re.compile(rf"\b{ADVERBS}(?P<verb>{VERBS})\b")
_VERB_BEFORE_NP = re.compile(
    r"(?:(?<=[,”\"])\s*(?P<post>said|says|added|reported)|\b(?P<pre>[Aa]ccording to|citing|quoting))\s+"
)
_APPOSITIVE_END = re.compile(r",\s*(?:which|who|that)\b[^,]{1,80},\s*$")
_RELATIVE_CLAUSE = re.compile(r"\s(?:which|who)\s[^,.;:“”\"]{1,90}$")
_POSTPOSED = re.compile(r"(?<![,”\"])\s(?P<post>said|says|added)\s+(?=the\s|an?\s|[A-Z])")
# What may follow "said the Observatory" (commas are often lost: "... said the Observatory adding that").
_POSTPOSED_TAIL = re.compile(
    r"^(?:[.,;:]|(?:of|who|which|that|the|in|on|adding|saying|citing|noting|quoting|while|as|after|but|and|"
    r"according)\b)"
)
# The noun phrase before a speech verb is the object of a preposition, not the speaker: "the Observatory
# based in Britain said", "a teacher living in Midan said", "correspondent in east Aleppo reported".
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:based|living|located|headquartered|stationed|evacuee|resident)\s+)?"
    r"\b(?:in|inside|from|at|near|across|on)\s+(?:(?:the|east|west|north|south|eastern|western|northern"
    r"|southern|central|rural|rebel-held|government-held|opposition-held)\s+)*$",
    re.I,
)
# A figure before the noun phrase makes it what is counted: "killed 1102 people said the Observatory".
_COUNTED_BEFORE = re.compile(r"\b\d[\d,.]*\s*$")
_STATEMENT_OF = re.compile(
    r"^(?:an?|the)\s+(?:\w+\s+){0,2}?(?:statement|toll|count|tally|report|figures|data|estimate|"
    r"report(?:s)?|sources?)\s+"
    r"(?:by|from|of|(?:issued|released|compiled|published)(?:\s+\w+){0,2}?\s+by|close to)\s+",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    verb_start: int
    verb_end: int
    rule: str


def _np_end_before_verb(text: str, s0: int, verb_start: int) -> int | None:
    """Where the subject of a speech verb ends: skip ", which monitors the war," and ", head of X," clauses.

    None when a lone comma separates the verb from what precedes it ("..., says coalition").
    """
    before = text[s0:verb_start]
    app = _APPOSITIVE_END.search(before)
    if app:
        return s0 + app.start()
    stripped = before.rstrip()
    rel = _RELATIVE_CLAUSE.search(stripped)
    if rel:
        inner = read_np_before(text, s0 + len(stripped), s0 + rel.start())
        outer = read_np_before(text, s0 + rel.start(), s0)
        if outer and not (inner and canonical_claimant(text[inner[0] : inner[1]]) in KNOWN_CLAIMANTS):
            return s0 + rel.start()
    if not stripped.endswith(","):
        return s0 + len(stripped)
    inner_comma = stripped.rfind(",", 0, len(stripped) - 1)
    if inner_comma <= 0:
        return None
    seg = read_np_before(text, s0 + len(stripped) - 1, s0 + inner_comma + 1)
    prior = read_np_before(text, s0 + inner_comma, s0)
    if not seg or text[s0 + inner_comma + 1 : seg[0]].strip():
        return None
    seg_is_name = all(accept(t) in ("name", "link") for t, _, _ in tokens(text[seg[0] : seg[1]], 0))
    if prior and not seg_is_name:
        return s0 + inner_comma
    return seg[1]


def _subject_before(text: str, end: int, s0: int) -> tuple[int, int] | None:
    """The speaker ending at ``end``, reading past places the speaker is in or from (up to three)."""
    from crosscheck.extract.places.place_keys import is_known_place

    for _ in range(3):
        span = read_np_before(text, end, s0)
        if span is None:
            return None
        toks = tokens(text[span[0] : span[1]], span[0])
        if (
            search_before(_COUNTED_BEFORE, text, span[0], s0)
            and toks[0][0].islower()
            and toks[0][0] not in DETERMINERS
        ):
            toks = toks[1:]  # "killed 100 militants media reported": the militants are counted, not speaking
        prep = search_before(_PREPOSITION_BEFORE, text, span[0], s0)
        if prep:
            # "in eastern Syria UNICEF said": the place the words ran on from is dropped; a bare place is
            # where the speaker is ("the Observatory based in Britain said"), so read on before it.
            while toks and is_known_place(toks[0][0]):
                toks = toks[1:]
            phrase = " ".join(t for t, _, _ in toks)
            if not toks or not (
                any(accept(t) == "head" for t, _, _ in toks) or canonical_claimant(phrase) in KNOWN_CLAIMANTS
            ):
                end = prep.start()
                continue
        return (toks[0][1], toks[-1][2]) if toks else None
    return None


@per_sentence
def candidates(text: str, s0: int, s1: int) -> tuple[Candidate, ...]:
    sentence = text[s0:s1]
    out: list[Candidate] = []
    for m in _VERB_AFTER_NP.finditer(sentence):
        np_end = _np_end_before_verb(text, s0, s0 + m.start())
        span = _subject_before(text, np_end, s0) if np_end is not None else None
        verb = m.group("verb").lower().split()[0]
        vs, ve = s0 + m.start("verb"), s0 + m.end("verb")
        if span:
            out.append(Candidate(span[0], span[1], vs, ve, f"attribution:X_{verb}"))
        if verb in ("told", "tells"):
            after = read_np_after(text, s0 + m.end(), s1)
            if after and is_wire_agency(text[after[0] : after[1]]):
                out.append(Candidate(after[0], after[1], vs, ve, "relay:told_X"))
    for m in _POSTPOSED.finditer(sentence):
        subject = read_np_before(text, s0 + m.start(), s0)
        if subject and text[subject[0] : subject[1]].lower() in PRONOUNS:
            continue
        span = read_np_after(text, s0 + m.end(), s1)
        if not span or text[span[0] : span[1]].split()[0].lower() in NOT_NAMES:
            continue
        tail = text[span[1] : s1].strip()
        if tail and not _POSTPOSED_TAIL.match(tail):
            continue
        out = [
            c
            for c in out
            if not (c.verb_start == s0 + m.start("post") and c.rule.startswith("attribution:X_"))
        ]
        out.append(
            Candidate(span[0], span[1], s0 + m.start("post"), s0 + m.end("post"), "attribution:said_X")
        )
    for m in _VERB_BEFORE_NP.finditer(sentence):
        verb = (m.group("post") or m.group("pre")).lower()
        rest_start = s0 + m.end()
        stmt = _STATEMENT_OF.match(text, rest_start, s1)
        if stmt:
            rest_start = stmt.end()
        nxt = text[rest_start:s1].split(" ", 1)[0].lower().strip(",.")
        if m.group("post") and (nxt in NOT_NAMES or nxt in ("that", "a")):
            continue
        span = read_np_after(text, rest_start, s1)
        if span:
            rule = "attribution:" + verb.replace(" ", "_") + "_X"
            out.append(Candidate(span[0], span[1], s0 + m.start(), s0 + m.end(), rule))
    return tuple(out)
