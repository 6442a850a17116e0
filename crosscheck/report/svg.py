"""A slot's timeline as inline SVG: the figure (y) against the date its article was published (x).

One mark per row of the slot's claims table (one outlet's figure, its repeats collapsed), numbered like
the table, in each column (publication day, "undated" last) where the outlet gave it. A point is a dot, an
interval a vertical bar, an open bound a bar fading towards an arrow ("at least 14" points up, "up to 5"
down), an approximate figure without bounds a hollow circle.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from crosscheck.report import _format as fmt
from crosscheck.report.incidents import ClaimRow

WIDTH = 640
"""At most; a timeline of few days and marks is narrower."""
COLUMN_WIDTH = 120
"""A day's column at the least; wider when it holds more than a few marks (MARK_SPACING each)."""
LEFT = 64
RIGHT = 16
TOP = 16
PLOT_HEIGHT = 170
BOTTOM = 30
BOTTOM_ROTATED = 62
BAR = 8
MARK_SPACING = 26
ROTATE_BELOW = 78
"""Columns narrower than this get slanted date labels."""


SHARED_DEFS = (
    '<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>'
    '<linearGradient id="fade-up" x1="0" x2="0" y1="1" y2="0">'
    '<stop offset="0" stop-color="#2f5f98" stop-opacity="0.85"/>'
    '<stop offset="1" stop-color="#2f5f98" stop-opacity="0.1"/></linearGradient>'
    '<linearGradient id="fade-down" x1="0" x2="0" y1="0" y2="1">'
    '<stop offset="0" stop-color="#2f5f98" stop-opacity="0.85"/>'
    '<stop offset="1" stop-color="#2f5f98" stop-opacity="0.1"/></linearGradient>'
    "</defs></svg>"
)
"""The open bounds' fading bars, defined once per page: every timeline refers to them."""


def _nice_step(span: float) -> float:
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 2.5, 5, 10):
        if multiple * magnitude >= raw:
            return multiple * magnitude
    return 10 * magnitude


def _domain(rows: Sequence[ClaimRow]) -> tuple[float, float] | None:
    values: list[float] = []
    for row in rows:
        low, high = fmt.bounds(row.shown)
        values += [v for v in (low, high, fmt.finite(row.shown.value)) if v is not None]
    if not values:
        return None
    lo, hi = min(values), max(values)
    pad = max(1.0, abs(lo) * 0.1) if lo == hi else (hi - lo) * 0.1
    start, end = lo - pad, hi + pad
    if lo >= 0 and (lo < 1000 or lo <= hi - lo or start < 0):
        start = 0.0  # a count starts at zero unless its figures sit far from it (years, large tallies)
    return start, end


def _n(x: float) -> str:
    """Coordinates to the pixel: enough at this size, and a lighter page."""
    return f"{x:.0f}"


def _columns(rows: Sequence[ClaimRow]) -> list[date | None]:
    found = {d for row in rows for d in row.dates}
    return [*sorted(d for d in found if d is not None), *([None] if None in found else [])]


def _describe(number: int, row: ClaimRow) -> str:
    who = f" ({', '.join(row.claimants)})" if row.claimants else ""
    days = ", ".join(fmt.day(d) for d in row.dates)
    times = f", {row.count} times" if row.count > 1 else ""
    return f"{number}. {row.outlet}{who}: {row.figure}, {days}{times}"


def timeline_plot(rows: Sequence[ClaimRow], plot_id: str, title: str) -> str:
    """An accessible SVG, or "" when no row has a number to draw."""
    numeric = [(i, row) for i, row in enumerate(rows, start=1) if row.shown.kind == "numeric"]
    domain = _domain([row for _, row in numeric])
    if domain is None:
        return ""
    start, end = domain
    columns = _columns([row for _, row in numeric])
    marks = [[(i, row) for i, row in numeric if column in row.dates] for column in columns]
    wanted = [max(COLUMN_WIDTH, (len(here) + 1) * MARK_SPACING) for here in marks]
    scale = min(1.0, (WIDTH - LEFT - RIGHT) / sum(wanted))
    widths = [w * scale for w in wanted]
    width = round(LEFT + RIGHT + sum(widths))
    rotate = min(widths) < ROTATE_BELOW
    bottom = TOP + PLOT_HEIGHT
    height = bottom + (BOTTOM_ROTATED if rotate else BOTTOM)

    def y(value: float) -> float:
        return bottom - (value - start) / (end - start) * PLOT_HEIGHT

    desc = "; ".join(_describe(i, row) for i, row in numeric)
    parts = [
        f'<svg class="plot" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{plot_id}-title {plot_id}-desc">',
        f'<title id="{plot_id}-title">{escape(title)}</title>',
        f'<desc id="{plot_id}-desc">{escape(desc)}</desc>',
    ]
    parts += _y_axis(start, end, y, bottom, width - RIGHT)
    left = float(LEFT)
    for column, here, column_width in zip(columns, marks, widths, strict=True):
        centre, left = left + column_width / 2, left + column_width
        parts.append(_x_label(column, centre, bottom, rotate))
        spacing = min(MARK_SPACING, column_width / (len(here) + 1))
        for k, (number, row) in enumerate(here):
            x = centre + (k - (len(here) - 1) / 2) * spacing
            label = f"{number}. {row.outlet}: {row.figure}, {fmt.day(column)}"
            parts.append(_mark(row, number, x, y, bottom, label, spacing >= 14))
    parts.append("</svg>")
    return "\n".join(parts)


