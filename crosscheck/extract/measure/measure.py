"""What a figure counts: "at least 70 militants" -> "militants killed", "60 to 70 flights a day" -> "flights
per day".

:func:`find_measure` reads the counted noun phrase after the figure (or a toll noun before it) and the
event of its clause, and normalises both through the tables in
:mod:`crosscheck.extract.measure.measure_vocab`, so that equal things compare equal. Rule families, tried in
order (the first that yields an event wins):

1. ``head``: the head carries its event ("24 dead", "six martyrs", "claiming two lives");
2. ``passive``: a participle right after the noun phrase ("six people were killed", "56 civilians dying");
3. ``verb``: a transitive verb right before the figure ("killing 26 people", "wounded another 40");
4. ``clause``: a passive/intransitive event later in the clause ("... were among those killed");
5. ``part``: a part or coordinate inherits the event of its whole ("killed 21, including two children");
6. ``toll``: a toll noun before the figure ("the death toll rose to 45", "the number of wounded reached 50").

A bare figure whose predicate names the group takes the event of its whole ("Of the 40 wounded, 12 were
children": ``predicate+part``); a headline's figures listed without "and" share the event after the last
("40 Civilians 25 Fighters Killed").

This module holds the entry points and the naming of a measure; the rules live in sibling modules:
:mod:`~crosscheck.extract.measure.measure_phrase` (the noun phrase: heads, partitives, coordinates),
:mod:`~crosscheck.extract.measure.measure_events` (rules 2 to 6: events right and left of the figure),
:mod:`~crosscheck.extract.measure.measure_units` (area, percent, length and duration measures), on the tokens
and look-ups of :mod:`~crosscheck.extract.measure.measure_tokens`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosscheck.extract.measure import measure_vocab as V
from crosscheck.extract.measure.measure_events import (
    _clause_event,
    _headline_event,
    _introduced_as_part,
    _left_verb,
    _predicate_part,
    _right_event,
)
from crosscheck.extract.measure.measure_phrase import _noun_phrase, _NounPhrase
from crosscheck.extract.measure.measure_tokens import (
    Around,
    Measure,
    _first,
    _is_number,
    _lookup,
    _Tok,
    _tokens,
    around,
)
from crosscheck.extract.measure.measure_units import _unit_measure
from crosscheck.extract.numbers.quantity_match import QuantityMatch
from crosscheck.extract.window import search_before

_RATE_RE = re.compile(r"\s*(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)|daily)\b", re.I)
_YEAR_PREPOSITIONS = V.words("in since of from until till by early late mid before after during around")
_BEFORE_A_YEAR = _YEAR_PREPOSITIONS | V.MONTHS
_YEAR_RE = re.compile(r"(1[89]|20)\d\d")
_TOLL_WORDS = frozenset(["toll", "number", "deaths", "casualties", "fatalities", "injuries", "victims"])
_POPULATION_RE = re.compile(r"\bpopulation\s+(?:of\s+)?(?:about|around|some|nearly|roughly|over)?\s*$", re.I)
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _not_a_count(text: str, left: list[_Tok], match: QuantityMatch) -> str | None:
    numeral = text[match.number_start : match.number_end]
    year_like = _YEAR_RE.fullmatch(numeral) and match.unit is None
    if year_like and left and (left[-1].low in _BEFORE_A_YEAR or left[-1].text == ","):
        return "year"
    if left and left[-1].low in V.MONTHS:
        return "date"
    return None


def find_measure(text: str, sentence_start: int, sentence_end: int, match: QuantityMatch) -> Measure | None:
    """What ``match`` counts, read from its sentence ``text[sentence_start:sentence_end]``."""
    tokens = around(text, sentence_start, sentence_end, match.start, match.end)
    left, right = tokens.left, tokens.right
    if _not_a_count(text, left, match):
        return None
    unit_measure = _unit_measure(text, left, right, match)
    if unit_measure is not None:
        return unit_measure if unit_measure.name else None
    if match.unit and not match.unit.isalpha():
        return None
    figure_words = text[match.start : match.end].lower().split()
    vague = match.qualifier == "vague" or bool(figure_words and figure_words[-1] in V.NUMBER_WORDS)
    if right and right[0].text in _CLOSING_QUOTES:
        right = right[1:]  # '"hundreds" more were wounded'
    np = _noun_phrase(_past_range_partner(right), vague, singular=_is_one(text, match))
    if np.group is None:
        _predicate_part(tokens, right, np)
    event, event_rule = np.event, np.event_rule
    after = np.end_index
    after_state = bool(left) and left[-1].low in V.STATE_VERBS
    if event is None and (tokens.event_left or tokens.event_right):  # else none of these finds one
        steps = [
            ("passive", lambda: _first(_right_event(right, after, adjacent=True, state=after_state))),
            ("verb", lambda: _left_verb(left)),
            ("part", lambda: _clause_event(tokens) if _introduced_as_part(left) else None),
            ("clause", lambda: _first(_right_event(right, after, adjacent=False))),
            ("toll", lambda: _clause_event(tokens, only=_TOLL_WORDS)),
        ]
        if np.group is None or _toll_predicate(tokens):  # "the death toll has risen to 13 (people)"
            steps.insert(3, steps.pop())
        steps.insert(1, ("passive", lambda: _headline_event(right, after)))
        for rule, found in steps:
            event = found()
            if event:
                event_rule = rule
                break
    name = _compose(np, event, match)
    if (
        name is None
        and np.group is None
        and search_before(_POPULATION_RE, text, match.start, sentence_start, sentence_end)
    ):
        return Measure("population", "measure:population")
    if name is None:
        return None
    rules = [r for r in (np.rule, event_rule) if r]
    return Measure(name, "measure:" + "+".join(rules or ["none"]), np.start, _quote_end(text, np, match))


_TOLL_PREDICATE = frozenset(["to", "at", "reached", "hit", "was", "is", "stood", "stands"])


def _toll_predicate(tokens: Around) -> bool:
    """The figure completes a toll noun's predicate ("the death toll ... rose to 12 people in addition to
    200 others injured"): the toll, not an event later in the clause, says what it counts."""
    left = tokens.left
    return bool(left) and left[-1].low in _TOLL_PREDICATE and _clause_event(tokens, _TOLL_WORDS) is not None


