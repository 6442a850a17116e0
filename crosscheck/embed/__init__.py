"""The embed stage: sentence vectors for claims, from a real model or a deterministic fake."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crosscheck.config import Settings
    from crosscheck.embed.base import Embedder


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings name, wrapped in the cache when one is configured. Loads nothing yet."""
    from crosscheck.embed.cache import CachedEmbedder
    from crosscheck.embed.fake import FakeEmbedder
    from crosscheck.embed.sentence_transformer import SentenceTransformerEmbedder

    embedder: Embedder
    if settings.embedder == "fake":
        embedder = FakeEmbedder()
    elif settings.embedder == "minilm":
        embedder = SentenceTransformerEmbedder()
    else:
        embedder = SentenceTransformerEmbedder(Path(settings.embedder))
    if settings.cache_dir:
        return CachedEmbedder(embedder, settings.cache_dir)
    return embedder


__all__ = ["make_embedder"]
