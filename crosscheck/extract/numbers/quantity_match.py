"""What the quantity recognizers hand to the rest of extraction."""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.model import Qualifier


@dataclass(frozen=True, slots=True)
class Conversion:
    """A bracketed or parenthetical restatement of the same figure in another unit."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    consistent: bool
    """Whether the two figures agree once converted (within a few percent)."""


@dataclass(frozen=True, slots=True)
class QuantityMatch:
    """One figure found in text: absolute ``[start, end)`` offsets into the source text.

    ``start:end`` covers qualifier, number and unit ("at least 70 militants" covers
    "at least 70"; the counted noun is the measure's business, not the match's).
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: str | None
    rule: str
    """Why it was produced, e.g. "quantity:at_least+digits" or "quantity:vague(dozens)"."""
    number_start: int
    number_end: int
    """Offsets of the numeral itself ("70", "seventy", "1.5 million")."""
    conversion: Conversion | None = None
    rate: str | None = None
    """A rate's period when the figure is per time ("a day" -> "day")."""
