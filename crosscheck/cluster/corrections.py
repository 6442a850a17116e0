"""Reviewers' corrections of misread claims (a store's ``misread`` decisions), applied to the claims before
they are clustered and compared: the corrected value, measure, place or time stands in for what the
extractor read. The claim's article text and offsets stay as they are; it keeps what was read
(``Claim.as_read``) and the corrections it was given (``Claim.corrections``).

The review UI reads a correction the same way (:mod:`crosscheck.review.overlay`), so what the pages show
and what the next run compares are one thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from crosscheck.model import Claim, Correction, TimeSpan

CORRECTED_FIELDS = ("value", "measure", "place", "time")
_NUMBER = r"(-?\d[\d,]*(?:\.\d+)?)"
_FIGURE = re.compile(rf"^\s*{_NUMBER}\s*(?:(?:-|–|to)\s*{_NUMBER}\s*)?$")


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


def corrected(claim: Claim, what: str, correction: str) -> Claim:
    """The claim with its misread ``what`` replaced (``not_a_claim``: unchanged); ValueError when the
    correction cannot be used."""
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


def apply_corrections(
    claims: Sequence[Claim], corrections: Iterable[tuple[str, Correction]]
) -> tuple[Claim, ...]:
    """The claims with the corrections (claim id, correction; in the order they were made) applied; a
    correction that cannot be used, or of a claim not among these, changes nothing."""
    by_id = {claim.id: claim for claim in claims}
    for claim_id, correction in corrections:
        claim = by_id.get(claim_id)
        if claim is None:
            continue
        try:
            fixed = corrected(claim, correction.field, correction.correction)
        except ValueError:
            continue
        by_id[claim_id] = replace(
            fixed, corrections=(*claim.corrections, correction), as_read=claim.as_read or claim
        )
    return tuple(by_id[claim.id] for claim in claims)
