"""The gold slots whose cluster gets a wrong verdict, or is wrongly called a contradiction, fold by fold.

The extraction and the clusterings (the shipped link weights, and each group k-fold's weights fit without
its groups, as `crosscheck eval gold` makes them) are computed once and kept in a pickle (``--cache``, about
8 minutes the first time, and again whenever the code they come from or the data changed, see
crosscheck/evaluate/fingerprint.py); every later run only compares the cached clusters again, so a change to
the compare stage is measured in seconds (``--rebuild`` when it changes how claims cluster). Prints, for
each judged slot whose verdict is wrong, the cluster's claims (outlet, claimant, as-of, measure, qualifier
and value) and whether each is one of the slot's gold mentions, another slot's, or no gold mention at all;
then the verdict accuracy and contradiction precision and recall, in-sample and cross-validated, as
`crosscheck eval gold` prints them.

    .venv/bin/python benchmarks/gold_verdict_misses.py [--cache FILE] [--rebuild] [--quiet]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crosscheck.compare import make_cluster
from crosscheck.compare.intervals import interval
from crosscheck.compare.timing import when
from crosscheck.config import Settings
from crosscheck.evaluate.gold_data import GoldMention, GoldSlot
from crosscheck.evaluate.gold_scores import GoldScores, score
from crosscheck.model import Claim, Cluster

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "fa-kes-dev.jsonl"
CORPUS = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
CACHE = Path.home() / ".cache" / "crosscheck" / "gold-clusterings.pkl"


def build(gold: Path, corpus_path: Path, settings: Settings) -> dict[str, Any]:
    from crosscheck.cluster import cluster_claims
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.evaluate.link_fit import fold_link_weights
    from crosscheck.pipeline import embed_claims, extract_corpus, load
    from crosscheck.progress import Progress

    slots = load_gold(gold)
    corpus = load([corpus_path])
    claims = extract_corpus(corpus, Progress(enabled=False)).claims
    vectors = embed_claims(claims, settings, None)
    counted = [index for index, claim in enumerate(claims) if not claim.aspect]
    figures, figure_vectors = [claims[i] for i in counted], vectors[counted]
    matched = match_all(slots, corpus.sources, claims)

    def groups_with(weights: Any) -> list[list[str]]:
        return [[c.id for c in group] for group in cluster_claims(figures, figure_vectors, settings, weights)]

    folds = [
        (held_out, groups_with(fitted))
        for held_out, fitted in fold_link_weights(figures, figure_vectors, slots, matched, settings)
    ]
    return {
        "claims": figures,
        "slots": slots,
        "matched": matched,
        "shipped": groups_with(None),
        "folds": folds,
    }


def clusters_of(
    groups: Sequence[Sequence[str]], by_id: dict[str, Claim], settings: Settings
) -> list[Cluster]:
    return [make_cluster([by_id[cid] for cid in group], settings) for group in groups]


def describe_claim(claim: Claim, mark: str, settings: Settings) -> str:
    span = interval(claim, settings.about_tolerance)
    day = when(claim)
    return (
        f"    [{mark}] {claim.source.outlet or claim.source.id} | by {claim.attribution or '-'} | "
        f"as_of {day.isoformat() if day else '-'} | {claim.measure or '-'} | {claim.qualifier or 'exact'} "
        f"{span} | '{claim.quote.strip()}' || {claim.sentence.strip()[:220]}"
    )


def misses(
    label: str,
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    clusters: Sequence[Cluster],
    by_id: dict[str, Claim],
    settings: Settings,
) -> list[str]:
    cluster_of = {cid: cluster for cluster in clusters for cid in cluster.claim_ids}
    slots_of_claim: dict[str, set[str]] = {}
    for mention, claim in matched.items():
        if claim is not None:
            slots_of_claim.setdefault(claim.id, set()).add(mention.slot_id)
    lines = []
    for slot in slots:
        found = [matched.get(m) for m in slot.mentions]
        ids = {cluster_of[c.id].id if c is not None and c.id in cluster_of else None for c in found}
        if len(ids) != 1 or None in ids:
            continue
        cluster = cluster_of[found[0].id]  # type: ignore[union-attr]
        if cluster.verdict == slot.verdict:
            continue
        lines.append(f"{label} {slot.slot_id} ({slot.measure}) gold={slot.verdict} got={cluster.verdict}")
        lines.append(f"  {cluster.explanation}")
        for cid in cluster.claim_ids:
            others = slots_of_claim.get(cid, set())
            mark = (
                "slot"
                if slot.slot_id in others
                else ("other " + ",".join(sorted(others)) if others else "extra")
            )
            lines.append(describe_claim(by_id[cid], mark, settings))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--rebuild", action="store_true", help="extract and cluster again")
    parser.add_argument("--quiet", action="store_true", help="the figures only")
    args = parser.parse_args(argv)
    settings = Settings(embedder="minilm", progress=False).validate()
    from crosscheck.evaluate.fingerprint import CLUSTERING, cached_result, fingerprint

    key = fingerprint(CLUSTERING, [args.gold, args.corpus])
    data = cached_result(args.cache, key, lambda: build(args.gold, args.corpus, settings), args.rebuild)
    by_id = {claim.id: claim for claim in data["claims"]}
    slots, matched = data["slots"], data["matched"]
    shipped = clusters_of(data["shipped"], by_id, settings)
    in_sample = cross_validated = GoldScores.empty()
    for fold, (held_out, groups) in enumerate(data["folds"]):
        test = [slot for slot in slots if slot.group_id in held_out]
        fitted = clusters_of(groups, by_id, settings)
        in_sample += score("in-sample", test, matched, shipped)
        cross_validated += score("cross-validated", test, matched, fitted)
        if not args.quiet:
            print("\n".join(misses(f"fold {fold + 1} in-sample", test, matched, shipped, by_id, settings)))
            print("\n".join(misses(f"fold {fold + 1} cross-val", test, matched, fitted, by_id, settings)))
    print(f"{'':<24} {'in-sample':>10} {'cross-val.':>10}")
    for name, attribute in (
        ("verdict accuracy", "verdict_accuracy"),
        ("contradiction precision", "contradiction_precision"),
        ("contradiction recall", "contradiction_recall"),
    ):
        print(
            f"{name:<24} {getattr(in_sample, attribute):>10.3f} {getattr(cross_validated, attribute):>10.3f}"
        )
    for name, scores in (("in-sample", in_sample), ("cross-validated", cross_validated)):
        print(
            f"{name}: {scores.verdicts_right}/{scores.slots_judged} verdicts right, "
            f"{scores.contradictions_right}/{scores.contradictions_predicted} contradictions right "
            f"of {scores.contradictions_gold}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
