"""The reviewers' decisions laid over a run's analysis, in the order they were made (the contract is in
:mod:`crosscheck.review.decision_kinds`). The store's analysis tables stay as the run wrote them.

Merges, moves, splits and rejected matches move claims between clusters (a split or a rejected match makes a
new cluster, which the store holds only once a later run takes the decision in); a "not a claim" misread
hides its claim; any other misread replaces what was read with the correction. A numeric cluster whose
claims changed, or were corrected, is compared again (verdict, explanation, range); a cluster left without
claims is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, TimeSpan
from crosscheck.report import _format as fmt
from crosscheck.review.decision_kinds import Decided

_NUMBER = r"(-?\d[\d,]*(?:\.\d+)?)"
_FIGURE = re.compile(rf"^\s*{_NUMBER}\s*(?:(?:-|–|to)\s*{_NUMBER}\s*)?$")


@dataclass(frozen=True)
class Misread:
    field: str
    correction: str
    was: str
    """What the extractor had read."""


@dataclass(frozen=True)
class Laid:
    clusters: tuple[Cluster, ...]
    claims: Mapping[str, Claim]
    """Every claim, corrected where a reviewer marked it misread."""
    misread: Mapping[str, Misread]
    hidden: frozenset[str]
    """Claims marked "not a claim"."""
    new: frozenset[str]
    """Clusters the reviewers made (splits, rejected matches) that the store does not hold yet."""


def _figure(text: str) -> tuple[float, float]:
    found = _FIGURE.match(text)
    if not found:
        raise ValueError(f"{text!r} is not a number or a range such as 12-14")
    low = float(found.group(1).replace(",", ""))
    high = float(found.group(2).replace(",", "")) if found.group(2) else low
    if low > high:
        raise ValueError(f"{text!r}: the low end is above the high end")
    return low, high


def _days(text: str) -> TimeSpan:
    try:
        start, _, end = text.strip().partition("/")
        return TimeSpan(date.fromisoformat(start), date.fromisoformat(end or start), text.strip())
    except ValueError as error:
        raise ValueError(f"{text!r}: give a day as 2017-05-01, or two as 2017-05-01/2017-05-03") from error


def read_as(claim: Claim, what: str) -> str:
    """What the extractor read of a claim's field, as shown to reviewers."""
    if what == "value":
        return fmt.interval(claim)
    if what == "time":
        return claim.time.text if claim.time else ""
    return {"measure": claim.measure, "place": claim.location}.get(what) or ""


def corrected(claim: Claim, what: str, correction: str) -> Claim:
    """The claim with its misread ``what`` replaced; ValueError when the correction cannot be used."""
    text = correction.strip()
    if what == "not_a_claim":
        return claim
    if not text:
        raise ValueError(f"give the correct {what}")
    if what == "value":
        if claim.kind != "numeric":
            raise ValueError("a factual claim has no value to correct")
        low, high = _figure(text)
        return replace(claim, value=low if low == high else None, low=low, high=high, qualifier=None)
    if what == "measure":
        return replace(claim, measure=text)
    if what == "place":
        return replace(claim, location=text)
    if what == "time":
        return replace(claim, time=_days(text))
    raise ValueError(f"{what!r} is not a field a claim can be misread in")


def _compared(cluster: Cluster, found: Sequence[Claim]) -> Cluster:
    from crosscheck.compare import make_cluster

    if found and all(claim.kind == "numeric" for claim in found):
        again = make_cluster(found, Settings())
        cluster = replace(again, id=cluster.id, event_id=cluster.event_id)
    return replace(cluster, claim_ids=tuple(claim.id for claim in found))


def _new_cluster(new_id: str, source: Cluster) -> Cluster:
    return replace(
        source, id=new_id, claim_ids=(), verdict="single", rule="review:split", reconciled=None,
        explanation="Split off by a reviewer; a factual figure is compared again by the next run.",
    )  # fmt: skip


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
            misread[claim_id] = Misread(what, correction, read_as(original, what))
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
