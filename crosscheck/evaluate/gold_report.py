"""What `crosscheck eval gold` prints: the gold figures, in-sample and cross-validated side by side."""

from __future__ import annotations

from crosscheck.evaluate.event_fit import FOLDS
from crosscheck.evaluate.factual import render
from crosscheck.evaluate.gold import GoldResult, GroupingFigures
from crosscheck.evaluate.grouping_scores import BCubed, PairCounts
from crosscheck.evaluate.link_fit import SlotFolds


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
    if result.slot_folds is not None:
        lines.extend(_render_slot_folds(result.slot_folds))
    if result.grouping is not None:
        lines.extend(_render_grouping(result.grouping, result.events_cross_validated))
    if result.factual is not None:
        lines.extend(
            ["", "who did it and with what (factual gold, with our incidents):", render(result.factual)]
        )
    lines.append(
        "targets: mention R >= 0.90, slot pair R >= 0.90, slot pair P >= 0.95, verdict >= 0.85, "
        "contradiction P >= 0.75, event pair R and P >= 0.90; cross-validated within 0.05 of in-sample"
    )
    return "\n".join(lines)


def _render_grouping(grouping: GroupingFigures, cross_validated: PairCounts | None) -> list[str]:
    events = grouping.events
    lines = [
        "",
        f"{'incidents':<24} {'in-sample':>10} {'cross-val.':>10}",
        f"{'event pair recall':<24} {events.recall:>10.3f} {_cv(cross_validated, 'recall'):>10}",
        f"{'event pair precision':<24} {events.precision:>10.3f} {_cv(cross_validated, 'precision'):>10}",
        f"{'event macro recall':<24} {events.macro_recall:>10.3f} {_cv(cross_validated, 'macro_recall'):>10}",
        f"{'event b-cubed P / R':<24} {_pr(grouping.event_bcubed)}",
        f"{'slot b-cubed P / R':<24} {_pr(grouping.slot_bcubed)}",
        f"{'slot macro recall':<24} {grouping.slot_macro_recall:>10.3f}",
        f"events: {events.together}/{events.pairs} event pairs together, "
        f"{events.predicted_right}/{events.predicted} pairs in one predicted event right",
    ]
    if cross_validated is not None:
        lines.append(
            f"cross-validated ({FOLDS}-fold by gold group, incident model refit on the other folds): "
            f"{cross_validated.together}/{cross_validated.pairs} together, "
            f"{cross_validated.predicted_right}/{cross_validated.predicted} right"
        )
    return lines


def _cv(counts: PairCounts | None, name: str) -> str:
    return "-" if counts is None else f"{getattr(counts, name):.3f}"


def _pr(scores: BCubed) -> str:
    return f"{scores.precision:.3f} / {scores.recall:.3f}"


def _render_slot_folds(folds: SlotFolds) -> list[str]:
    sample, held = folds.in_sample, folds.cross_validated
    rows = (
        ("slot pair recall", sample.pair_recall, held.pair_recall),
        ("slot pair precision", sample.pair_precision, held.pair_precision),
        ("verdict accuracy", sample.verdict_accuracy, held.verdict_accuracy),
        ("contradiction precision", sample.contradiction_precision, held.contradiction_precision),
        ("contradiction recall", sample.contradiction_recall, held.contradiction_recall),
    )
    return [
        "",
        f"{'slots, fold by fold':<24} {'in-sample':>10} {'cross-val.':>10}",
        *(f"{name:<24} {a:>10.3f} {b:>10.3f}" for name, a, b in rows),
        f"(each fold's slots scored on clusters made with the shipped link weights, and with link weights "
        f"fit on the other {FOLDS - 1} folds by crosscheck.evaluate.link_fit.fit_link_weights)",
    ]