def _y_axis(start: float, end: float, y: Callable[[float], float], bottom: float, right: float) -> list[str]:
    """The axis, one path for every grid line, and the ticks' labels."""
    step = _nice_step(end - start)
    ticks = []
    tick = math.ceil(start / step) * step
    while tick <= end + 1e-9:
        ticks.append(tick)
        tick += step
    grid = "".join(f"M{LEFT} {_n(y(t))}H{_n(right)}" for t in ticks)
    parts = [f'<path class="grid" d="{grid}"/>', f'<path class="axis" d="M{LEFT} {_n(bottom)}H{_n(right)}"/>']
    parts += [f'<text class="yt" x="{LEFT - 6}" y="{_n(y(t) + 4)}">{fmt.number(t)}</text>' for t in ticks]
    return parts


def _x_label(column: date | None, centre: float, bottom: float, rotate: bool) -> str:
    text = fmt.day(column)
    if rotate:
        return (
            f'<text class="yt" x="{_n(centre)}" y="{_n(bottom + 14)}" '
            f'transform="rotate(-35 {_n(centre)} {_n(bottom + 14)})">{text}</text>'
        )
    return f'<text class="xt" x="{_n(centre)}" y="{_n(bottom + 18)}">{text}</text>'


def _mark(
    row: ClaimRow,
    number: int,
    x: float,
    y: Callable[[float], float],
    bottom: float,
    label: str,
    numbered: bool,
) -> str:
    claim = row.shown
    low, high = fmt.bounds(claim)
    value = fmt.finite(claim.value)
    left, half = _n(x - BAR / 2), BAR / 2
    shapes: list[str] = []
    if low is not None and high is not None and low != high:
        y0, y1 = y(high), y(low)
        shapes.append(
            f'<rect class="bar" x="{left}" y="{_n(y0)}" width="{BAR}" height="{_n(max(y1 - y0, 2))}"/>'
        )
    elif low is not None and high is None:
        y1 = y(low)
        shapes.append(
            f'<rect x="{left}" y="{TOP}" width="{BAR}" height="{_n(max(y1 - TOP, 2))}" fill="url(#fade-up)"/>'
        )
        shapes.append(f'<line class="edge" x1="{_n(x - 7)}" x2="{_n(x + 7)}" y1="{_n(y1)}" y2="{_n(y1)}"/>')
        shapes.append(f'<path class="arrow" d="M{_n(x)} {TOP - 6} l-{half + 2} 8 h{BAR + 4} z"/>')
    elif high is not None and low is None:
        y0 = y(high)
        shapes.append(
            f'<rect x="{left}" y="{_n(y0)}" width="{BAR}" height="{_n(max(bottom - y0, 2))}" '
            f'fill="url(#fade-down)"/>'
        )
        shapes.append(f'<line class="edge" x1="{_n(x - 7)}" x2="{_n(x + 7)}" y1="{_n(y0)}" y2="{_n(y0)}"/>')
        shapes.append(f'<path class="arrow" d="M{_n(x)} {_n(bottom + 6)} l-{half + 2} -8 h{BAR + 4} z"/>')
    anchor_y = y(low) if low is not None else y(high) if high is not None else None
    if low is not None and low == high:
        shapes.append(f'<circle class="dot" cx="{_n(x)}" cy="{_n(y(low))}" r="5"/>')
    elif value is not None and (low is None) == (high is None):
        anchor_y = y(value)
        shapes.append(f'<circle class="approx" cx="{_n(x)}" cy="{_n(anchor_y)}" r="4.5"/>')
    if numbered and anchor_y is not None:
        shapes.append(f'<text class="num" x="{_n(x + 7)}" y="{_n(anchor_y - 6)}">{number}</text>')
    return f"<g><title>{escape(label)}</title>" + "".join(shapes) + "</g>"
