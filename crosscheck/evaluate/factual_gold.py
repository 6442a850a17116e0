"""Reading the factual gold (who did each incident, with what; see shared/gold/README.md), and finding the
claim that states a gold mention."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.evaluate.matching import locate_quote
from crosscheck.extract.factual.weapon_vocab import WEAPON_TERMS
from crosscheck.model import Claim, Source

GOLD_WEAPONS: dict[str, frozenset[str]] = {
    "sarin/nerve agent": frozenset({"sarin"}),
    "chemical (unspecified)": frozenset({"chemical weapon"}),
    "toxic gas (unspecified)": frozenset({"chemical weapon"}),
    "rocket/mortar": frozenset({"rocket", "mortar"}),
    "bomb (unspecified)": frozenset({"bomb"}),
    "bombardment (unspecified)": frozenset({"bombardment"}),
    "planted bomb (IED)": frozenset({"planted bomb"}),
    "shelling": frozenset({"artillery"}),
    "small arms/grenades": frozenset({"small arms"}),
    "drone strike": frozenset({"air strike"}),
    "IED": frozenset({"planted bomb"}),
}
"""The gold's weapon labels that our vocabulary spells differently; another label is ours as it is, or
the canonical weapons its words hold ("mortar shells": mortar). The gold's "toxic gas" and "chemical" are
both an unnamed agent, our "chemical weapon"."""
_OURS = frozenset(weapon for weapon, _ in WEAPON_TERMS)


@dataclass(frozen=True)
class FactualMention:
    event_id: str
    aspect: str
    unit_id: str
    outlet: str
    quote: str
    value: str
    """The gold's actor, or its weapon label."""
    polarity: str
    """"positive" for the gold's "asserts", "negative" for "denies"."""
    hedged: bool


@dataclass(frozen=True)
class FactualAspect:
    event_id: str
    group_ids: tuple[str, ...]
    aspect: str
    verdict: str
    mentions: tuple[FactualMention, ...]


def load_factual_gold(path: str | Path) -> list[FactualAspect]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read the gold file: {error.strerror}") from error
    aspects: list[FactualAspect] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            key = "actor" if row["aspect"] == "perpetrator" else "weapon"
            mentions = tuple(
                FactualMention(
                    event_id=row["event_id"],
                    aspect=row["aspect"],
                    unit_id=str(m["unit_id"]),
                    outlet=m.get("source") or "",
                    quote=m["quote"],
                    value=m[key],
                    polarity="negative" if m["polarity"] == "denies" else "positive",
                    hedged=bool(m.get("hedged")),
                )
                for m in row["mentions"]
            )
            aspects.append(
                FactualAspect(
                    row["event_id"], tuple(row["group_ids"]), row["aspect"], row["verdict"], mentions
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(
                str(path),
                f"not a factual gold line ({error!r})",
                line=number,
                hint="each line must be one (event, aspect) object, as in shared/gold/README.md",
            ) from error
    return aspects


def accepted_values(mention: FactualMention) -> frozenset[str]:
    if mention.aspect == "perpetrator":
        return frozenset({mention.value})
    if mention.value in GOLD_WEAPONS:
        return GOLD_WEAPONS[mention.value]
    if mention.value in _OURS:
        return frozenset({mention.value})
    return frozenset(weapon for weapon in _OURS if weapon in mention.value)


def quote_spans(mention: FactualMention, sources: Sequence[Source]) -> list[tuple[Source, int, int]]:
    found = []
    for source in sources:
        if source.id == mention.unit_id or source.id.startswith(f"{mention.unit_id}-"):
            span = locate_quote(source.text, mention.quote)
            if span is not None:
                found.append((source, *span))
    return found


def match_factual(
    mention: FactualMention,
    spans: Sequence[tuple[Source, int, int]],
    claims_by_source: dict[str, list[Claim]],
) -> Claim | None:
    """A claim of the mention's aspect overlapping its quote, with its actor or weapon and its polarity."""
    wanted = accepted_values(mention)
    for source, start, end in spans:
        for claim in claims_by_source.get(source.id, []):
            value = claim.actor if claim.aspect == "perpetrator" else claim.weapon
            if (
                claim.aspect == mention.aspect
                and claim.start < end
                and claim.end > start
                and value in wanted
                and claim.polarity == mention.polarity
            ):
                return claim
    return None
