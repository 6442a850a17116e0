"""Who gave a figure: one canonical name per claimant, whatever the outlet calls it.

The alias table is data: each canonical claimant lists regular expressions matched (searched, case
insensitive) against the normalised name. Names no alias knows keep their own words, minus leading
articles and personal titles, so that "the Syrian army" and "Syrian army" meet.
"""

from __future__ import annotations

import re
from functools import lru_cache


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


_BASED = r"(?:u\.?\s?k\.?|uk|britain|british|london|coventry)[- ]based"

ALIASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Syrian Observatory for Human Rights",
        (
            r"\bsyrian observatory\b",
            r"\bsohr\b",
            r"^observatory$",
            rf"{_BASED}\b.*\b(?:monitor|observatory|monitoring group|watchdog|group)\b",
            r"^(?:war )?monitoring group$",
            r"^(?:war |rights )?monitor$",
            r"\brami abd[ -]?(?:el|al|ul|ur|er)?[ -]?rahm[ae]n\b",
            r"^abd[ -]?(?:el|al|ul|ur|er)?[ -]?rahm[ae]n$",
        ),
    ),
    (
        "Russian Ministry of Defence",
        (
            r"\brussia(?:n|'s)? (?:defen[cs]e|military) ministry\b",
            r"\brussia(?:n|'s)? ministry of defen[cs]e\b",
            r"\brussia(?:n|'s)? military\b",
            r"\b(?:defen[cs]e|military) ministry (?:in|of) moscow\b",
            r"\bministry of defen[cs]e in moscow\b",
            r"\bkonashenkov\b",
        ),
    ),
    (
        "Syrian Civil Defence (White Helmets)",
        (r"\bwhite helmets\b", r"\bcivil defen[cs]e\b"),
    ),
    (
        "SANA",
        (
            r"\bsana\b",
            r"\bsyrian arab news agency\b",
            r"\b(?:syria's |syrian )?(?:state|official|state-run) news agency\b",
        ),
    ),
    (
        "Syrian state television",
        (
            r"\bsyria(?:n|'s|s)? (?:state|official|state[- ]run|government[- ]run|government) "
            r"(?:tv|television)\b",
            r"^state(?:-run)? (?:tv|television)$",
        ),
    ),
    ("Syrian Network for Human Rights", (r"\bsyrian network for human rights\b", r"\bsnhr\b")),
    ("Local Coordination Committees", (r"\blocal coordination committees\b", r"^lccs?$")),
    ("Reuters", (r"\breuters\b",)),
    ("AFP", (r"^afp$", r"\bagence france[- ]presse\b", r"\bafp\b")),
    ("Associated Press", (r"^ap$", r"\bassociated press\b")),
    ("Anadolu Agency", (r"\banadolu\b",)),
    ("Sputnik", (r"\bsputnik\b",)),
    ("Human Rights Watch", (r"\bhuman rights watch\b", r"^hrw$")),
    ("Amnesty International", (r"\bamnesty\b",)),
    ("UNICEF", (r"\bunicef\b",)),
)

_CANONICAL_NAMES = frozenset(canon for canon, _ in ALIASES)
KNOWN_CLAIMANTS = _CANONICAL_NAMES
_COMPILED = tuple((canon, tuple(re.compile(p) for p in pats)) for canon, pats in ALIASES)

TITLES = (
    "colonel general",
    "lieutenant general",
    "major general",
    "brigadier general",
    "brigadier",
    "maj. gen.",
    "lt. gen.",
    "brig. gen.",
    "col. gen.",
    "gen.",
    "general",
    "col.",
    "colonel",
    "lt.",
    "maj.",
    "major",
    "capt.",
    "captain",
    "dr.",
    "dr",
    "mr.",
    "mr",
    "mrs.",
    "ms.",
    "president",
    "prime minister",
    "minister",
    "sheikh",
    "sayyed",
)

WIRE_AGENCIES = frozenset({"Reuters", "AFP", "Associated Press", "Anadolu Agency", "Sputnik"})


