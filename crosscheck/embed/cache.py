"""Embeddings cached by content hash, so a re-run embeds only texts it has not seen.

Layout: ``<cache_dir>/<model key>/<shard>.npz``, each shard holding ``keys`` (sha256 of the text) and
``vectors``. Shards are only ever added, each written to a temporary file and renamed into place, so an
interrupted run never leaves a half-written cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from crosscheck.embed.base import Embedder


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosscheck" / "embeddings"


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class CachedEmbedder:
    """Wraps an embedder with an on-disk cache; behaves as an :class:`Embedder`."""

    def __init__(self, embedder: Embedder, cache_dir: str | Path) -> None:
        self.embedder = embedder
        self.cache_dir = Path(cache_dir)
        self.hits = 0
        self.misses = 0

    @property
    def name(self) -> str:
        return self.embedder.name

    @property
    def model_dir(self) -> Path:
        return self.cache_dir / hashlib.sha256(self.name.encode()).hexdigest()[:16]

    def _load(self) -> dict[str, np.ndarray]:
        known: dict[str, np.ndarray] = {}
        if not self.model_dir.is_dir():
            return known
        for shard in sorted(self.model_dir.glob("*.npz")):
            try:
                with np.load(shard) as data:
                    for key, vector in zip(data["keys"], data["vectors"], strict=True):
                        known[str(key)] = vector
            except (OSError, ValueError, KeyError):
                continue  # a damaged shard is ignored: its texts are embedded again
        return known

    def _store(self, keys: list[str], vectors: np.ndarray) -> None:
        self.model_dir.mkdir(parents=True, exist_ok=True)
        shard = hashlib.sha256("".join(sorted(keys)).encode()).hexdigest()[:20]
        handle, temporary = tempfile.mkstemp(dir=self.model_dir, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                np.savez(stream, keys=np.array(keys), vectors=vectors)
            os.replace(temporary, self.model_dir / f"{shard}.npz")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(text) for text in texts]
        known = self._load()
        missing = sorted(
            {key: text for key, text in zip(keys, texts, strict=True) if key not in known}.items()
        )
        self.hits = sum(1 for key in keys if key in known)
        self.misses = len(keys) - self.hits
        if missing:
            vectors = self.embedder.embed([text for _, text in missing])
            new_keys = [key for key, _ in missing]
            with contextlib.suppress(OSError):  # a read-only cache must not fail the run
                self._store(new_keys, vectors)
            known.update(zip(new_keys, vectors, strict=True))
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([known[key] for key in keys]).astype(np.float32)
