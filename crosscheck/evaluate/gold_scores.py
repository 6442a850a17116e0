"""The slot figures of `crosscheck eval gold`, over the gold's mentions (see shared/gold/README.md).

- mention recall: mentions found as a claim with the right value inside the mention's quote;
- pair recall: pairs of mentions of one slot, from different outlets, that share a cluster;
- pair precision: of the pairs of matched mentions we put in one cluster, those that belong to one slot;
- verdict accuracy: on slots whose matched mentions all share one cluster, the cluster's verdict;
- contradiction precision and recall, on the same slots (recall over every gold contradiction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from itertools import combinations

from crosscheck.evaluate.gold_data import GoldMention, GoldSlot
from crosscheck.evaluate.ratios import MentionRatios, ratio
from crosscheck.model import Claim, Cluster


@dataclass(frozen=True)
class GoldScores(MentionRatios):
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

    @classmethod
    def empty(cls, system: str = "") -> GoldScores:
        return cls(system, *(0 for f in fields(cls) if f.name != "system"))

    def __add__(self, other: GoldScores) -> GoldScores:
        counts = {f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)[1:]}
        return GoldScores(system=self.system, **counts)

    @property
    def pair_precision(self) -> float:
        return ratio(self.clustered_pairs_right, self.clustered_pairs)

    @property
    def verdict_accuracy(self) -> float:
        return ratio(self.verdicts_right, self.slots_judged)


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
