"""The event of a figure's clause, for :mod:`crosscheck.extract.measure.measure`: scanning right of the noun
phrase (the ``passive`` and ``clause`` rules) and left of the figure (``verb``, ``part``, ``toll``).

Right of the noun phrase, :func:`_right_event` takes a participle or intransitive event, skipping
auxiliaries, adverbs and dashed or bracketed asides, but not an active verb with its own object ("killed
20") nor an event that belongs to another figure ("... and 106 injured"). Left of the figure,
:func:`_left_verb` takes a transitive verb right before it and :func:`_scan_left` any event in the clause.

A bare figure whose predicate names the group takes the event of its whole ("Of the 40 wounded, 12 were
children": ``predicate+part``, :func:`_predicate_part`); a headline's figures listed without "and" share
the event after the last ("40 Civilians 25 Fighters Killed", :func:`_headline_event`).
"""

from __future__ import annotations

from bisect import bisect_left

from crosscheck.extract.measure import measure_vocab as V
from crosscheck.extract.measure.measure_phrase import _generic_head, _head_at, _noun_phrase, _NounPhrase
from crosscheck.extract.measure.measure_tokens import (
    EVENT_ENDINGS,
    Around,
    _first,
    _is_number,
    _lookup,
    _lookup_back,
    _sentence_tokens,
    _Tok,
)
from crosscheck.extract.window import per_sentence


def _active(toks: list[_Tok], i: int) -> bool:
    """Whether the verb ending before token ``i`` takes an object there ("killed 20", "killed the ...").
    Not in headline lists, where a figure with its own participle follows ("3 killed, 12 injured")."""
    if i >= len(toks) or not (_is_number(toks[i]) or toks[i].low in V.OBJECT_STARTS):
        return False
    follow = toks[i + 1 : i + 3]
    return not (
        _is_number(toks[i])
        and any(_lookup(toks, k, V.EVENT_PHRASES) for k in range(i + 1, i + 1 + len(follow)))
    )


def _right_event(toks: list[_Tok], start: int, adjacent: bool, state: bool = False) -> tuple[str, int] | None:
    """A passive or intransitive event after the noun phrase: (event, token index). ``state``: the figure
    is the object of "leaving"/"left", so a participle after it is its state ("leaving 8 people hurt")."""
    i, aux, seen = start, state, 0
    limit = 6 if adjacent else 18
    while i < len(toks) and seen < limit:
        tok = toks[i]
        seen += 1
        if tok.low in V.CLAUSE_BREAKS and not (tok.low == "," and not adjacent):
            return None
        if not adjacent and tok.low in _OPENERS:
            i = _skip_aside(toks, i)
            continue
        if tok.low in V.AUXILIARIES:
            aux = True
            i += 1
            continue
        if not adjacent and _is_number(tok) and not _number_may_intervene(toks, i):
            return None
        hit = _lookup(toks, i, V.EVENT_PHRASES)
        if hit:
            event, n = str(hit[0]), hit[1]
            if tok.low.endswith("ing") and tok.low not in ("dying", "missing"):
                return None
            if not adjacent and not aux and _attributive(toks, i + n):
                i += n  # "left the besieged towns": the participle describes the towns
                continue
            if not aux and tok.low not in V.INTRANSITIVE and n == 1 and _active(toks, i + n):
                return None
            return event, i
        if (
            adjacent
            and tok.low != ","
            and tok.low not in {"among", "the", "those"}
            and tok.low not in _ADVERBS
        ):
            return None
        i += 1
    return None


def _attributive(toks: list[_Tok], j: int) -> bool:
    return j < len(toks) and (_generic_head(toks[j]) or _head_at(toks, j) is not None)


_ADVERBS = frozenset(
    [
        "still",
        "also",
        "later",
        "all",
        "reportedly",
        "subsequently",
        "already",
        "now",
        "initially",
        "eventually",
        "then",
        "since",
        "either",
        "officially",
        "confirmed",
        "thought",
        "believed",
        "feared",
    ]
)
_OPENERS = {"-": "-", "–": "–", "—": "—", "(": ")", "[": "]"}


def _skip_aside(toks: list[_Tok], i: int) -> int:
    """Index after a dashed or bracketed aside opening at ``i`` (or after the opener if unclosed)."""
    close = _OPENERS[toks[i].low]
    for k in range(i + 1, min(len(toks), i + 30)):
        if toks[k].low == close:
            return k + 1
    return i + 1


def _number_may_intervene(toks: list[_Tok], i: int) -> bool:
    """ "were among the 126 people killed", "76 children and 41 women were killed": yes;
    "... and 106 injured", "leaving 23 civilians dead": no, that event belongs to the other figure."""
    before = toks[i - 1].low if i > 0 else ""
    after = " ".join(t.low for t in toks[i + 1 : i + 3])
    if after in {"of them", "of whom"}:
        return True
    if before not in {
        "and",
        ",",
        "among",
        "the",
        "least",
        "than",
        "including",
        "of",
        "about",
        "nearly",
        "them",
    }:
        return False
    return not (i + 1 < len(toks) and _lookup(toks, i + 1, V.EVENT_PHRASES))