def _normalise(name: str) -> str:
    s = name.replace("’", "'").replace("‘", "'").strip(" \t\n\"',;:")
    if s.endswith(".") and not re.search(r"(?:\b[A-Za-z]\.){2,}$", s):
        s = s[:-1]
    s = re.sub(r"\s+", " ", s)
    return s


_DEMONYMS = {
    "syria": "Syrian",
    "russia": "Russian",
    "turkey": "Turkish",
    "iran": "Iranian",
    "iraq": "Iraqi",
    "israel": "Israeli",
    "lebanon": "Lebanese",
    "jordan": "Jordanian",
    "britain": "British",
    "america": "American",
}
_POSSESSOR = re.compile(r"\b([A-Z][\w.-]*?)(?:'s|s)(?= [\w-])")
_ROLE_OF_ORG = re.compile(
    r"^(?P<org>.+?)(?:'s)? (?:director|head|chief|founder|spokes(?:man|woman|person)|correspondent|reporter"
    r"|reporters)\b"
)


def _possessive(word: str, stem: str) -> bool:
    from crosscheck.extract.places.place_keys import is_known_place
    from crosscheck.extract.places.place_vocab import NON_PLACES

    if word.lower() in NON_PLACES:  # "Hamas" is no possessive of Hama
        return False
    return stem.lower() in _DEMONYMS or is_known_place(stem) or _alias(stem.lower()) is not None


def _restore_possessives(s: str) -> str:
    """ "Syrias army" -> "Syrian army", "SANAs correspondent" -> "SANA's correspondent": a name plus an s
    before another word is a possessive whose apostrophe was lost when the name is a country, a known
    place or a known claimant; a country's possessive reads as its adjective."""

    def fix(m: re.Match[str]) -> str:
        stem = m.group(1)
        if not (m.group().endswith("'s") or _possessive(m.group(), stem)):
            return m.group()
        return _DEMONYMS.get(stem.lower(), stem + "'s")

    return _POSSESSOR.sub(fix, s)


def _alias(key: str) -> str | None:
    for canon, patterns in _COMPILED:
        if any(p.search(key) for p in patterns):
            return canon
    return None


def _strip_articles_titles(s: str) -> str:
    while True:
        low = s.lower()
        for prefix in ("the ", "a ", "an ", *(t + " " for t in TITLES)):
            if low.startswith(prefix):
                s = s[len(prefix) :].lstrip()
                break
        else:
            return s


_HEAD_OF = re.compile(
    r"^(?:the )?(?:head|director|chief|founder|spokes(?:man|woman|person))\s+(?:of|for)\s+(.+)$", re.I
)


_ROLE_THEN_NAME = re.compile(
    r"^(?:.*\s)?(?i:chief|leader|head|spokesman|spokeswoman|spokesperson|commander|minister|director|governor|"
    r"journalist|activist|official|envoy|correspondent|doctor|surgeon)\s+"
    r"((?:[A-Z][\w.'’-]*|al-[\w'’-]+|el-[\w'’-]+)(?:\s+(?:[A-Z][\w.'’-]*|al-[\w'’-]+|el-[\w'’-]+))+)$"
)


@lru_cache(maxsize=4096)
def canonical_claimant(name: str) -> str:
    """One name per claimant: "the U.K.-based monitor" and "SOHR" both give the Observatory's name."""
    s = _restore_possessives(_normalise(name))
    for role in (_HEAD_OF.match(s), _ROLE_OF_ORG.match(_strip_articles_titles(s))):
        if role:
            org = canonical_claimant(role.group(1))
            if org in _CANONICAL_NAMES:
                return org
    if canon := _alias(_strip_articles_titles(s).lower()):
        return canon
    if named := _ROLE_THEN_NAME.match(s):
        s = named.group(1)
    s = re.sub(r"'s$", "", _strip_articles_titles(s))
    return s[:1].upper() + s[1:] if s[:1].islower() and not s[1:2].isupper() else s


def claimant_key(name: str) -> str:
    """A case-folded key for comparing claimants."""
    return canonical_claimant(name).casefold()


def is_wire_agency(name: str) -> bool:
    return canonical_claimant(name) in WIRE_AGENCIES
