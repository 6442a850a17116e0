import numpy as np
import pytest

from crosscheck.config import Settings
from crosscheck.embed import make_embedder
from crosscheck.embed.cache import CachedEmbedder
from crosscheck.embed.fake import FakeEmbedder
from crosscheck.embed.sentence_transformer import SentenceTransformerEmbedder
from crosscheck.errors import ModelLoadError


def test_fake_embedder_is_deterministic_and_normalised():
    texts = ["At least 12 people were killed in Varna.", "The bridge reopened on Monday.", ""]
    first, second = FakeEmbedder().embed(texts), FakeEmbedder().embed(texts)
    assert np.array_equal(first, second)
    assert np.allclose(np.linalg.norm(first[:2], axis=1), 1.0)
    assert not first[2].any()


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        (
            "Shelling killed 12 people in the market of Varna.",
            "Twelve people were killed by shelling in the Varna market.",
            "The football club signed a new striker on Friday.",
        ),
        ("the siege lasted three years", "a three-year siege", "flights resumed at the airport"),
    ],
)
def test_fake_embedder_ranks_shared_words_closer(a, b, c):
    va, vb, vc = FakeEmbedder().embed([a, b, c])
    assert va @ vb > va @ vc


class CountingEmbedder(FakeEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen.extend(texts)
        return super().embed(texts)


def test_cache_embeds_each_text_once_across_runs(tmp_path):
    inner = CountingEmbedder()
    texts = ["one figure", "another figure", "one figure"]
    first = CachedEmbedder(inner, tmp_path).embed(texts)
    assert sorted(inner.seen) == ["another figure", "one figure"]
    second_run = CachedEmbedder(inner, tmp_path)
    again = second_run.embed([*texts, "a new one"])
    assert inner.seen[-1:] == ["a new one"] and len(inner.seen) == 3
    assert np.allclose(again[:3], first)
    assert second_run.hits == 3 and second_run.misses == 1
    assert not list(tmp_path.rglob("*.tmp"))


def test_cache_keeps_models_apart(tmp_path):
    CachedEmbedder(FakeEmbedder(64), tmp_path).embed(["text"])
    other = CachedEmbedder(FakeEmbedder(32), tmp_path)
    assert other.embed(["text"]).shape == (1, 32)
    assert other.misses == 1


def test_damaged_cache_shard_is_ignored(tmp_path):
    cached = CachedEmbedder(FakeEmbedder(), tmp_path)
    cached.embed(["text"])
    for shard in tmp_path.rglob("*.npz"):
        shard.write_bytes(b"not a numpy file")
    fresh = CachedEmbedder(FakeEmbedder(), tmp_path)
    assert fresh.embed(["text"]).shape == (1, 256) and fresh.misses == 1


def test_make_embedder_is_cheap_and_wraps_the_cache(tmp_path):
    embedder = make_embedder(Settings(embedder="minilm", cache_dir=str(tmp_path)))
    assert isinstance(embedder, CachedEmbedder)
    assert isinstance(embedder.embedder, SentenceTransformerEmbedder)
    assert embedder.embedder._model is None  # nothing loaded until the first embed


def test_model_path_that_is_not_a_model_says_so(tmp_path):
    with pytest.raises(ModelLoadError, match="not a sentence-transformers model folder"):
        SentenceTransformerEmbedder(tmp_path).embed(["x"])


@pytest.mark.model
def test_packaged_model_gives_real_sentence_embeddings():
    vectors = SentenceTransformerEmbedder().embed(
        ["Forty people were killed in the attack.", "The attack left 40 dead.", "Bananas are yellow."]
    )
    assert vectors.shape == (3, 384)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
