"""Units: canonical names, the surface forms that name them, and conversion to a base unit.

Canonical names are short and lower case ("km", "sq_mi", "percent", "usd"). ``UNITS`` maps each to
``(dimension, factor to the dimension's base unit, surface patterns)``. Currencies have no factor
between them (``factor=None``): "$" and "€" figures are never said to be consistent with each other.

A plain count has no unit (``None``): the counted noun is the measure's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosscheck.extract.units.first_chars import FirstCharAlternation

_S = r"\s*"
# canonical: (dimension, factor to base, patterns after the number)
UNITS: dict[str, tuple[str, float | None, tuple[str, ...]]] = {
    "percentage_point": ("ratio_pp", 1.0, (r"percentage[\s-]points?", r"pc\s+points?", r"ppts?\b",
    r"pps?\b")),
    "basis_point": ("ratio_pp", 0.01, (r"basis[\s-]points?", r"bps\b", r"bp\b")),
    "percent": ("ratio", 1.0, (r"%", r"per[\s-]?cent\b", r"percent(?:age)?\b", r"pct\b", r"pc\b")),
    "km2": ("area", 1e6, (r"square\s+kilomet(?:er|re)"
        r"s?", r"sq\.?\s*km\b", r"km2\b", r"km²", r"sq\.?\s*kilomet(?:er|re)s?")),
    "sq_mi": ("area", 2589988.11, (r"square\s+miles?", r"sq\.?\s*mi(?:les?)?\b", r"mi2\b", r"mi²")),
    "m2": ("area", 1.0, (r"square\s+met(?:er|re)s?", r"sq\.?\s*m\b", r"m2\b", r"m²")),
    "sq_ft": ("area", 0.09290304, (r"square\s+f(?:ee|oo)t", r"sq\.?\s*ft\b")),
    "hectare": ("area", 1e4, (r"hectares?", r"ha\b")),
    "acre": ("area", 4046.8564224, (r"acres?",)),
    "km": ("length", 1000.0, (r"kilomet(?:er|re)s?\b", r"km\b", r"kms\b")),
    "mi": ("length", 1609.344, (r"miles?\b", r"mi\b")),
    "m": ("length", 1.0, (r"met(?:er|re)s?\b", r"m\b")),
    "cm": ("length", 0.01, (r"centimet(?:er|re)s?\b", r"cm\b")),
    "mm": ("length", 0.001, (r"millimet(?:er|re)s?\b", r"mm\b")),
    "um": ("length", 1e-6, (r"micromet(?:er|re)s?\b", r"microns?\b", r"[μµ]m\b")),
    "nm": ("length", 1e-9, (r"nanomet(?:er|re)s?\b", r"(?-i:nm)\b")),
    "km3": ("volume", 1e12, (r"cubic\s+kilomet(?:er|re)s?\b",)),
    "cu_ft": ("volume", 28.316846592, (r"cubic\s+f(?:ee|oo)t\b", r"cu\.?\s*ft\b")),
    "m3": ("volume", 1000.0, (r"cubic\s+met(?:er|re)s?\b", r"m3\b", r"m³")),
    "ft": ("length", 0.3048, (r"feet\b", r"foot\b", r"ft\b", r"′(?!\w)", r"'(?![\w'])")),
    "in": ("length", 0.0254, (r"inch(?:es)?\b", r"-inch\b", r"″(?!\w)")),
    "yd": ("length", 0.9144, (r"yards?\b", r"yds?\b")),
    "tonne": ("mass", 1000.0, (r"tonnes?\b", r"metric\s+tons?\b", r"t\b")),
    "ton": ("mass", 1000.0, (r"tons?\b",)),
    "gigatonne": ("mass", 1e12, (r"giga-?ton(?:ne)?s?\b", r"gt\b")),
    "kilotonne": ("mass", 1e6, (r"kilo-?ton(?:ne)?s?\b", r"kt\b")),
    "lb_ft": ("torque", 1.3558179483, (r"lb[\s.-]*ft\b", r"pound[\s-]+f(?:ee|oo)"
        r"t\b", r"foot[\s-]+pounds?\b")),
    "nm_torque": ("torque", 1.0, (r"(?-i:Nm)\b", r"newton[\s-]+met(?:er|re)s?\b")),
    "kg": ("mass", 1.0, (r"kilo(?:gram(?:me)?s?|s)?\b", r"kgs?\b")),
    "g": ("mass", 0.001, (r"grams?\b", r"grammes?\b", r"g\b")),
    "mg": ("mass", 1e-6, (r"milligrams?\b", r"milligrammes?\b", r"mg\b")),
    "lb": ("mass", 0.45359237, (r"pounds?\b(?!\s+sterling)", r"lbs?\b")),
    "year": ("time", 31557600.0, (r"years?\b", r"yrs?\b")),
    "month": ("time", 2629800.0, (r"months?\b",)),
    "week": ("time", 604800.0, (r"weeks?\b",)),
    "day": ("time", 86400.0, (r"days?\b",)),
    "hour": ("time", 3600.0, (r"hours?\b", r"hrs?\b")),
    "minute": ("time", 60.0, (r"minutes?\b", r"mins?\b")),
    "second": ("time", 1.0, (r"seconds?\b", r"secs?\b")),
    "mph": ("speed", 0.44704, (r"mph\b", r"m\.p\.h\.?", r"miles?\s+(?:per|an|a)\s+hour\b")),
    "kph": ("speed", 1 / 3.6, (r"km/hr?\b", r"kph\b", r"kmh\b", r"kilomet(?:er|re)s?\s+(?:per|an|a)"
        r"\s+hour\b")),
    "knot": ("speed", 0.514444, (r"knots?\b",)),
    "celsius": ("temperature", None, (r"°\s*C\b", r"deg(?:rees?)?\s*C(?:elsius)"
        r"?\b", r"celsius\b", r"(?-i:C)\b(?=[\s.,;)])")),
    "fahrenheit": ("temperature", None, (r"°\s*F\b", r"deg(?:rees?)?\s*F(?:ahrenheit)"
        r"?\b", r"fahrenheit\b", r"(?-i:F)\b(?=[\s.,;)])")),
    "degree": ("angle", 1.0, (r"degrees?\b", r"°")),
    "litre": ("volume", 1.0, (r"lit(?:er|re)s?\b", r"l\b")),
    "ml": ("volume", 0.001, (r"millilit(?:er|re)s?\b", r"ml\b")),
    "gallon": ("volume", 3.785411784, (r"gallons?\b",)),
    "barrel": ("volume", 158.987294928, (r"barrels?\b", r"bbl\b")),
    "hp": ("power", 745.7, (r"horsepower\b", r"hp\b", r"(?-i:PS)\b")),
    "bhp": ("power", 745.7, (r"bhp\b", r"brake\s+horsepower\b")),
    "w": ("power", 1.0, (r"watts?\b", r"(?-i:W)\b")),
    "mah": ("charge", 3.6, (r"(?-i:mAh)\b", r"milliamp(?:ere)?[\s-]hours?\b")),
    "rpm": ("frequency", 1 / 60, (r"rpm\b", r"revolutions\s+per\s+minute\b")),
    "mbps": ("bitrate", 1e6, (r"(?-i:Mbps)\b", r"(?-i:Mb/s)\b", r"megabits?\s+per\s+second\b")),
    "gbps": ("bitrate", 1e9, (r"(?-i:Gbps)\b", r"(?-i:Gb/s)\b", r"gigabits?\s+per\s+second\b")),
    "ppm": ("concentration", 1e-6, (r"ppm\b", r"parts?\s+per\s+million\b")),
    "ppb": ("concentration", 1e-9, (r"ppb\b", r"parts?\s+per\s+billion\b")),
    "gpa": ("pressure", 1e9, (r"(?-i:GPa)\b", r"gigapascals?\b")),
    "mpa": ("pressure", 1e6, (r"(?-i:MPa)\b", r"megapascals?\b")),
    "ksi": ("pressure", 6894757.0, (r"ksi\b",)),
    "kcal": ("energy", 4184.0, (r"kcal\b", r"[Cc]alories\b", r"calorie\b")),
    "times": ("multiple", None, (r"times\b", r"fold\b", r"-fold\b")),
    "pence": ("money", None, (r"(?-i:p)\b(?=[\s,;)]|\.(?!\s*m\b))", r"pence\b")),
    "point/game": ("score_rate", 1.0, (r"(?-i:ppg)\b", r"points\s+per\s+game\b")),
    "rebound/game": ("score_rate", 1.0, (r"(?-i:rpg)\b", r"rebounds\s+per\s+game\b")),
    "assist/game": ("score_rate", 1.0, (r"(?-i:apg)\b", r"assists\s+per\s+game\b")),
    "war": ("wins", None, (r"(?-i:WAR\b(?![ \t]+[A-Z]))", r"wins\s+above\s+replacement\b")),
    "kw": ("power", 1e3, (r"kilowatts?\b", r"kw\b")),
    "mw": ("power", 1e6, (r"megawatts?\b", r"mw\b")),
    "gw": ("power", 1e9, (r"gigawatts?\b", r"gw\b")),
    "kwh": ("energy", 3.6e6, (r"kilowatt[\s-]hours?\b", r"kwh\b")),
    "mwh": ("energy", 3.6e9, (r"megawatt[\s-]hours?\b", r"mwh\b")),
    "gwh": ("energy", 3.6e12, (r"gigawatt[\s-]hours?\b", r"gwh\b")),
    "gb": ("data", 1e9, (r"gigabytes?\b", r"gb\b")),
    "tb": ("data", 1e12, (r"terabytes?\b", r"tb\b")),
    "mb": ("data", 1e6, (r"megabytes?\b", r"mb\b")),
    "hz": ("frequency", 1.0, (r"hertz\b", r"hz\b")),
    "khz": ("frequency", 1e3, (r"kilohertz\b", r"khz\b")),
    "ghz": ("frequency", 1e9, (r"gigahertz\b", r"ghz\b")),
    "mhz": ("frequency", 1e6, (r"megahertz\b", r"mhz\b")),
    "mpg": ("economy", 1.0, (r"mpg\b", r"miles?\s+per\s+gallon\b")),
    "point": ("score", 1.0, (r"points?\b", r"pts?\b")),
    "usd": ("money", None, (r"(?:us|u\.s\.)\s+dollars?\b", r"dollars?\b", r"usd\b")),
    "eur": ("money", None, (r"euros?\b", r"eur\b", r"€(?![ \t]?\d)")),
    "gbp": ("money", None, (r"pounds?\s+sterling\b", r"gbp\b", r"sterling\b")),
    "jpy": ("money", None, (r"(?:japanese\s+)?yen\b", r"jpy\b")),
    "cny": ("money", None, (r"(?:chinese\s+)?yuan\b", r"renminbi\b", r"cny\b", r"rmb\b")),
    "ils": ("money", None, (r"(?:israeli\s+)?(?:new\s+)?shekels?\b", r"ils\b", r"nis\b")),
    "syp": ("money", None, (r"syrian\s+pounds?\b", r"syp\b")),
    "myr": ("money", None, (r"(?:malaysian\s+)?ringgit\b", r"myr\b")),
    "inr": ("money", None, (r"(?:indian\s+)?rupees?\b", r"inr\b")),
    "try": ("money", None, (r"(?:turkish\s+)?liras?\b",)),
    "chf": ("money", None, (r"(?:swiss\s+)?francs?\b", r"chf\b")),
    "cent": ("money", None, (r"cents?\b",)),
    "aud": ("money", None, (r"australian\s+dollars?\b", r"aud\b")),
    "cad": ("money", None, (r"canadian\s+dollars?\b", r"cad\b")),
    "nzd": ("money", None, (r"new\s+zealand\s+dollars?\b", r"nzd\b")),
    "hkd": ("money", None, (r"hong\s+kong\s+dollars?\b", r"hkd\b")),
    "hrk": ("money", None, (r"kuna\b", r"hrk\b")),
    "zar": ("money", None, (r"(?:south\s+african\s+)?rand\b", r"zar\b")),
    "sen": ("money", None, (r"(?-i:sen)\b",)),
    "dkk": ("money", None, (r"danish\s+(?:crowns?|kron(?:er|e))\b", r"dkk\b")),
    "sek": ("money", None, (r"swedish\s+(?:crowns?|kron(?:or|a))\b", r"sek\b")),
}  # fmt: skip

# currency written before the figure; "PS" and "Y=" are how ASCII folding writes "£" and "¥"
PREFIX_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(?:US|U\.S\.)\s?\$|\$\s?US|USD", "usd"),
    (r"AU?\s?\$|\$\s?AU?|AUD", "aud"),
    (r"CA?\s?\$|\$\s?CA?|CAD", "cad"),
    (r"HK\s?\$|\$\s?HK|HKD", "hkd"),
    (r"NZ\s?\$|\$\s?NZ|NZD", "nzd"),
    (r"S\s?\$|SGD", "sgd"),
    (r"\$", "usd"),
    (r"€|EUR", "eur"),
    (r"£|PS|GBP", "gbp"),
    (r"¥|Y=|JPY", "jpy"),
    (r"Rs\.?|₹|INR", "inr"),
    (r"₪|NIS", "ils"),
    (r"RM", "myr"),
)
PREFIX_RE = re.compile(
    r"(?:(?<=[^\w$])|^)(?:"
    + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(PREFIX_PATTERNS))
    + r")[ \t]?$"
)
_PREFIX_UNIT = {f"c{i}": unit for i, (_, unit) in enumerate(PREFIX_PATTERNS)}
_TOUCHING_ONLY = {"PS", "RM", "Y="}

_ordered = sorted(
    ((pat, name) for name, (_, _, pats) in UNITS.items() for pat in pats), key=lambda x: -len(x[0])
)
UNIT_AFTER = FirstCharAlternation(
    r"(?P<sp>[ \t]*-?[ \t]*)", [f"(?P<u{i}>{pat})" for i, (pat, _) in enumerate(_ordered)], re.I
)
_UNIT_START = re.compile(r"[ \t]*+-?[ \t]*+[^\W\d_]|[ \t]*[%°²³$€]|[′″']")
_GROUP_TO_UNIT = {f"u{i}": name for i, (_, name) in enumerate(_ordered)}
# One- and two-letter symbols must touch the figure ("5m", not "5 m"); "in" is never a unit alone.
_OPEN_QUOTE = re.compile(r"(?:^|[\s(\[])'[A-Za-z][^']*$")
_AMBIGUOUS = {"m", "g", "l", "t", "c", "f", "mi", "ha", "pc", "pp", "pps", "bp", "p", "w", "kt", "gt", "'"}

RATE_RE = re.compile(
    r"(?P<sp>[ \t]*-?)(?:(?:a|an|per|each|every|/)[ \t-]*(?P<p>year|month|week|day|night|hour|minute|second|"
    r"annum|"
    r"share|barrel|gallon|litre|liter|gram|ounce|kilogram|kg|tonne|ton|square\s+(?:foot|feet|metre|meter)|sq\.?\s*ft|"
    r"sq\.?\s*m|person|head|capita|game|unit|mmbtu|pound|decade|century)\b(?!\s+(?:earlier|ago|later|before|after)\b)"
    r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly)\b)",
    re.I,
)
_RATE_NAMES = {"annum": "year", "liter": "litre", "kg": "kilogram", "square feet": "square foot",
               "sq ft": "square foot", "sq. ft": "square foot", "sq m": "square metre",
               "sq. m": "square metre", "square meter": "square metre", "capita": "person",
               "ton": "tonne"}  # fmt: skip
_ADVERB_RATE = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "hourly": "hour"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class UnitHit:
    start: int
    end: int
    unit: str


@lru_cache(maxsize=1024)
def unit_after(text: str, pos: int, ceiling: int | None = None) -> UnitHit | None:
    """The unit written right after a figure ending at ``pos`` ("km", " per cent", "-year"). Remembered:
    the ranges, units and restatements of a figure ask it of the same position, and its pattern, one
    alternative per unit spelling, is slow."""
    ceiling = len(text) if ceiling is None else ceiling
    if not _UNIT_START.match(text, pos, ceiling):
        return None
    m = UNIT_AFTER.match(text, pos, min(ceiling, pos + 48))
    if not m:
        return None
    group = m.lastgroup  # the unit's group closes last
    assert group is not None
    unit = _GROUP_TO_UNIT[group]
    surface = m.group(group)
    spaced = bool(m.group("sp"))
    low = surface.lower()
    if low == "in":
        return None
    if surface == "'" and _OPEN_QUOTE.search(text, max(0, pos - 300), pos):
        return None  # "'We lost 30' and": a closing quote, not feet
    if low in _AMBIGUOUS:
        spaced_ok = (low in ("c", "f") and surface.isupper()) or low == "p"  # "12 C", "40 F", "68 p"
        if (spaced and not spaced_ok) or (low in ("m", "g", "l", "t") and surface.isupper()):
            return None  # "5 m" might be a list item, "5M" a model name: symbols must touch the figure
    return UnitHit(m.start("sp") if spaced else pos, m.end(), unit)


def currency_before(text: str, pos: int, floor: int = 0) -> UnitHit | None:
    """A currency sign or code written right before a figure starting at ``pos``."""
    lo = max(floor, pos - 6)
    m = PREFIX_RE.search(text, lo, pos)
    if not m:
        return None
    group = next(g for g, v in m.groupdict().items() if v is not None)
    if m.group(group) in _TOUCHING_ONLY and m.end(group) != pos:
        return None
    return UnitHit(m.start(group), pos, _PREFIX_UNIT[group])


def rate_after(text: str, pos: int, ceiling: int | None = None) -> tuple[int, str] | None:
    """ "a day", "per year", "/day", "daily" right after ``pos``: ``(end, period)``."""
    ceiling = len(text) if ceiling is None else ceiling
    m = RATE_RE.match(text, pos, ceiling)
    if not m:
        return None
    if m.group("p"):
        period = re.sub(r"\s+", " ", m.group("p").lower())
        return m.end(), _RATE_NAMES.get(period, period)
    return m.end(), _ADVERB_RATE[m.group("adv").lower()]


TIME_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


def dimension(unit: str | None) -> str | None:
    return UNITS[unit][0] if unit in UNITS else None


def to_base(value: float, unit: str) -> float | None:
    """``value`` in the base unit of its dimension (metres, m², kg, seconds...), or None."""
    if unit not in UNITS or UNITS[unit][1] is None:
        return None
    return value * UNITS[unit][1]  # type: ignore[operator]


def consistent(a: float, unit_a: str | None, b: float, unit_b: str | None, tolerance: float = 0.05) -> bool:
    """Whether ``a unit_a`` and ``b unit_b`` name the same amount within ``tolerance`` (5% by default).

    Five percent absorbs the rounding news copy applies to conversions ("40 km (25 miles)": 24.9 mi).
    Different dimensions are never consistent. Two currencies cannot be checked without exchange rates:
    they count as consistent (no claim of a mismatch is made).
    """
    if {unit_a, unit_b} == {"celsius", "fahrenheit"}:
        c, f = (a, b) if unit_a == "celsius" else (b, a)
        # either the same temperature, or the same difference ("2.14F (1.19C) warmer")
        return abs((f - 32) * 5 / 9 - c) <= max(0.6, tolerance * abs(c)) or abs(f * 5 / 9 - c) <= max(
            0.06, tolerance * abs(c)
        )
    if unit_a is None or unit_b is None:
        return unit_a == unit_b and abs(a - b) <= tolerance * max(abs(a), abs(b))
    if unit_a == unit_b:
        return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-12)
    if dimension(unit_a) != dimension(unit_b):
        return False
    if dimension(unit_a) == "money":
        return True
    ba, bb = to_base(a, unit_a), to_base(b, unit_b)
    if ba is None or bb is None:
        return False
    return abs(ba - bb) <= tolerance * max(abs(ba), abs(bb), 1e-12)
