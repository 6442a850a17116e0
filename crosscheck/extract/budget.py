"""A per-article reading budget: time, and how dense a text may be; past either, an article is reported as
partly read and the run goes on.

:func:`~crosscheck.extract.extract_claims` checks the time before each sentence and each figure; when it
is spent, it stops, keeps the claims read so far and records in :attr:`Budget.stopped_at` the character
offset it had reached. Before reading, it leaves out the stretches too dense to be prose
(:mod:`crosscheck.extract.dense`) and records them in :attr:`Budget.too_dense`. The budget bounds what
adversarial text (a flood of figures, a document of megabytes) can cost, whatever the rules do with it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from crosscheck.extract.dense import WINDOW, DenseLimits, DenseStretches


@dataclass
class Budget:
    """``seconds`` of reading for one article (None: no limit), counted from creation, and the ``dense``
    limits past which a stretch is not read."""

    seconds: float | None
    dense: DenseLimits = field(default_factory=DenseLimits)
    started: float = field(default_factory=lambda: time.monotonic())
    stopped_at: int | None = None
    """Where reading stopped (a character offset into the article's text), or None when it read it all."""
    too_dense: DenseStretches = field(default_factory=lambda: DenseStretches(()))
    """The stretches left out as too dense to be prose (none when the text is prose)."""

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


def where_dense(text: str, stretches: DenseStretches, limits: DenseLimits) -> str:
    """What a warning says of the stretches not read: where the first is, how many, what they held."""
    (start, end), more = stretches.spans[0], len(stretches.spans) - 1
    lines = f"lines {text.count(chr(10), 0, start) + 1:,} to {text.count(chr(10), 0, end) + 1:,}"
    limited = [("numbers", limits.numbers), ("sentences", limits.sentences), ("actor names", limits.actors)]
    over = _listed([f"{limit} {name}" for name, limit in limited if limit is not None], "or")
    held = [
        (stretches.numbers, "numbers"),
        (stretches.sentences, "sentences"),
        (stretches.actors, "actor names"),
    ]
    return (
        f"characters {start:,} to {end:,} of {len(text):,} ({lines})"
        + (f" and {more} more stretch{'es' if more > 1 else ''}" if more else "")
        + f" were not read: more than {over} within {WINDOW:,} characters is too dense to be prose "
        f"({_listed([f'{count:,} {name}' for count, name in held], 'and')} left out)"
    )


def _listed(items: list[str], last: str) -> str:
    return ", ".join(items[:-1]) + f" {last} " + items[-1] if len(items) > 1 else "".join(items)
