"""Fitting the slot link model (crosscheck.cluster.similarity) on the gold, and cross-validating it.

Training pairs are the pairs clustering weighs (one block, times within reach, no hard rule between
them, sentences similar enough) where both claims state a gold mention: positive when the mentions share
a slot; negative when they belong to different slots of one group, or to different gold events (neither
part of the other) in different groups, which teaches the model what unrelated incidents look like.
Pairs of one event across groups (a later news cycle) are left out: the gold makes them other slots, but
not for a reason the model can see. Folds never split a gold group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from crosscheck.cluster.blocking import make_blocks
from crosscheck.cluster.clustering import candidate_pairs
from crosscheck.cluster.constraints import link
from crosscheck.cluster.similarity import FEATURES, SET_WEIGHTS, LinkWeights, evidence
from crosscheck.cluster.updates import previous_value
from crosscheck.config import Settings
from crosscheck.evaluate.event_fit import FOLDS, TrainingPairs, fold_of_groups
from crosscheck.evaluate.gold_data import GoldMention, GoldSlot
from crosscheck.evaluate.gold_scores import GoldScores, score
from crosscheck.model import Claim, Cluster


def link_training_pairs(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    settings: Settings,
) -> TrainingPairs:
    slot_by_id = {slot.slot_id: slot for slot in slots}
    overlaps = {(slot.event_id, other) for slot in slots for other in slot.event_overlaps}
    slots_of: dict[str, set[str]] = defaultdict(set)
    for mention, claim in matched.items():
        if claim is not None:
            slots_of[claim.id].add(mention.slot_id)
    row = {claim.id: index for index, claim in enumerate(claims)}

    def label(a: Claim, b: Claim) -> int | None:
        if slots_of[a.id] & slots_of[b.id]:
            return 1
        for x in slots_of[a.id]:
            for y in slots_of[b.id]:
                sx, sy = slot_by_id[x], slot_by_id[y]
                if sx.group_id == sy.group_id:
                    continue
                related = sx.event_id == sy.event_id or (sx.event_id, sy.event_id) in overlaps
                if related or (sy.event_id, sx.event_id) in overlaps:
                    return None
        return 0

    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[str] = []
    gold_claims = [claim for claim in claims if claim.id in slots_of]
    for block in make_blocks(gold_claims):
        block = sorted(block, key=lambda claim: claim.id)
        for i, j in candidate_pairs(block, settings):
            a, b = block[i], block[j]
            if a.id == b.id or previous_value(a, b) or previous_value(b, a):
                continue
            cosine = float(vectors[row[a.id]] @ vectors[row[b.id]])
            rule = link(a, b, settings)
            found = None if cosine < settings.min_cosine or rule.apart else label(a, b)
            if found is None:
                continue
            rows.append(evidence(a, b, cosine, settings, rule).vector())
            labels.append(found)
            groups.append(slot_by_id[min(slots_of[a.id])].group_id)
    return TrainingPairs(
        np.array(rows, dtype=np.float64).reshape(-1, len(FEATURES)), np.array(labels), np.array(groups)
    )


def fit_link_weights(pairs: TrainingPairs, penalty: float = 1.0) -> LinkWeights:
    """Logistic regression with L2 ``penalty`` (scikit-learn's ``1 / C``) and classes weighted to balance,
    the weights of :data:`SET_WEIGHTS` held as they are set: every training pair is about related events
    (the gold annotates the figures of one incident), so a fit cannot learn how sentence similarity or
    places known apart separate the unrelated events of a whole corpus, and puts them near zero."""
    from scipy.optimize import minimize

    free = [k for k, name in enumerate(FEATURES) if name not in SET_WEIGHTS]
    x = pairs.features[:, free]
    offset = sum(weight * pairs.features[:, FEATURES.index(name)] for name, weight in SET_WEIGHTS.items())
    y = pairs.labels.astype(np.float64)
    positives = max(1.0, float(y.sum()))
    negatives = max(1.0, float(len(y) - y.sum()))
    balance = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * negatives))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:-1] + w[-1] + offset
        error = balance * (1.0 / (1.0 + np.exp(-z)) - y)
        value = float(np.sum(balance * (np.logaddexp(0.0, z) - y * z)) + 0.5 * penalty * np.sum(w[:-1] ** 2))
        return value, np.concatenate([x.T @ error + penalty * w[:-1], [np.sum(error)]])

    fitted = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B").x
    weights = dict(SET_WEIGHTS) | {
        FEATURES[k]: round(float(w), 3) for k, w in zip(free, fitted[:-1], strict=True)
    }
    return LinkWeights(tuple(weights[name] for name in FEATURES), round(float(fitted[-1]), 3))


def fold_link_weights(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    settings: Settings,
) -> Iterator[tuple[list[str], LinkWeights]]:
    """For each group k-fold: its held-out gold groups, and the link weights fit on the other folds."""
    pairs = link_training_pairs(claims, vectors, slots, matched, settings)
    fold_of_group = fold_of_groups(slots)
    for fold in range(FOLDS):
        held_out = sorted(group for group, f in fold_of_group.items() if f == fold)
        yield held_out, fit_link_weights(pairs.subset(~np.isin(pairs.groups, held_out)))


@dataclass(frozen=True)
class SlotFolds:
    """Gold figures summed over the folds: each fold's slots scored on a clustering made with weights fit
    without them (cross-validated), and with the weights under test (in-sample, the same sums)."""

    in_sample: GoldScores
    cross_validated: GoldScores


def cross_validated_slots(
    claims: Sequence[Claim],
    vectors: np.ndarray,
    slots: Sequence[GoldSlot],
    matched: dict[GoldMention, Claim | None],
    settings: Settings,
    weights: LinkWeights | None = None,
    progress: Callable[[str], None] | None = None,
) -> SlotFolds:
    from crosscheck.cluster import cluster_claims
    from crosscheck.compare import make_cluster

    def clusters_with(link_weights: LinkWeights | None) -> list[Cluster]:
        groups = cluster_claims(claims, vectors, settings, link_weights)
        return [make_cluster(group, settings) for group in groups]

    shipped = clusters_with(weights)
    in_sample = cross_validated = GoldScores.empty()
    for fold, (held_out, fitted) in enumerate(fold_link_weights(claims, vectors, slots, matched, settings)):
        test = [slot for slot in slots if slot.group_id in held_out]
        held = score("cross-validated", test, matched, clusters_with(fitted))
        sample = score("in-sample", test, matched, shipped)
        in_sample, cross_validated = in_sample + sample, cross_validated + held
        if progress:
            progress(f"fold {fold + 1}/{FOLDS}: slot pair R {held.pair_recall:.3f}")
    return SlotFolds(in_sample, cross_validated)
