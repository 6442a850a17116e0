"""The cluster stage: group claims that state the same quantity of the same event."""

from crosscheck.cluster.clustering import cluster_claims

__all__ = ["cluster_claims"]
