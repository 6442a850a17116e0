"""Blocking: only claims that could state the same quantity are ever compared.

A block holds claims of one kind with the same measure (or, for claims with no measure, the same unit).
Clustering then runs within each block, so cost grows with the size of the largest block, not with the
square of the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from crosscheck.model import Claim, TimeSpan


def block_key(claim: Claim) -> str | None:
    """The block a claim belongs to, or None when it can only stand alone."""
    if claim.kind == "factual":
        return f"factual:{claim.action}" if claim.action else None
    from crosscheck.extract.measure.measure import measure_event, measure_key

    if claim.measure:
        event = measure_event(measure_key(claim.measure))
        if event:
            return f"event:{event}|{claim.unit or ''}"
        return f"measure:{measure_key(claim.measure)}|{claim.unit or ''}"
    if claim.unit:
        return f"unit:{claim.unit}"
    return None


def make_blocks(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Claims grouped by block key, in a stable order; unblockable claims come back one per block."""
    blocks: dict[str, list[Claim]] = defaultdict(list)
    alone: list[list[Claim]] = []
    for claim in claims:
        key = block_key(claim)
        if key is None:
            alone.append([claim])
        else:
            blocks[key].append(claim)
    return [blocks[key] for key in sorted(blocks)] + alone


def event_time(claim: Claim, report_lag_days: int = 3) -> TimeSpan | None:
    """When the figure is about: its own time expression, else the days up to its article's publication
    (news reports an event up to a few days after it happened)."""
    if claim.time is not None and (claim.time.start or claim.time.end):
        return claim.time
    published: date | None = claim.source.published
    if published is None:
        return None
    return TimeSpan(published - timedelta(days=report_lag_days), published)
