"""`crosscheck eval gold`: clustering and verdicts against hand-annotated cross-outlet slots.

Figures (all over the gold's mentions, see shared/gold/README.md):
- mention recall: mentions found as a claim with the right value inside the mention's quote;
- pair recall: pairs of mentions of one slot, from different outlets, that share a cluster;
- pair precision: of the pairs of matched mentions we put in one cluster, those that belong to one slot;
- verdict accuracy: on slots whose matched mentions all share one cluster, the cluster's verdict;
- contradiction precision and recall, on the same slots (recall over every gold contradiction).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from crosscheck.config import Settings
from crosscheck.evaluate.gold_data import GoldMention, GoldSlot, load_gold
from crosscheck.evaluate.matching import match_mention
from crosscheck.model import Claim, Cluster, Source
from crosscheck.progress import Progress


@dataclass(frozen=True)
class GoldScores:
    system: str
    mentions: int
    mentions_found: int
    pairs: int
    pairs_together: int
    clustered_pairs: int
    clustered_pairs_right: int
    slots_judged: int
    verdicts_right: int
    contradictions_predicted: int
    contradictions_right: int
    contradictions_gold: int

    @staticmethod
    def _ratio(numerator: int, denominator: int) -> float:
        return numerator / denominator if denominator else 0.0

    @property
    def mention_recall(self) -> float:
        return self._ratio(self.mentions_found, self.mentions)

    @property
    def pair_recall(self) -> float:
        return self._ratio(self.pairs_together, self.pairs)

    @property
    def pair_precision(self) -> float:
        return self._ratio(self.clustered_pairs_right, self.clustered_pairs)

    @property
    def verdict_accuracy(self) -> float:
        return self._ratio(self.verdicts_right, self.slots_judged)

    @property
    def contradiction_precision(self) -> float:
        return self._ratio(self.contradictions_right, self.contradictions_predicted)

    @property
    def contradiction_recall(self) -> float:
        return self._ratio(self.contradictions_right, self.contradictions_gold)


@dataclass(frozen=True)
class GoldResult:
    slots: int
    ours: GoldScores
    baseline: GoldScores | None
    misses: tuple[str, ...]


def sources_for(unit_id: str, sources: Sequence[Source]) -> list[Source]:
    return [source for source in sources if source.id == unit_id or source.id.startswith(f"{unit_id}-")]


def score(
    system: str,
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    clusters: Sequence[Cluster],
) -> GoldScores:
    cluster_of = {claim_id: cluster for cluster in clusters for claim_id in cluster.claim_ids}
    mentions = [mention for slot in slots for mention in slot.mentions]
    found = [mention for mention in mentions if matched.get(mention) is not None]

    def cluster_id(mention: GoldMention) -> str | None:
        claim = matched.get(mention)
        return cluster_of[claim.id].id if claim is not None and claim.id in cluster_of else None

    pairs = together = 0
    for slot in slots:
        for a, b in combinations(slot.mentions, 2):
            if a.unit_id == b.unit_id or a.outlet == b.outlet:
                continue
            pairs += 1
            together += cluster_id(a) is not None and cluster_id(a) == cluster_id(b)

    clustered = right = 0
    for a, b in combinations(found, 2):
        claim_a, claim_b = matched[a], matched[b]
        if claim_a is None or claim_b is None or claim_a.id == claim_b.id:
            continue
        if cluster_id(a) == cluster_id(b):
            clustered += 1
            right += a.slot_id == b.slot_id

    judged = verdicts_right = predicted = contradictions_right = 0
    for slot in slots:
        ids = {cluster_id(mention) for mention in slot.mentions}
        if len(ids) != 1 or None in ids:
            continue
        verdict = cluster_of[matched[slot.mentions[0]].id].verdict  # type: ignore[union-attr]
        judged += 1
        verdicts_right += verdict == slot.verdict
        predicted += verdict == "contradict"
        contradictions_right += verdict == "contradict" and slot.verdict == "contradict"
    return GoldScores(
        system=system,
        mentions=len(mentions),
        mentions_found=len(found),
        pairs=pairs,
        pairs_together=together,
        clustered_pairs=clustered,
        clustered_pairs_right=right,
        slots_judged=judged,
        verdicts_right=verdicts_right,
        contradictions_predicted=predicted,
        contradictions_right=contradictions_right,
        contradictions_gold=sum(slot.verdict == "contradict" for slot in slots),
    )


def match_all(
    slots: Sequence[GoldSlot], sources: Sequence[Source], claims: Sequence[Claim]
) -> dict[GoldMention, Claim | None]:
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_source[claim.source.id].append(claim)
    return {
        mention: match_mention(mention, sources_for(mention.unit_id, sources), by_source)
        for slot in slots
        for mention in slot.mentions
    }


def evaluate_gold(
    gold_path: str | Path, corpus_path: str | Path, *, settings: Settings | None = None, baseline: bool = True
) -> GoldResult:
    from crosscheck.pipeline import cluster_extraction, extract_corpus, load

    settings = (settings or Settings()).validate()
    progress = Progress(enabled=settings.progress)
    slots = load_gold(gold_path)
    corpus = load([corpus_path])
    extraction = extract_corpus(corpus, progress)
    clusters = cluster_extraction(extraction, settings, progress)
    matched = match_all(slots, corpus.sources, extraction.claims)
    ours = score("crosscheck", slots, matched, clusters)
    plain = None
    if baseline:
        from crosscheck.evaluate.baseline import baseline_clusters

        gold_ids = {mention.unit_id for slot in slots for mention in slot.mentions}
        claims = [claim for claim in extraction.claims if claim.source.id.split("-")[0] in gold_ids]
        plain = score("baseline", slots, matched, baseline_clusters(claims, settings))
    misses = tuple(
        f"{mention.slot_id} {mention.unit_id} {mention.value!r}: {mention.quote}"
        for mention, claim in matched.items()
        if claim is None
    )
    return GoldResult(len(slots), ours, plain, misses)


def render_gold(result: GoldResult) -> str:
    rows = [result.ours] + ([result.baseline] if result.baseline else [])
    lines = [
        f"gold slots: {result.slots}, mentions: {result.ours.mentions}",
        f"{'system':<12} {'mention R':>9} {'pair R':>7} {'pair P':>7} {'verdict':>8} "
        f"{'contra P':>8} {'contra R':>8}",
    ]
    for scores in rows:
        lines.append(
            f"{scores.system:<12} {scores.mention_recall:>9.3f} {scores.pair_recall:>7.3f} "
            f"{scores.pair_precision:>7.3f} {scores.verdict_accuracy:>8.3f} "
            f"{scores.contradiction_precision:>8.3f} {scores.contradiction_recall:>8.3f}"
        )
    for scores in rows:
        lines.append(
            f"{scores.system}: {scores.mentions_found}/{scores.mentions} mentions, "
            f"{scores.pairs_together}/{scores.pairs} slot pairs together, "
            f"{scores.clustered_pairs_right}/{scores.clustered_pairs} clustered pairs right, "
            f"{scores.verdicts_right}/{scores.slots_judged} verdicts right, "
            f"{scores.contradictions_right}/{scores.contradictions_predicted} contradictions right "
            f"of {scores.contradictions_gold}"
        )
    lines.append("targets: mention R >= 0.90, pair R >= 0.85, pair P >= 0.90, verdict >= 0.80")
    return "\n".join(lines)
