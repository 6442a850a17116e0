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
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from crosscheck.config import Settings
from crosscheck.evaluate.gold_data import GoldMention, GoldSlot, load_gold
from crosscheck.evaluate.grouping_scores import (
    BCubed,
    PairCounts,
    bcubed,
    event_pairs,
    slot_bcubed,
    slot_macro_recall,
)
from crosscheck.evaluate.matching import match_mention
from crosscheck.model import Claim, Cluster, Event, Source
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
class GroupingFigures:
    """How the incidents and the clusters group the gold's mentions (see grouping_scores)."""

    events: PairCounts
    event_bcubed: BCubed
    slot_bcubed: BCubed
    slot_macro_recall: float


@dataclass(frozen=True)
class GoldResult:
    slots: int
    ours: GoldScores
    baseline: GoldScores | None
    misses: tuple[str, ...]
    grouping: GroupingFigures | None = None
    events_cross_validated: PairCounts | None = None


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


def grouping_figures(
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    clusters: Sequence[Cluster],
    events: Sequence[Event],
) -> GroupingFigures:
    event_of = {cid: event.id for event in events for cid in event.claim_ids}
    cluster_of = {cid: cluster.id for cluster in clusters for cid in cluster.claim_ids}
    event_of_slot = {slot.slot_id: slot.event_id for slot in slots}

    def predicted_event(mention: Hashable) -> Hashable:
        claim = matched.get(mention)  # type: ignore[call-overload]
        return event_of.get(claim.id, ("alone", mention)) if claim is not None else ("alone", mention)

    mentions = [mention for slot in slots for mention in slot.mentions]
    return GroupingFigures(
        events=event_pairs(slots, matched, event_of.get),
        event_bcubed=bcubed(mentions, predicted_event, lambda m: event_of_slot[m.slot_id]),  # type: ignore[attr-defined]
        slot_bcubed=slot_bcubed(slots, matched, cluster_of.get),
        slot_macro_recall=slot_macro_recall(slots, matched, cluster_of.get),
    )


def evaluate_gold(
    gold_path: str | Path,
    corpus_path: str | Path,
    *,
    settings: Settings | None = None,
    baseline: bool = True,
    cross_validate: bool = True,
) -> GoldResult:
    from crosscheck.pipeline import cluster_claims_of, embed_claims, extract_corpus, group_events, load

    settings = (settings or Settings()).validate()
    progress = Progress(enabled=settings.progress)
    slots = load_gold(gold_path)
    corpus = load([corpus_path])
    extraction = extract_corpus(corpus, progress)
    vectors = embed_claims(extraction.claims, settings, progress)
    clusters = cluster_claims_of(extraction.claims, vectors, settings, progress)
    grouped = group_events(extraction.claims, clusters, vectors, progress)
    matched = match_all(slots, corpus.sources, extraction.claims)
    ours = score("crosscheck", slots, matched, clusters)
    grouping = grouping_figures(slots, matched, clusters, grouped.events)
    cross_validated = None
    if cross_validate:
        from crosscheck.evaluate.event_fit import cross_validated_events

        progress.stage("cross-validating the incident model")
        cross_validated = cross_validated_events(extraction.claims, vectors, clusters, slots, matched)
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
    return GoldResult(len(slots), ours, plain, misses, grouping, cross_validated)