def _left_verb(toks: list[_Tok]) -> str | None:
    """A transitive event verb right before the figure: "killing 26", "wounded another 40", "toll 44"."""
    j = len(toks) - 1
    hit = _lookup_back(toks, j, V.EVENT_PHRASES) if j >= 0 else None
    if hit:  # "took control over 3", before "over" is read as a filler
        return str(hit[0])
    while j >= 0 and toks[j].low in V.OBJECT_FILLERS:
        j -= 1
    if j >= 1 and toks[j].low == "further" and toks[j - 1].low == "a":
        j -= 2
    if (
        j >= 2
        and toks[j].low in {"to", "and"}
        and _is_number(toks[j - 1])
        and toks[j - 2].low in {"from", "between"}
    ):
        j -= 3  # "killed from 500 to 1000"
    if j < 0:
        return None
    hit = _lookup_back(toks, j, V.EVENT_PHRASES)
    if hit:
        return str(hit[0])
    if toks[j].low == "of" and j >= 1:  # "the death of eight", "the injury of 89"
        hit = _lookup_back(toks, j - 1, V.EVENT_PHRASES)
        if hit and toks[j - 1].low in {"death", "deaths", "injury", "injuries", "lives", "killing"}:
            return str(hit[0])
    return None


_SCAN_BREAKS = V.CLAUSE_BREAKS - {","}
SCAN_REACH = 100
"""How many tokens back from a figure its event is looked for, at most (a clause is shorter)."""


def _scan_left(toks: list[_Tok], only: frozenset[str] | None = None) -> str | None:
    """The event phrase nearest before the end of ``toks`` in its clause, at most ``SCAN_REACH`` tokens
    back; with ``only``, the nearest that holds one of those words."""
    return _scan_back(toks, len(toks) - 1, max(-1, len(toks) - 1 - SCAN_REACH), only)[0]


def _scan_back(toks: list[_Tok], high: int, low: int, only: frozenset[str] | None) -> tuple[str | None, bool]:
    """:func:`_scan_left` from token ``high`` down to token ``low`` (exclusive): the event found, and whether
    the scan ended (an event or a clause break found) before ``low``."""
    for j in range(high, low, -1):
        if toks[j].low in _SCAN_BREAKS:
            return None, True
        if toks[j].low not in EVENT_ENDINGS:
            continue
        hit = _lookup_back(toks, j, V.EVENT_PHRASES)
        if hit and (only is None or any(t.low in only for t in toks[j - hit[1] + 1 : j + 1])):
            return str(hit[0]), True
    return None, False


def _clause_event(tokens: Around, only: frozenset[str] | None = None) -> str | None:
    """:func:`_scan_left` of ``tokens.left``: the tokens of the word the figure cuts are read as they are,
    the sentence's own tokens before them from their events and clause breaks, read once per sentence."""
    left = tokens.left
    floor = max(-1, len(left) - 1 - SCAN_REACH)
    event, ended = _scan_back(left, len(left) - 1, max(floor, tokens.shared - 1), only)
    if ended or tokens.shared - 1 <= floor:
        return event
    events, nearest, breaks = _sentence_events(tokens.text, tokens.start, tokens.end, only)
    j = nearest[tokens.shared - 1]
    k = bisect_left(breaks, tokens.shared) - 1
    return events[j] if j > max(floor, breaks[k] if k >= 0 else -1) else None


@per_sentence
def _sentence_events(
    text: str, start: int, end: int, only: frozenset[str] | None
) -> tuple[tuple[str | None, ...], tuple[int, ...], tuple[int, ...]]:
    """For each of the sentence's tokens, the event phrase :func:`_scan_left` takes ending there (None
    when none) and the index of the nearest token at or before it where one ends (-1: none); and the
    indices of its clause breaks."""
    toks = _sentence_tokens(text, start, end)[0]
    events: list[str | None] = []
    nearest: list[int] = []
    breaks: list[int] = []
    last = -1
    for j, tok in enumerate(toks):
        event = None
        if tok.low in _SCAN_BREAKS:
            breaks.append(j)
        elif tok.low in EVENT_ENDINGS:
            hit = _lookup_back(toks, j, V.EVENT_PHRASES)
            if hit and (only is None or any(t.low in only for t in toks[j - hit[1] + 1 : j + 1])):
                event, last = str(hit[0]), j
        events.append(event)
        nearest.append(last)
    return tuple(events), tuple(nearest), tuple(breaks)


_PART_INTRODUCERS = frozenset(V.PART_INTRODUCERS)


def _introduced_as_part(toks: list[_Tok]) -> bool:
    """The last words before the figure (up to three, commas left out) end with a part introducer
    ("including", "of them"): a token holds no space, so each such ending is the last words joined."""
    words = [t.low for t in toks[-3:] if t.low != ","]
    return any(" ".join(words[k:]) in _PART_INTRODUCERS for k in range(len(words)))


def _predicate_part(tokens: Around, right: list[_Tok], np: _NounPhrase) -> None:
    """ "Of the 40 wounded, 12 were children": the group is the predicate, the event the whole's."""
    left = tokens.left
    if not left or left[0].low != "of" or len(right) < 2 or right[0].low not in {"were", "are"}:
        return
    predicate = _noun_phrase(right[1:], False)
    event = _clause_event(tokens)
    if predicate.group and predicate.category == "person" and event:
        np.group, np.event, np.event_rule, np.rule = predicate.group, event, "part", "predicate"


def _headline_event(right: list[_Tok], after: int) -> str | None:
    """ "40 Civilians 25 Fighters Killed": headlines list figures without "and"; the event is shared."""
    if after == 0 or after >= len(right) or not _is_number(right[after]):
        return None
    other = _noun_phrase(right[after + 1 :], False)
    if other.group is None or other.category != "person" or other.event is not None:
        return None
    return _first(_right_event(right, after + 1 + other.end_index, adjacent=True))
