"""Verdicts on what the articles about one incident say about who did it and with what.

:func:`compare_factual` takes the factual claims of ONE incident and returns one cluster per aspect
("perpetrator", "weapon"; the aspect is the cluster's ``measure``) with a verdict, tried in this order:

- single: every claim comes from one outlet;
- contradict (denial): one claim asserts an actor (or a weapon) that another claim denies ("US officials
  blame Russian aircraft" / "Moscow denied involvement");
- contradict (alternatives): two outlets name actors, or weapons, that cannot both be right (Russia /
  the Syrian government; chlorine / sarin; a suicide bomber / a planted bomb; from the air / from the
  ground), no outlet names both (one article naming both says the incident had both), the two outlets
  name nothing in common (one actor both name is common ground; what else each names is detail) and at
  least one of the two is not hedged ("suspected Russian or Syrian jets" against "Russian jets" agrees). A
  catch-all label ("terrorists"), "unknown" ("no one claimed it") and a generic weapon ("a bomb") are
  never an alternative;
- agree: otherwise, the same or compatible wordings.

Claims of scope "general" (a denial of a practice, not of this incident) are left out of the verdict; each
is a cluster of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from crosscheck.compare import cluster_id
from crosscheck.compare.independence import count_independent, count_outlets, outlet
from crosscheck.extract.factual.actor_vocab import is_catch_all
from crosscheck.extract.factual.weapon_vocab import GENERIC, exclusive
from crosscheck.model import ASPECT_QUESTIONS, FACTUAL_ASPECTS, Claim, Cluster, Verdict

if TYPE_CHECKING:
    from crosscheck.cluster.reviewed import ReviewedGrouping


def value(claim: Claim) -> str:
    """What a factual claim names: its normalised actor, or its canonical weapon."""
    return (claim.weapon if claim.aspect == "weapon" else claim.actor) or "unknown"


def _who(claim: Claim) -> str:
    via = f" (citing {claim.attribution})" if claim.attribution else ""
    return f"{outlet(claim)}{via}"


def _can_be_alternative(claim: Claim) -> bool:
    if claim.aspect == "weapon":
        return value(claim) not in GENERIC
    return value(claim) != "unknown" and not is_catch_all(claim.actor_detail or "")


def _alternatives(a: Claim, b: Claim) -> bool:
    if a.aspect == "weapon":
        return exclusive(value(a), value(b))
    return value(a) != value(b)


def _denial(claims: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    for asserted in claims:
        for denied in claims:
            if (
                asserted.polarity == "positive"
                and denied.polarity == "negative"
                and value(asserted) == value(denied)
            ):
                return asserted, denied
    return None


def _exclusive_pair(claims: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    named: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        named[outlet(claim)].add(value(claim))
    candidates = [c for c in claims if c.polarity == "positive" and _can_be_alternative(c)]
    specific: dict[str, set[str]] = defaultdict(set)
    for claim in candidates:
        specific[outlet(claim)].add(value(claim))
    for a, b in combinations(candidates, 2):
        if outlet(a) == outlet(b) or not _alternatives(a, b) or (a.hedge and b.hedge):
            continue
        if any({value(a), value(b)} <= values for values in named.values()):
            continue
        if specific[outlet(a)] & specific[outlet(b)]:
            continue
        return a, b
    return None


def _verdict(aspect: str, claims: Sequence[Claim]) -> tuple[Verdict, str, str]:
    values = sorted({value(c) for c in claims if c.polarity == "positive"})
    named = ", ".join(values) or "nothing it asserts"
    what = ASPECT_QUESTIONS[aspect]
    if count_outlets(claims) == 1:
        return "single", f"Only {outlet(claims[0])} says {what}: {named}.", f"factual:{aspect}:single"
    if pair := _denial(claims):
        asserted, denied = pair
        return (
            "contradict",
            f"{_who(asserted)} says {value(asserted)} ({asserted.actor_detail}), while {_who(denied)} "
            f"reports a denial ({denied.actor_detail}).",
            f"factual:{aspect}:denial",
        )
    if pair := _exclusive_pair(claims):
        a, b = pair
        return (
            "contradict",
            f"{_who(a)} names {value(a)} ({a.actor_detail}) "
            f"but {_who(b)} names {value(b)} ({b.actor_detail}).",
            f"factual:{aspect}:alternatives",
        )
    outlets = sorted({outlet(c) for c in claims})
    account = "who did it" if aspect == "perpetrator" else "the weapon"
    return (
        "agree",
        f"{', '.join(outlets)} give compatible accounts of {account}: {named}.",
        f"factual:{aspect}:agree",
    )


def compare_factual(claims: Sequence[Claim], reviewed: ReviewedGrouping | None = None) -> list[Cluster]:
    """The factual claims of ONE incident, per aspect: one cluster each (``measure`` = the aspect), and
    each general statement alone (verdict "single"), sorted by id. Claims without an aspect (event verbs)
    are ignored. Every claim with an aspect is in exactly one of the clusters returned. Reviewers'
    decisions (``reviewed``) regroup them as they regroup the figures
    (:func:`crosscheck.cluster.reviewed.honour`): what a reviewer merged stays together, what one split or
    rejected stays apart."""
    groups = [[c] for c in claims if c.aspect and c.scope == "general"]
    for aspect in FACTUAL_ASPECTS:
        chosen = [c for c in claims if c.aspect == aspect and c.scope != "general"]
        if chosen:
            groups.append(chosen)
    if reviewed is not None and not reviewed.empty:
        from crosscheck.cluster.reviewed import honour

        groups = honour(groups, reviewed)
    return sorted((factual_cluster(group) for group in groups), key=lambda cluster: cluster.id)


def factual_cluster(claims: Sequence[Claim]) -> Cluster:
    """One cluster of these factual claims, judged: a general statement alone stands alone; otherwise the
    verdict is on the aspect most of them are about."""
    chosen = sorted(claims, key=lambda c: c.id)
    if len(chosen) == 1 and chosen[0].scope == "general":
        return _general_cluster(chosen[0])
    counted = Counter(c.aspect for c in chosen)
    aspect = max(FACTUAL_ASPECTS, key=lambda a: (counted[a], -FACTUAL_ASPECTS.index(a)))
    verdict, explanation, rule = _verdict(aspect, chosen)
    ids = tuple(sorted({c.id for c in chosen}))
    return Cluster(
        id=cluster_id(ids),
        claim_ids=ids,
        verdict=verdict,
        explanation=explanation,
        rule=rule,
        measure=aspect,
        outlets=count_outlets(chosen),
        independent_sources=count_independent(chosen),
    )


def single_claims(claims: Sequence[Claim]) -> list[Cluster]:
    """Each claim a cluster of its own: how factual claims enter the incident stage, before
    :func:`compare_factual` compares them within each incident."""
    return [
        Cluster(
            id=cluster_id([claim.id]),
            claim_ids=(claim.id,),
            verdict="single",
            explanation="single: not yet compared.",
            rule=f"factual:{claim.aspect}",
            measure=claim.aspect,
            outlets=1,
            independent_sources=1,
        )
        for claim in claims
    ]


def _general_cluster(claim: Claim) -> Cluster:
    """A statement about a practice, not an incident, stands alone."""
    return Cluster(
        id=cluster_id([claim.id]),
        claim_ids=(claim.id,),
        verdict="single",
        explanation=f"{outlet(claim)} states this in general, not about one incident.",
        rule=f"factual:{claim.aspect}:general",
        measure=claim.aspect,
        outlets=1,
        independent_sources=1,
    )
