"""The incident rules (perpetrators, denials, weapons) on one invented text, as extract_claims runs them."""

from __future__ import annotations

from datetime import date

from crosscheck.extract import extract_claims
from crosscheck.model import Claim, Source


def incident_claims(text: str, aspect: str) -> list[Claim]:
    source = Source(id="t", text=text, published=date(2019, 3, 4))
    return [claim for claim in extract_claims(source) if claim.aspect == aspect]


def read(claims: list[Claim]) -> list[tuple[str, str | None, str | None]]:
    """(quote, actor or weapon, polarity) of each claim, in text order."""
    return [(c.quote, c.actor if c.aspect == "perpetrator" else c.weapon, c.polarity) for c in claims]
