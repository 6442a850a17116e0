"""Why gold slot pairs are kept apart, and why mentions of different slots share a cluster, counted by gold
group; slot pair recall, precision and verdict accuracy in-sample and group k-fold cross-validated.

    .venv/bin/python benchmarks/gold_pairs.py [--cache FILE] [--rebuild] [-v]

The extraction is computed once and kept in a pickle (``--cache``), computed again when the package's code
or the data changed since (or with ``--rebuild``); each run clusters again (the shipped link weights, and
each fold's weights fit without its groups, as `crosscheck eval gold` does), so a change to clustering is
measured in a few minutes. Each missed pair gets one cause (the first that applies): the claims fall in
different blocks (their measures or units read differently), a hard rule keeps them apart (its reason),
their sentences are below ``min_cosine``, the link probability is under the threshold (with the one feature
whose neutral value alone would lift it over, else "several"), the pair is linked but average linkage splits
it (the rule that keeps some member of one cluster apart from one of the other, else "low average"), or the
pair is linked but never a candidate. A false pair (mentions of two slots in one cluster) is said to be
joined directly (the pair's own link) or through other claims. Causes are counted by pairs and by distinct
gold groups; ``-v`` lists every pair. Reads the shared data by path.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CACHE = Path.home() / ".cache" / "crosscheck" / "gold-extraction.pkl"

from crosscheck.cluster.similarity import FEATURES, LinkWeights  # noqa: E402
from crosscheck.config import Settings  # noqa: E402
from crosscheck.evaluate.gold_data import GoldMention, GoldSlot  # noqa: E402
from crosscheck.model import Claim, Cluster  # noqa: E402

NEUTRAL = {"same_measure": 1.0, "same_figure": 1.0, "overlapping": 1.0, "same_day": 1.0, "same_place": 1.0}
"""The favourable value of a feature that adds when present; every other feature is neutral at 0."""


def extraction(cache: Path, rebuild: bool) -> dict[str, Any]:
    from crosscheck.evaluate.fingerprint import EXTRACTION, cached_result, fingerprint

    gold = SHARED / "gold" / "fa-kes-dev.jsonl"
    corpus_path = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"

    def compute() -> dict[str, Any]:
        from crosscheck.evaluate.gold import match_all
        from crosscheck.evaluate.gold_data import load_gold
        from crosscheck.pipeline import extract_corpus, load

        slots = load_gold(gold)
        corpus = load([corpus_path])
        claims = extract_corpus(corpus).claims
        matched = match_all(slots, corpus.sources, claims)
        return {"claims": [c for c in claims if not c.aspect], "slots": slots, "matched": matched}

    return cached_result(cache, fingerprint(EXTRACTION, [gold, corpus_path]), compute, rebuild)


def weak_feature(evidence: Any, weights: LinkWeights, threshold: float) -> str:
    """The feature whose favourable value alone lifts the pair over the threshold (the largest lift)."""
    lifts = []
    for k, name in enumerate(FEATURES):
        if name == "cosine":
            continue
        value = NEUTRAL.get(name, 0.0)
        gain = weights.weights[k] * (value - float(getattr(evidence, name)))
        changed = replace(evidence, **{name: type(getattr(evidence, name))(value)})
        if gain > 0 and weights.probability(changed) >= threshold:
            lifts.append((-gain, name))
    return min(lifts)[1] if lifts else "several"


def _when(claim: Claim) -> str:
    """The time a claim's words give, and its article's day."""
    span = claim.time
    said = f"{span.text!r} {span.start}..{span.end}" if span else "no time"
    return f"{said}, published {claim.source.published}"


class Diagnosis:
    """Causes for one clustering of the claims."""

    def __init__(
        self,
        claims: Sequence[Claim],
        vectors: Any,
        groups: list[list[Claim]],
        weights: LinkWeights | None,
        settings: Settings,
    ) -> None:
        from crosscheck.cluster.blocking import make_blocks
        from crosscheck.cluster.candidates import neighbour_pairs
        from crosscheck.cluster.similarity import SHIPPED

        self.settings = settings
        self.weights = weights or SHIPPED
        self.row = {claim.id: index for index, claim in enumerate(claims)}
        self.vectors = vectors
        self.cluster_of = {c.id: k for k, group in enumerate(groups) for c in group}
        self.members = groups
        self.candidates: set[tuple[str, str]] = set()
        for block in make_blocks(claims):
            block = sorted(block, key=lambda claim: claim.id)
            block_vectors = vectors[[self.row[c.id] for c in block]]
            for i, j in neighbour_pairs(block, block_vectors, self.settings):
                self.candidates.add((block[i].id, block[j].id))

    def cosine(self, a: Claim, b: Claim) -> float:
        return float(self.vectors[self.row[a.id]] @ self.vectors[self.row[b.id]])

    def probability(self, a: Claim, b: Claim) -> tuple[str | None, float, Any]:
        from crosscheck.cluster.constraints import link
        from crosscheck.cluster.similarity import evidence

        rule = link(a, b, self.settings)
        if rule.apart:
            return rule.apart, 0.0, None
        found = evidence(a, b, self.cosine(a, b), self.settings, rule)
        return None, found.probability(self.weights), found

    def missed(self, a: Claim, b: Claim) -> tuple[str, str]:
        from crosscheck.cluster.blocking import block_key

        if block_key(a) != block_key(b):
            return "blocks differ", f"{block_key(a)} / {block_key(b)}"
        apart, p, found = self.probability(a, b)
        if apart:
            return f"apart: {apart.split('(')[0].strip()}", f"{apart} [{_when(a)} / {_when(b)}]"
        cosine = self.cosine(a, b)
        if cosine < self.settings.min_cosine:
            return "cosine below minimum", f"cos={cosine:.2f}"
        if p < self.settings.link_threshold:
            weak = weak_feature(found, self.weights, self.settings.link_threshold)
            return f"link low: {weak}", f"p={p:.2f} {found}"
        return self._linkage(a, b, p)

    def _linkage(self, a: Claim, b: Claim, p: float) -> tuple[str, str]:
        from crosscheck.cluster.constraints import link

        for x in self.members[self.cluster_of[a.id]]:
            for y in self.members[self.cluster_of[b.id]]:
                why = link(x, y, self.settings).apart
                if why:
                    cause = f"linkage: {why.split('(')[0].strip()}"
                    return cause, f"p={p:.2f} via {x.quote!r} [{_when(x)}] / {y.quote!r} [{_when(y)}]: {why}"
        if (min(a.id, b.id), max(a.id, b.id)) not in self.candidates:
            return "never a candidate", f"p={p:.2f}"
        return "linkage: low average", f"p={p:.2f}"

    def joined(self, a: Claim, b: Claim) -> tuple[str, str]:
        apart, p, found = self.probability(a, b)
        if apart is None and p >= self.settings.link_threshold:
            return "joined directly", f"p={p:.2f} {found}"
        return "joined through others", f"own p={p:.2f} {apart or ''}"


@dataclass
class Causes:
    """Pairs per cause, and the distinct gold groups each cause occurs in."""

    pairs: Counter[str] = field(default_factory=Counter)
    groups: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    per_group: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, cause: str, group: str) -> None:
        self.pairs[cause] += 1
        self.groups[cause].add(group)
        self.per_group[group, cause] += 1

    def show(self, title: str) -> None:
        print(title)
        for cause, count in sorted(
            self.pairs.items(), key=lambda item: (-len(self.groups[item[0]]), item[0])
        ):
            names = ",".join(sorted(self.groups[cause]))
            print(f"  {len(self.groups[cause]):3d} groups {count:4d} pairs  {cause}  [{names}]")
        print("  per group:")
        for group in sorted({group for group, _ in self.per_group}):
            causes = [(n, cause) for (g, cause), n in self.per_group.items() if g == group]
            listed = "; ".join(
                f"{cause} {n}" for n, cause in sorted(causes, key=lambda item: (-item[0], item[1]))
            )
            print(f"    {group} {sum(n for n, _ in causes):3d}: {listed}")


def find_causes(
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    diagnosis: Diagnosis,
    missed: Causes,
    false: Causes,
    verbose: bool,
) -> None:
    group_of = {slot.slot_id: slot.group_id for slot in slots}
    for slot in slots:
        for m, n in combinations(slot.mentions, 2):
            if m.unit_id == n.unit_id or m.outlet == n.outlet:
                continue
            a, b = matched[m], matched[n]
            if a is None or b is None:
                cause, detail = "not extracted", ""
            elif diagnosis.cluster_of[a.id] == diagnosis.cluster_of[b.id]:
                continue
            else:
                cause, detail = diagnosis.missed(a, b)
            missed.add(cause, slot.group_id)
            if verbose:
                print(f"MISS {slot.slot_id} [{slot.measure}] {cause}: {detail}")
                print(f"   {m.quote!r}\n   {n.quote!r}")
    found = [(m, c) for m, c in matched.items() if c is not None and m.slot_id in group_of]
    for (m, a), (n, b) in combinations(found, 2):
        if a.id == b.id or m.slot_id == n.slot_id or diagnosis.cluster_of[a.id] != diagnosis.cluster_of[b.id]:
            continue
        cause, detail = diagnosis.joined(a, b)
        false.add(cause, group_of[m.slot_id])
        if verbose:
            print(f"FALSE {m.slot_id} / {n.slot_id} {cause}: {detail}\n   {m.quote!r}\n   {n.quote!r}")


def verdicts(
    slots: Sequence[GoldSlot], matched: dict[GoldMention, Claim | None], clusters: Sequence[Cluster]
) -> list[str]:
    """Each judged slot (its mentions in one cluster) and its cluster's verdict against the gold's."""
    cluster_of = {cid: cluster for cluster in clusters for cid in cluster.claim_ids}
    lines = []
    for slot in slots:
        found = {cluster_of[c.id].id for c in (matched[m] for m in slot.mentions) if c is not None}
        if len(found) == 1 and all(matched[m] is not None for m in slot.mentions):
            got = cluster_of[matched[slot.mentions[0]].id].verdict  # type: ignore[union-attr]
            mark = "right" if got == slot.verdict else "WRONG"
            lines.append(f"VERDICT {slot.slot_id} {mark} gold={slot.verdict} got={got}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--rebuild", action="store_true", help="extract again")
    parser.add_argument("--no-cv", action="store_true", help="the shipped weights only")
    parser.add_argument("-v", action="store_true", help="list every pair")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="a setting to try (repeatable)"
    )
    args = parser.parse_args()

    from crosscheck.cluster import cluster_claims
    from crosscheck.compare import make_cluster
    from crosscheck.embed.cache import default_cache_dir
    from crosscheck.evaluate.gold_scores import GoldScores, score
    from crosscheck.evaluate.link_fit import fold_link_weights
    from crosscheck.pipeline import embed_claims

    data = extraction(args.cache, args.rebuild)
    claims, slots, matched = data["claims"], data["slots"], data["matched"]
    tried = {name: float(value) for name, value in (item.split("=", 1) for item in args.set)}
    settings = Settings(cache_dir=str(default_cache_dir()), progress=False)
    settings = replace(settings, **{k: type(getattr(settings, k))(v) for k, v in tried.items()}).validate()
    vectors = embed_claims(claims, settings)
    shipped = cluster_claims(claims, vectors, settings)
    runs: list[tuple[str, list[GoldSlot], list[list[Claim]], LinkWeights | None]] = [
        ("in-sample", slots, shipped, None)
    ]
    if not args.no_cv:
        for held_out, fitted in fold_link_weights(claims, vectors, slots, matched, settings):
            test = [slot for slot in slots if slot.group_id in held_out]
            runs.append(("cross-validated", test, cluster_claims(claims, vectors, settings, fitted), fitted))
    totals: dict[str, GoldScores] = {}
    causes: dict[str, tuple[Causes, Causes]] = {}
    for label, test, groups, weights in runs:
        clusters = [make_cluster(group, settings) for group in groups]
        totals[label] = totals.get(label, GoldScores.empty(label)) + score(label, test, matched, clusters)
        if args.v:
            print(f"== {label} ({len(test)} slots)")
            print("\n".join(verdicts(test, matched, clusters)))
        missed, false = causes.setdefault(label, (Causes(), Causes()))
        find_causes(
            test, matched, Diagnosis(claims, vectors, groups, weights, settings), missed, false, args.v
        )
    for label, (missed, false) in causes.items():
        missed.show(f"{label}: missed pairs by cause (most groups first)")
        false.show(f"{label}: false pairs by cause")
    print(f"{'':<18} {'pair R':>8} {'pair P':>8} {'verdict':>8}")
    for label, total in totals.items():
        print(
            f"{label:<18} {total.pair_recall:>8.3f} {total.pair_precision:>8.3f} "
            f"{total.verdict_accuracy:>8.3f}"
            f"   ({total.pairs_together}/{total.pairs} pairs, {total.clustered_pairs_right}/"
            f"{total.clustered_pairs} clustered right, {total.verdicts_right}/{total.slots_judged} verdicts)"
        )


if __name__ == "__main__":
    main()
