"""Verdict accuracy of the compare stage alone, on the gold slots of FA-KES (perfect extraction/clustering).

Each gold mention becomes a Claim: its value/low/high/qualifier, attributed_to and as_of come from the gold;
its offsets and sentence come from finding the quote in the article (title + content) of FA-KES-Dataset.csv,
whose source and date columns give the outlet and publication date. compare_claims runs once per slot.

    .venv/bin/python benchmarks/verdict_on_gold.py [--gold PATH] [--corpus PATH] [--show-misses]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck.compare import compare_claims
from crosscheck.config import Settings
from crosscheck.model import VERDICTS, Claim, Source, TimeSpan

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "fa-kes-dev.jsonl"
CORPUS = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
SENTENCE_END = re.compile(r"[.!?](?=\s)")


def load_sources(path: Path) -> dict[int, Source]:
    csv.field_size_limit(sys.maxsize)
    sources: dict[int, Source] = {}
    with path.open(encoding="latin-1", newline="") as handle:
        for row in csv.DictReader(handle):
            title = row["article_title"].strip()
            text = f"{title}. {row['article_content'].strip()}"
            try:
                published = datetime.strptime(row["date"].strip(), "%m/%d/%Y").date()
            except ValueError:
                published = None
            unit = int(row["unit_id"])
            sources[unit] = Source(
                id=str(unit), text=text, outlet=row["source"].strip(), title=title, published=published
            )
    return sources


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, right


def as_of_span(as_of: object) -> TimeSpan | None:
    """A day ("2016-10-11") or a month ("2014-08") as an inclusive span."""
    if not as_of:
        return None
    text = str(as_of)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        first = date.fromisoformat(text + "-01")
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return TimeSpan(first, following - timedelta(days=1), text)
    day = date.fromisoformat(text)
    return TimeSpan(day, day, text)


def to_claim(mention: dict[str, object], measure: str, sources: dict[int, Source]) -> tuple[Claim, bool]:
    source = sources.get(int(mention["unit_id"]))  # type: ignore[arg-type]
    if source is None:
        source = Source(id=str(mention["unit_id"]), text=str(mention["quote"]), outlet=str(mention["source"]))
    quote = str(mention["quote"])
    start = source.text.lower().find(quote.lower())
    found = start >= 0
    if not found:
        start = 0
        quote = source.text[: len(quote)]
    end = start + len(quote)
    s_start, s_end = sentence_bounds(source.text, start, end)
    span = as_of_span(mention.get("as_of"))
    claim = Claim(
        source=source,
        kind="numeric",
        start=start,
        end=end,
        sentence_start=min(s_start, start),
        sentence_end=max(s_end, end),
        rule="gold",
        value=mention.get("value"),  # type: ignore[arg-type]
        low=mention.get("low"),  # type: ignore[arg-type]
        high=mention.get("high"),  # type: ignore[arg-type]
        qualifier=mention.get("qualifier"),  # type: ignore[arg-type]
        measure=measure,
        attribution=mention.get("attributed_to"),  # type: ignore[arg-type]
        time=span,
    )
    return claim, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    sources = load_sources(args.corpus)
    settings = Settings(embedder="fake").validate()
    confusion: Counter[tuple[str, str]] = Counter()
    rules: Counter[str] = Counter()
    not_found = 0
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        for slot in json.loads(line)["slots"]:
            claims = []
            for mention in slot["mentions"]:
                claim, found = to_claim(mention, slot["measure"], sources)
                not_found += not found
                claims.append(claim)
            result = compare_claims(claims, settings)
            confusion[(slot["verdict"], result.verdict)] += 1
            rules[result.rule] += 1
            if args.show_misses and result.verdict != slot["verdict"]:
                print(f"{slot['slot_id']} gold={slot['verdict']} got={result.verdict}")
                print(f"  {result.explanation}")
    total = sum(confusion.values())
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    labels = [v for v in VERDICTS if any(v in pair for pair in confusion)]
    print(f"verdict accuracy: {correct}/{total} = {correct / total:.3f}  (quotes not found: {not_found})")
    print("gold \\ predicted".ljust(18) + "".join(lab.rjust(12) for lab in labels))
    for g in labels:
        print(g.ljust(18) + "".join(str(confusion[(g, p)]).rjust(12) for p in labels))
    print("rules:", ", ".join(f"{r}={n}" for r, n in rules.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
