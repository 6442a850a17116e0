"""What a figure counts: "at least 70 militants" -> "militants killed", "60 to 70 flights a day" -> "flights
per day".

:func:`find_measure` reads the counted noun phrase after the figure (or a toll noun before it) and the
event of its clause, and normalises both through the tables in :mod:`crosscheck.extract.measure_vocab`, so
that equal things compare equal. Rule families, tried in order (the first that yields an event wins):

1. ``head``: the head carries its event ("24 dead", "six martyrs", "claiming two lives");
2. ``passive``: a participle right after the noun phrase ("six people were killed", "56 civilians dying");
3. ``verb``: a transitive verb right before the figure ("killing 26 people", "wounded another 40");
4. ``clause``: a passive/intransitive event later in the clause ("... were among those killed");
5. ``part``: a part or coordinate inherits the event of its whole ("killed 21, including two children");
6. ``toll``: a toll noun before the figure ("the death toll rose to 45", "the number of wounded reached 50").

A bare figure whose predicate names the group takes the event of its whole ("Of the 40 wounded, 12 were
children": ``predicate+part``); a headline's figures listed without "and" share the event after the last
("40 Civilians 25 Fighters Killed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract import measure_vocab as V
from crosscheck.extract.quantity_match import QuantityMatch


@dataclass(frozen=True)
class Measure:
    """What a figure counts, normalised ("civilians killed"), and why."""

    name: str
    rule: str
    noun_start: int | None = None
    noun_end: int | None = None
    """Offsets of the counted noun phrase after the figure ("militants" in "70 militants"), if any."""


@dataclass(frozen=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass
class _NounPhrase:
    group: str | None = None
    category: str = "person"
    event: str | None = None
    event_rule: str = ""
    sides: tuple[str, ...] = ()
    elided: bool = False
    """The head is "more"/"others": what is counted is named earlier ("three missiles and four more")."""
    end_index: int = 0
    end: int | None = None
    start: int | None = None
    rule: str = ""


_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z0-9]+)*|\d[\d,.]*(?:-[A-Za-z]+)*|[^\sA-Za-z\d]")
_RATE_RE = re.compile(r"\s*(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)|daily)\b", re.I)
_AREA_RE = re.compile(r"sq|square|km2|km²|hectare|acre|dunam|mi2", re.I)
_LENGTH_RE = re.compile(r"^(?:km|kilomet|mile|mi\b|metre|meter|m\b|feet|ft|yard)", re.I)
_PERCENT_RE = re.compile(r"percent|per cent|%|pct", re.I)
_DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
_NOT_DURATION_HEADS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "for",
        "with",
        "after",
        "before",
        "ago",
        "later",
        "since",
        "earlier",
        "from",
        "into",
        "by",
        "as",
        "old",
        "period",
        "span",
        "time",
        "spell",
        "run",
        "stretch",
        "long",
    ]
)
_YEAR_PREPOSITIONS = V.words("in since of from until till by early late mid before after during around")
_TOLL_WORDS = frozenset(["toll", "number", "deaths", "casualties", "fatalities", "injuries", "victims"])
_POPULATION_RE = re.compile(r"\bpopulation\s+(?:of\s+)?(?:about|around|some|nearly|roughly|over)?\s*$", re.I)
_CONJ = frozenset({"and", "or", "&"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
_HYPHEN_BREAKERS = (
    frozenset(w for p in V.EVENT_PHRASES for w in p if len(p) == 1) | V.NOT_A_HEAD | {"and", "when", "while"}
) - {"year", "years", "month", "months", "day", "days", "week", "weeks", "old"}
_PARTICIPLE_HEADS = frozenset({"dead", "killed", "wounded", "injured"})


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        parts = word.split("-")
        if len(parts) > 1 and any(p.lower() in _HYPHEN_BREAKERS for p in parts):  # "injured-when"
            at = m.start()
            for part in parts:
                if part:
                    toks.append(_Tok(part, part.lower(), at, at + len(part)))
                at += len(part) + 1
            continue
        low = "isis" if word == "IS" else word.lower().replace("’", "'")  # the group, not the verb
        toks.append(_Tok(word, low, m.start(), m.end()))
    return toks


def _is_number(tok: _Tok) -> bool:
    return tok.text[0].isdigit() or tok.low in V.NUMBER_WORDS


def _lookup(toks: list[_Tok], i: int, table: dict) -> tuple[object, int] | None:
    """Longest phrase of ``table`` starting at token ``i``: (value, length)."""
    for n in range(min(V.MAX_PHRASE, len(toks) - i), 0, -1):
        key = tuple(t.low for t in toks[i : i + n])
        if key in table:
            return table[key], n
    return None


def _lookup_back(toks: list[_Tok], j: int, table: dict) -> tuple[object, int] | None:
    """Longest phrase of ``table`` ending at token ``j`` (inclusive)."""
    for n in range(min(V.MAX_PHRASE, j + 1), 0, -1):
        key = tuple(t.low for t in toks[j - n + 1 : j + 1])
        if key in table:
            return table[key], n
    return None


def _side(toks: list[_Tok]) -> tuple[str, ...]:
    sides: list[str] = []
    i = 0
    while i < len(toks):
        hit = _lookup(toks, i, V.SIDE_PHRASES)
        if hit:
            if hit[0] not in sides:
                sides.append(str(hit[0]))
            i += hit[1]
        else:
            i += 1
    return tuple(sides)


def _head_at(toks: list[_Tok], i: int, first: bool = False) -> tuple[str, str, str | None, int] | None:
    """(group, category, event, length) for a head noun starting at token i (``first``: right after the
    figure, where "killed"/"dead" can stand as a head: "three killed and 20 wounded")."""
    if i >= len(toks):
        return None
    hit = _lookup(toks, i, V.GROUP_PHRASES)
    thing = _lookup(toks, i, V.THING_PHRASES)
    with_event = _lookup(toks, i, {(k,): v for k, v in V.HEADS_WITH_EVENT.items()})
    best = max((h for h in (hit, thing, with_event) if h), key=lambda h: h[1], default=None)
    if best is None:
        return None
    if best is with_event:
        group, event = with_event[0]  # type: ignore[misc]
        if _head_at(toks, i + 1) is not None or (
            not first and toks[i].low in _PARTICIPLE_HEADS
        ):  # "40 wounded civilians": a modifier, not the head
            return None
        return str(group), "person", str(event), 1
    if best is thing:
        noun, category = thing[0]  # type: ignore[misc]
        return str(noun), str(category), None, thing[1]
    if hit[0] == "people" and toks[i].low in {"more", "others", "other"} and _head_at(toks, i + 1):  # type: ignore[index]
        return None  # "six more people"
    return str(hit[0]), "person", None, hit[1]  # type: ignore[index]


def _merge_groups(first: str, second: str) -> str:
    if first == second or (second == "fighters" and first in V.SIDED_GROUPS):
        return first
    if first == "fighters" and second in V.SIDED_GROUPS:
        return second
    if second == "people":
        return first
    return f"{first} and {second}"


def _noun_phrase(toks: list[_Tok], vague: bool, singular: bool = False) -> _NounPhrase:
    """Parse the counted noun phrase at the start of ``toks`` (the words right after the figure)."""
    np = _NounPhrase()
    i = 0
    if toks and toks[0].low == "of":
        partitive = _partitive(toks)
        if partitive is not None:
            return partitive
        if vague or (len(toks) > 1 and _head_at(toks, 1)):
            i = 1
    modifiers: list[_Tok] = []
    ellipsis = coordinated = False
    while i < len(toks) and i < 8:
        head = _head_at(toks, i, first=not modifiers)
        tok = toks[i]
        if head:
            group, category, event, n = head
            np.group, np.category = group, category
            np.elided = tok.low in {"more", "others", "other"}
            if event and np.event is None:
                np.event_rule = "head"
            np.event = np.event or event
            np.start = (modifiers[0] if modifiers else tok).start
            i += n
            np.end_index, np.end = i, toks[i - 1].end
            break
        if tok.low in _CONJ and i + 1 < len(toks) and _is_number(toks[i + 1]) and not ellipsis and modifiers:
            ellipsis = True  # "30 regime and 39 rebel fighters": 30 shares the head of 39
            i += 2
            continue
        if tok.low in _CONJ and modifiers:
            coordinated = True
            i += 1
            continue
        state = _lookup(toks, i, V.EVENT_PHRASES)
        if state and _head_at(toks, i + state[1]) and np.event is None:  # "20,000 trapped civilians"
            np.event, np.event_rule = str(state[0]), "modifier"
            modifiers.append(tok)
            i += state[1]
            continue
        if not tok.text[0].isalpha() or tok.low in V.NOT_A_HEAD or state:
            break
        if not ellipsis:
            modifiers.append(tok)
        i += 1
    if np.group is None:
        generic = next((t for t in modifiers if _generic_head(t)), None)
        if generic is not None and not singular:  # "two directions"; not "one report speaks"
            np.group, np.category, np.rule = generic.low, "thing", "generic"
            np.start, np.end = modifiers[0].start, generic.end
            np.end_index = toks.index(generic) + 1
        return np
    np.rule = "noun"
    sides = _side(modifiers)
    if np.group == "members" or (np.group == "fighters" and _lookup(toks, np.end_index, {("of",): 1})):
        inner = _noun_phrase(toks[np.end_index + 1 :], False)
        if inner.group and inner.group != "people":
            np.group = inner.group
            np.end_index += 1 + inner.end_index
            np.end = inner.end
        sides = sides or inner.sides
    if coordinated and np.group in V.SIDED_GROUPS and np.group != "fighters" and np.group not in sides:
        sides = (*sides, np.group)  # "regime and rebel fighters"
    if np.group in V.SIDED_GROUPS | {"members"} and sides:
        np.group = " and ".join(sides) if len(sides) > 1 else sides[0]
    elif np.group == "members":
        np.group = "people"
    np.sides = sides
    _coordinate(toks, np)
    return np


def _coordinate(toks: list[_Tok], np: _NounPhrase) -> None:
    """ "women and children", "troops and allied fighters": one figure, two heads."""
    j = np.end_index
    if j + 1 >= len(toks) or toks[j].low not in _CONJ or _is_number(toks[j + 1]):
        return
    k, modifiers = j + 1, []
    while k < len(toks) and k < j + 5:
        head = _head_at(toks, k)
        if head and head[1] == np.category == "person" and head[2] is None:
            group = head[0]
            sides = _side(modifiers)
            if group in V.SIDED_GROUPS and sides:
                group = sides[0]
            np.group = _merge_groups(str(np.group), group)
            np.end_index, np.end = k + head[3], toks[k + head[3] - 1].end
            return
        if not toks[k].text[0].isalpha() or toks[k].low in V.NOT_A_HEAD or _is_number(toks[k]):
            return
        if _lookup(toks, k, V.EVENT_PHRASES):
            return
        modifiers.append(toks[k])
        k += 1


def _generic_head(tok: _Tok) -> bool:
    low = tok.low
    return (
        tok.text.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and low not in V.NOT_A_HEAD
        and not _lookup([tok], 0, V.EVENT_PHRASES)
    )


def _partitive(toks: list[_Tok]) -> _NounPhrase | None:
    """ "14 of the dead were rebels", "two of them children", "18 of the 31 lorries"."""
    if len(toks) < 2 or toks[1].low not in {"the", "those", "them", "whom"}:
        return None
    np = _NounPhrase(rule="partitive")
    i = 2
    if toks[1].low in {"the", "those"} and i < len(toks):
        if _is_number(toks[i]):
            i += 1
        head = _head_at(toks, i)
        if head is None:
            event_hit = _lookup(toks, i, V.EVENT_PHRASES)
            if not event_hit:
                return None
            np.event, np.event_rule = str(event_hit[0]), "partitive"
            np.group = "people"
            i += event_hit[1]
        else:
            np.group, np.category, np.event = head[0], head[1], head[2]
            np.event_rule = "partitive" if head[2] else ""
            i += head[3]
    else:
        np.group = "people"
    np.start, np.end, np.end_index = toks[0].start, toks[i - 1].end, i
    # "... of the dead were children" / "... of them (were) children"
    k = i
    while k < len(toks) and toks[k].low in {"were", "was", "are", "is", "also", ","}:
        k += 1
    if k < len(toks):
        state = _lookup(toks, k, V.EVENT_PHRASES)
        if state and state[0] == "critically injured":
            np.event, np.event_rule = "critically injured", "partitive"
            return np
        inner = _noun_phrase(toks[k:], False)
        if inner.group and inner.category == "person" and not inner.event:
            np.group = inner.group
            if k == i:  # "two of them children": the predicate noun belongs to the quote
                np.end_index, np.end = k + inner.end_index, inner.end
    return np


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


def _scan_left(toks: list[_Tok], only: frozenset[str] | None = None) -> str | None:
    for j in range(len(toks) - 1, -1, -1):
        if toks[j].low in V.CLAUSE_BREAKS - {","}:
            return None
        hit = _lookup_back(toks, j, V.EVENT_PHRASES)
        if hit and (only is None or any(t.low in only for t in toks[j - hit[1] + 1 : j + 1])):
            return str(hit[0])
    return None


def _introduced_as_part(toks: list[_Tok]) -> bool:
    words = [t.low for t in toks[-3:] if t.low not in {","}]
    tail = " ".join(words)
    return any(tail == p or tail.endswith(" " + p) for p in V.PART_INTRODUCERS)


def _not_a_count(text: str, left: list[_Tok], match: QuantityMatch) -> str | None:
    numeral = text[match.number_start : match.number_end]
    year_like = re.fullmatch(r"(1[89]|20)\d\d", numeral) and match.unit is None
    if year_like and left and (left[-1].low in _YEAR_PREPOSITIONS | V.MONTHS or left[-1].text == ","):
        return "year"
    if left and left[-1].low in V.MONTHS:
        return "date"
    return None


def find_measure(text: str, sentence_start: int, sentence_end: int, match: QuantityMatch) -> Measure | None:
    """What ``match`` counts, read from its sentence ``text[sentence_start:sentence_end]``."""
    left = _tokens(text, sentence_start, match.start)
    right = _tokens(text, match.end, sentence_end)
    if _not_a_count(text, left, match):
        return None
    unit_measure = _unit_measure(text, left, right, match)
    if unit_measure is not None:
        return unit_measure
    if match.unit and not match.unit.isalpha():
        return None
    figure_words = text[match.start : match.end].lower().split()
    vague = match.qualifier == "vague" or bool(figure_words and figure_words[-1] in V.NUMBER_WORDS)
    if right and right[0].text in _CLOSING_QUOTES:
        right = right[1:]  # '"hundreds" more were wounded'
    np = _noun_phrase(_past_range_partner(right), vague, singular=_is_one(text, match))
    if np.group is None:
        _predicate_part(left, right, np)
    event, event_rule = np.event, np.event_rule
    after = np.end_index
    after_state = bool(left) and left[-1].low in V.STATE_VERBS
    if event is None:
        steps = [
            ("passive", lambda: _first(_right_event(right, after, adjacent=True, state=after_state))),
            ("verb", lambda: _left_verb(left)),
            ("part", lambda: _scan_left(left) if _introduced_as_part(left) else None),
            ("clause", lambda: _first(_right_event(right, after, adjacent=False))),
            ("toll", lambda: _scan_left(left, only=_TOLL_WORDS)),
        ]
        if np.group is None:  # a bare figure after a toll noun: "the death toll has risen to 13"
            steps.insert(3, steps.pop())
        steps.insert(1, ("passive", lambda: _headline_event(right, after)))
        for rule, found in steps:
            event = found()
            if event:
                event_rule = rule
                break
    name = _compose(np, event, match)
    if name is None and np.group is None and _POPULATION_RE.search(text, sentence_start, match.start):
        return Measure("population", "measure:population")
    if name is None:
        return None
    rules = [r for r in (np.rule, event_rule) if r]
    return Measure(name, "measure:" + "+".join(rules or ["none"]), np.start, _quote_end(text, np, match))


def _predicate_part(left: list[_Tok], right: list[_Tok], np: _NounPhrase) -> None:
    """ "Of the 40 wounded, 12 were children": the group is the predicate, the event the whole's."""
    if not left or left[0].low != "of" or len(right) < 2 or right[0].low not in {"were", "are"}:
        return
    predicate = _noun_phrase(right[1:], False)
    event = _scan_left(left)
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


