"""The embedder interface every stage depends on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text."""

    @property
    def name(self) -> str:
        """Identifies the model, so that cached vectors of one model are never served for another."""
        ...

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...
