"""Where a figure happened: place names, a transliteration-insensitive key, and the place of a figure.

:func:`place_key` folds the usual ways Arabic names are written in Latin letters onto one key: articles
(al-, el-, ez-, ash-..., also fused as in "Ezzor") are dropped, diacritics, hyphens and apostrophes go,
vowels (and y/w after a vowel) collapse to one "a", q/k and doubled letters merge, and trailing -ah/-eh
is a vowel. So "Deir Ezzor", "Deir ez-Zor", "Deir el-Zour", "Deir al-Zor" and "Dayr az Zawr" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from crosscheck.extract.claimants import words

ARTICLES = words(
    """
    al el il ul ad ed at et ath adh az ez as es ash esh an en ar er ad-d ed-d
    """
)
ADMIN = words(
    """
    province governorate city town village countryside district region suburbs suburb outskirts area
    neighbourhood neighborhood camp
    """
)
DIRECTIONS = words(
    """
    eastern western northern southern northeastern northwestern southeastern southwestern central
    east west north south rural besieged
    """
)
GAZETTEER: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Damascus", ("Dimashq", "Sham")),
    ("Rif Dimashq", ("Damascus countryside", "Rural Damascus", "Reef Dimashq")),
    ("Aleppo", ("Halab",)),
    ("Idlib", ()),
    ("Hama", ()),
    ("Homs", ("Hims",)),
    ("Latakia", ("Lattakia", "Ladhiqiyah")),
    ("Tartus", ("Tartous", "Tartous")),
    ("Raqqa", ()),
    ("Deir Ezzor", ()),
    ("Hasakah", ("Hassakeh",)),
    ("Daraa", ("Deraa", "Dera'a", "Dara")),
    ("Quneitra", ()),
    ("Suwayda", ("Sweida", "Suwaida", "Sweida")),
    ("Palmyra", ("Tadmur", "Tadmor")),
    ("Manbij", ()),
    ("Kobani", ("Ain al-Arab", "Kobane")),
    ("Qamishli", ()),
    ("Al-Bab", ()),
    ("Azaz", ()),
    ("Jarablus", ()),
    ("Afrin", ()),
    ("Douma", ()),
    ("Eastern Ghouta", ("Ghouta",)),
    ("Khan Sheikhoun", ()),
    ("Jisr al-Shughur", ()),
    ("Maarat al-Numan", ()),
    ("Mayadin", ()),
    ("Albu Kamal", ("Abu Kamal", "Boukamal", "Bukamal")),
    ("Tabqa", ()),
    ("Darayya", ()),
    ("Madaya", ()),
    ("Zabadani", ()),
    ("Syria", ()),
    ("Iraq", ()),
    ("Lebanon", ()),
    ("Turkey", ()),
    ("Jordan", ()),
    ("Baghdad", ()),
    ("Mosul", ()),
    ("Anbar", ()),
    ("Ramadi", ()),
    ("Fallujah", ()),
    ("Tikrit", ()),
    ("Kirkuk", ()),
    ("Erbil", ("Arbil",)),
    ("Basra", ()),
    ("Nineveh", ("Ninawa",)),
    ("Beirut", ()),
    ("Arsal", ()),
    ("Baalbek", ()),
    ("Ras Baalbek", ()),
    ("Bekaa", ("Beqaa",)),
    ("Tripoli", ()),
    ("Sidon", ("Saida",)),
    ("Gaziantep", ()),
)
COUNTRIES = frozenset({"Syria", "Iraq", "Lebanon", "Turkey", "Jordan"})
CAPITALS = {"syrian": "Damascus", "iraqi": "Baghdad", "lebanese": "Beirut", "turkish": "Ankara"}
NON_PLACES = words(
    """
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday observatory reuters afp ap ministry army
    forces council committee coalition party front state islamic isis isil is daesh sdf ypg
    hezbollah un united nations human rights news agency press television tv government president
    the a an syrian russian turkish iraqi kurdish lebanese iranian american british french arab
    western u.s. us u.k. uk nato mr mrs ms dr christmas ramadan eid english arabic
    """
)

_DASHES = str.maketrans(
    {"‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "`": "'"}
)
_FUSED_ARTICLE = re.compile(r"^[ae]([dtzsrn])\1")


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.translate(_DASHES))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _word_key(word: str) -> str:
    w = re.sub(r"[ae]h$", "a", word)
    w = re.sub(r"^([bcdfgjklmnpqrstvz])([bcdfgjklmnpqrstvz])[aeiou]", r"\1a\2", w)  # Kfar = Kafr
    w = w.replace("q", "k").replace("dh", "z").replace("ph", "f")
    w = re.sub(r"(?<=[aeiou])[yw]", "a", w)
    w = re.sub(r"[aeiou]+", "a", w)
    return re.sub(r"(.)\1+", r"\1", w)


_OF_PREFIX = re.compile(
    r"^.*\b(?:countryside|outskirts|suburbs|province|city|town|village|district|edge|part|neighbou?rhood|"
    r"governorate|region)\s+of\s+",
    re.I,
)


def _tokens(name: str) -> list[str]:
    name = _OF_PREFIX.sub("", name)
    words = [w for w in re.split(r"[\s\-']+", re.sub(r"[^\w\s\-']", "", _fold(name))) if w]
    while words and words[-1] in ADMIN:
        words.pop()
    while len(words) > 1 and words[0] in DIRECTIONS:
        words.pop(0)
    out: list[str] = []
    for i, w in enumerate(words):
        if w in ARTICLES and i < len(words) - 1:
            continue
        if i > 0 and _FUSED_ARTICLE.match(w) and len(w) > 4:
            w = w[2:]
        out.append(w)
    return out


def place_key(name: str) -> str:
    """A transliteration-insensitive key: "Deir el-Zour" and "Dayr az Zawr" give the same key."""
    key = "".join(_word_key(w) for w in _tokens(name))
    return _ALIAS_KEYS.get(key, key)


def _raw_key(name: str) -> str:
    return "".join(_word_key(w) for w in _tokens(name))


_DISPLAY: dict[str, str] = {}
_ALIAS_KEYS: dict[str, str] = {}
for _canon, _aliases in GAZETTEER:
    _k = _raw_key(_canon)
    _DISPLAY[_k] = _canon
    for _alias in _aliases:
        _ALIAS_KEYS[_raw_key(_alias)] = _k


def canonical_place(name: str) -> str:
    """Display name, the gazetteer's spelling if known: "Deir el-Zour province" -> "Deir Ezzor (province)"."""
    tokens = _fold(name).split()
    level = next((w for w in reversed(tokens) if w in ("province", "governorate", "city")), None)
    display = _DISPLAY.get(place_key(name))
    name = _OF_PREFIX.sub("", name)
    if display is None:
        kept = [w for w in re.split(r"\s+", name.strip()) if w.lower() not in ADMIN]
        while len(kept) > 1 and kept[0].lower() in DIRECTIONS | {"the"}:
            kept.pop(0)
        display = " ".join(kept).strip(" ,.;:'’") or name.strip()
    if level in ("province", "governorate"):
        return f"{display} (province)"
    return f"{display} (city)" if level == "city" else display


