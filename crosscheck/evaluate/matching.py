"""Finding the claim that corresponds to a gold mention: its quote's place in the text, the right value."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.evaluate.gold_data import GoldMention
from crosscheck.model import Claim, Source


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``, tolerant of whitespace and case differences."""
    index = text.find(quote)
    if index >= 0:
        return index, index + len(quote)
    words = [re.escape(word) for word in quote.split()]
    if not words:
        return None
    match = re.search(r"\s+".join(words), text, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def _numbers(claim: Claim) -> set[float]:
    return {float(number) for number in (claim.value, claim.low, claim.high) if number is not None}


def has_gold_value(claim: Claim, mention: GoldMention) -> bool:
    numbers = _numbers(claim)
    if mention.value is not None:
        return float(mention.value) in numbers
    wanted = {float(number) for number in (mention.low, mention.high) if number is not None}
    return bool(wanted) and wanted <= numbers


def match_mention(
    mention: GoldMention, sources: Sequence[Source], claims_by_source: dict[str, list[Claim]]
) -> Claim | None:
    """The claim that states the mention's figure inside (or overlapping) the mention's quote."""
    for source in sources:
        span = locate_quote(source.text, mention.quote)
        if span is None:
            continue
        start, end = span
        candidates = [
            claim
            for claim in claims_by_source.get(source.id, [])
            if claim.kind == "numeric"
            and claim.start < end
            and claim.end > start
            and has_gold_value(claim, mention)
        ]
        if candidates:
            return min(
                candidates,
                key=lambda claim: (
                    (claim.qualifier == "vague") != (mention.qualifier == "vague"),
                    abs(claim.start - start),
                    claim.start,
                ),
            )
    return None
