"""How two place names relate: the same place, one inside the other, or two different places.

A small containment table (city -> governorate -> country) for the gazetteer's places; a name outside the
gazetteer is compared by its transliteration-insensitive key only, since it may lie inside any known place.
"""

from __future__ import annotations

from typing import Literal

from crosscheck.extract.places.place_keys import place_key
from crosscheck.extract.places.place_vocab import COUNTRIES, GAZETTEER, LOCALITY_PARENTS

PlaceRelation = Literal["same", "nested", "nearby", "unknown", "unrelated", "different"]

_SYRIA_GOVERNORATES = (
    "Damascus",
    "Rif Dimashq",
    "Aleppo",
    "Idlib",
    "Hama",
    "Homs",
    "Latakia",
    "Tartus",
    "Raqqa",
    "Deir Ezzor",
    "Hasakah",
    "Daraa",
    "Quneitra",
    "Suwayda",
)
PARENTS: dict[str, str] = {
    **{governorate: "Syria" for governorate in _SYRIA_GOVERNORATES},
    "Rif Dimashq": "Damascus",
    "Eastern Ghouta": "Rif Dimashq",
    "Douma": "Rif Dimashq",
    "Darayya": "Rif Dimashq",
    "Madaya": "Rif Dimashq",
    "Zabadani": "Rif Dimashq",
    "Manbij": "Aleppo",
    "Kobani": "Aleppo",
    "Al-Bab": "Aleppo",
    "Azaz": "Aleppo",
    "Jarablus": "Aleppo",
    "Afrin": "Aleppo",
    "Khan Sheikhoun": "Idlib",
    "Jisr al-Shughur": "Idlib",
    "Maarat al-Numan": "Idlib",
    "Palmyra": "Homs",
    "Mayadin": "Deir Ezzor",
    "Albu Kamal": "Deir Ezzor",
    "Tabqa": "Raqqa",
    "Qamishli": "Hasakah",
    "Baghdad": "Iraq",
    "Mosul": "Nineveh",
    "Nineveh": "Iraq",
    "Anbar": "Iraq",
    "Ramadi": "Anbar",
    "Fallujah": "Anbar",
    "Tikrit": "Iraq",
    "Kirkuk": "Iraq",
    "Erbil": "Iraq",
    "Basra": "Iraq",
    "Beirut": "Lebanon",
    "Bekaa": "Lebanon",
    "Baalbek": "Bekaa",
    "Arsal": "Bekaa",
    "Ras Baalbek": "Bekaa",
    "Tripoli": "Lebanon",
    "Sidon": "Lebanon",
    "Gaziantep": "Turkey",
    **LOCALITY_PARENTS,
}
_KNOWN = {place_key(name) for name, _ in GAZETTEER}
_PARENT_KEYS = {place_key(child): place_key(parent) for child, parent in PARENTS.items()}
_COUNTRY_KEYS = {place_key(country) for country in COUNTRIES}


def _lineage(key: str) -> list[str]:
    chain = [key]
    while chain[-1] in _PARENT_KEYS and len(chain) < 6:
        chain.append(_PARENT_KEYS[chain[-1]])
    return chain


def is_country(name: str) -> bool:
    return place_key(name) in _COUNTRY_KEYS


def _region(key: str) -> str:
    """The widest place below the country that contains ``key`` (its governorate or province)."""
    lineage = [k for k in _lineage(key) if k not in _COUNTRY_KEYS]
    return lineage[-1] if lineage else key


def place_relation(a: str, b: str) -> PlaceRelation:
    """ "same" or "nested" (one contains the other) when both may name the place of one event; "nearby"
    for two known places of one province; "different" when the gazetteer knows them apart; "unrelated"
    for two different names it does not know; "unknown" when only one is known (the other may lie inside
    it)."""
    key_a, key_b = place_key(a), place_key(b)
    if key_a == key_b:
        return "same"
    if key_a in _COUNTRY_KEYS and key_b in _COUNTRY_KEYS:
        return "different"
    if key_a in _COUNTRY_KEYS or key_b in _COUNTRY_KEYS:
        return "nested" if key_a in _lineage(key_b) or key_b in _lineage(key_a) else "unknown"
    known_a, known_b = key_a in _KNOWN, key_b in _KNOWN
    if known_a and known_b:
        if key_a in _lineage(key_b) or key_b in _lineage(key_a):
            return "nested"
        # Two towns of one governorate may both be named for one event (a village and the nearby city).
        return "nearby" if _region(key_a) == _region(key_b) else "different"
    if known_a or known_b:
        return "unknown"
    return "unrelated"


_DISPLAY = {place_key(name): name for name, _ in GAZETTEER}


def province_of(name: str) -> str | None:
    """The governorate or province a known place lies in (itself for a province); None when unknown."""
    key = place_key(name)
    if key not in _KNOWN or key in _COUNTRY_KEYS:
        return None
    region = _region(key)
    return _DISPLAY.get(region, region)