def is_known_place(name: str) -> bool:
    return place_key(name) in _DISPLAY


_NAME_WORD = (
    r"(?:(?:al|el|ad|ed|at|ath|az|ez|as|es|ash|esh|an|ar)-[\w'’]+|(?:al|el)\s+[A-Z][\w'’\-]*|[A-Z][\w'’\-]*)"
)
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
_PREP = r"\b(?i:in|near|at|of|outside|around|across|into|from|to|towards|toward|inside)\s+"
_QUALIFIED = re.compile(
    _PREP
    + r"(?:the\s+)?(?:(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|rural|besieged"
    r"|rebel-held|government-held|opposition-held)\s+)?"
    r"(?:(?:countryside|outskirts|suburbs|province|city|town|village|district|edge|part|neighbourhood"
    r"|neighborhood|governorate|region)\s+of\s+)?"
    rf"(?P<name>{_NAME})(?P<level>\s+(?:province|governorate|city|countryside|district|region))?",
)
_OF_PLACE = re.compile(
    r"(?:countryside|outskirts|suburbs|province|city|town|village|district|edge|part|"
    r"neighbou?rhood|governorate|region|(?:north|south|east|west)(?:east|west)?)\s+of\s+$"
)
_SURFACE_CANON = {surface: canon for canon, aliases in GAZETTEER for surface in (canon, *aliases)}
_GAZETTEER_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(s) for s in sorted(_SURFACE_CANON, key=len, reverse=True)) + r")\b"
)
_CAPITAL = re.compile(r"\bthe\s+(Syrian|Iraqi|Lebanese|Turkish)\s+capital\b")


def _is_place(name: str) -> bool:
    words = [w.lower().strip(".,'’") for w in name.split()]
    return bool(words) and not any(w in NON_PLACES for w in words) and not name.isupper()


def _clean(name: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", name).strip()


def _places_in(text: str, s0: int, s1: int) -> list[tuple[int, int, str]]:
    """(start, end, display) of every place named in ``text[s0:s1]``."""
    found: dict[int, tuple[int, int, str]] = {}
    covered: list[tuple[int, int]] = []
    for m in _QUALIFIED.finditer(text, s0, s1):
        name = _clean(m.group("name"))
        prep = text[m.start() : m.start("name")].lower()
        if prep.startswith("of ") and not (_OF_PLACE.search(text, s0, m.start() + 3) or is_known_place(name)):
            continue
        # "Syria's Deir Ezzor": the possessive names a larger area; the next name is the place.
        parts = re.split(r"(?:'s|’s)\s+", m.group("name"))
        if len(parts) > 1 and _is_place(parts[-1]):
            name = _clean(parts[-1])
        if not _is_place(name):
            continue
        start = m.start("name") + m.group("name").rfind(name)
        full = name + (m.group("level") or "")
        found[start] = (start, start + len(name), canonical_place(full))
        covered.append((m.start("name"), m.end()))
    for m in _GAZETTEER_RE.finditer(text, s0, s1):
        if not any(a <= m.start() < b for a, b in covered):
            found.setdefault(m.start(), (m.start(), m.end(), _SURFACE_CANON[m.group()]))
    for m in _CAPITAL.finditer(text, s0, s1):
        found.setdefault(m.start(), (m.start(), m.end(), CAPITALS[m.group(1).lower()]))
    places = sorted(found.values())
    specific = [p for p in places if p[2] not in COUNTRIES]
    return specific or places


def _same_paragraph(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in text[a[1] : b[0]]


def find_location(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_index: int,
    position: int,
    default: str | None,
) -> str | None:
    """The place a figure refers to: the nearest place in its sentence, else the latest place in the
    (up to three) previous sentences of its paragraph, else ``default``."""
    s0, s1 = sentences[sentence_index]
    here = _places_in(text, s0, s1)
    if here:
        return min(here, key=lambda p: (min(abs(position - p[0]), abs(position - p[1])), p[0]))[2]
    for back in range(sentence_index - 1, max(-1, sentence_index - 4), -1):
        if not _same_paragraph(text, sentences[back], sentences[back + 1]):
            break
        prev = _places_in(text, *sentences[back])
        if prev:
            return prev[-1][2]
    return default
