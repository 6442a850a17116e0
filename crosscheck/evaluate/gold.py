"""`crosscheck eval gold`: incidents, clusters and verdicts against hand-annotated cross-outlet slots.

The slot figures are described in :mod:`crosscheck.evaluate.gold_scores`, the grouping figures (events,
b-cubed, per-slot recall) in :mod:`crosscheck.evaluate.grouping_scores`. Both fitted models (the slot link
model and the incident model) are also cross-validated by group k-fold: each fold of gold groups is
scored with weights fit on the other folds, printed beside the in-sample figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.config import Settings
from crosscheck.evaluate.gold_data import GoldMention, GoldSlot, load_gold
from crosscheck.evaluate.gold_scores import GoldScores, score
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

if TYPE_CHECKING:
    from crosscheck.evaluate.factual import FactualResult
    from crosscheck.evaluate.link_fit import SlotFolds


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
    slot_folds: SlotFolds | None = None
    factual: FactualResult | None = None
    """Who did it and with what, against the factual gold beside the gold file, with our incidents."""


def sources_for(unit_id: str, sources: Sequence[Source]) -> list[Source]:
    return [source for source in sources if source.id == unit_id or source.id.startswith(f"{unit_id}-")]


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
    from crosscheck.pipeline import extract_corpus, group_claims, load

    settings = (settings or Settings()).validate()
    progress = Progress(enabled=settings.progress)
    slots = load_gold(gold_path)
    corpus = load([corpus_path])
    extraction = extract_corpus(corpus, progress)
    claims = extraction.claims
    grouping = group_claims(claims, settings, progress)
    clusters, vectors = grouping.clusters, grouping.vectors
    matched = match_all(slots, corpus.sources, claims)
    ours = score("crosscheck", slots, matched, clusters)
    grouped = grouping_figures(slots, matched, clusters, grouping.events)
    cross_validated = slot_folds = None
    fold_events: list[dict[str, list[str]]] = []
    if cross_validate:
        from crosscheck.evaluate.event_fit import cross_validated_events
        from crosscheck.evaluate.link_fit import cross_validated_slots

        progress.stage("cross-validating the incident model")
        cross_validated = cross_validated_events(
            claims,
            vectors,
            grouping.units,
            slots,
            matched,
            followers=grouping.followers,
            each_fold=lambda _, event_of: fold_events.append({c: [e] for c, e in event_of.items()}),
        )
        progress.stage("cross-validating the slot link model")
        counted = [index for index, claim in enumerate(claims) if not claim.aspect]
        slot_folds = cross_validated_slots(
            [claims[i] for i in counted], vectors[counted], slots, matched, settings
        )
    factual = None
    factual_path = Path(gold_path).with_name(Path(gold_path).stem + "-factual.jsonl")
    if factual_path.exists():
        from crosscheck.evaluate.event_fit import fold_of_groups
        from crosscheck.evaluate.factual import FoldEvents, evaluate_factual
        from crosscheck.evaluate.factual_gold import load_factual_gold

        event_of = {cid: [event.id] for event in grouping.events for cid in event.claim_ids}
        refit = FoldEvents(tuple(fold_events), fold_of_groups(slots)) if fold_events else None
        factual = evaluate_factual(load_factual_gold(factual_path), corpus.sources, claims, event_of, refit)
    plain = None
    if baseline:
        from crosscheck.evaluate.baseline import baseline_clusters

        gold_ids = {mention.unit_id for slot in slots for mention in slot.mentions}
        figures = [c for c in claims if c.source.id.split("-")[0] in gold_ids and not c.aspect]
        plain = score("baseline", slots, matched, baseline_clusters(figures, settings))
    misses = tuple(
        f"{mention.slot_id} {mention.unit_id} {mention.value!r}: {mention.quote}"
        for mention, claim in matched.items()
        if claim is None
    )
    return GoldResult(len(slots), ours, plain, misses, grouped, cross_validated, slot_folds, factual)
