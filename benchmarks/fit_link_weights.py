"""Fit the weights of crosscheck.cluster.similarity on a gold set and print them beside the shipped ones.

    .venv/bin/python benchmarks/fit_link_weights.py [GOLD_JSONL] [--corpus FA-KES.csv]

Pairs: gold mentions of one group from different articles that no hard rule keeps apart; positive when
they belong to one slot. Prints each feature's AUC, the fitted coefficients, and the AUC of the fitted and
of the shipped weights. Reads the shared data by path.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
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
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from crosscheck.cluster.constraints import link
    from crosscheck.cluster.similarity import FEATURES, INTERCEPT, WEIGHTS, evidence
    from crosscheck.config import Settings
    from crosscheck.embed import make_embedder
    from crosscheck.embed.cache import default_cache_dir
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.pipeline import embedding_text, extract_corpus, load

    settings = Settings(cache_dir=str(default_cache_dir()), progress=False)
    slots = load_gold(args.gold)
    group_of = {
        slot["slot_id"]: group["group_id"]
        for group in map(json.loads, args.gold.read_text(encoding="utf-8").splitlines())
        for slot in group["slots"]
    }
    corpus = load([args.corpus])
    wanted = {mention.unit_id for slot in slots for mention in slot.mentions}
    corpus = corpus.__class__(corpus.name, tuple(s for s in corpus.sources if s.id.split("-")[0] in wanted))
    extraction = extract_corpus(corpus)
    matched = match_all(slots, corpus.sources, extraction.claims)
    mentions = [
        (mention, claim) for slot in slots for mention in slot.mentions if (claim := matched[mention])
    ]
    vectors = make_embedder(settings).embed([embedding_text(claim) for _, claim in mentions])

    rows, labels = [], []
    for (i, (ma, ca)), (j, (mb, cb)) in combinations(enumerate(mentions), 2):
        if group_of[ma.slot_id] != group_of[mb.slot_id] or ca.source.id == cb.source.id:
            continue
        rule = link(ca, cb, settings)
        if rule.apart:
            continue
        found = evidence(ca, cb, float(vectors[i] @ vectors[j]), settings, rule)
        rows.append(found.vector())
        labels.append(ma.slot_id == mb.slot_id)
    x, y = np.array(rows), np.array(labels)
    print(f"pairs: {len(y)} ({int(y.sum())} same slot)")
    for k, name in enumerate(FEATURES):
        if len(set(x[:, k])) > 1:
            print(f"  {name:<17} AUC {roc_auc_score(y, x[:, k]):.3f}")
    model = LogisticRegression(max_iter=2000, C=1.0).fit(x, y)
    print("fitted:  " + ", ".join(f"{n}={w:+.2f}" for n, w in zip(FEATURES, model.coef_[0], strict=True)))
    fitted_auc = roc_auc_score(y, model.decision_function(x))
    print(f"         intercept={model.intercept_[0]:+.2f}  AUC {fitted_auc:.3f}")
    shipped = x @ np.array([WEIGHTS[name] for name in FEATURES]) + INTERCEPT
    print("shipped: " + ", ".join(f"{n}={WEIGHTS[n]:+.2f}" for n in FEATURES))
    print(f"         intercept={INTERCEPT:+.2f}  AUC {roc_auc_score(y, shipped):.3f}")
    print(f"shipped at p>=0.5: precision {y[shipped >= 0].mean():.3f}, recall {(shipped[y] >= 0).mean():.3f}")


if __name__ == "__main__":
    main()
