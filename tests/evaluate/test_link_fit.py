"""The slot link model's fitting procedure: set weights stay as set, the others follow the data."""

from __future__ import annotations

import numpy as np

from crosscheck.cluster.similarity import FEATURES, SET_WEIGHTS
from crosscheck.evaluate.event_fit import TrainingPairs
from crosscheck.evaluate.link_fit import fit_link_weights


def _pairs(rows: int = 400, seed: int = 7) -> TrainingPairs:
    """Labels that follow ``same_figure`` and go against ``magnitude_gap``; ``cosine`` is noise."""
    rng = np.random.default_rng(seed)
    features = np.zeros((rows, len(FEATURES)))
    labels = rng.integers(0, 2, rows)
    features[:, FEATURES.index("cosine")] = rng.uniform(0.4, 0.9, rows)
    features[:, FEATURES.index("same_figure")] = np.where(rng.random(rows) < 0.85, labels, 1 - labels)
    features[:, FEATURES.index("magnitude_gap")] = np.where(labels == 1, 0.2, 2.0) + rng.random(rows)
    return TrainingPairs(features, labels, np.array([f"g{i % 10}" for i in range(rows)]))


def test_set_weights_are_kept_and_the_others_are_fit() -> None:
    fitted = dict(zip(FEATURES, fit_link_weights(_pairs()).weights, strict=True))
    assert {name: fitted[name] for name in SET_WEIGHTS} == SET_WEIGHTS
    assert fitted["same_figure"] > 1.0
    assert fitted["magnitude_gap"] < -1.0
    assert abs(fitted["same_place"]) < 1e-3, "a feature that never varies gets no weight"
