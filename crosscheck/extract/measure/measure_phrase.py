"""The counted noun phrase after a figure, for :mod:`crosscheck.extract.measure.measure`.

:func:`_noun_phrase` reads the words right after the figure: modifiers, then a head from
:mod:`~crosscheck.extract.measure.measure_vocab` (a group, a thing, or a head that carries its event: the
``head`` rule, "24 dead"). It also reads

- partitives: "14 of the dead were rebels", "two of them children", "18 of the 31 lorries";
- coordinates: "women and children", "troops and allied fighters" (one figure, two heads), and elided
  heads: "30 regime and 39 rebel fighters" (30 shares the head of 39);
- sides: "regime and rebel fighters", "members of government forces";
- generic plural heads the vocabulary does not know ("two directions").
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.extract.measure import measure_vocab as V
from crosscheck.extract.measure.measure_tokens import _is_number, _lookup, _side, _Tok


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


_CONJ = frozenset({"and", "or", "&"})
_PARTICIPLE_HEADS = frozenset({"dead", "killed", "wounded", "injured"})


def _head_at(toks: list[_Tok], i: int, first: bool = False) -> tuple[str, str, str | None, int] | None:
    """(group, category, event, length) for a head noun starting at token i (``first``: right after the
    figure, where "killed"/"dead" can stand as a head: "three killed and 20 wounded")."""
    if i >= len(toks):
        return None
    hit = _lookup(toks, i, V.GROUP_PHRASES)
    thing = _lookup(toks, i, V.THING_PHRASES)
    event_head = V.HEADS_WITH_EVENT.get(toks[i].low)
    with_event = (event_head, 1) if event_head is not None else None
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


def _word_at(toks: list[_Tok], i: int) -> str | None:
    return toks[i].low if i < len(toks) else None


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
    if np.group == "members" or (np.group == "fighters" and _word_at(toks, np.end_index) == "of"):
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
