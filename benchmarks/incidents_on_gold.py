"""The incident figures of `crosscheck eval gold` in about a minute: event pairs and factual verdicts.

    .venv/bin/python benchmarks/incidents_on_gold.py [--cache FILE] [--rebuild] [--refit] [--threshold T]

The extraction, the sentence embeddings and the quantity clusters of FA-KES are computed once and kept in a
pickle (``--cache``), computed again when the code they come from or the data changed (or with
``--rebuild``). Each run then groups the clusters into incidents again with the code as it stands, and
prints event pair recall and precision and the factual verdict figures (who did it, with what:
:mod:`crosscheck.evaluate.factual`), in-sample beside group k-fold, as `crosscheck eval gold` computes them:
"in-sample" with the shipped weights, or, with ``--refit``, with weights fit on every gold group (what a
change of features would ship; the fitted weights are printed); "k-fold" with each fold's weights fit
without its groups. Then the gold events split over several incidents and the pairs of gold events merged
into one, each with its pair count. Everything except the slot figures, which incidents do not change. Reads
the shared data by path.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "fa-kes-dev.jsonl"
CORPUS = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
CACHE = Path.home() / ".cache" / "crosscheck" / "gold-incidents.pkl"


def prepared(cache: Path, rebuild: bool) -> dict[str, Any]:
    from crosscheck.evaluate.fingerprint import CLUSTERING, cached_result, fingerprint

    def compute() -> dict[str, Any]:
        from crosscheck.config import Settings
        from crosscheck.embed.cache import default_cache_dir
        from crosscheck.evaluate.gold import match_all
        from crosscheck.evaluate.gold_data import load_gold
        from crosscheck.pipeline import extract_corpus, group_claims, load

        settings = Settings(cache_dir=str(default_cache_dir()), progress=False).validate()
        slots = load_gold(GOLD)
        corpus = load([CORPUS])
        claims = extract_corpus(corpus).claims
        grouping = group_claims(claims, settings)
        return {
            "sources": corpus.sources,
            "claims": claims,
            "vectors": grouping.vectors,
            "units": grouping.units,
            "followers": grouping.followers,
            "slots": slots,
            "matched": match_all(slots, corpus.sources, claims),
        }

    return cached_result(cache, fingerprint((*CLUSTERING, "compare"), [GOLD, CORPUS]), compute, rebuild)


def errors(data: dict[str, Any], event_of: dict[str, str]) -> list[str]:
    """Gold events split over incidents, and pairs of gold events sharing one (with their mention pairs)."""
    slots, matched = data["slots"], data["matched"]
    overlaps = {(slot.event_id, other) for slot in slots for other in slot.event_overlaps}
    found = [
        (slot.event_id, event_of[claim.id])
        for slot in slots
        for mention in slot.mentions
        if (claim := matched.get(mention)) is not None and claim.id in event_of
    ]
    lines = []
    for gold in sorted({gold for gold, _ in found}):
        spread = Counter(ours for g, ours in found if g == gold)
        if len(spread) > 1:
            lines.append(f"split  {gold}: {sorted(spread.values(), reverse=True)} mentions per incident")
    merged: Counter[tuple[str, str]] = Counter()
    for (gold_a, ours_a), (gold_b, ours_b) in combinations(found, 2):
        pair = tuple(sorted((gold_a, gold_b)))
        if gold_a != gold_b and ours_a == ours_b and pair not in overlaps and pair[::-1] not in overlaps:
            merged[pair] += 1  # type: ignore[index]
    lines.extend(f"merged {a} + {b}: {n} pairs" for (a, b), n in merged.most_common())
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--refit", action="store_true", help="in-sample with weights fit on every group")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()

    from dataclasses import replace

    from crosscheck.evaluate.event_fit import (
        cross_validated_events,
        fit_event_model,
        fold_of_groups,
        training_pairs,
    )
    from crosscheck.evaluate.factual import FoldEvents, evaluate_factual, pooled
    from crosscheck.evaluate.factual_gold import load_factual_gold
    from crosscheck.evaluate.grouping_scores import event_pairs
    from crosscheck.events import EventModel, build_events
    from crosscheck.events.crossing import CROSS_FEATURES
    from crosscheck.events.features import FEATURES

    data = prepared(args.cache, args.rebuild)
    claims, vectors, units, followers = data["claims"], data["vectors"], data["units"], data["followers"]
    slots, matched = data["slots"], data["matched"]
    model = EventModel()
    threshold = model.threshold if args.threshold is None else args.threshold
    if args.refit:
        following = {cid for unit in units if unit.id in followers for cid in unit.claim_ids}
        lead = [index for index, claim in enumerate(claims) if claim.id not in following]
        lead_units = [unit for unit in units if unit.id not in followers]
        training = training_pairs([claims[i] for i in lead], vectors[lead], lead_units, slots, matched)
        model = fit_event_model(training, threshold)
        print("WEIGHTS = " + repr(dict(zip(FEATURES, model.within, strict=True))))
        print(f"INTERCEPT = {model.within_intercept}")
        print("CROSS_WEIGHTS = " + repr(dict(zip(CROSS_FEATURES, model.across, strict=True))))
        print(f"CROSS_INTERCEPT = {model.across_intercept}")
    model = replace(model, threshold=threshold)
    grouped = build_events(claims, units, vectors, model, followers)
    event_of = {cid: event.id for event in grouped.events for cid in event.claim_ids}
    sample = event_pairs(slots, matched, event_of.get)
    fold_events: list[dict[str, list[str]]] = []
    held = cross_validated_events(
        claims,
        vectors,
        units,
        slots,
        matched,
        threshold,
        followers=followers,
        each_fold=lambda _, fold: fold_events.append({cid: [event] for cid, event in fold.items()}),
    )
    factual = evaluate_factual(
        load_factual_gold(GOLD.with_name("fa-kes-dev-factual.jsonl")),
        data["sources"],
        claims,
        {cid: [event] for cid, event in event_of.items()},
        FoldEvents(tuple(fold_events), fold_of_groups(slots)),
    )
    s, k = factual.scores, pooled(factual.folds)
    print(f"{len(grouped.events)} incidents, threshold {threshold}")
    print(f"{'':<32} {'in-sample':>9} {'k-fold':>7}")
    for name, a, b in (
        ("event pair recall", sample.recall, held.recall),
        ("event pair precision", sample.precision, held.precision),
        ("event macro recall", sample.macro_recall, held.macro_recall),
        ("factual verdict accuracy", s.verdict_accuracy, k.verdict_accuracy),
        ("factual cross-outlet pairs", s.pair_recall, k.pair_recall),
        ("factual contradiction precision", s.contradiction_precision, k.contradiction_precision),
        ("factual contradiction recall", s.contradiction_recall, k.contradiction_recall),
    ):
        print(f"{name:<32} {a:>9.3f} {b:>7.3f}")
    print(
        f"pairs together {sample.together}/{sample.pairs} in-sample, {held.together}/{held.pairs} k-fold; "
        f"right {sample.predicted_right}/{sample.predicted}, {held.predicted_right}/{held.predicted}"
    )
    print("\n".join(errors(data, event_of)))


if __name__ == "__main__":
    main()
