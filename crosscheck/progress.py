"""Progress on stderr for long stages: shown only on a terminal, silenced by --quiet."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


class Progress:
    def __init__(self, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()

    def stage(self, label: str) -> None:
        if self.enabled:
            self.stream.write(f"{label}...\n")
            self.stream.flush()

    def track(self, items: Iterable[T], label: str, total: int | None = None) -> Iterator[T]:
        if not self.enabled:
            yield from items
            return
        last = 0.0
        count = 0
        for count, item in enumerate(items, start=1):
            yield item
            now = time.monotonic()
            if now - last > 0.1 or count == total:
                last = now
                shown = f"{count}/{total}" if total else str(count)
                self.stream.write(f"\r{label}: {shown}")
                self.stream.flush()
        self.stream.write("\n")
        self.stream.flush()
