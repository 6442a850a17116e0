"""The "Outlets and claimants" section's plain-text parts, shared by report.md and report.html.

A corpus can hold hundreds of claimants: the section lists the sources that share at least one slot with
another independent source (the others have no record to show; report.json lists every one), and plots at
most ``PLOTTED`` of each kind, those with the most shared slots.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.report import _format as fmt

if TYPE_CHECKING:
    from crosscheck.reliability.corpus import Reliability, SourceScore

PLOTTED = 30
INTRO = (
    "How far each outlet and each claimant can be trusted, measured against each slot's most likely value "
    "(a vote of the outlets weighed by their records; relays of one claimant and wire copies vote once; a "
    "rising toll is compared only with figures of its own moment). Reliability: the share of its shared "
    "slots where its figure holds the estimate (Beta posterior mean, 90% interval, wider for few slots). "
    "Bias: the typical factor between its figures and the estimates (×1 when it holds them)."
)
HEADERS = (
    "#",
    "Name",
    "Reliability",
    "90% interval",
    "Claims",
    "Shared slots",
    "Agreed",
    "Contradicted",
    "Bias",
)


def listed(scores: Sequence[SourceScore]) -> list[SourceScore]:
    """The sources with a record: at least one slot shared with another independent source."""
    return [s for s in scores if s.shared > 0]


def plotted(scores: Sequence[SourceScore]) -> list[SourceScore]:
    """At most PLOTTED, those with the most shared slots, in the section's order (most reliable first)."""
    chosen = sorted(listed(scores), key=lambda s: (-s.shared, s.name))[:PLOTTED]
    keep = {id(s) for s in chosen}
    return [s for s in scores if id(s) in keep]


def factor(log_ratio: float) -> str:
    return f"×{math.exp(log_ratio):.2g}"


def bias(score: SourceScore) -> str:
    """ "runs high ×1.5 (×1.2–×1.9)", "none", or "—" without a comparable figure."""
    if score.bias is None:
        return "—"
    span = ""
    if score.bias_low is not None and score.bias_high is not None and score.bias_low != score.bias_high:
        span = f" ({factor(score.bias_low)}–{factor(score.bias_high)})"
    main = (
        "none" + span
        if score.bias == 0
        else f"runs {'high' if score.bias > 0 else 'low'} {factor(score.bias)}{span}"
    )
    if score.miss_bias is None:
        return main
    return f"{main}; off: {score.higher} high, {score.lower} low, typically {factor(score.miss_bias)}"


def cells(rank: int, score: SourceScore) -> tuple[str, ...]:
    """The row of a source, its name unescaped (each renderer escapes it)."""
    return (
        str(rank),
        score.name,
        f"{score.reliability:.2f}",
        f"{score.low:.2f}–{score.high:.2f}",
        str(score.claims),
        str(score.shared),
        str(score.agreed),
        str(score.contradicted),
        bias(score),
    )


def unlisted(reliability: Reliability) -> str:
    """What the section leaves out."""
    outlets = len(reliability.outlets) - len(listed(reliability.outlets))
    claimants = len(reliability.claimants) - len(listed(reliability.claimants))
    return (
        f"Not listed: {outlets} outlets and {claimants} claimants that share no slot with another "
        "independent source; report.json holds every one."
    )


def estimate(value: float | None, unit: str | None) -> str:
    return "—" if value is None else fmt.number(value) + (f" {unit}" if unit else "")
