"""Who did an incident and with what, against the factual gold (shared/gold/fa-kes-dev-factual.jsonl).

Figures, over the gold's (event, aspect) rows:
- mentions found: a claim of the mention's aspect overlapping its quote, with its normalised actor or
  weapon and its polarity;
- cross-outlet pairs together: pairs of mentions of one (event, aspect) from different outlets, both
  found, whose claims share an event in the given claim -> event mapping;
- verdict accuracy: for every (event, aspect), :func:`crosscheck.compare.factual.compare_factual` on the
  claims of the event that holds most of its found mentions; a row with no found mention, or whose event
  has no cluster of its aspect, counts as wrong;
- contradictions found: precision and recall of "contradict" over the same rows.

The mapping claim id -> event ids is the event stage's; :func:`gold_events` gives the gold's own (a claim
belongs to the events whose mentions' quotes it overlaps in its article). The factual rules are not
fitted, but the incidents they read are: given :class:`FoldEvents` (``crosscheck eval gold`` passes the
incidents each fold of the incident model's cross-validation built without that fold's gold groups), each
row is scored on its own fold's incidents, and the pooled fold scores are the cross-validated figures.
Without it, the folds (sklearn GroupKFold over the gold's group ids) are scored with the one mapping
given: their pooled figures equal the in-sample ones, and the spread between folds says how much the
figures move from one set of articles to another.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from crosscheck.compare.factual import compare_factual
from crosscheck.evaluate.factual_gold import FactualAspect, FactualMention, match_factual, quote_spans
from crosscheck.evaluate.ratios import MentionRatios, ratio
from crosscheck.model import Claim, Source

EventMap = Mapping[str, Sequence[str]]
"""Claim id -> the ids of the events it belongs to (the event stage gives one)."""


@dataclass(frozen=True)
class FactualScores(MentionRatios):
    mentions: int
    mentions_found: int
    pairs: int
    pairs_together: int
    aspects: int
    verdicts_right: int
    contradictions_predicted: int
    contradictions_right: int
    contradictions_gold: int

    @property
    def verdict_accuracy(self) -> float:
        return ratio(self.verdicts_right, self.aspects)


@dataclass(frozen=True)
class FoldEvents:
    """The incidents each cross-validation fold built with an incident model fit on the other folds."""

    events: tuple[EventMap, ...]
    """Fold k: claim id -> the ids of its events."""
    fold_of_group: Mapping[str, int]
    """Gold group id -> the fold it was held out in."""


@dataclass(frozen=True)
class FactualResult:
    scores: FactualScores
    folds: tuple[FactualScores, ...]
    misses: tuple[str, ...]
    refit: bool = False
    """Whether each fold was scored with incidents from a model fit without it."""


def _by_source(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.aspect is not None:
            by_source[claim.source.id].append(claim)
    return by_source


def gold_events(
    gold: Sequence[FactualAspect], sources: Sequence[Source], claims: Sequence[Claim]
) -> dict[str, list[str]]:
    """The gold's own event grouping: each factual claim -> the events whose mention quotes it overlaps."""
    by_source = _by_source(claims)
    events: dict[str, list[str]] = defaultdict(list)
    for row in gold:
        for mention in row.mentions:
            for source, start, end in quote_spans(mention, sources):
                for claim in by_source.get(source.id, []):
                    if claim.start < end and claim.end > start and row.event_id not in events[claim.id]:
                        events[claim.id].append(row.event_id)
    return dict(events)


def _predicted(
    row: FactualAspect, found: list[Claim], claims_of: Mapping[str, list[Claim]], events: EventMap
) -> tuple[str | None, str]:
    counted = Counter(event for claim in found for event in events.get(claim.id, ()))
    if not counted:
        return None, "no found mention"
    event = row.event_id if row.event_id in counted else min(counted, key=lambda e: (-counted[e], e))
    clusters = compare_factual(claims_of[event])
    cluster = next((c for c in clusters if c.measure == row.aspect and not c.rule.endswith(":general")), None)
    return (cluster.verdict, cluster.explanation) if cluster else (None, "no cluster")