def _is_one(text: str, match: QuantityMatch) -> bool:
    return match.value == 1 or text[match.number_start : match.number_end].lower() in {"one", "a", "an", "1"}


def _past_range_partner(toks: list[_Tok]) -> list[_Tok]:
    """ "from 500 to well over 1000 people": the noun follows the range's other end."""
    if toks and toks[0].low == "to":
        for k in range(1, min(4, len(toks))):
            if _is_number(toks[k]):
                return toks[k + 1 :]
    return toks


def _first(hit: tuple[str, int] | None) -> str | None:
    return hit[0] if hit else None


def _quote_end(text: str, np: _NounPhrase, match: QuantityMatch) -> int | None:
    if np.end is None:
        return None
    if match.rate:
        rate = _RATE_RE.match(text, np.end)
        if rate:
            return rate.end()
    return np.end


def _compose(np: _NounPhrase, event: str | None, match: QuantityMatch) -> str | None:
    group = np.group
    if group is None:
        if event in V.PERSON_EVENTS:
            group = "people"
        else:
            return None
    if np.elided and event is None:
        return None
    if np.category == "person":
        name = f"{group} {event}" if event in V.PERSON_EVENTS | {"captured"} else group
    elif np.category == "strike":
        name = group
    elif np.category == "sortie":
        name = f"{group} flown"
    elif np.category == "weapon":
        name = f"{group} {event if event in V.THING_EVENTS else 'fired'}"
    else:
        name = f"{group} {event}" if event in V.THING_EVENTS | V.PERSON_EVENTS else group
    if match.rate:
        name += f" per {match.rate}"
    return name


