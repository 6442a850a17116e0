"""Reviewers' decisions read back as a :class:`~crosscheck.cluster.reviewed.ReviewedGrouping` for a run.

The decisions are replayed in the order they were made, each over the clusters as the reviewer saw them:
the claims the store holds for a cluster, or, for a cluster a later run rewrote under its id, the claims it
held before that run (the ``before`` of the run's ``carry_over`` audit entry). A later decision overrides
an earlier one: a claim moved twice ends where it was moved last, and two claims split apart and then
merged again are no longer kept apart. Replaying over what the reviewer saw, not over what later runs
made, keeps a re-run of the same articles from changing anything. What each kind of decision means for the
next clustering:

- ``merge`` (on the source, ``{"into": target}``): the claims of both are one must-link group, the target;
- ``move`` (``{"into": target, "claims": [...]}``): the moved claims join the target's must-link group and
  are kept apart from the claims left in the source;
- ``split`` (``{"into": new id, "claims": [...]}``): the split claims are a must-link group, the new
  cluster, kept apart from the claims left in the source;
- ``reject_match`` (``cluster_id``, ``claim_id``): the claim leaves the cluster for one of its own, named as
  the review UI names it (a split of that one claim), and is kept apart from the claims left in it;
- ``misread`` with ``{"field": "not_a_claim"}``: the claim is dropped from the run (the store retires it);
  with another field (value, measure, place, time), the run clusters and compares the claim as corrected;
- ``review`` with a verdict or an established figure: the cluster's claims are a must-link group (a later
  review with neither lifts that), so the verdict keeps judging the claims it judged;
- every decision, ``assign`` included, makes its cluster a decided one, whose id a later run carries over
  (:func:`crosscheck.cluster.reviewed.carry_over`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from crosscheck.cluster.reviewed import ReviewedGrouping, pair
from crosscheck.model import Correction
from crosscheck.store.backend import Backend
from crosscheck.store.store import Store

REVIEW = "review"
REGROUPINGS = ("merge", "move", "split")
_OUT = ""
"""The label of a claim taken out of every reviewed cluster (rejected, or not a claim)."""


def new_cluster_id(claim_ids: Sequence[str]) -> str:
    """The id of a cluster a reviewer made of these claims (the decisions contract's ``NEW_ID``)."""
    return "cl-" + hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Decision:
    id: int
    kind: str
    cluster_id: str | None
    claim_id: str | None
    payload: dict[str, Any]
    seen_run: int | None = None
    """The last run finished when the decision was made (None: the latest)."""


def decisions(backend: Backend) -> list[Decision]:
    runs = backend.query("SELECT id, finished_at FROM runs WHERE finished_at IS NOT NULL ORDER BY id")

    def seen(created: str) -> int:
        return max((int(run) for run, finished in runs if finished <= created), default=0)

    found = backend.query(
        "SELECT id, kind, cluster_id, claim_id, payload, created_at FROM decisions ORDER BY id"
    )
    return [
        Decision(int(row_id), kind, cluster, claim, json.loads(payload or "{}"), seen(created))
        for row_id, kind, cluster, claim, payload, created in found
    ]


def latest_review(backend: Backend, cluster_id: str) -> dict[str, Any]:
    """The payload of the cluster's latest review, or {}."""
    found = backend.query(
        "SELECT payload FROM decisions WHERE kind = ? AND cluster_id = ? ORDER BY id DESC LIMIT 1",
        (REVIEW, cluster_id),
    )
    return dict(json.loads(found[0][0])) if found else {}


def reviewed_grouping(store: Store) -> ReviewedGrouping:
    """The store's decisions as constraints on the next run (empty when there are none)."""
    made = decisions(store.backend)
    if not made:
        return ReviewedGrouping()
    named = {d.cluster_id for d in made if d.cluster_id} | {
        str(d.payload["into"]) for d in made if d.kind in REGROUPINGS and "into" in d.payload
    }
    stored = {cluster.id: cluster.claim_ids for cluster in store.clusters(sorted(named), current=False)}
    return replay(made, stored, rewritten(store.backend))


Rewrites = Mapping[str, Sequence[tuple[int, Sequence[str]]]]
"""For a cluster id: (run, the claims it held before that run rewrote it), in run order."""


def rewritten(backend: Backend) -> dict[str, list[tuple[int, list[str]]]]:
    """The clusters runs rewrote under their ids, from the audit log's ``carry_over`` entries."""
    found: dict[str, list[tuple[int, list[str]]]] = {}
    for cluster_id, before, after in backend.query(
        "SELECT entity_id, before_json, after_json FROM audit_log WHERE action = 'carry_over' "
        "AND entity = 'cluster' ORDER BY id"
    ):
        run = json.loads(after).get("run")
        if isinstance(run, int):
            found.setdefault(cluster_id, []).append((run, list(json.loads(before).get("claims", []))))
    return found


def replay(
    made: Iterable[Decision], stored: Mapping[str, Sequence[str]], rewrites: Rewrites | None = None
) -> ReviewedGrouping:
    """Decisions, in the order they were made, laid over the clusters' claims (by cluster id): those
    stored, or those a cluster held before a run after the decision rewrote it (``rewrites``)."""
    state = _Replay(stored, rewrites or {})
    for decision in made:
        state.apply(decision)
    return state.grouping()


class _Replay:
    def __init__(self, stored: Mapping[str, Sequence[str]], rewrites: Rewrites) -> None:
        self.stored = stored
        self.rewrites = rewrites
        self.seen: int | None = None
        """The last run the decision being replayed could see."""
        self.label: dict[str, str] = {}
        """Where a decision put a claim: a cluster id, or ``_OUT``."""
        self.held: defaultdict[str, set[str]] = defaultdict(set)
        self.apart: set[tuple[str, str]] = set()
        self.dropped: set[str] = set()
        self.regrouped: dict[str, None] = {}
        self.judged: dict[str, None] = {}
        self.decided: dict[str, None] = {}
        self.corrections: list[tuple[str, Correction]] = []

    def current(self, cluster_id: str) -> list[str]:
        """The claims a cluster holds now: the store's, less those decisions put elsewhere, plus those put
        in it."""
        found = [c for c in self.seen_in(cluster_id) if self.label.get(c, cluster_id) == cluster_id]
        return found + sorted(self.held[cluster_id] - set(found))

    def seen_in(self, cluster_id: str) -> Sequence[str]:
        """The claims the run before the decision left in the cluster."""
        if self.seen is not None:
            for run, before in self.rewrites.get(cluster_id, ()):
                if run > self.seen:
                    return before
        return self.stored.get(cluster_id, ())

    def put(self, claims: Iterable[str], cluster_id: str) -> None:
        for claim_id in claims:
            self.held[self.label.get(claim_id, _OUT)].discard(claim_id)
            self.label[claim_id] = cluster_id
            self.held[cluster_id].add(claim_id)

    def together(self, claims: Iterable[str], cluster_id: str) -> None:
        self.put(claims, cluster_id)
        self.apart -= {pair(a, b) for a, b in itertools.combinations(self.current(cluster_id), 2)}
        self.regrouped.setdefault(cluster_id)

    def separate(self, moved: Iterable[str], left: Iterable[str]) -> None:
        self.apart |= {pair(a, b) for a in moved for b in left if a != b}

    def apply(self, d: Decision) -> None:
        self.seen = d.seen_run
        source = d.cluster_id
        if source is not None:
            self.decided.setdefault(source)
        into = str(d.payload.get("into", "")) if d.kind in REGROUPINGS else ""
        if into:
            self.decided.setdefault(into)
        claims = [str(c) for c in d.payload.get("claims", ())]
        if d.kind == "merge" and source and into:
            self.together([*self.current(source), *self.current(into)], into)
        elif d.kind in ("move", "split") and source and into:
            left = [c for c in self.current(source) if c not in claims]
            target = claims if d.kind == "split" else [*claims, *self.current(into)]
            self.together(target, into)
            self.separate(claims, left)
        elif d.kind == "reject_match" and source and d.claim_id:
            alone = new_cluster_id([d.claim_id])
            self.decided.setdefault(alone)
            left = [c for c in self.current(source) if c != d.claim_id]
            self.put([d.claim_id], alone)
            self.separate([d.claim_id], left)
        elif d.kind == "misread" and d.claim_id and d.payload.get("field") == "not_a_claim":
            self.put([d.claim_id], _OUT)
            self.dropped.add(d.claim_id)
        elif d.kind == "misread" and d.claim_id:
            fix = Correction(d.id, str(d.payload.get("field", "")), str(d.payload.get("correction", "")))
            self.corrections.append((d.claim_id, fix))
        elif d.kind == REVIEW and source:
            settled = d.payload.get("verdict") or any(d.payload.get(k) is not None for k in ("low", "high"))
            if settled:
                self.put(self.current(source), source)
                self.judged.setdefault(source)
            else:
                self.judged.pop(source, None)

    def grouping(self) -> ReviewedGrouping:
        self.seen = None
        seeds = [*self.regrouped, *(c for c in self.judged if c not in self.regrouped)]
        together = tuple(
            (cluster_id, tuple(sorted(self.held[cluster_id] - self.dropped)))
            for cluster_id in seeds
            if self.held[cluster_id] - self.dropped
        )
        decided = tuple((cluster_id, tuple(self.current(cluster_id))) for cluster_id in self.decided)
        return ReviewedGrouping(
            together, frozenset(self.apart), frozenset(self.dropped), decided, tuple(self.corrections)
        )
