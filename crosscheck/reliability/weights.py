"""A source's accuracy, its interval, and the weight its vote gets.

The accuracy of a source that holds the estimate on ``agreed`` of ``shared`` claims has the Beta posterior
Beta(agreed + a, shared - agreed + b) under a Beta(a, b) prior. Its equal-tailed interval widens for sources
with few claims. The vote weight follows CATD (Li et al., "A Confidence-Aware Approach for Truth Discovery on
Long-Tail Data", VLDB 2015): a source is weighted by a conservative end of the confidence interval of its
quality, not by its point estimate, so one lucky claim does not make a source trusted. The weight of an
accuracy ``q`` is AccuVote's log-odds ``ln(n q / (1 - q))`` (Dong, Berti-Equille, Srivastava, "Integrating
Conflicting Data: The Role of Source Dependence", VLDB 2009), ``n`` the number of false values a source
could give, floored at a small positive weight.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import beta

MIN_WEIGHT = 1e-3


@dataclass(frozen=True)
class WeightSettings:
    """``quantile`` of the accuracy posterior that sets the weight (0.5: its median; lower: warier of few
    claims); ``prior_agree`` and ``prior_disagree`` are the Beta prior's pseudo-counts; ``false_values`` is
    AccuVote's n."""

    quantile: float = 0.2
    prior_agree: float = 1.0
    prior_disagree: float = 1.0
    false_values: float = 10.0


def _prior(
    settings: WeightSettings, prior_mean: np.ndarray | None
) -> tuple[np.ndarray | float, np.ndarray | float]:
    """The Beta prior's pseudo-counts: the settings', or ``prior_mean`` (per source, e.g. its class's pooled
    accuracy) at the same strength (``prior_agree + prior_disagree`` pseudo-claims)."""
    if prior_mean is None:
        return settings.prior_agree, settings.prior_disagree
    strength = settings.prior_agree + settings.prior_disagree
    return strength * prior_mean, strength * (1.0 - prior_mean)


def accuracy_interval(
    agreed: np.ndarray, shared: np.ndarray, level: float, settings: WeightSettings,
    prior_mean: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Posterior mean, and the equal-tailed interval at ``level``, of each source's accuracy."""
    prior_agree, prior_disagree = _prior(settings, prior_mean)
    a = agreed + prior_agree
    b = shared - agreed + prior_disagree
    tail = (1.0 - level) / 2.0
    return a / (a + b), beta.ppf(tail, a, b), beta.ppf(1.0 - tail, a, b)


def vote_weight(
    agreed: np.ndarray, shared: np.ndarray, settings: WeightSettings, prior_mean: np.ndarray | None = None
) -> np.ndarray:
    """The weight of a source's vote from its record (``agreed`` of ``shared``)."""
    prior_agree, prior_disagree = _prior(settings, prior_mean)
    a = agreed + prior_agree
    b = shared - agreed + prior_disagree
    q = np.clip(beta.ppf(settings.quantile, a, b), 1e-9, 1 - 1e-9)
    return np.maximum(np.log(settings.false_values * q / (1.0 - q)), MIN_WEIGHT)
