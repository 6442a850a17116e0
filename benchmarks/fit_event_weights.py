"""Fit the incident model (crosscheck.events) on the gold events; print its weights and its figures.

    .venv/bin/python benchmarks/fit_event_weights.py [GOLD_JSONL] [--corpus FA-KES.csv] [--threshold T ...]

Prints each feature's AUC on the training pairs, the weights fitted on every gold group (what
crosscheck/events/features.py and crossing.py ship), and for each threshold the event pair recall and
precision in-sample beside their group k-fold cross-validated values. Reads the shared data by path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", type=Path, default=SHARED / "gold" / "fa-kes-dev.jsonl")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv")
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.5])
    args = parser.parse_args()

    from sklearn.metrics import roc_auc_score

    from crosscheck.config import Settings
    from crosscheck.embed.cache import default_cache_dir
    from crosscheck.evaluate.event_fit import cross_validated_events, fit_event_model, training_pairs
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.evaluate.grouping_scores import event_pairs
    from crosscheck.events import EventModel, build_events
    from crosscheck.events.crossing import CROSS_FEATURES
    from crosscheck.events.features import FEATURES
    from crosscheck.pipeline import cluster_claims_of, embed_claims, extract_corpus, load

    settings = Settings(cache_dir=str(default_cache_dir()), progress=False).validate()
    slots = load_gold(args.gold)
    corpus = load([args.corpus])
    claims = extract_corpus(corpus).claims
    vectors = embed_claims(claims, settings)
    clusters = cluster_claims_of(claims, vectors, settings)
    matched = match_all(slots, corpus.sources, claims)
    training = training_pairs(claims, vectors, clusters, slots, matched)
    for kind, pairs, names in (
        ("within", training.within, FEATURES),
        ("across", training.across, CROSS_FEATURES),
    ):
        print(f"{kind} one article: {len(pairs.labels)} pairs ({int(pairs.labels.sum())} one event)")
        for k, name in enumerate(names):
            if len(set(pairs.features[:, k])) > 1:
                print(f"  {name:<18} AUC {roc_auc_score(pairs.labels, pairs.features[:, k]):.3f}")
    fitted = fit_event_model(training)
    print("WEIGHTS = " + repr(dict(zip(FEATURES, fitted.within, strict=True))))
    print(f"INTERCEPT = {fitted.within_intercept}")
    print("CROSS_WEIGHTS = " + repr(dict(zip(CROSS_FEATURES, fitted.across, strict=True))))
    print(f"CROSS_INTERCEPT = {fitted.across_intercept}")
    print(f"{'threshold':>9} {'R in':>6} {'R cv':>6} {'P in':>6} {'P cv':>6}")
    for threshold in args.threshold:
        model = EventModel(
            fitted.within, fitted.within_intercept, fitted.across, fitted.across_intercept, threshold
        )
        grouped = build_events(claims, clusters, vectors, model)
        event_of = {cid: event.id for event in grouped.events for cid in event.claim_ids}
        sample = event_pairs(slots, matched, event_of.get)
        held = cross_validated_events(claims, vectors, clusters, slots, matched, threshold)
        print(
            f"{threshold:>9.2f} {sample.recall:>6.3f} {held.recall:>6.3f} "
            f"{sample.precision:>6.3f} {held.precision:>6.3f}"
        )


if __name__ == "__main__":
    main()
