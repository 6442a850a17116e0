"""A per-article time budget: past it, an article is reported as partly read and the run goes on.

:func:`~crosscheck.extract.extract_claims` checks the budget before each sentence and each figure; when it
is spent, it stops, keeps the claims read so far and records in :attr:`Budget.stopped_at` the character
offset it had reached. The budget bounds what adversarial text (a flood of numerals, a document of
megabytes) can cost, whatever the rules do with it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Budget:
    """``seconds`` of reading for one article (None: no limit), counted from creation."""

    seconds: float | None
    started: float = field(default_factory=lambda: time.monotonic())
    stopped_at: int | None = None
    """Where reading stopped (a character offset into the article's text), or None when it read it all."""

    def spent(self, position: int) -> bool:
        """True, and ``position`` recorded as where reading stopped, once the time is up."""
        if self.stopped_at is not None:
            return True
        if self.seconds is None or time.monotonic() - self.started < self.seconds:
            return False
        self.stopped_at = position
        return True

    def elapsed(self) -> float:
        return time.monotonic() - self.started


def where(text: str, position: int) -> str:
    """ "character 1,234 of 56,789 (line 12)": a place in a text that a reader can find."""
    line = text.count("\n", 0, position) + 1
    return f"character {position:,} of {len(text):,} (line {line})"
