"""How a new figure stands against a stored quantity: the compare stage's rules, pair by pair.

Against a reviewed quantity (a review with status reviewed or published and an established figure) the
new claim is compared with that figure, read as a claim of the quantity's measure dated at the latest of
its claims. Against an unreviewed one, with the figures that stand (an updated toll's latest figures,
:func:`crosscheck.compare.verdicts.judge`), each compared with the new claim by the same verdict rules
(:func:`crosscheck.compare.verdicts.judge` on the pair: agree, compatible, update, contradict).
Independent sources are counted as the compare stage counts them (:mod:`crosscheck.compare.independence`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.compare.independence import source_groups
from crosscheck.compare.intervals import fmt, interval, stated
from crosscheck.compare.reconcile import reconcile
from crosscheck.compare.timing import when
from crosscheck.compare.verdicts import judge
from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Source

ESTABLISHED_STATUSES = ("reviewed", "published")


@dataclass(frozen=True)
class ReviewedFigure:
    low: float
    high: float
    figure_source: str


@dataclass(frozen=True)
class Outcome:
    rule: str
    against: tuple[Claim, ...]
    """The stored claims the finding names (those contradicted or updated, else those that stand)."""
    independent: int
    """Independent sources among the stored claims that stand."""


def pair_verdict(new: Claim, other: Claim, settings: Settings) -> str:
    """agree, compatible, contradict, update (the new one is the later, higher figure), or superseded (the
    other one is)."""
    verdict = judge([new, other], settings).verdict
    if verdict != "update":
        return verdict
    return "update" if min(stated(new)) > min(stated(other)) else "superseded"


def established_claim(cluster: Cluster, members: Sequence[Claim], figure: ReviewedFigure) -> Claim:
    """The reviewer's figure as a claim of the quantity, dated at the latest of its claims."""
    text = figure_text(figure.low, figure.high)
    dates = [d for c in members if (d := when(c)) is not None]
    source = Source(
        f"established:{cluster.id}", text, outlet="established figure", published=max(dates, default=None)
    )
    exact = figure.low == figure.high
    return Claim(
        source, "numeric", 0, len(text), 0, len(text), "review:established",
        value=figure.low, low=figure.low, high=figure.high, qualifier="exact" if exact else "range",
        unit=cluster.unit, measure=cluster.measure,
    )  # fmt: skip


def against_review(new: Claim, established: Claim, settings: Settings) -> str | None:
    verdict = pair_verdict(new, established, settings)
    if verdict == "contradict":
        return "contradicts-established"
    return "updates-figure" if verdict == "update" else None


def against_sources(
    new: Claim, cluster: Cluster, members: Sequence[Claim], settings: Settings
) -> Outcome | None:
    standing = list(judge(members, settings).latest) if len(members) > 1 else list(members)
    groups = source_groups(standing)
    independent = len(set(groups))
    verdicts = [pair_verdict(new, claim, settings) for claim in standing]
    conflicting = {g for g, v in zip(groups, verdicts, strict=True) if v == "contradict"}
    fitting = {
        g
        for g, v in zip(groups, verdicts, strict=True)
        if v in ("agree", "compatible", "single", "superseded")
    }
    if conflicting:
        named = tuple(c for c, v in zip(standing, verdicts, strict=True) if v == "contradict")
        consensus = independent >= 2 and cluster.verdict != "contradict"
        rule = "contradicts-consensus" if consensus and not fitting else "contradicts-some-sources"
        return Outcome(rule, named, independent)
    if any(v == "update" for v in verdicts) and not fitting:
        named = tuple(c for c, v in zip(standing, verdicts, strict=True) if v == "update")
        return Outcome("updates-figure", named, independent)
    return None


def figure_text(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "?"
    if high is None or high == float("inf"):
        return f"at least {fmt(low or 0)}"
    if low is None or low == high:
        return fmt(high if low is None else low)
    return f"{fmt(low)}–{fmt(high)}"


def sources_figure(claims: Sequence[Claim], settings: Settings) -> str:
    """The reconciled range of the standing claims, as a reader writes it."""
    found = reconcile(claims, settings.about_tolerance)
    if found is None:
        return "?"
    text = figure_text(found.minimum, found.maximum)
    if found.best is not None and text != fmt(found.best):
        text += f" (best estimate {fmt(found.best)})"
    return text


def claim_figure(claim: Claim, settings: Settings) -> str:
    span = interval(claim, settings.about_tolerance)
    return str(span) if span is not None else "?"