def _unit_measure(text: str, left: list[_Tok], right: list[_Tok], match: QuantityMatch) -> Measure | None:
    unit = match.unit or ""
    if not unit:
        return None
    if _PERCENT_RE.search(unit):
        return _percent(left, right)
    if _AREA_RE.search(unit):
        event = _left_verb(left) or _first(_right_event(right, 0, adjacent=False)) or _scan_left(left)
        if event in V.AREA_EVENTS:
            return Measure(f"territory {V.AREA_EVENTS[event]}", "measure:area+verb")
        return Measure("area", "measure:area")
    if _LENGTH_RE.search(unit):
        return Measure("distance", "measure:length")
    if unit in _DURATION_UNITS:
        return _duration(right)
    return None


def _duration(right: list[_Tok]) -> Measure | None:
    """What lasted: "a three-year siege" / "a nearly three-year-old Isis siege" / "three years of war"
    -> "siege duration" / "war duration". Names before the head ("Isis siege") are skipped."""
    tokens = [t for t in right[:6] if t.text not in ("-", "–")]
    if tokens and tokens[0].low == "old":
        tokens = tokens[1:]
    if tokens and tokens[0].low == "of":
        tokens = [t for t in tokens[1:] if t.low not in ("the", "a", "an")]
    for tok in tokens[:3]:
        if not tok.text.isalpha() or tok.low in _NOT_DURATION_HEADS:
            return None
        if tok.text[0].isupper():
            continue
        return Measure(f"{tok.low} duration", "measure:duration", tok.start, tok.end)
    return None


