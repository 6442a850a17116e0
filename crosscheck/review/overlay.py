"""The reviewers' decisions laid over a run's analysis, in the order they were made (the contract is in
:mod:`crosscheck.review.decision_kinds`). The store's analysis tables stay as the run wrote them.

Merges, moves, splits and rejected matches move claims between clusters (a split or a rejected match makes a
new cluster: the decision added its row, without members, and the split lays its claims in it); a "not a
claim" misread hides its claim; any other misread replaces what was read with the correction
(:mod:`crosscheck.cluster.corrections`, as the next run applies it). A cluster whose claims changed, or
were corrected, is compared again (a figure's verdict, explanation and range; who-did-it claims as the run
compares them); a cluster left without claims is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from crosscheck.cluster.corrections import corrected
from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster
from crosscheck.report import _format as fmt
from crosscheck.review.decision_kinds import Decided


@dataclass(frozen=True)
class Misread:
    field: str
    correction: str
    was: str
    """What the extractor had read."""
    decision: int = 0
    """The id of the misread decision."""


@dataclass(frozen=True)
class Laid:
    clusters: tuple[Cluster, ...]
    claims: Mapping[str, Claim]
    """Every claim, corrected where a reviewer marked it misread."""
    misread: Mapping[str, Misread]
    hidden: frozenset[str]
    """Claims marked "not a claim"."""
    new: frozenset[str]
    """Clusters the reviewers made (splits, rejected matches) that the clusters given did not hold."""


def read_as(claim: Claim, what: str) -> str:
    """What the extractor read of a claim's field, as shown to reviewers."""
    if what == "value":
        return fmt.interval(claim)
    if what == "time":
        return claim.time.text if claim.time else ""
    return {"measure": claim.measure, "place": claim.location}.get(what) or ""


def _compared(cluster: Cluster, found: Sequence[Claim]) -> Cluster:
    """The cluster judged again on these claims, as a run judges figures and who-did-it claims."""
    from crosscheck.compare import make_cluster
    from crosscheck.compare.factual import factual_cluster

    again = None
    if found and all(claim.kind == "numeric" for claim in found):
        again = make_cluster(found, Settings())
    elif found and all(claim.aspect for claim in found):
        again = factual_cluster(found)
    if again is not None:
        cluster = replace(again, id=cluster.id, event_id=cluster.event_id)
    return replace(cluster, claim_ids=tuple(claim.id for claim in found))


def _new_cluster(new_id: str, source: Cluster) -> Cluster:
    return replace(
        source, id=new_id, claim_ids=(), verdict="single", rule="review:split", reconciled=None,
        explanation="Split off by a reviewer.",
    )  # fmt: skip


def made_cluster(new_id: str, source: Cluster, claims: Sequence[Claim]) -> Cluster:
    """The cluster a split of these claims off ``source`` makes (in ``source``'s incident), judged."""
    return _compared(_new_cluster(new_id, source), claims)


def laid(clusters: Iterable[Cluster], decisions: Sequence[Decided], claims: Mapping[str, Claim]) -> Laid:
    """The clusters with the decisions laid over them."""
    by_id = {cluster.id: cluster for cluster in clusters}
    members = {cluster_id: list(cluster.claim_ids) for cluster_id, cluster in by_id.items()}
    current = dict(claims)
    misread: dict[str, Misread] = {}
    hidden: set[str] = set()
    touched: set[str] = set()
    new: list[str] = []
    for decision in decisions:
        if decision.kind == "misread":
            claim_id = decision.claim_id
            if claim_id is None or claim_id not in current:
                continue
            what, correction = str(decision.payload["field"]), str(decision.payload.get("correction", ""))
            holders = [cid for cid, held in members.items() if claim_id in held]
            touched.update(holders)
            if what == "not_a_claim":
                hidden.add(claim_id)
                for cid in holders:
                    members[cid].remove(claim_id)
                continue
            try:
                fixed = corrected(current[claim_id], what, correction)
            except ValueError:
                continue
            original = claims[claim_id]
            misread[claim_id] = Misread(what, correction, read_as(original, what), decision.id)
            current[claim_id] = fixed
            continue
        source = decision.cluster_id
        if source is None or source not in members:
            continue
        held = members[source]
        moved = list(held) if decision.kind == "merge" else [c for c in decision.claims if c in held]
        target = decision.target
        if not moved or target == source:
            continue
        if target not in members:
            if decision.kind in ("merge", "move"):
                continue
            by_id[target] = _new_cluster(target, by_id[source])
            members[target] = []
            new.append(target)
        for claim_id in moved:
            held.remove(claim_id)
        members[target].extend(moved)
        touched.update((source, target))
    kept = []
    for cluster_id, cluster in by_id.items():
        ids = members[cluster_id]
        if not ids:
            continue
        if cluster_id in touched or any(claim_id in misread for claim_id in ids):
            cluster = _compared(cluster, [current[cid] for cid in ids if cid in current])
        kept.append(cluster)
    return Laid(tuple(kept), current, misread, frozenset(hidden), frozenset(new) & {c.id for c in kept})
