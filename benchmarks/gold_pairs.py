"""Why gold pairs of one slot do not share a cluster: different blocks, a cannot-link rule, or similarity.

    .venv/bin/python benchmarks/gold_pairs.py [--embedder minilm|fake] [-v]

Reads ../shared/gold/fa-kes-dev.jsonl and ../shared/corpora/fa-kes by path; prints a count per reason.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedder", default="minilm")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()

    import numpy as np

    from crosscheck.cluster import cluster_claims
    from crosscheck.cluster.blocking import block_key
    from crosscheck.cluster.constraints import link
    from crosscheck.cluster.similarity import evidence
    from crosscheck.config import Settings
    from crosscheck.embed import make_embedder
    from crosscheck.embed.cache import default_cache_dir
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.pipeline import embedding_text, extract_corpus, load

    settings = Settings(embedder=args.embedder, cache_dir=str(default_cache_dir()), progress=False)
    slots = load_gold(SHARED / "gold" / "fa-kes-dev.jsonl")
    corpus = load([SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"])
    extraction = extract_corpus(corpus)
    claims = extraction.claims
    vectors = make_embedder(settings).embed([embedding_text(claim) for claim in claims])
    row = {claim.id: i for i, claim in enumerate(claims)}
    cluster_of = {c.id: k for k, group in enumerate(cluster_claims(claims, vectors, settings)) for c in group}
    matched = match_all(slots, corpus.sources, claims)
    reasons: Counter[str] = Counter()
    for slot in slots:
        for a, b in combinations(slot.mentions, 2):
            if a.unit_id == b.unit_id or a.outlet == b.outlet:
                continue
            ca, cb = matched[a], matched[b]
            if ca is None or cb is None:
                reasons["not extracted"] += 1
                continue
            if cluster_of[ca.id] == cluster_of[cb.id]:
                reasons["together"] += 1
                continue
            cosine = float(np.dot(vectors[row[ca.id]], vectors[row[cb.id]]))
            rule = link(ca, cb, settings)
            if block_key(ca) != block_key(cb):
                reason, detail = "blocks differ", f"{block_key(ca)} / {block_key(cb)}"
            elif rule.apart:
                reason, detail = f"apart: {rule.apart.split('(')[0].strip()}", rule.apart
            elif cosine < settings.min_cosine:
                reason, detail = "cosine below minimum", f"cos={cosine:.2f}"
            else:
                found = evidence(ca, cb, cosine, settings, rule)
                p = found.probability()
                reason = "link probability low" if p < settings.link_threshold else "split by linkage"
                detail = f"p={p:.2f} {found}"
            reasons[reason] += 1
            if args.v:
                print(f"{slot.slot_id} [{slot.measure}] {reason}: {detail}\n   {ca.quote!r} | {cb.quote!r}")
    for reason, count in reasons.most_common():
        print(f"{count:5d}  {reason}")


if __name__ == "__main__":
    main()
