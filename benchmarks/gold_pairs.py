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

    from crosscheck.cluster.blocking import block_key
    from crosscheck.cluster.constraints import cannot_link
    from crosscheck.config import Settings
    from crosscheck.embed import make_embedder
    from crosscheck.embed.cache import default_cache_dir
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.pipeline import embedding_text, extract_corpus, load

    settings = Settings(embedder=args.embedder, cache_dir=str(default_cache_dir()), progress=False)
    slots = load_gold(SHARED / "gold" / "fa-kes-dev.jsonl")
    corpus = load([SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"])
    gold_ids = {m.unit_id for s in slots for m in s.mentions}
    corpus = corpus.__class__(corpus.name, tuple(s for s in corpus.sources if s.id.split("-")[0] in gold_ids))
    extraction = extract_corpus(corpus)
    matched = match_all(slots, corpus.sources, extraction.claims)
    embedder = make_embedder(settings)
    reasons: Counter[str] = Counter()
    for slot in slots:
        for a, b in combinations(slot.mentions, 2):
            if a.unit_id == b.unit_id or a.outlet == b.outlet:
                continue
            ca, cb = matched[a], matched[b]
            if ca is None or cb is None:
                reasons["not extracted"] += 1
                continue
            ka, kb = block_key(ca), block_key(cb)
            if ka != kb:
                reason = "blocks differ"
                detail = f"{ka} / {kb}"
            elif why := cannot_link(ca, cb, settings.max_day_gap):
                reason = f"cannot link: {why.split('(')[0].strip()}"
                detail = why
            else:
                va, vb = embedder.embed([embedding_text(ca), embedding_text(cb)])
                similarity = float(np.dot(va, vb))
                reason = "similar" if similarity >= settings.similarity_threshold else "dissimilar"
                detail = f"cos={similarity:.2f}"
            reasons[reason] += 1
            if args.v and reason != "similar":
                print(f"{slot.slot_id} [{slot.measure}] {reason}: {detail}\n   {ca.quote!r} | {cb.quote!r}")
    for reason, count in reasons.most_common():
        print(f"{count:5d}  {reason}")


if __name__ == "__main__":
    main()
