"""Who did each incident and with what, against the factual gold, with the gold's own event grouping.

Extracts the claims of the gold's FA-KES articles, maps each factual claim to the gold events whose
mention quotes it overlaps, and prints mentions found, cross-outlet pairs together, verdict accuracy and
contradiction precision / recall, in-sample and per group k-fold (nothing is fitted; see
crosscheck/evaluate/factual.py).

    .venv/bin/python benchmarks/factual_on_gold.py [--gold PATH] [--corpus PATH] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck.evaluate.factual import evaluate_factual, render
from crosscheck.evaluate.factual_gold import load_factual_gold
from crosscheck.extract import extract_claims
from crosscheck.pipeline import load

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "gold" / "fa-kes-dev-factual.jsonl"
CORPUS = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--show-misses", action="store_true", help="list the mentions missed and the wrong verdicts"
    )
    args = parser.parse_args()
    gold = load_factual_gold(args.gold)
    units = {mention.unit_id for row in gold for mention in row.mentions}
    sources = [s for s in load([args.corpus]).sources if s.id.split("-")[0] in units]
    claims = [claim for source in sources for claim in extract_claims(source)]
    result = evaluate_factual(gold, sources, claims)
    print(f"factual gold: {len(gold)} (event, aspect) rows, {len(sources)} articles")
    print(render(result))
    if args.show_misses:
        print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
