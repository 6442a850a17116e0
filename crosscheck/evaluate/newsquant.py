"""Score :func:`crosscheck.extract.numbers.quantities.find_quantities` on NewsQuant, as its authors score.

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
* units are renamed to their vocabulary, a rate appends " per <period>", and a count (no unit) is named
  by the noun phrase after it, lemmatised ("1,200 Kia and Hyundai workers" -> "kia hyundai worker", "two
  smaller kiosks" -> "small kiosk"), or "-" (:mod:`crosscheck.evaluate.newsquant_units`);
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

from crosscheck.evaluate.newsquant_units import GRADED, NOT_NOUNS, unit_name
from crosscheck.extract.numbers.quantities import find_quantities
from crosscheck.extract.numbers.quantity_match import QuantityMatch
from crosscheck.extract.units.units import TIME_UNITS, rate_after

VAGUE_BASE: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    "tens_of_thousands": 1e4, "hundreds_of_thousands": 1e5, "tens_of_millions": 1e7,
    "hundreds_of_millions": 1e8, "tens_of_billions": 1e10, "hundreds_of_billions": 1e11,
}  # fmt: skip
_PRE_MODIFIER = re.compile(r"\b(?:the|a|an|its|their|his|her|our)[ \t]+(?P<w>[a-z][a-z-]+)[ \t]+$", re.I)
_NOT_PRE_MODIFIERS = frozenset(("first", "other", "same", "few", "mere", "whopping", "estimated", "total"))
# "8 or $9", "7- or 8-inch", "four-, five- and six-cylinder", "280 million of the 1.5 billion shekels"
_PARTNER_GAP = re.compile(r"-[ \t]*,?[ \t]*(?:(?:or|and|to)[ \t]+)?|[ \t]+(?:or|and|to|of the)[ \t]+")

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
    name = unit_name(text, q.unit, rate, q.end, q.value)
    if q.unit is None and name != "-" and not name.startswith("- ") and q.start == q.number_start:
        pre = _PRE_MODIFIER.search(text, max(0, q.start - 40), q.start)
        word = pre.group("w").lower() if pre else ""
        if pre and word not in NOT_NOUNS | _NOT_PRE_MODIFIERS and not word.endswith(("ed", "ly")):
            name = f"{GRADED.get(word, word)} {name}"  # "the top three seeds"
    out: list[dict[str, object]] = [{"value": value, "normalized_unit": name}]
    c = q.conversion
    if c is not None:
        cv = (c.low, c.high) if c.value is None and c.low is not None and c.high is not None else c.value
        if cv is not None:
            out.append({"value": cv, "normalized_unit": unit_name(text, c.unit, None, c.end)})
    return out


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