def _percent(left: list[_Tok], right: list[_Tok]) -> Measure | None:
    """ "60 per cent of the city" (liberated/seized/controlled) -> "percent of city controlled"."""
    if len(right) < 2 or right[0].low != "of":
        return None
    i = 1
    while i < len(right) and right[i].low in {"the", "its", "their", "this", "that"}:
        i += 1
    if i >= len(right):
        return None
    whole = right[i].low
    if whole in {"it", "them"}:
        whole = next((t.low for t in reversed(left) if t.low in V.PLACE_NOUNS), "area")
    elif whole not in V.PLACE_NOUNS:
        return None
    event = _left_verb(left) or _first(_right_event(right, i + 1, adjacent=False)) or _scan_left(left)
    noun_end = right[i].end
    if event in V.PERCENT_EVENTS:
        return Measure(
            f"percent of {whole} {V.PERCENT_EVENTS[event]}", "measure:percent+verb", None, noun_end
        )
    return Measure(f"percent of {whole}", "measure:percent", None, noun_end)


def measure_key(name: str) -> str:
    """Comparison key of a measure name: "IS militants killed" and "jihadists killed" share one.

    Runs the same vocabulary over the name ("regime fighters killed" -> "soldiers killed"); parenthetical
    remarks are dropped. A name the vocabulary cannot read is lowercased and whitespace-collapsed.
    """
    plain = re.sub(r"\([^)]*\)", " ", name)
    rate = re.search(r"\s+per\s+\w+$", plain)
    if rate:
        return measure_key(plain[: rate.start()]) + " per " + rate.group().split()[-1]
    toks = _tokens(plain, 0, len(plain))
    event_at = next((i for i in range(len(toks)) if _lookup(toks, i, V.EVENT_PHRASES) and i > 0), None)
    np_toks = toks[:event_at] if event_at is not None else toks
    if event_at is not None:
        hit = _lookup(toks, event_at, V.EVENT_PHRASES)
        event = str(hit[0]) if hit else None
    else:
        event = None
    np = _noun_phrase(np_toks, False)
    if np.group is None:
        return " ".join(plain.lower().split())
    dummy = QuantityMatch(0, 0, None, None, None, "exact", None, "", 0, 0)
    return _compose(np, event or np.event, dummy) or " ".join(plain.lower().split())


def measure_event(name: str | None) -> str | None:
    """The event part of a measure name: "civilians killed" -> "killed"; "air strikes" -> None."""
    if not name:
        return None
    base = re.sub(r"\s+per\s+\w+$", "", name)
    for event in sorted(V.PERSON_EVENTS | V.THING_EVENTS | {"flown"}, key=len, reverse=True):
        if base.endswith(" " + event):
            return event
    return None
