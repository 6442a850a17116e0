"""A finished run, as the store takes it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from crosscheck.store.write import RunData

if TYPE_CHECKING:
    import numpy as np

    from crosscheck.cluster.reviewed import ReviewedGrouping
    from crosscheck.config import Settings
    from crosscheck.report.context import ReportContext


def run_data(
    context: ReportContext,
    vectors: Mapping[str, np.ndarray],
    settings: Settings,
    reviewed: ReviewedGrouping | None = None,
) -> RunData:
    """The run's sources, claims, clusters, incidents and sentence embeddings (by the cache's text key);
    with ``reviewed``, the decided clusters the run carries over and those it strands. A claim reviewers
    corrected is stored as the extractor read it: the store's ``misread`` decisions hold the corrections,
    which the review pages lay over it as the run applied them."""
    from crosscheck.cluster.reviewed import standing
    from crosscheck.embed import make_embedder

    kept, stranded = standing(context.clusters, reviewed) if reviewed is not None else ([], [])
    dimensions = len(next(iter(vectors.values()))) if vectors else 0
    return RunData(
        context.corpus_name,
        context.sources,
        [claim.as_read or claim for claim in context.claims],
        context.clusters,
        context.events,
        embeddings={key: vector.astype("<f4").tobytes() for key, vector in vectors.items()},
        embedder=make_embedder(settings).name,
        dimensions=dimensions,
        settings=settings.as_dict(),
        carried=tuple(kept),
        stranded=tuple(stranded),
    )
