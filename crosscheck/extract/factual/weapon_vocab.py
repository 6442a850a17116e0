"""What an attack was carried out with, in a small vocabulary, and which weapons exclude each other.

Canonical weapons: "sarin", "chlorine", "mustard gas", "chemical weapon" (agent not named: "toxic gas",
"gas attack"), "air strike" (raids, warplanes, drones), "barrel bomb", "incendiary" (napalm, white
phosphorus), "cluster munitions", "aircraft crash", "missile", "cruise missile", "rocket", "mortar",
"artillery" (shelling), "car bomb", "suicide bomber", "motorcycle bomb", "planted bomb", "bomb" (kind not
named: "a bomb blast", "an explosion"), "land mine", "small arms", "beheading", "bombardment" (nothing
named).

Terms are tried longest first at each position: "suicide car bomb" is a car bomb, "rocket shells" a rocket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.cues import CueGate
from crosscheck.extract.factual.incident_words import longest_first

WEAPON_TERMS: tuple[tuple[str, str], ...] = (
    ("sarin", r"sarin(?:[- ]like\s+substance)?|nerve\s+(?:agents?|gas)|VX"),
    ("chlorine", r"chlorine(?:\s+gas)?"),
    ("mustard gas", r"mustard\s+(?:gas|agent)"),
    (
        "chemical weapon",
        r"chemical\s+(?:weapons?|attacks?|bombs?|munitions|agents?|substances?|strikes?|massacre|shells?)|"
        r"(?:poison(?:ous)?|toxic|killer)\s+(?:gas(?:es|ses)?|fumes|substances?|chemicals?)|gas\s+attacks?",
    ),
    ("barrel bomb", r"barrel[- ]bomb(?:s|ings?)?|container\s+bombs?|explosive\s+barrels?"),
    (
        "incendiary",
        r"incendiary\s+(?:weapons?|bombs?|munitions|shells?|rockets?)|napalm|white\s+phosphorus|thermite",
    ),
    ("cluster munitions", r"cluster\s+(?:munitions?|bombs?)"),
    (
        "aircraft crash",
        r"(?:warplane|aircraft|plane|jet|helicopter)s?\s+(?:crash(?:ed|es)?|went\s+down)|crash\s+(?:of|by)\s+a\s+"
        r"(?:\w+\s+){0,2}?(?:warplane|jet|plane|aircraft|helicopter)",
    ),
    ("cruise missile", r"(?:Tomahawk\s+)?cruise\s+missiles?|Tomahawks?"),
    (
        "air strike",
        r"(?:\w+[- ])?missiles?\s+(?:fired|launched|dropped)\s+(?:by|from)\s+(?:\w+\s+){0,3}?"
        r"(?:jets?|warplanes?|aircraft|planes?|helicopters?|drones?)|"
        r"air\s*[- ]?strikes?|air\s*raids?|air\s+attacks?|"
        r"aerial\s+(?:attacks?|bombardment|bombing|strikes?|raids?)|"
        r"air\s+campaign|bombing\s+runs?|drone\s+strikes?|(?:vacuum|thermobaric)\s+(?:bombs?|missiles?)|"
        r"warplanes?|war\s*planes?|fighter\s+jets?|jets?|"
        r"bombers?|helicopters?|drones?|raids?|sorties|air\s*forces?|strikes|aircraft|from\s+the\s+air",
    ),
    (
        "missile",
        r"(?:(?:ground-to-ground|surface-to-surface|ballistic|guided|Scud)\s+)?missiles?(?:\s+(?:strikes?|attacks?))?",
    ),
    (
        "rocket",
        r"rockets?(?:[- ](?:shells?|fire|attacks?|launchers?|rounds?|propelled\s+grenades?))?|RPGs?|"
        r"Grad\s+(?:rockets?|missiles?)|Katyushas?|hell\s+cannons?|projectiles",
    ),
    ("mortar", r"mortars?(?:\s+(?:shells?|rounds?|bombs?|fire|attacks?))?"),
    (
        "artillery",
        r"artillery(?:\s+(?:fire|shells?|shelling|attacks?))?|shelling|shells|cannon(?:\s+fire)?|tank\s+fire",
    ),
    (
        "car bomb",
        r"(?:suicide\s+)?car[- ]bomb(?:s|ings?|ers?)?|(?:suicide\s+)?truck[- ]bombs?|"
        r"vehicle[- ]borne|VBIEDs?|"
        r"booby-trapped\s+(?:car|vehicle|truck)s?|explosive-laden\s+(?:truck|car|vehicle)s?|"
        r"(?:car|vehicle|truck)\s+(?:rigged|packed|loaded)\s+with\s+explosives",
    ),
    (
        "motorcycle bomb",
        r"(?:motorcycle|motorbike)[- ]bomb(?:s|ings?)?|booby-trapped\s+(?:motorcycle|motorbike)s?",
    ),
    (
        "suicide bomber",
        r"suicide[\s-]+(?:bombers?|bombings?|bomb(?:\s+(?:attacks?|blasts?))?|attacks?|attackers?|blasts?|vests?|"
        r"belts?|explosions?)|blew\s+(?:himself|herself|themselves)\s+up|explosive\s+(?:belts?|vests?)|"
        r"detonated\s+(?:himself|herself|themselves)|(?:motorcycle|motorbike)\s+bomber",
    ),
    (
        "planted bomb",
        r"(?:explosive\s+devices?|bombs?|IEDs?)\s+planted|planted\s+(?:explosive\s+devices?|bombs?)|"
        r"improvised\s+explosive\s+devices?|IEDs?|roadside\s+bombs?|sticky\s+bombs?",
    ),
    ("land mine", r"land\s*mines?|landmines?|(?:homemade|improvised)\s+mines?"),
    ("small arms", r"(?:machine[- ]?gun|sniper|small[- ]arms)\s*fire|gunfire|grenades|guns|snipers?"),
    ("beheading", r"beheadings?|beheaded|decapitat(?:ed|ion|ions)"),
    (
        "bomb",
        r"bomb\s+(?:blasts?|attacks?)|bombs?|explosive\s+devices?|explosives?|explosions?|blasts?|bombings|"
        r"(?:(?<=\ba\s)|(?<=\bone\s)|(?<=\btwin\s)|(?<=\bdouble\s))bombing",
    ),
    ("bombardment", r"bombardments?|bombing|shelled|bombed"),
)

EXCLUSIVE: tuple[frozenset[str], ...] = (
    frozenset({"sarin", "chlorine", "mustard gas"}),
    frozenset({"suicide bomber", "planted bomb"}),
)
"""Alternatives that cannot both be how one attack was done: the agent; whether the bomber died."""

DELIVERY: dict[str, str] = {
    "air strike": "air",
    "barrel bomb": "air",
    "cluster munitions": "air",
    "missile": "ground",
    "rocket": "ground",
    "mortar": "ground",
    "artillery": "ground",
}
"""From the air or fired from the ground: "a ground-to-ground missile" and "the air force pounded" are
two accounts of one strike, unless one article names both (then the incident had both)."""

GENERIC: frozenset[str] = frozenset({"bomb", "bombardment", "chemical weapon"})
"""Names that say less, never against a more precise one: "a bomb" beside "a car bomb"."""

_COMPILED = tuple(
    (weapon, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.I)) for weapon, pattern in WEAPON_TERMS
)
_GATE = CueGate([pattern for _, pattern in _COMPILED])


@dataclass(frozen=True, slots=True)
class WeaponMention:
    start: int
    end: int
    weapon: str


def find_weapon_mentions(text: str, start: int, end: int) -> list[WeaponMention]:
    """Every weapon named in ``text[start:end]``, sorted, none overlapping (the longest wins)."""
    found = [
        WeaponMention(match.start(), match.end(), weapon)
        for (weapon, pattern), possible in zip(_COMPILED, _GATE.possible(text, start, end), strict=True)
        if possible
        for match in pattern.finditer(text, start, end)
    ]
    return longest_first(found)


def exclusive(a: str, b: str) -> bool:
    """Whether two weapons are two different accounts of one attack (chlorine / sarin; air / ground)."""
    if a == b:
        return False
    if any(a in group and b in group for group in EXCLUSIVE):
        return True
    return a in DELIVERY and b in DELIVERY and DELIVERY[a] != DELIVERY[b]
