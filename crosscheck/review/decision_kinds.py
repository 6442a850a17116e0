"""The reviewers' decisions a store keeps, and what each means: the contract between the review UI, which
records them, and ``crosscheck run``, which honours them in its next clustering.

Each is one row of ``decisions`` (``kind``, ``cluster_id``, ``claim_id``, ``payload`` as JSON, the user, the
time, and the cluster version it was made on), written with an ``audit_log`` entry in one transaction that
bumps the version of every cluster it changes only if each is still the version the reviewer saw. Decisions
are read in ``id`` order; a later one overrides or builds on an earlier one.

``review``
    cluster_id = the cluster; payload ``{"verdict", "low", "high", "figure_source", "note", "status"}``
    (:class:`crosscheck.review.state.Review`). The latest one is the cluster's review.
``merge``
    cluster_id = the source; payload ``{"into": target}``: every claim of the source joins the target.
``move``
    cluster_id = the source; payload ``{"into": target, "claims": [...]}``: these claims join the target.
``split``
    cluster_id = the source; payload ``{"into": NEW_ID, "claims": [...]}``: these claims leave the source
    for a new cluster, ``NEW_ID = "cl-" + sha1("\\n".join(sorted(claims)))[:12]`` (:func:`new_cluster_id`),
    so the same claims always make the same id. "Move to a new cluster" is a split. The decision's
    transaction adds the new cluster's row (with no members: the pages lay the split over the run), so it
    can be reviewed, merged and assigned at once; the next run keeps its id.
``reject_match``
    cluster_id = the cluster, claim_id = the rejected claim, payload ``{}``: the claim does not report this
    cluster's figure. It leaves the cluster for a cluster of its own; the UI names that cluster
    ``new_cluster_id([claim])``, the id a split of that one claim would make, and adds its row as a split
    does.
``misread``
    claim_id = the claim, cluster_id = its cluster, payload ``{"field": F, "correction": str}`` with F one of
    ``value`` (the correction is a number or a range "12-14"), ``measure`` (what is counted), ``place``,
    ``time`` (an ISO day, or two joined by "/"), or ``not_a_claim`` (the correction says why, may be empty):
    the extractor misread the claim. A ``not_a_claim`` claim is hidden from every cluster and left out of
    the next run; otherwise the claim is compared with its correction in place of what was read, on the
    pages and by the next run (:mod:`crosscheck.cluster.corrections`).
``assign``
    cluster_id = the cluster; payload ``{"user": name or null}``: who is to review it (null: nobody).

A merge, move, split or rejected match whose claims are no longer in its source (a later run put them
elsewhere) changes nothing for those claims.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from crosscheck.store import Store

REGROUPING_KINDS = ("merge", "move", "split", "reject_match")
"""Decisions that change which claims a cluster holds."""
LAID_KINDS = (*REGROUPING_KINDS, "misread")
"""Decisions the UI lays over a run's analysis (the review and the assignment only annotate it)."""
KINDS = ("review", *LAID_KINDS, "assign")
MISREAD_FIELDS = ("value", "measure", "place", "time", "not_a_claim")


def new_cluster_id(claim_ids: Sequence[str]) -> str:
    """The id of the cluster a split of these claims makes (the same for any order)."""
    digest = hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8")).hexdigest()
    return "cl-" + digest[:12]


@dataclass(frozen=True)
class Decided:
    """One stored decision, as the overlay reads it."""

    kind: str
    cluster_id: str | None
    claim_id: str | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    id: int = field(default=0, compare=False)
    """The decision's row id (0 for one not read from a store)."""

    @property
    def target(self) -> str:
        """The cluster the claims go to (merge, move, split, reject_match)."""
        if self.kind == "reject_match":
            return new_cluster_id([self.claim_id or ""])
        return str(self.payload["into"])

    @property
    def claims(self) -> tuple[str, ...]:
        if self.kind == "reject_match":
            return (self.claim_id,) if self.claim_id else ()
        return tuple(str(claim) for claim in self.payload.get("claims", ()))


def decided(store: Store, kinds: Sequence[str] = LAID_KINDS) -> list[Decided]:
    """The decisions of these kinds, in the order they were made."""
    marks = ", ".join("?" for _ in kinds)
    found = store.backend.query(
        f"SELECT kind, cluster_id, claim_id, payload, id FROM decisions WHERE kind IN ({marks}) ORDER BY id",
        tuple(kinds),
    )
    return [
        Decided(kind, cluster, claim, json.loads(payload), int(row_id))
        for kind, cluster, claim, payload, row_id in found
    ]


def assignments(store: Store) -> dict[str, str]:
    """Each assigned cluster's reviewer (by name), from its latest assignment."""
    found: dict[str, str] = {}
    for decision in decided(store, ("assign",)):
        if decision.cluster_id is None:
            continue
        name = decision.payload.get("user")
        if name:
            found[decision.cluster_id] = str(name)
        else:
            found.pop(decision.cluster_id, None)
    return found
