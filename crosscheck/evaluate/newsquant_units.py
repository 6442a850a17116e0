"""Name a quantity's unit or counted noun the way NewsQuant annotates it.

One rule family of :mod:`crosscheck.evaluate.newsquant`: a unit is renamed to the benchmark's vocabulary
(:data:`UNIT_NAMES`), a rate appends " per <period>", and a bare count is named by the lemmatised noun
phrase after it (:func:`count_noun`: "1,200 Kia and Hyundai workers" -> "kia hyundai worker"), or "-".
"""

from __future__ import annotations

import re

from crosscheck.extract.numbers.not_quantities import plural_noun

UNIT_NAMES: dict[str, str] = {
    "percent": "percentage", "percentage_point": "percentage point", "basis_point": "basis point",
    "usd": "dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen", "cny": "chinese yuan",
    "ils": "shekel", "myr": "malaysian ringgit", "inr": "indian rupee", "aud": "australian dollar",
    "cad": "canadian dollar", "hkd": "hong kong dollar", "nzd": "new zealand dollar",
    "sgd": "singaporean dollar",
    "syp": "syrian pound", "try": "turkish lira", "chf": "swiss franc", "cent": "cent",
    "km": "kilometre", "mi": "mile", "m": "metre", "cm": "centimetre", "mm": "millimetre", "ft": "foot",
    "in": "inch", "yd": "yard", "km2": "square kilometre", "sq_mi": "square mile", "m2": "square metre",
    "sq_ft": "square foot", "hectare": "hectare", "acre": "acre", "kg": "kilogram", "g": "gram",
    "lb": "pound-mass", "mg": "milligram", "tonne": "metric ton", "year": "year", "month": "month",
    "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "second": "second", "year_of_age": "year of age",
    "month_of_age": "month of age", "week_of_age": "week of age", "day_of_age": "day of age",
    "mph": "mile per hour", "kph": "kilometre per hour", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "degree": "degree", "litre": "litre", "ml": "millilitre", "gallon": "gallon", "barrel": "barrel",
    "hp": "horsepower", "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt hour",
    "gb": "gigabyte", "tb": "terabyte", "mb": "megabyte", "hz": "hertz", "ghz": "gigahertz",
    "mhz": "megahertz",
    "mpg": "mile per gallon", "point": "point", "fraction": "% -", "ton": "ton", "gigatonne": "gigaton",
    "kilotonne": "kiloton", "lb_ft": "foot pound-force", "nm_torque": "newton metre", "um": "micrometre",
    "nm": "nanometre", "cu_ft": "cubic foot", "m3": "cubic metre", "km3": "cubic kilometre", "knot": "knot",
    "bhp": "brake horsepower", "w": "watt", "mah": "milliampere-hour", "rpm": "revolutions per minute",
    "mbps": "megabit per second", "gbps": "gigabit per second", "ppm": "part per million",
    "ppb": "parts-per-billion", "gpa": "gigapascal", "mpa": "megapascal", "ksi": "kilopound per square inch",
    "kcal": "calorie", "mwh": "megawatt hour", "gwh": "gigawatt hour", "times": "count",
    "pence": "point", "khz": "kilohertz", "dkk": "danish krone",
    "sek": "swedish krona", "hrk": "croatian kuna", "zar": "south african rand", "sen": "sen",
    "war": "win above replacement", "mmbtu": "mega british thermal unit",
}  # fmt: skip


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD_AFTER = re.compile(r"(?P<sep>[ \t]+|-[ \t]*)(?P<w>[A-Za-z][A-Za-z-]*)(?:['’]s\b)?")
NOT_NOUNS = _wordset(
    """a an the and or of to in on at for by with from as is are was were be been has have had will would
    that which who whom whose this these those it its their his her our my your per than more less while
    after before since into over under up down about around across off out last next ago earlier later
    during between among amid including within without through against via like such each every both
    all some any no not only so if when where then there here also just even still yet behind"""
)
_JOINERS = frozenset(("and", "&"))
_SKIPPED_MODIFIERS = frozenset(("more", "further", "additional"))
_OF_COMPLEMENT = re.compile(r"[ \t]+of(?=[ \t]+[A-Za-z])", re.I)
_VERB_S = _wordset(
    """lives says has does goes makes takes comes gets remains works needs wants uses shows seems holds
    means stands runs sits looks feels gives keeps plays costs helps includes"""
)
_ADJECTIVES = _wordset(
    """large big small old new high low late early great fast long strong rich poor hot cold deadly
    busy fine young tall wealthy safe cheap close hard real proud wide short slow heavy light deep easy
    happy nice bright dark quick huge tiny"""
)