def _is_one(text: str, match: QuantityMatch) -> bool:
    return match.value == 1 or text[match.number_start : match.number_end].lower() in {"one", "a", "an", "1"}


def _past_range_partner(toks: list[_Tok]) -> list[_Tok]:
    """ "from 500 to well over 1000 people": the noun follows the range's other end."""
    if toks and toks[0].low == "to":
        for k in range(1, min(4, len(toks))):
            if _is_number(toks[k]):
                return toks[k + 1 :]
    return toks


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


@lru_cache(maxsize=65536)
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


@lru_cache(maxsize=65536)
def measure_event(name: str | None) -> str | None:
    """The event part of a measure name: "civilians killed" -> "killed"; "air strikes" -> None."""
    if not name:
        return None
    base = re.sub(r"\s+per\s+\w+$", "", name)
    for event in sorted(V.PERSON_EVENTS | V.THING_EVENTS | {"flown"}, key=len, reverse=True):
        if base.endswith(" " + event):
            return event
    return None


@lru_cache(maxsize=65536)
def group_and_event(name: str | None) -> tuple[str, str | None]:
    """Who or what a measure counts, and its event, on the comparison key: "IS militants killed" ->
    ("militants", "killed"); "air strikes" -> ("air strikes", None); no measure -> ("", None)."""
    if not name:
        return "", None
    key = measure_key(name)
    event = measure_event(key)
    return (key[: -len(event)].strip() if event else key), event
