"""Fit the weights of crosscheck.cluster.similarity on a gold set and print them beside the shipped ones.

    .venv/bin/python benchmarks/fit_link_weights.py [GOLD_JSONL] [--corpus FA-KES.csv]

The same procedure `crosscheck eval gold` cross-validates (crosscheck.evaluate.link_fit): the pairs
clustering weighs where both claims state a gold mention, a balanced logistic regression with the cosine
weight held fixed. Prints each feature's AUC over those pairs, the fitted weights (paste them into
``WEIGHTS`` and ``INTERCEPT`` to ship them) and the shipped ones, with the AUC of each. Reads the shared
data by path.
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
    args = parser.parse_args()

    import numpy as np
    from sklearn.metrics import roc_auc_score

    from crosscheck.cluster.similarity import FEATURES, SHIPPED, LinkWeights
    from crosscheck.config import Settings
    from crosscheck.embed.cache import default_cache_dir
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.evaluate.link_fit import fit_link_weights, link_training_pairs
    from crosscheck.pipeline import embed_claims, extract_corpus, load

    settings = Settings(cache_dir=str(default_cache_dir()), progress=False).validate()
    slots = load_gold(args.gold)
    corpus = load([args.corpus])
    claims = [claim for claim in extract_corpus(corpus).claims if not claim.aspect]
    vectors = embed_claims(claims, settings)
    pairs = link_training_pairs(claims, vectors, slots, match_all(slots, corpus.sources, claims), settings)
    x, y = pairs.features, pairs.labels
    print(f"pairs: {len(y)} ({int(y.sum())} same slot), {len(set(pairs.groups))} gold groups")
    for k, name in enumerate(FEATURES):
        if len(set(x[:, k])) > 1:
            print(f"  {name:<24} AUC {roc_auc_score(y, x[:, k]):.3f}")

    def show(label: str, weights: LinkWeights) -> None:
        scores = x @ np.array(weights.weights) + weights.intercept
        print(f"{label}: AUC {roc_auc_score(y, scores):.3f}")
        for name, weight in zip(FEATURES, weights.weights, strict=True):
            print(f'    "{name}": {weight},')
        print(f"    INTERCEPT = {weights.intercept}")

    show("fitted", fit_link_weights(pairs))
    show("shipped", SHIPPED)


if __name__ == "__main__":
    main()