def _graded_forms() -> dict[str, str]:
    """ "bigger", "biggest", "finest", "earliest" -> their base adjective."""
    forms = {"best": "good", "better": "good", "worst": "bad", "worse": "bad"}
    for adj in _ADJECTIVES:
        if adj.endswith("e"):
            stem = adj[:-1]
        elif adj.endswith("y"):
            stem = adj[:-1] + "i"
        elif re.search(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$", adj):
            stem = adj + adj[-1]
        else:
            stem = adj
        forms[stem + "er"] = forms[stem + "est"] = adj
    return forms


GRADED = _graded_forms()
_PLURAL_IRREGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman", "feet": "foot",
                     "teeth": "tooth", "mice": "mouse", "geese": "goose", "persons": "person"}  # fmt: skip


def count_noun(text: str, end: int, singular_ok: bool = False) -> str:
    """What a bare count counts, their way: the noun phrase up to its plural head, lemmatised ("-" if none).

    "12 heart transplants" -> "heart transplant"; "and" is dropped ("460 Kia and Hyundai vehicles" ->
    "kia hyundai vehicle"), an "of" complement is kept ("5,700 categories of products" -> "category
    product"), graded adjectives take their base ("two smaller tenancies" -> "small tenancy"), a noun glued
    by a hyphen is the unit ("a six-cylinder engine" -> "cylinder"). With ``singular_ok`` ("one", "a third
    of the") a singular phrase names it too ("one particular demand").
    """
    words: list[str] = []
    pos = end
    for i in range(6):
        m = _WORD_AFTER.match(text, pos)
        if not m:
            break
        word, low = m.group("w"), m.group("w").lower()
        if low in _JOINERS and words:
            pos = m.end()
            continue
        if low in _SKIPPED_MODIFIERS and i == 0:
            pos = m.end()
            continue
        if low in NOT_NOUNS or low in _VERB_S:
            break
        pos = m.end()
        plural = _is_plural(word)
        if singular_ok and plural and words and low.endswith("s") and not low.endswith("es"):
            break  # "one proposal asks"
        if i == 0 and m.group("sep") == "-" and not singular_ok and not plural:
            return _singular(word)  # "a 12-page report", "a six-cylinder engine"
        if plural:
            return " ".join([*words, _singular(word), *_of_complement(text, pos)])
        if "-" in low or not low.endswith(("ed", "ous", "ive", "ly")):
            words.append(GRADED.get(low, low))
    return " ".join(words) if singular_ok and words else "-"


def _of_complement(text: str, pos: int) -> list[str]:
    """ "snaps of man coverage": up to two words after "of", ending at a plural or a function word."""
    of = _OF_COMPLEMENT.match(text, pos)
    if not of:
        return []
    out: list[str] = []
    pos = of.end()
    for _ in range(2):
        m = _WORD_AFTER.match(text, pos)
        if not m:
            break
        low = m.group("w").lower()
        if not m.group("w").islower() or m.group("sep").startswith("-") or low in NOT_NOUNS:
            break
        if low.endswith("ed"):
            return []
        pos = m.end()
        out.append(m.group("w").lower())
        if _is_plural(m.group("w")):
            out[-1] = _singular(m.group("w"))
            break
    return out


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _PLURAL_IRREGULAR or w.endswith("men") or plural_noun(w)


def unit_name(text: str, unit: str | None, rate: str | None, end: int, value: float | None = None) -> str:
    if unit is None or unit == "fraction":
        of = re.match(r"\s+of(?:\s+the)?(?=\s)|\s+the(?=\s)", text[end : end + 12])
        name = count_noun(text, end + (of.end() if of else 0), value == 1 or unit == "fraction")
        if unit == "fraction":
            name = f"% {name}"
    else:
        base, _, per = unit.partition("/")
        name = UNIT_NAMES.get(base, base) + (f" per {UNIT_NAMES.get(per, per)}" if per else "")
    if rate:
        name = f"{name} per {rate}"
    return name.lower()


def _singular(word: str) -> str:
    w = word.lower()
    if w in _PLURAL_IRREGULAR:
        return _PLURAL_IRREGULAR[w]
    if w.endswith("men"):
        return w[:-3] + "man"
    if w in ("series", "news", "species"):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "uses")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
