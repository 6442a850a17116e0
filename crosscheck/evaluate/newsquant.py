"""Score :func:`crosscheck.extract.quantities.find_quantities` on NewsQuant, as its authors score.

NewsQuant (Almasian et al., "CQE", EMNLP 2023) is a JSON list of sentences with gold quantities. The
scoring replicates ``calculate_metrics`` of the authors' ``evaluate_models.py`` (satya77/CQE_Evaluation):
per sentence, gold and predicted quantities are sorted by normalised unit; for each gold quantity the
predictions are scanned in order; a prediction whose value matches (``np.isclose``, rtol 1e-5, atol 1e-8;
ranges need both ends) counts one value hit (at most as many as the sentence has gold quantities) and,
when its unit also matches, one value+unit hit, is removed and the scan stops. Precision = hits /
predicted, recall = hits / gold, each rounded to one decimal in percent.

How our matches are turned into their predictions (the benchmark's conventions, not the extractor's):

* a range is ``(low, high)``; other qualifiers give their ``value``;
* a vague amount with an order of magnitude becomes their range convention: "dozens" (12, 120),
  "hundreds" (100, 1000), "tens of thousands" (10000, 100000)... "several", "a few" and "a handful"
  are not annotated in NewsQuant and are not submitted;
* a bracketed conversion ("8 miles (13 km)") is submitted as a second quantity, as they annotate it;
* units are renamed to their vocabulary (:data:`UNIT_NAMES`), a rate appends " per <period>", and a
  count (no unit) is named by the noun phrase after it, lemmatised ("1,200 Kia and Hyundai workers" ->
  "kia hyundai worker", "two smaller kiosks" -> "small kiosk"; :func:`count_noun`), or "-";
* a figure left unnamed takes the name of its partner ("8 or $9", "7- or 8-inch", "280 million of the
  1.5 billion shekels") or of the figure before it ("22 burglaries ... 20 per week").
"""

from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.extract.not_quantities import plural_noun
from crosscheck.extract.quantities import find_quantities
from crosscheck.extract.quantity_match import QuantityMatch
from crosscheck.extract.units import TIME_UNITS, rate_after

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
VAGUE_BASE: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    "tens_of_thousands": 1e4, "hundreds_of_thousands": 1e5, "tens_of_millions": 1e7,
    "hundreds_of_millions": 1e8, "tens_of_billions": 1e10, "hundreds_of_billions": 1e11,
}  # fmt: skip
METRICS = ("value", "value+unit")


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0


@dataclass(frozen=True)
class PeerScore:
    system: str
    metric: str
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class NewsQuantResult:
    sentences: int
    scores: dict[str, Score]
    """Keyed by metric: "value", "value+unit"."""
    peers: tuple[PeerScore, ...] = ()
    errors: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = field(default=(), repr=False)
    """Per sentence with a mistake: (text, gold as "value unit", ours as "value unit")."""


