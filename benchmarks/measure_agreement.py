"""How often :func:`find_measure` names what the FA-KES gold says a figure counts.

For each gold mention: find its article (FA-KES CSV, by ``unit_id``), locate the mention's quote in the
article, pick the quantity inside the quote whose value matches the mention's, run the measure finder on it
and compare ``measure_key`` of both names. Prints agreement and the disagreements.

Usage: python benchmarks/measure_agreement.py [--gold PATH] [--csv PATH] [--quiet]
Reads shared data by path only; writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crosscheck.extract.measure.measure import find_measure, measure_event, measure_key
from crosscheck.extract.numbers.quantities import find_quantities
from crosscheck.extract.numbers.quantity_match import QuantityMatch

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "fa-kes-dev.jsonl"
CSV = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def load_articles(path: Path) -> dict[str, str]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="latin-1", newline="") as f:
        return {
            row["unit_id"].strip(): f"{row['article_title']}\n{row['article_content']}"
            for row in csv.DictReader(f)
        }


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    try:
        from crosscheck.extract.sentences import split_sentences
    except ImportError:
        starts = [0, *(m.end() for m in re.finditer(r"[.!?]\s+(?=[A-Z\"'])|\n+", text))]
        ends = [*starts[1:], len(text)]
        spans = list(zip(starts, ends, strict=True))
    else:
        spans = split_sentences(text)
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return 0, len(text)


def locate(text: str, quote: str) -> int | None:
    at = text.find(quote)
    if at >= 0:
        return at
    pattern = r"\W*".join(re.escape(w) for w in re.findall(r"\w+", quote))
    m = re.search(pattern, text, re.I)
    return m.start() if m else None


def pick(matches: list[QuantityMatch], mention: dict) -> QuantityMatch | None:
    def value_ok(m: QuantityMatch) -> bool:
        want = [mention.get(k) for k in ("value", "low", "high") if mention.get(k) is not None]
        have = [v for v in (m.value, m.low, m.high) if v is not None]
        return bool(want) and any(abs(w - h) < 1e-6 for w in want for h in have)

    good = [m for m in matches if value_ok(m)]
    if mention.get("qualifier") == "vague":
        good = [m for m in matches if m.qualifier == "vague"] or good
    return good[0] if good else None


def lenient(name: str, gold: str) -> bool:
    """Same event, and groups equal or one of them the generic "people"/"civilians" (the gold names an
    incident's victims, e.g. "civilians killed", where one outlet's sentence only says "people")."""
    a, b = measure_key(name), measure_key(gold)
    ea, eb = measure_event(a), measure_event(b)
    if a == b:
        return True
    if ea is None or ea != eb:
        return False
    ga, gb = a[: -len(ea) - 1], b[: -len(eb) - 1]
    return bool({ga, gb} & {"people", "civilians"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--csv", type=Path, default=CSV)
    ap.add_argument("--quiet", action="store_true", help="only print the summary")
    args = ap.parse_args(argv)
    articles = load_articles(args.csv)
    agree = total = unlocated = 0
    exact = loose = 0
    misses: list[str] = []
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        for slot in json.loads(line)["slots"]:
            for mention in slot["mentions"]:
                text = articles.get(str(mention["unit_id"]))
                at = locate(text, mention["quote"]) if text else None
                if text is None or at is None:
                    unlocated += 1
                    continue
                end = at + len(mention["quote"])
                match = pick(find_quantities(text, at, end), mention)
                if match is None:
                    unlocated += 1
                    continue
                total += 1
                s, e = sentence_bounds(text, match.start)
                found = find_measure(text, s, max(e, end), match)
                name = found.name if found else None
                if name == slot["measure"]:
                    exact += 1
                if name and lenient(name, slot["measure"]):
                    loose += 1
                if name and measure_key(name) == measure_key(slot["measure"]):
                    agree += 1
                else:
                    misses.append(
                        f"  gold={slot['measure']!r} got={name!r} ({found.rule if found else '-'})\n"
                        f"      {text[match.start : match.end]!r} in: {mention['quote'][:150]!r}"
                    )
    if not args.quiet:
        print("Disagreements:")
        print("\n".join(misses))
    pct = 100 * agree / total if total else 0.0
    print(f"mentions scored: {total}  (not located or no matching quantity: {unlocated})")
    print(f"measure agreement (measure_key): {agree}/{total} = {pct:.1f}%")
    print(f"exact name agreement: {exact}/{total} = {100 * exact / total if total else 0:.1f}%")
    print(
        f"lenient (same event; people/civilians vs a subgroup): {loose}/{total} = {100 * loose / total:.1f}%"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
