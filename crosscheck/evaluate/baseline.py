"""The plain baseline the gold evaluation prints beside ours: sentence embeddings, cosine clustering over
all claims (no blocking, no place/time rules), and exact equality of numbers for the verdict."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster

BASELINE_COSINE = 0.5
"""Two claims whose sentences are at least this similar share a cluster (average linkage)."""


def baseline_clusters(claims: Sequence[Claim], settings: Settings) -> list[Cluster]:
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering

    from crosscheck.embed import make_embedder

    if not claims:
        return []
    vectors = np.asarray(
        make_embedder(settings).embed([claim.sentence for claim in claims]), dtype=np.float32
    )
    if len(claims) == 1:
        labels = np.zeros(1, dtype=int)
    else:
        distances = 1.0 - np.clip(vectors @ vectors.T, -1.0, 1.0)
        np.fill_diagonal(distances, 0.0)
        model = AgglomerativeClustering(
            n_clusters=None,
            metric="precomputed",
            linkage="average",
            distance_threshold=1.0 - BASELINE_COSINE,
        )
        labels = model.fit_predict(distances)
    groups: dict[int, list[Claim]] = {}
    for label, claim in zip(labels, claims, strict=True):
        groups.setdefault(int(label), []).append(claim)
    clusters = []
    for group in groups.values():
        ids = tuple(sorted(claim.id for claim in group))
        values = {(claim.value, claim.low, claim.high) for claim in group}
        verdict = "single" if len(group) == 1 else ("agree" if len(values) == 1 else "contradict")
        cluster_id = "b-" + hashlib.sha1("\n".join(ids).encode()).hexdigest()[:10]
        clusters.append(Cluster(cluster_id, ids, verdict, "baseline: exact equality of numbers", "baseline"))
    return clusters
