"""One factual claim about an incident (who did it, with what), with who says so, where and when."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from crosscheck.extract.attribution.attribution import find_attribution
from crosscheck.extract.places.places import locate
from crosscheck.extract.time.timex import find_time
from crosscheck.model import Claim, FactualAspect, FactualScope, LocationBasis, Source, TimeSpan

CONTEXT_SENTENCES = 3
"""How many sentences before its own a claim's place may come from (see ``places.locate``)."""


def incident_claim(
    source: Source,
    sentences: Sequence[tuple[int, int]],
    index: int,
    span: tuple[int, int],
    *,
    aspect: FactualAspect,
    rule: str,
    action: str,
    detail: str,
    actor: str | None = None,
    weapon: str | None = None,
    polarity: Literal["positive", "negative"] = "positive",
    hedge: str | None = None,
    scope: FactualScope = "incident",
) -> Claim:
    text = source.text
    s0, s1 = sentences[index]
    start, end = span
    attribution = find_attribution(text, sentences, index, start)
    first = max(0, index - CONTEXT_SENTENCES)  # what locate reads back; the article's whole list is O(n)
    location, basis, time = _where_and_when(source, tuple(sentences[first : index + 1]), index - first)
    return Claim(
        source=source,
        kind="factual",
        start=start,
        end=end,
        sentence_start=s0,
        sentence_end=s1,
        rule=rule + ("+hedged" if hedge else "") + ("+general" if scope == "general" else ""),
        attribution=attribution.claimant if attribution else None,
        hedge=hedge,
        location=location,
        location_basis=basis,
        time=time,
        actor=actor,
        action=action,
        polarity=polarity,
        aspect=aspect,
        actor_detail=detail,
        weapon=weapon,
        scope=scope,
    )


@lru_cache(maxsize=512)
def _where_and_when(
    source: Source, sentences: tuple[tuple[int, int], ...], index: int
) -> tuple[str | None, LocationBasis | None, TimeSpan | None]:
    """The place and time of a sentence, read once for all the incident claims it holds."""
    s0 = sentences[index][0]
    location, basis = locate(source.text, sentences, index, s0, source.location)
    return location, basis, find_time(source.text, sentences, index, s0, source.published)
