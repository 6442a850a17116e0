"""Where a figure happened: the places a sentence names and the place of a figure (:func:`locate`).

Names are compared by the transliteration-insensitive key of :mod:`crosscheck.extract.places.place_keys`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.extract.attribution.claimants import words
from crosscheck.extract.places.nearest import Place, PlaceIndex
from crosscheck.extract.places.place_keys import canonical_place, is_known_place
from crosscheck.extract.places.place_vocab import (
    ADMIN,
    CAPITALS,
    COUNTRIES,
    DIRECTIONS,
    EVENT_WORDS,
    GAZETTEER,
    MONTHS_DAYS,
    NON_PLACES,
    ORGANISATION_WORDS,
)
from crosscheck.extract.window import per_sentence, search_before

if TYPE_CHECKING:
    from crosscheck.model import LocationBasis

MAX_NAME_WORDS = 8
"""A place name is read from at most this many capitalised words ("Deir ez-Zor countryside" is three): a
longer run is read from its first words, so that a line of capitalised words costs its length."""
_NAME_WORD = (
    r"(?:(?:al|el|ad|ed|at|ath|az|ez|as|es|ash|esh|an|ar)-[\w'’]+|(?:al|el)\s+[A-Z][\w'’\-]*|[A-Z][\w'’\-]*)"
)
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{MAX_NAME_WORDS - 1}}}"
_PREP = r"\b(?i:in|near|at|of|outside|around|across|into|from|to|towards|toward|inside)\s+"
_QUALIFIED = re.compile(
    _PREP + r"(?i:(?:the\s+)?(?:(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|rural"
    r"|besieged|rebel-held|government-held|opposition-held)\s+)?"
    r"(?:(?:countryside|outskirts|suburbs|province|city|town|village|district|edge|part|neighbourhood"
    r"|neighborhood|governorate|region)\s+of\s+)?)"
    rf"(?P<name>{_NAME})(?P<level>\s+(?:province|governorate|city|countryside|district|region))?",
)
_OF_PLACE = re.compile(
    r"(?:countryside|outskirts|suburbs|province|city|town|village|district|edge|part|"
    r"neighbou?rhood|governorate|region|(?:north|south|east|west)(?:east|west)?)\s+of\s+$",
    re.I,
)
# Where something was said, negotiated or is seated is not where the figure happened: "told reporters in
# Moscow", "peace talks in Geneva", "the defence ministry in Moscow", "according to Rami Abdulrahman".
_STATEMENT_PLACE = re.compile(
    r"\b(?:said|says|saying|told(?:\s+[\w.]+){1,3}?|announced|speaking|spoke|talks|negotiations|summit|"
    r"conference|meeting|briefing|ministry|based|banned|outlawed|allies|backers|according|thanks)"
    r"(?:\s+on\s+[A-Z]\w+)?[\s,\-–—]*$",
    re.I,
)
_SURFACE_CANON = {surface.lower(): canon for canon, aliases in GAZETTEER for surface in (canon, *aliases)}
# The first letter as written, the rest in any case: "Deir ezzor", "Al-bab".
_GAZETTEER_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(s[0]) + "(?i:" + re.escape(s[1:]) + ")"
        for s in sorted(
            {s for canon, aliases in GAZETTEER for s in (canon, *aliases)}, key=lambda s: (-len(s), s)
        )
    )
    + r")\b"
)
# "of Idlibs health authority", "in Aleppo police command": the place names where an organisation sits.
_SEAT_AFTER = re.compile(
    r"(?:['’]?s)?(?:\s+(?!(?:the|a|an|and|or|on|in|at)\b)[a-z][\w-]*){0,2}?\s+(?i:"
    + "|".join(sorted(w for w in ORGANISATION_WORDS if w.isalpha()))
    + r")\b"
)
_CAPITAL = re.compile(r"\bthe\s+(Syrian|Iraqi|Lebanese|Turkish)\s+capital\b")
_PARTICIPLE = re.compile(
    r"-(?:led|backed|held|based|run|controlled|dominated|majority|linked|allied|made|born|supported|"
    r"trained|formed|bound|affiliated|owned|occupied|sponsored)$",
    re.I,
)


_ADJECTIVE_PREFIX = re.compile(r"\b(?i:pro|anti|non|ex)-$")
_NAME_OF_SOMETHING_ELSE = re.compile(
    r"-(?i:based|backed|led|held|run|controlled|linked|allied|sponsored)\b|\s+Times\b|\s+(?:Post|News)\b"
)
""""Turkey-based", "Jordan Times": a place that names an organisation or a stance, not where it happened."""
_STATE_OF = re.compile(r"\bIslamic State of\s+$")
""""pro-Damascus media", "anti-Damascus rebels": a stance, not a place."""


def _bare(word: str) -> str:
    return word.lower().strip(".,;:'’\"()")


_HEADLINE_WORDS = EVENT_WORDS | words(
    """
    kill kills killed killing die dies died civilian people children child toll rise martyred soldier
    fighter rebel militant terrorist wound injure injured wounded dead least more than over
    """
)
_TRAILING = EVENT_WORDS | words(MONTHS_DAYS) | {"the", "a", "an", "in", "at", "on", "according"}
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ed|at|az|ez|as|es|ash|an|ar)-")


def _non_place(word: str) -> bool:
    w = _bare(word)
    w = _ARTICLE_PREFIX.sub("", w)
    return w in NON_PLACES or (w.endswith("s") and w[:-1] in NON_PLACES) or bool(_PARTICIPLE.search(w))


def _title_case(text: str, s0: int, s1: int) -> bool:
    """A headline in Title Case, where a capital letter does not mark a name: most long words are
    capitalised, common words among them ("Civilians Killed in Rocket Attacks")."""
    long_words = re.findall(r"\b[A-Za-z][a-z]{3,}\b", text[s0:s1])
    capitalised = [w for w in long_words[1:] if w[0].isupper()]
    common = sum(w.lower().removesuffix("s") in _HEADLINE_WORDS for w in capitalised)
    return common >= 1 and len(capitalised) >= 4 and len(capitalised) >= 0.7 * (len(long_words) - 1)


def _stripped_possessive(word: str) -> bool:
    """ "Syrias", "Aleppos": a known place plus an s whose apostrophe the text lost."""
    w = word.strip(".,;:'’\"()")
    return len(w) > 3 and w.endswith("s") and not _listed(w) and _listed(w[:-1])


def _listed(name: str) -> bool:
    """Written as the gazetteer writes it (any case after the first letter); unlike :func:`is_known_place`,
    no key, so a word whose key happens to match ("Russian", "Media") is not taken for a place."""
    return bool(_GAZETTEER_RE.fullmatch(name)) and not name.isupper()


def _acronym(word: str) -> bool:
    w = word.strip(".,;:'’\"()")
    return len(w) > 1 and w.isupper() and not is_known_place(w)


@lru_cache(maxsize=8192)
def _place_name(name: str) -> tuple[int, str, bool] | None:
    """The place in a capitalised run: (offset in ``name``, place, seat of an organisation), or None.

    "Syria's Idlib" / "Syrias Idlib" -> "Idlib" (a possessive names the larger area, which stands in when
    the rest is no place: "Aleppos Old City" -> "Aleppo"); a lone "Syrias" -> "Syria"; "US-led", "IFRC" in
    front and "Police Command", "Bombing", "Meanwhile" behind are dropped.
    """
    toks = [(m.start(), m.group()) for m in re.finditer(r"\S+", name)]
    possessor: tuple[int, str] | None = None
    for i in range(len(toks) - 1, -1, -1):
        start, word = toks[i]
        if re.search(r"['’]s$", word) and i < len(toks) - 1:
            possessor, toks = (start, word[:-2]), toks[i + 1 :]
            break
        if _stripped_possessive(word):
            if i < len(toks) - 1:
                possessor, toks = (start, word[:-1]), toks[i + 1 :]
            else:
                toks = toks[:i] or [(start, word.rstrip(".,;:")[:-1])]
            break
    found = _trimmed(name, toks)
    if found is None and possessor and is_known_place(possessor[1]):
        return possessor[0], possessor[1], False
    return found


def _trimmed(name: str, toks: list[tuple[int, str]]) -> tuple[int, str, bool] | None:
    while toks and (_PARTICIPLE.search(_bare(toks[0][1])) or _acronym(toks[0][1])):
        toks = toks[1:]
    seat = False
    while toks:
        w = _bare(toks[-1][1])
        if _ARTICLE_PREFIX.match(w):
            break
        if w in ORGANISATION_WORDS or _acronym(toks[-1][1]):
            seat = True
        elif not (w in _TRAILING or w.removesuffix("s") in _TRAILING):
            break
        toks = toks[:-1]
    if not toks:
        return None
    place = _clean(name[toks[0][0] : toks[-1][0] + len(toks[-1][1])])
    if _listed(place):
        return toks[0][0], place, seat
    # "Aleppo Syria", "Homs Two", "Deir Ezzor Aleppo": a known place, then words that are not part of it.
    known = _GAZETTEER_RE.match(place)
    rest = place[known.end() :].split() if known else []
    if known and not known.group().isupper() and rest and not all(w.lower() in ADMIN for w in rest):
        return toks[0][0], known.group(), seat
    words = place.split()
    for k in range(len(words) - 1, 1, -1):  # "Deir ez-Zor Syria": a known place of several words, then more
        if is_known_place(" ".join(words[:k])) and not any(_non_place(w) for w in words[:k]):
            return toks[0][0], " ".join(words[:k]), seat
    if place[-1:] == "s" and _listed(place[:-1]):  # "Deir Ezzors"
        return toks[0][0], place[:-1], seat
    if all(w.lower() in ADMIN | DIRECTIONS for w in words):
        return None
    if any(_non_place(w) for w in words) or place.isupper() or all(_bare(w) in DIRECTIONS for w in words):
        return None
    return toks[0][0], place, seat


def _clean(name: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", name).strip(" ,.;:")


@per_sentence
def _places_in(text: str, s0: int, s1: int) -> tuple[Place, ...]:
    """Every place named in ``text[s0:s1]``."""
    found: dict[int, Place] = {}
    covered: list[tuple[int, int]] = []
    headline = _title_case(text, s0, s1)
    for m in _QUALIFIED.finditer(text, s0, s1):
        raw = m.group("name")
        prep = text[m.start() : m.start("name")].lower()
        if search_before(_STATEMENT_PLACE, text, m.start(), s0) or _STATE_OF.search(
            text, max(s0, m.start("name") - 20), m.start("name")
        ):
            covered.append((m.start("name"), m.end()))
            continue
        parsed = _place_name(raw)
        if parsed is None:
            continue
        offset, name, seat = parsed
        if headline and not is_known_place(name):
            continue
        if prep.startswith("of ") and not (_OF_PLACE.search(text, s0, m.start() + 3) or is_known_place(name)):
            continue
        start = m.start("name") + offset
        end = start + len(name)
        level = m.group("level") if end == m.start("name") + len(_clean(raw)) else None
        display = canonical_place(name + (level or ""))
        longer = _GAZETTEER_RE.match(text, start, s1)
        if longer and longer.end() > end and not longer.group().isupper():
            end, display = longer.end(), _SURFACE_CANON[longer.group().lower()]
        seat = seat or bool(_SEAT_AFTER.match(text, end, s1))
        found[start] = (start, end, display, seat, False)
        covered.append((m.start("name"), m.end()))
    for m in _GAZETTEER_RE.finditer(text, s0, s1):
        if _ADJECTIVE_PREFIX.search(text, max(s0, m.start() - 6), m.start()):
            continue
        if _NAME_OF_SOMETHING_ELSE.match(text, m.end(), s1) or _STATE_OF.search(
            text, max(s0, m.start() - 20), m.start()
        ):
            continue
        if not _inside(covered, m.start()) and not m.group().isupper():
            found.setdefault(m.start(), (m.start(), m.end(), _SURFACE_CANON[m.group().lower()], False, True))
    for m in _CAPITAL.finditer(text, s0, s1):
        found.setdefault(m.start(), (m.start(), m.end(), CAPITALS[m.group(1).lower()], False, False))
    places = sorted(found.values())
    specific = [p for p in places if p[2] not in COUNTRIES]
    return tuple(specific or places)


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` is within one of ``spans`` (sorted, not overlapping)."""
    at = bisect_right(spans, position, key=lambda span: span[0]) - 1
    return at >= 0 and position < spans[at][1]


_CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:as|while|whereas)\s+(?!well\b|many\b|much\b|part\b|a\s+result\b|of\b|if\b|such\b|long\b|"
    r"soon\b|far\b|to\b|in\b|for\b|at\b|the\s+(?:result|toll|death)\b)|\s+(?i:meanwhile)\b"
)


def _clause(text: str, s0: int, s1: int, position: int) -> tuple[int, int]:
    """The clause of ``text[s0:s1]`` that holds ``position``: a sentence such as "a car bomb killed 43 people
    on Saturday as US-backed fighters advanced on Raqqa" tells of two events in two clauses."""
    starts, ends = _clause_breaks(text, s0, s1)
    before = bisect_right(ends, position)
    after = bisect_left(starts, position)
    return (ends[before - 1] if before else s0), (starts[after] if after < len(starts) else s1)


@per_sentence
def _clause_breaks(text: str, s0: int, s1: int) -> tuple[list[int], list[int]]:
    """Where the clause breaks of ``text[s0:s1]`` start and end, in order."""
    found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, s0, s1)]
    return [a for a, _ in found], [b for _, b in found]


@per_sentence
def _place_index(text: str, s0: int, s1: int) -> PlaceIndex:
    return PlaceIndex(_places_in(text, s0, s1))


@per_sentence
def _latest_place(text: str, s0: int, s1: int) -> str | None:
    """The display name of the last place of events ``text[s0:s1]`` names (else of the last seat)."""
    places = _places_in(text, s0, s1)
    return max(places, key=lambda p: (not p[3], p[0]))[2] if places else None