def score_factual(
    gold: Sequence[FactualAspect], sources: Sequence[Source], claims: Sequence[Claim], events: EventMap
) -> tuple[FactualScores, list[str]]:
    by_source = _by_source(claims)
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        for event in events.get(claim.id, ()):
            claims_of[event].append(claim)
    mentions = found_count = pairs = together = right = predicted_c = right_c = 0
    misses: list[str] = []
    for row in gold:
        matched: dict[FactualMention, Claim | None] = {
            m: match_factual(m, quote_spans(m, sources), by_source) for m in row.mentions
        }
        mentions += len(matched)
        found_count += sum(claim is not None for claim in matched.values())
        misses.extend(
            f"mention {row.event_id} {m.aspect} {m.unit_id} {m.value}/{m.polarity}: {m.quote}"
            for m, claim in matched.items()
            if claim is None
        )
        for a, b in combinations(row.mentions, 2):
            if a.outlet == b.outlet:
                continue
            pairs += 1
            claim_a, claim_b = matched[a], matched[b]
            if claim_a and claim_b and set(events.get(claim_a.id, ())) & set(events.get(claim_b.id, ())):
                together += 1
        found = [claim for claim in matched.values() if claim is not None]
        verdict, why = _predicted(row, found, claims_of, events)
        right += verdict == row.verdict
        predicted_c += verdict == "contradict"
        right_c += verdict == "contradict" and row.verdict == "contradict"
        if verdict != row.verdict:
            misses.append(f"verdict {row.event_id} {row.aspect}: gold {row.verdict}, ours {verdict}: {why}")
    scores = FactualScores(
        mentions=mentions,
        mentions_found=found_count,
        pairs=pairs,
        pairs_together=together,
        aspects=len(gold),
        verdicts_right=right,
        contradictions_predicted=predicted_c,
        contradictions_right=right_c,
        contradictions_gold=sum(row.verdict == "contradict" for row in gold),
    )
    return scores, misses


def fold_scores(
    gold: Sequence[FactualAspect],
    sources: Sequence[Source],
    claims: Sequence[Claim],
    events: EventMap,
    folds: int = 5,
    fold_events: FoldEvents | None = None,
) -> tuple[FactualScores, ...]:
    """The scores on each held-out fold. With ``fold_events``, a row is scored with the events of the
    fold its first gold group was held out in (an incident model fit without it); without, rows are
    split by sklearn's GroupKFold over their first group id and scored with ``events``."""
    if fold_events is not None:
        held: list[list[FactualAspect]] = [[] for _ in fold_events.events]
        for row in gold:
            held[fold_events.fold_of_group.get(row.group_ids[0] if row.group_ids else "", 0)].append(row)
        return tuple(
            score_factual(rows, sources, claims, fold_events.events[k])[0] for k, rows in enumerate(held)
        )
    from sklearn.model_selection import GroupKFold

    groups = [row.group_ids[0] if row.group_ids else row.event_id for row in gold]
    splitter = GroupKFold(n_splits=min(folds, len(set(groups))))
    return tuple(
        score_factual([gold[i] for i in held_out], sources, claims, events)[0]
        for _, held_out in splitter.split(list(range(len(gold))), groups=groups)
    )


def pooled(folds: Sequence[FactualScores]) -> FactualScores:
    fields = FactualScores.__dataclass_fields__
    return FactualScores(**{name: sum(getattr(f, name) for f in folds) for name in fields})


def evaluate_factual(
    gold: Sequence[FactualAspect],
    sources: Sequence[Source],
    claims: Sequence[Claim],
    events: EventMap | None = None,
    fold_events: FoldEvents | None = None,
) -> FactualResult:
    """Scores with the given claim -> events mapping (the gold's own grouping when None), and per fold
    (with each fold's own incidents when ``fold_events`` is given)."""
    events = events if events is not None else gold_events(gold, sources, claims)
    scores, misses = score_factual(gold, sources, claims, events)
    folds = fold_scores(gold, sources, claims, events, fold_events=fold_events)
    return FactualResult(scores, folds, tuple(misses), refit=fold_events is not None)


def render(result: FactualResult) -> str:
    """A small table: in-sample, group k-fold pooled, and the spread over folds."""
    cv = pooled(result.folds)
    rows = [("in-sample", result.scores), ("group k-fold", cv)]
    lines = [
        f"{'':<13} {'mentions':>9} {'pairs':>7} {'verdict':>8} {'contra P':>8} {'contra R':>8}",
        *(
            f"{name:<13} {s.mention_recall:>9.3f} {s.pair_recall:>7.3f} {s.verdict_accuracy:>8.3f} "
            f"{s.contradiction_precision:>8.3f} {s.contradiction_recall:>8.3f}"
            for name, s in rows
        ),
    ]
    if result.folds:
        low = min(f.verdict_accuracy for f in result.folds)
        high = max(f.verdict_accuracy for f in result.folds)
        found = [f.mention_recall for f in result.folds]
        lines.append(
            f"{len(result.folds)} folds: verdict {low:.3f} to {high:.3f}, "
            f"mentions {min(found):.3f} to {max(found):.3f}"
        )
    s = result.scores
    lines.append(
        f"{s.mentions_found}/{s.mentions} mentions, {s.pairs_together}/{s.pairs} cross-outlet pairs, "
        f"{s.verdicts_right}/{s.aspects} verdicts, {s.contradictions_right}/{s.contradictions_predicted} "
        f"contradictions right of {s.contradictions_gold}"
    )
    lines.append(
        "group k-fold: each fold scored on incidents from a model fit on the other folds; the factual rules "
        "are not fitted"
        if result.refit
        else "nothing is fitted: the rules are the same in every fold"
    )
    lines.append("targets: mentions >= 0.80, verdict >= 0.85, k-fold within 0.05 of in-sample")
    return "\n".join(lines)
