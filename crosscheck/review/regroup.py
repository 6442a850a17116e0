"""Regrouping an incident's figures: merging two clusters, or moving claims from one cluster to another.

Each is a decision on the cluster that loses claims (``{"into": target}`` for a merge, ``{"into": target,
"claims": [...]}`` for a move) and an audit entry on each of the two clusters, made in one transaction that
bumps both versions only if both are still the versions the reviewer saw. The store's analysis tables stay
as the run wrote them; :mod:`crosscheck.review.overlay` lays the decisions over them.
"""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.review.decide import Change, record
from crosscheck.store import Store


@dataclass(frozen=True)
class Regrouping:
    kind: str
    source: str
    target: str
    claims: tuple[str, ...] = ()
    """The moved claims (a move); a merge moves all of the source's."""


def regroup(
    store: Store,
    user_id: int,
    change: Regrouping,
    source_version: int,
    target_version: int,
) -> bool:
    """Record a merge or a move; False (nothing changed) when either cluster was saved since."""
    payload: dict[str, object] = {"into": change.target}
    source_after: dict[str, object] = {"merged_into": change.target}
    target_after: dict[str, object] = {"absorbed": change.source}
    if change.kind == "move":
        payload["claims"] = list(change.claims)
        source_after, target_after = payload, {"received": list(change.claims), "from": change.source}
    return record(
        store,
        user_id,
        [Change(change.kind, change.source, payload)],
        {change.source: source_version, change.target: target_version},
        [(change.source, {}, source_after), (change.target, {}, target_after)],
    )