def _same_paragraph(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in text[a[1] : b[0]]


def locate(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_index: int,
    position: int,
    default: str | None,
) -> tuple[str | None, LocationBasis | None]:
    """The place a figure refers to and where it was read: the nearest place in its sentence
    ("sentence"), else the latest place in the (up to three) previous sentences of its paragraph
    ("context"), else ``default`` (the article's place). A place named bare (no preposition) in another
    clause of the sentence counts only as context: "killed 43 on Saturday as fighters pushed on the
    Raqqa stronghold". The seat of an organisation ("a source at Aleppo Police Command") counts only when
    the sentence names no other place."""
    s0, s1 = sentences[sentence_index]
    if _places_in(text, s0, s1):
        c0, c1 = _clause(text, s0, s1, position)
        nearest, own = _place_index(text, s0, s1).nearest(position, c0, c1)
        return nearest[2], ("sentence" if own else "context")
    for back in range(sentence_index - 1, max(-1, sentence_index - 4), -1):
        if not _same_paragraph(text, sentences[back], sentences[back + 1]):
            break
        latest = _latest_place(text, *sentences[back])
        if latest is not None:
            return latest, "context"
    return default, ("article" if default else None)


def find_location(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_index: int,
    position: int,
    default: str | None,
) -> str | None:
    """The place a figure refers to (see :func:`locate`)."""
    return locate(text, sentences, sentence_index, position, default)[0]


def clause_places(text: str, s0: int, s1: int, position: int) -> list[tuple[int, int, str]]:
    """The places named in the clause of ``text[s0:s1]`` that holds ``position``: (start, end, display),
    leaving out the seats of organisations."""
    c0, c1 = _clause(text, s0, s1, position)
    return [(p[0], p[1], p[2]) for p in _places_in(text, c0, c1) if not p[3]]
