"""How well predicted groups (incidents, clusters) match gold groups, over the gold's mentions.

- event pairs: pairs of mentions of one gold event (any articles) predicted in one event (recall); pairs
  of matched mentions predicted in one event that belong to one gold event or to two events one of which
  holds the other (precision; see ``event_overlaps`` in shared/gold/README.md); and per gold event (macro)
  recall, each event's share of its pairs together, averaged, so that one event with hundreds of pairs
  does not outweigh the rest;
- b-cubed precision and recall (Bagga and Baldwin, 1998) of the predicted clusters against the slots,
  every gold mention an item (an unmatched mention is a group of its own);
- per-slot (macro) recall: for each slot, the share of its cross-outlet pairs in one cluster, averaged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations

from crosscheck.evaluate.gold_data import GoldMention, GoldSlot
from crosscheck.model import Claim


@dataclass(frozen=True)
class PairCounts:
    pairs: int
    together: int
    predicted: int
    predicted_right: int
    per_event: tuple[tuple[str, int, int], ...] = ()
    """(gold event, pairs, pairs together) for each gold event with a pair counted, sorted by event."""

    @property
    def recall(self) -> float:
        return self.together / self.pairs if self.pairs else 0.0

    @property
    def macro_recall(self) -> float:
        shares = [together / pairs for _, pairs, together in self.per_event if pairs]
        return sum(shares) / len(shares) if shares else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    def __add__(self, other: PairCounts) -> PairCounts:
        return PairCounts(
            self.pairs + other.pairs,
            self.together + other.together,
            self.predicted + other.predicted,
            self.predicted_right + other.predicted_right,
            _merged(self.per_event, other.per_event),
        )


def _merged(
    a: tuple[tuple[str, int, int], ...], b: tuple[tuple[str, int, int], ...]
) -> tuple[tuple[str, int, int], ...]:
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for event, pairs, together in (*a, *b):
        sums[event][0] += pairs
        sums[event][1] += together
    return tuple((event, pairs, together) for event, (pairs, together) in sorted(sums.items()))


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float


def event_pairs(
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    event_of: Callable[[str], str | None],
    keep: Callable[[GoldMention, GoldMention], bool] | None = None,
) -> PairCounts:
    """``event_of`` maps a claim id to its predicted event id; ``keep`` chooses the pairs to count."""
    event_of_slot = {slot.slot_id: slot.event_id for slot in slots}
    overlaps = {(slot.event_id, other) for slot in slots for other in slot.event_overlaps}
    mentions = [mention for slot in slots for mention in slot.mentions]

    def predicted(mention: GoldMention) -> str | None:
        claim = matched.get(mention)
        return event_of(claim.id) if claim is not None else None

    pairs = together = found = right = 0
    per_event: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a, b in combinations(mentions, 2):
        claim_a, claim_b = matched.get(a), matched.get(b)
        if claim_a is not None and claim_b is not None and claim_a.id == claim_b.id:
            continue
        if keep is not None and not keep(a, b):
            continue
        event_a, event_b = event_of_slot[a.slot_id], event_of_slot[b.slot_id]
        same_predicted = predicted(a) is not None and predicted(a) == predicted(b)
        if event_a == event_b:
            pairs += 1
            together += same_predicted
            per_event[event_a][0] += 1
            per_event[event_a][1] += same_predicted
        if same_predicted:
            found += 1
            right += event_a == event_b or (event_a, event_b) in overlaps or (event_b, event_a) in overlaps
    listed = tuple((event, n, k) for event, (n, k) in sorted(per_event.items()))
    return PairCounts(pairs, together, found, right, listed)


def bcubed(
    items: Sequence[Hashable], predicted: Callable[[Hashable], Hashable], gold: Callable[[Hashable], Hashable]
) -> BCubed:
    by_predicted: dict[Hashable, set[Hashable]] = defaultdict(set)
    by_gold: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item in items:
        by_predicted[predicted(item)].add(item)
        by_gold[gold(item)].add(item)
    if not items:
        return BCubed(0.0, 0.0)
    precision = recall = 0.0
    for item in items:
        shared = len(by_predicted[predicted(item)] & by_gold[gold(item)])
        precision += shared / len(by_predicted[predicted(item)])
        recall += shared / len(by_gold[gold(item)])
    return BCubed(precision / len(items), recall / len(items))


def slot_bcubed(
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    cluster_of: Callable[[str], str | None],
) -> BCubed:
    mentions = [mention for slot in slots for mention in slot.mentions]

    def predicted(mention: Hashable) -> Hashable:
        claim = matched.get(mention)  # type: ignore[call-overload]
        found = cluster_of(claim.id) if claim is not None else None
        return found if found is not None else ("alone", mention)

    return bcubed(mentions, predicted, lambda mention: mention.slot_id)  # type: ignore[attr-defined]


def slot_macro_recall(
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    cluster_of: Callable[[str], str | None],
) -> float:
    shares: list[float] = []
    for slot in slots:
        pairs = [
            (a, b)
            for a, b in combinations(slot.mentions, 2)
            if a.unit_id != b.unit_id and a.outlet != b.outlet
        ]
        if not pairs:
            continue
        together = 0
        for a, b in pairs:
            claim_a, claim_b = matched.get(a), matched.get(b)
            if claim_a is None or claim_b is None:
                continue
            cluster_a = cluster_of(claim_a.id)
            together += cluster_a is not None and cluster_a == cluster_of(claim_b.id)
        shares.append(together / len(pairs))
    return sum(shares) / len(shares) if shares else 0.0
