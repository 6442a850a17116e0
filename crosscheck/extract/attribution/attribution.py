"""Who a figure is attributed to: "according to X", "X said", "said X", "X told Reuters", "He added".

Each rule is a speech-verb pattern plus the side of it where the claimant noun phrase stands; the
noun phrase is read with :mod:`~crosscheck.extract.attribution.noun_phrases`. A wire agency credited next to
another claimant ("..., the Associated Press reported") is the relay, not the claimant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
from crosscheck.extract.window import per_sentence


@dataclass(frozen=True)
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


PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we"})
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

_VERBS = (
    r"said|says|say|saying|told|tells|reported|reports|announced|announces|estimated|estimates|"
    r"claimed(?!\s+(?:responsibility|credit|an?\b|the\b))|claims(?=\s+that)|"
    r"added|adds|stated|confirmed|confirms|noted|documented|recorded|counted|warned|revealed|mentioned|"
    r"listed|(?:was|were) quoted as saying|"
    r"(?:put|puts|placed|places) the (?:death |casualty )?toll(?: [\w-]+){0,6}? at|"
    r"gave (?:a|the) (?:death |casualty )?toll"
)
_ADVERBS = r"(?:(?:also|later|earlier|previously|has|have|had|then|separately|further|again)\s+)*"
_VERB_AFTER_NP = re.compile(rf"\b{_ADVERBS}(?P<verb>{_VERBS})\b")
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


@per_sentence
def find_hedge(text: str, start: int, end: int) -> str | None:
    """The first hedge word in ``text[start:end]``, normalised ("reportedly", "said to"...)."""
    sentence = text[start:end]
    hits = [(m.start(), name) for name, pat in HEDGES if (m := pat.search(sentence))]
    return min(hits)[1] if hits else None


@dataclass(frozen=True)
class _Candidate:
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
            _COUNTED_BEFORE.search(text, s0, span[0])
            and toks[0][0].islower()
            and toks[0][0] not in DETERMINERS
        ):
            toks = toks[1:]  # "killed 100 militants media reported": the militants are counted, not speaking
        if _PREPOSITION_BEFORE.search(text, s0, span[0]):
            # "in eastern Syria UNICEF said": the place the words ran on from is dropped; a bare place is
            # where the speaker is ("the Observatory based in Britain said"), so read on before it.
            while toks and is_known_place(toks[0][0]):
                toks = toks[1:]
            phrase = " ".join(t for t, _, _ in toks)
            if not toks or not (
                any(accept(t) == "head" for t, _, _ in toks) or canonical_claimant(phrase) in KNOWN_CLAIMANTS
            ):
                prep = _PREPOSITION_BEFORE.search(text, s0, span[0])
                assert prep is not None
                end = prep.start()
                continue
        return (toks[0][1], toks[-1][2]) if toks else None
    return None


@per_sentence
def _candidates(text: str, s0: int, s1: int) -> tuple[_Candidate, ...]:
    sentence = text[s0:s1]
    out: list[_Candidate] = []
    for m in _VERB_AFTER_NP.finditer(sentence):
        np_end = _np_end_before_verb(text, s0, s0 + m.start())
        span = _subject_before(text, np_end, s0) if np_end is not None else None
        verb = m.group("verb").lower().split()[0]
        vs, ve = s0 + m.start("verb"), s0 + m.end("verb")
        if span:
            out.append(_Candidate(span[0], span[1], vs, ve, f"attribution:X_{verb}"))
        if verb in ("told", "tells"):
            after = read_np_after(text, s0 + m.end(), s1)
            if after and is_wire_agency(text[after[0] : after[1]]):
                out.append(_Candidate(after[0], after[1], vs, ve, "relay:told_X"))
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
            _Candidate(span[0], span[1], s0 + m.start("post"), s0 + m.end("post"), "attribution:said_X")
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
            out.append(_Candidate(span[0], span[1], s0 + m.start(), s0 + m.end(), rule))
    return tuple(out)


def _in_sentence(text: str, s0: int, s1: int, position: int | None) -> Attribution | None:
    cands = [c for c in _candidates(text, s0, s1) if text[c.start : c.end].lower() not in PRONOUNS]
    if not cands:
        return None
    hedge = find_hedge(text, s0, s1)
    relays = [c for c in cands if is_wire_agency(text[c.start : c.end]) or c.rule.startswith("relay")]
    claimants = [c for c in cands if c not in relays] or [c for c in relays if not c.rule.startswith("relay")]
    if not claimants:
        return None
    pos = position if position is not None else s0
    best = min(claimants, key=lambda c: (min(abs(pos - c.start), abs(pos - c.end)), c.start))
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


_CONTINUATION = re.compile(
    r"(?:^\W*|[,”\"]\s*|\s)(?:(?P<pro>he|she|it|they)|(?P<ana>the (?:group|monitor|ministry|agency|"
    rf"organi[sz]ation|official|source|spokesman|report|statement)))\s+{_ADVERBS}(?:{_VERBS})\b",
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
