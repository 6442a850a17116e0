"""A small inline SVG plot of the intervals a cluster's claims give, one row per claim, on one axis."""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

from crosscheck.model import Claim
from crosscheck.report import _format as fmt

WIDTH = 640
LABEL_WIDTH = 170
RIGHT_MARGIN = 24
ROW_HEIGHT = 24
TOP = 10
AXIS_HEIGHT = 30
LABEL_CHARS = 24


def _nice_step(span: float) -> float:
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if multiple * magnitude >= raw:
            return multiple * magnitude
    return 10 * magnitude


def _domain(claims: list[Claim]) -> tuple[float, float] | None:
    values: list[float] = []
    for claim in claims:
        low, high = fmt.bounds(claim)
        values += [v for v in (low, high, fmt.finite(claim.value)) if v is not None]
    if not values:
        return None
    lo, hi = min(values), max(values)
    pad = max(1.0, abs(lo) * 0.1) if lo == hi else (hi - lo) * 0.1
    start, end = lo - pad, hi + pad
    if lo >= 0 > start:
        start = 0.0
    return start, end


def _n(x: float) -> str:
    return f"{x:.1f}"


def _label(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def interval_plot(claims: list[Claim], plot_id: str, title: str) -> str:
    """An accessible SVG, or "" when no claim has a number to draw."""
    numeric = [c for c in claims if c.kind == "numeric"]
    domain = _domain(numeric)
    if domain is None:
        return ""
    start, end = domain
    left, right = LABEL_WIDTH, WIDTH - RIGHT_MARGIN
    height = TOP + ROW_HEIGHT * len(numeric) + AXIS_HEIGHT

    def x(value: float) -> float:
        return left + (value - start) / (end - start) * (right - left)

    desc = "; ".join(f"{c.source.outlet or c.source_id}: {fmt.interval(c)}" for c in numeric)
    parts = [
        f'<svg class="plot" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'aria-labelledby="{plot_id}-title {plot_id}-desc">',
        f'<title id="{plot_id}-title">{escape(title)}</title>',
        f'<desc id="{plot_id}-desc">{escape(desc)}</desc>',
        "<defs>",
        f'<linearGradient id="{plot_id}-fade-right" x1="0" x2="1" y1="0" y2="0">'
        '<stop offset="0" stop-color="#2f5f98" stop-opacity="0.85"/>'
        '<stop offset="1" stop-color="#2f5f98" stop-opacity="0.1"/></linearGradient>',
        f'<linearGradient id="{plot_id}-fade-left" x1="0" x2="1" y1="0" y2="0">'
        '<stop offset="0" stop-color="#2f5f98" stop-opacity="0.1"/>'
        '<stop offset="1" stop-color="#2f5f98" stop-opacity="0.85"/></linearGradient>',
        "</defs>",
    ]
    for row, claim in enumerate(numeric):
        y = TOP + row * ROW_HEIGHT + ROW_HEIGHT / 2
        outlet = claim.source.outlet or claim.source_id
        parts.append(
            f'<text class="label" x="{left - 8}" y="{_n(y + 4)}" text-anchor="end">'
            f"<title>{escape(outlet)}</title>{escape(_label(outlet))}</text>"
        )
        parts.append(f'<line class="grid" x1="{left}" x2="{right}" y1="{_n(y)}" y2="{_n(y)}"/>')
        parts.append(_mark(claim, x, y, left, right, plot_id))
    axis_y = TOP + ROW_HEIGHT * len(numeric) + 4
    parts.append(f'<line class="axis" x1="{left}" x2="{right}" y1="{axis_y}" y2="{axis_y}"/>')
    step = _nice_step(end - start)
    tick = math.ceil(start / step) * step
    while tick <= end + 1e-9:
        tx = x(tick)
        parts.append(f'<line class="axis" x1="{_n(tx)}" x2="{_n(tx)}" y1="{axis_y}" y2="{axis_y + 4}"/>')
        parts.append(
            f'<text class="tick" x="{_n(tx)}" y="{axis_y + 16}" text-anchor="middle">'
            f"{fmt.number(tick)}</text>"
        )
        tick += step
    parts.append("</svg>")
    return "\n".join(parts)


def _mark(claim: Claim, x: Callable[[float], float], y: float, left: int, right: int, plot_id: str) -> str:
    low, high = fmt.bounds(claim)
    value = fmt.finite(claim.value)
    shapes: list[str] = []
    bar_y, bar_h = _n(y - 5), 10
    if low is not None and high is not None and low != high:
        x0, x1 = x(low), x(high)
        shapes.append(
            f'<rect class="bar" x="{_n(x0)}" y="{bar_y}" width="{_n(max(x1 - x0, 2))}" height="{bar_h}"/>'
        )
    elif low is not None and high is None:
        x0 = x(low)
        shapes.append(
            f'<rect x="{_n(x0)}" y="{bar_y}" width="{_n(max(right - x0, 2))}" height="{bar_h}" '
            f'fill="url(#{plot_id}-fade-right)"/>'
        )
        shapes.append(f'<line class="edge" x1="{_n(x0)}" x2="{_n(x0)}" y1="{_n(y - 7)}" y2="{_n(y + 7)}"/>')
        shapes.append(f'<path class="arrow" d="M{right} {_n(y)} l-7 -5 v10 z"/>')
    elif high is not None and low is None:
        x1 = x(high)
        shapes.append(
            f'<rect x="{left}" y="{bar_y}" width="{_n(max(x1 - left, 2))}" height="{bar_h}" '
            f'fill="url(#{plot_id}-fade-left)"/>'
        )
        shapes.append(f'<line class="edge" x1="{_n(x1)}" x2="{_n(x1)}" y1="{_n(y - 7)}" y2="{_n(y + 7)}"/>')
        shapes.append(f'<path class="arrow" d="M{left} {_n(y)} l7 -5 v10 z"/>')
    if low is not None and low == high:
        shapes.append(f'<circle class="dot" cx="{_n(x(low))}" cy="{_n(y)}" r="5"/>')
    elif value is not None:
        shapes.append(f'<circle class="approx" cx="{_n(x(value))}" cy="{_n(y)}" r="4.5"/>')
    return f"<g><title>{escape(fmt.interval(claim))}</title>" + "".join(shapes) + "</g>"
