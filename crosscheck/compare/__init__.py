"""The compare stage: the verdict, reconciled range and source count of a group of claims.

The clustering stage decides which claims are about the same quantity of the same event and calls
:func:`make_cluster` on each group. The rules live in the submodules' docstrings: intervals (what each
qualifier allows), tolerance (rounding), relations (how two figures relate), timing (which came first),
verdicts (agree/compatible/update/contradict/single), reconcile (minimum, maximum, best) and independence
(outlets, independent sources).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.compare.independence import count_independent, count_outlets
from crosscheck.compare.reconcile import reconcile
from crosscheck.compare.verdicts import judge
from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Reconciled, Verdict

__all__ = ["Comparison", "cluster_id", "compare_claims", "make_cluster"]


@dataclass(frozen=True)
class Comparison:
    verdict: Verdict
    explanation: str
    rule: str
    reconciled: Reconciled | None
    outlets: int
    independent_sources: int


def compare_claims(claims: Sequence[Claim], settings: Settings) -> Comparison:
    judged = judge(claims, settings)
    return Comparison(
        verdict=judged.verdict,
        explanation=judged.explanation,
        rule=judged.rule,
        reconciled=reconcile(judged.latest, settings.about_tolerance),
        outlets=count_outlets(claims),
        independent_sources=count_independent(claims),
    )


def cluster_id(claim_ids: Sequence[str]) -> str:
    """ "k-" and 10 hex digits of the SHA-1 of the sorted, de-duplicated claim ids: the same for any order."""
    digest = hashlib.sha1("\n".join(sorted(set(claim_ids))).encode("utf-8")).hexdigest()
    return "k-" + digest[:10]


def _most_common(values: Sequence[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    if not counted:
        return None
    return min(counted, key=lambda v: (-counted[v], v))


def make_cluster(claims: Sequence[Claim], settings: Settings) -> Cluster:
    comparison = compare_claims(claims, settings)
    ids = tuple(sorted({c.id for c in claims}))
    return Cluster(
        id=cluster_id(ids),
        claim_ids=ids,
        verdict=comparison.verdict,
        explanation=comparison.explanation,
        rule=comparison.rule,
        measure=_most_common([c.measure for c in claims]),
        unit=_most_common([c.unit for c in claims]),
        location=_most_common([c.location for c in claims]),
        reconciled=comparison.reconciled,
        outlets=comparison.outlets,
        independent_sources=comparison.independent_sources,
    )
