"""The numeric claim of one figure: what it counts, who gave it, where and when, read in its sentence
(:func:`numeric_claim`), and the count an elided figure takes from the one before it
(:func:`inherit_elided`). Called for every figure of an article, so its readers are imported once, here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crosscheck.extract.attribution.attribution import find_attribution, find_hedge
from crosscheck.extract.measure.measure import find_measure
from crosscheck.extract.numbers.quantity_match import QuantityMatch
from crosscheck.extract.places.places import locate
from crosscheck.extract.time.timex import find_time
from crosscheck.extract.window import search_before
from crosscheck.model import Claim, Source

_ELIDED_AFTER_RE = re.compile(r"\s+(?:more|others|other|additional)\b", re.I)
_ELIDED_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)


def numeric_claim(
    source: Source, sentences: Sequence[tuple[int, int]], index: int, match: QuantityMatch, place: str | None
) -> Claim:
    text = source.text
    s, e = sentences[index]
    measure = find_measure(text, s, e, match)
    attribution = find_attribution(text, sentences, index, match.start)
    end = max(match.end, measure.noun_end) if measure and measure.noun_end else match.end
    rule = f"{match.rule}; {measure.rule}" if measure else f"{match.rule}; measure:none"
    location, location_basis = locate(text, sentences, index, match.start, place)
    return Claim(
        source=source,
        kind="numeric",
        start=match.start,
        end=end,
        sentence_start=s,
        sentence_end=e,
        rule=rule,
        value=match.value,
        low=match.low,
        high=match.high,
        qualifier=match.qualifier,
        unit=match.unit,
        measure=measure.name if measure else None,
        attribution=attribution.claimant if attribution else None,
        hedge=attribution.hedge if attribution else find_hedge(text, s, e),
        location=location,
        location_basis=location_basis,
        time=find_time(text, sentences, index, match.start, source.published),
    )


def inherit_elided(claim: Claim, match: QuantityMatch, earlier: list[Claim]) -> Claim:
    """ "three missiles and later four more": "four more" counts what the previous figure counts."""
    if claim.measure is not None or not earlier:
        return claim
    text = claim.source.text
    after = _ELIDED_AFTER_RE.match(text, match.end)
    if not after and not search_before(
        _ELIDED_BEFORE_RE, text, match.start, claim.sentence_start, claim.sentence_end
    ):
        return claim
    previous = next((c for c in reversed(earlier) if c.measure), None)
    if previous is None:
        return claim
    end = max(claim.end, after.end()) if after else claim.end
    return replace(
        claim, measure=previous.measure, end=end, rule=claim.rule.replace("measure:none", "measure:elided")
    )
