"""Place names as keys: :func:`place_key` folds the usual ways Arabic names are written in Latin letters
onto one key: articles (al-, el-, ez-, ash-..., also fused as in "Ezzor") are dropped, diacritics, hyphens
and apostrophes go, vowels (and y/w after a vowel) collapse to one "a", q/k and doubled letters merge, and
trailing -ah/-eh is a vowel. So "Deir Ezzor", "Deir ez-Zor", "Deir el-Zour", "Deir al-Zor" and "Dayr az
Zawr" meet. :func:`canonical_place` gives the gazetteer's spelling for display.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crosscheck.extract.places.place_vocab import ADMIN, ARTICLES, DIRECTIONS, GAZETTEER

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
    w = re.sub(r"(?<=[aeiou])(?:y(?![aeiou])|w)", "a", w)  # "y" between vowels stays: Mayadin is not Midan
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


@lru_cache(maxsize=8192)
def place_key(name: str) -> str:
    """A transliteration-insensitive key: "Deir el-Zour" and "Dayr az Zawr" give the same key."""
    key = "".join(_word_key(w) for w in _tokens(name))
    return _ALIAS_KEYS.get(key, key)


def _raw_key(name: str) -> str:
    return "".join(_word_key(w) for w in _tokens(name))


_DISPLAY: dict[str, str] = {}
_ALIAS_KEYS: dict[str, str] = {}
for _canon, _ in GAZETTEER:
    _DISPLAY.setdefault(_raw_key(_canon), _canon)
for _canon, _aliases in GAZETTEER:
    for _alias in _aliases:
        # An alias whose key is another place's own key ("Damascus countryside" = "Damascus" once the
        # admin word goes) cannot tell the two apart: the place named outright wins.
        if _raw_key(_alias) not in _DISPLAY:
            _ALIAS_KEYS[_raw_key(_alias)] = _raw_key(_canon)


@lru_cache(maxsize=8192)
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
