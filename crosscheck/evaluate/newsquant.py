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
  count (no unit) is named by the word after it, singularised ("1,200 workers" -> "worker"), or "-".
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
    name = _unit_name(text, q.unit, q.rate, q.end, q.value)
    out: list[dict[str, object]] = [{"value": value, "normalized_unit": name}]
    c = q.conversion
    if c is not None:
        cv = (c.low, c.high) if c.value is None and c.low is not None and c.high is not None else c.value
        if cv is not None:
            out.append({"value": cv, "normalized_unit": _unit_name(text, c.unit, None, c.end)})
    return out


_WORD_AFTER = re.compile(r"(?:[ \t]+|-)([A-Za-z][A-Za-z-]*)")
_NOT_NOUNS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "that",
        "which",
        "who",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "per",
        "than",
        "more",
        "less",
        "while",
        "after",
        "before",
        "since",
        "into",
        "over",
        "under",
        "up",
        "down",
        "about",
        "around",
        "across",
        "off",
        "out",
        "last",
        "next",
        "this",
        "ago",
        "earlier",
        "later",
    ]
)
_PLURAL_IRREGULAR = {"people": "people", "children": "child", "men": "man", "women": "woman", "feet": "foot",
                     "teeth": "tooth", "mice": "mouse", "geese": "goose", "persons": "person"}  # fmt: skip


def count_noun(text: str, end: int, value: float | None = None) -> str:
    """What a bare count counts, their way: the words up to the first plural, singularised ("-" if none)."""
    words: list[str] = []
    pos = end
    for _ in range(4):
        m = _WORD_AFTER.match(text, pos)
        if not m or m.group(1).lower() in _NOT_NOUNS:
            break
        pos = m.end()
        word = m.group(1)
        if value == 1:
            return _singular(word)
        if _is_plural(word):
            return " ".join([*words, _singular(word)])
        if not word.lower().endswith(("ed", "ous", "ive", "ly")):
            words.append(word)
    return "-"


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w in _PLURAL_IRREGULAR or w.endswith("men") or plural_noun(w)


def _unit_name(text: str, unit: str | None, rate: str | None, end: int, value: float | None = None) -> str:
    if unit is None or unit == "fraction":
        of = re.match(r"\s+of(?:\s+the)?(?=\s)|\s+the(?=\s)", text[end : end + 12])
        name = count_noun(text, end + (of.end() if of else 0), value if unit is None else None)
        if unit == "fraction":
            name = f"% {name}"
    else:
        base, _, per = unit.partition("/")
        name = UNIT_NAMES.get(base, base) + (f" per {per}" if per else "")
    if rate and name != "-":
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


def _carry_elided_nouns(preds: list[dict[str, object]]) -> list[dict[str, object]]:
    """ "435 homes by sale and 187 by tender": an unnamed figure takes the unit or noun before it."""
    out: list[dict[str, object]] = []
    last_noun: str | None = None
    for p in preds:
        name = str(p["normalized_unit"])
        if name == "-" and last_noun is not None:
            p = {**p, "normalized_unit": last_noun}
        elif name != "-" and name != "percentage" and not name.startswith("%"):
            last_noun = name
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
        preds = _carry_elided_nouns([p for q in find_quantities(text) for p in to_prediction(text, q)])
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