def to_prediction(text: str, q: QuantityMatch) -> list[dict[str, object]]:
    """Our match in the benchmark's shape: ``[{"value": float | (lo, hi), "normalized_unit": str}]``."""
    value: float | tuple[float, float] | None
    if q.qualifier == "range" and q.low is not None and q.high is not None:
        value = (q.low, q.high)
    elif q.qualifier == "vague":
        code = q.rule.partition("(")[2].rstrip(")")
        base = VAGUE_BASE.get(code)
        if base is None:
            return []
        value = (base, base * 10)
    else:
        value = q.value
    if value is None:
        return []
    rate = q.rate
    if q.unit is None and rate is None:
        after = rate_after(text, q.end)
        rate = after[1] if after is not None and after[1] in TIME_UNITS else None  # "20 per week"
    name = _unit_name(text, q.unit, rate, q.end, q.value)
    if q.unit is None and name != "-" and not name.startswith("- ") and q.start == q.number_start:
        pre = _PRE_MODIFIER.search(text, max(0, q.start - 40), q.start)
        word = pre.group("w").lower() if pre else ""
        if pre and word not in _NOT_NOUNS | _NOT_PRE_MODIFIERS and not word.endswith(("ed", "ly")):
            name = f"{_GRADED.get(word, word)} {name}"  # "the top three seeds"
    out: list[dict[str, object]] = [{"value": value, "normalized_unit": name}]
    c = q.conversion
    if c is not None:
        cv = (c.low, c.high) if c.value is None and c.low is not None and c.high is not None else c.value
        if cv is not None:
            out.append({"value": cv, "normalized_unit": _unit_name(text, c.unit, None, c.end)})
    return out


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD_AFTER = re.compile(r"(?P<sep>[ \t]+|-[ \t]*)(?P<w>[A-Za-z][A-Za-z-]*)(?:['’]s\b)?")
_NOT_NOUNS = _wordset(
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


_GRADED = _graded_forms()
_PRE_MODIFIER = re.compile(r"\b(?:the|a|an|its|their|his|her|our)[ \t]+(?P<w>[a-z][a-z-]+)[ \t]+$", re.I)
_NOT_PRE_MODIFIERS = frozenset(("first", "other", "same", "few", "mere", "whopping", "estimated", "total"))
# "8 or $9", "7- or 8-inch", "four-, five- and six-cylinder", "280 million of the 1.5 billion shekels"
_PARTNER_GAP = re.compile(r"-[ \t]*,?[ \t]*(?:(?:or|and|to)[ \t]+)?|[ \t]+(?:or|and|to|of the)[ \t]+")
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
        if low in _NOT_NOUNS or low in _VERB_S:
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
            words.append(_GRADED.get(low, low))
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
        if not m.group("w").islower() or m.group("sep").startswith("-") or low in _NOT_NOUNS:
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


def _unit_name(text: str, unit: str | None, rate: str | None, end: int, value: float | None = None) -> str:
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


def _gold_value(raw: str) -> float | tuple[float, float]:
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        lo, hi = raw.split("-")[:2]
        return float(lo), float(hi)
    return float(raw)


def _values_match(gold: float | tuple[float, float], ours: object) -> bool:
    if isinstance(gold, tuple) != isinstance(ours, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(ours, tuple):
        return all(math.isclose(g, float(o), rel_tol=0, abs_tol=1e-8 + 1e-5 * abs(float(o)))
                   for g, o in zip(gold, ours, strict=True))  # fmt: skip
    assert isinstance(gold, float) and isinstance(ours, int | float)
    return abs(gold - float(ours)) <= 1e-8 + 1e-5 * abs(float(ours))


def _prf(tp: int, gold: int, predicted: int) -> Score:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(round(p * 100, 1), round(r * 100, 1), round(f * 100, 1), tp, predicted, gold)


def score_sentences(
    items: list[tuple[str, list[dict[str, str]], list[dict[str, object]]]],
) -> NewsQuantResult:
    """Score ``(text, gold quantities, predictions)`` triples the way the benchmark's authors do."""
    total_gold = total_pred = hits_value = hits_unit = 0
    errors: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    for text, gold, preds in items:
        total_gold += len(gold)
        total_pred += len(preds)
        tags = sorted(preds, key=lambda d: str(d["normalized_unit"]))
        remaining = len(gold)
        sentence_unit_hits = sentence_value_hits = 0
        for g in sorted(gold, key=lambda d: d["normalized_unit"]):
            gv, gu = _gold_value(g["value"]), g["normalized_unit"].lower()
            for t in list(tags):
                if not _values_match(gv, t["value"]):
                    continue
                if remaining > 0:
                    hits_value += 1
                    sentence_value_hits += 1
                    remaining -= 1
                if str(t["normalized_unit"]).lower() == gu:
                    hits_unit += 1
                    sentence_unit_hits += 1
                    tags.remove(t)
                    tags.sort(key=lambda d: str(d["normalized_unit"]))
                    break
        if sentence_unit_hits != len(gold) or len(preds) != len(gold):
            errors.append(
                (
                    text,
                    tuple(f"{g['value']} {g['normalized_unit']}" for g in gold),
                    tuple(f"{p['value']} {p['normalized_unit']}" for p in preds),
                )
            )
    return NewsQuantResult(
        sentences=len(items),
        scores={"value": _prf(hits_value, total_gold, total_pred), "value+unit": _prf(hits_unit,
        total_gold, total_pred)},
        errors=tuple(errors),
    )  # fmt: skip


def predictions(text: str) -> list[dict[str, object]]:
    """Every quantity of ``text`` in the benchmark's shape, unnamed figures named by their neighbours."""
    matches = find_quantities(text)
    per_match = [to_prediction(text, q) for q in matches]
    for k in range(len(matches) - 2, -1, -1):
        ours, theirs = per_match[k], per_match[k + 1]
        if (
            ours
            and theirs
            and ours[0]["normalized_unit"] == "-"
            and theirs[0]["normalized_unit"] != "-"
            and _PARTNER_GAP.fullmatch(text, matches[k].end, matches[k + 1].start)
        ):
            ours[0] = {**ours[0], "normalized_unit": theirs[0]["normalized_unit"]}  # "8 or $9"
    carried = _carry_elided_nouns([p for preds in per_match for p in preds])
    return [
        {**p, "normalized_unit": "-"} if str(p["normalized_unit"]).startswith("- ") else p for p in carried
    ]


def _carry_elided_nouns(preds: list[dict[str, object]]) -> list[dict[str, object]]:
    """ "435 homes by sale and 187 by tender": an unnamed figure takes the unit or noun before it."""
    out: list[dict[str, object]] = []
    last_noun: str | None = None
    for p in preds:
        name = str(p["normalized_unit"])
        if (name == "-" or name.startswith("- per ")) and last_noun is not None:
            p = {**p, "normalized_unit": last_noun + name[1:]}  # "22 burglaries ... 20 per week"
        elif not name.startswith(("-", "%")) and name != "percentage":
            last_noun = re.sub(rf" per (?:{'|'.join(TIME_UNITS)})$", "", name)
        out.append(p)
    return out


def read_peers(path: Path) -> tuple[PeerScore, ...]:
    """The peers' published scores from NewsQuant.csv (tab separated: index, P, R, F1, model, type)."""
    if not path.exists():
        return ()
    peers: list[PeerScore] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            try:
                peers.append(
                    PeerScore(row["model"], row["type"], float(row["P"]), float(row["R"]), float(row["F1"]))
                )
            except (KeyError, TypeError, ValueError):
                continue
    return tuple(peers)


def evaluate_newsquant(path: str | Path) -> NewsQuantResult:
    """Run the extractor over every NewsQuant sentence and score it; peers from NewsQuant.csv beside it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise FileNotFoundError(f"{path}: NewsQuant JSON not found; pass the path to NewsQuant.json") from e
    items = []
    for entry in data:
        text = entry["text"]
        preds = predictions(text)
        items.append((text, entry["quantities"], preds))
    result = score_sentences(items)
    return NewsQuantResult(
        result.sentences, result.scores, read_peers(path.with_suffix(".csv")), result.errors
    )


def render_newsquant(result: NewsQuantResult) -> str:
    """A text table: crosscheck beside the peers' published figures, per metric."""
    rows = [("crosscheck (rules)", m, s.precision, s.recall, s.f1) for m, s in result.scores.items()]
    rows += [(p.system, p.metric, p.precision, p.recall, p.f1) for p in result.peers if p.metric in METRICS]
    rows.sort(key=lambda r: (METRICS.index(r[1]) if r[1] in METRICS else 9, -r[4]))
    width = max(len(r[0]) for r in rows)
    lines = [
        f"NewsQuant: {result.sentences} sentences",
        f"{'system':<{width}}  {'metric':<10}  {'P':>5}  {'R':>5}  {'F1':>5}",
    ]
    lines += [f"{s:<{width}}  {m:<10}  {p:5.1f}  {r:5.1f}  {f:5.1f}" for s, m, p, r, f in rows]
    ours = result.scores.get("value")
    if ours is not None:
        lines.append(
            f"(ours: {ours.true_positives} value hits, {ours.predicted} predicted, {ours.gold} gold)"
        )
    return "\n".join(lines)
