"""Reliability per source as inline SVG: one row per source, its posterior mean as a dot and its interval
as a bar on a 0-to-1 axis, most reliable first. Every text escaped; nothing loaded."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crosscheck.reliability.corpus import SourceScore

WIDTH = 640
LABEL = 240
RIGHT = 24
TOP = 12
ROW = 18
BOTTOM = 34
NAME_CHARS = 30


def _x(value: float) -> float:
    return LABEL + value * (WIDTH - LABEL - RIGHT)


def _n(x: float) -> str:
    return f"{x:.0f}"


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def reliability_plot(scores: Sequence[SourceScore], plot_id: str, title: str) -> str:
    """An accessible SVG, or "" when there is nothing to plot."""
    if not scores:
        return ""
    height = TOP + ROW * len(scores) + BOTTOM
    bottom = TOP + ROW * len(scores)
    desc = "; ".join(
        f"{s.name}: {s.reliability:.2f} ({s.low:.2f} to {s.high:.2f}), {s.shared} shared slots"
        for s in scores
    )
    parts = [
        f'<svg class="plot" role="img" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{plot_id}-title {plot_id}-desc">',
        f'<title id="{plot_id}-title">{escape(title)}</title>',
        f'<desc id="{plot_id}-desc">{escape(desc)}</desc>',
    ]
    ticks = [i / 4 for i in range(5)]
    grid = "".join(f"M{_n(_x(t))} {TOP}V{bottom}" for t in ticks)
    parts.append(f'<path class="grid" d="{grid}"/>')
    parts.append(f'<path class="axis" d="M{LABEL} {bottom}H{_n(_x(1))}"/>')
    parts += [f'<text class="xt" x="{_n(_x(t))}" y="{bottom + 16}">{t:g}</text>' for t in ticks]
    parts.append(f'<text class="xt" x="{_n(_x(0.5))}" y="{bottom + 30}">reliability (90% interval)</text>')
    for i, score in enumerate(scores):
        y = TOP + ROW * i + ROW / 2
        low, high = _x(score.low), _x(score.high)
        label = (
            f"{score.name}: {score.reliability:.2f} ({score.low:.2f}–{score.high:.2f}), {score.shared} shared"
        )
        parts.append(
            f"<g><title>{escape(label)}</title>"
            f'<text class="yt" x="{LABEL - 8}" y="{_n(y + 4)}">{escape(_short(score.name))}</text>'
            f'<rect class="bar" x="{_n(low)}" y="{_n(y - 3)}" width="{_n(max(high - low, 2))}" height="6"/>'
            f'<circle class="dot" cx="{_n(_x(score.reliability))}" cy="{_n(y)}" r="4.5"/></g>'
        )
    parts.append("</svg>")
    return "\n".join(parts)
