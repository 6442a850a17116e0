"""Plain-text formatting shared by the renderers: numbers, intervals, statements, dates."""

from __future__ import annotations

import math
from datetime import date

from crosscheck.model import Claim, Reconciled


def json_number(value: float | int | None) -> float | int | None:
    """70.0 -> 70; NaN and infinities (unbounded ends) -> None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            return int(value)
    return value


def number(value: float | None) -> str:
    shown = json_number(value)
    if shown is None:
        return "?"
    if isinstance(shown, int):
        return f"{shown:,}"
    return f"{shown:,.6g}" if abs(shown) < 1e6 else f"{shown:,.0f}"


def finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def bounds(claim: Claim) -> tuple[float | None, float | None]:
    """The claim's interval with unbounded ends as None; a bare value is a point."""
    low, high = finite(claim.low), finite(claim.high)
    value = finite(claim.value)
    if low is None and high is None and value is not None and claim.qualifier in (None, "exact"):
        return value, value
    return low, high


def statement(claim: Claim) -> str:
    """What a claim that is not a figure says, in a few words: who did it ("rebels", "not Russia" for a
    denial), with what ("barrel bomb"), or its action as written and its object ("take control: an
    industrial area", "rule out: an evacuation")."""
    if claim.aspect is None:
        return ": ".join(part for part in (claim.action, claim.target) if part) or "stated"
    said = (claim.actor if claim.aspect == "perpetrator" else claim.weapon) or "?"
    return f"not {said}" if claim.polarity == "negative" else said


def interval(claim: Claim) -> str:
    """A short human reading of the claim's interval: "14", "≥ 20", "> 20", "≤ 5", "20–30"; for a claim
    that is not a figure, what it says (:func:`statement`)."""
    if claim.kind != "numeric":
        return statement(claim)
    low, high = bounds(claim)
    unit = f" {claim.unit}" if claim.unit else ""
    if low is not None and high is not None:
        text = number(low) if low == high else f"{number(low)}–{number(high)}"
    elif low is not None:
        text = f"> {number(low)}" if claim.qualifier == "more_than" else f"≥ {number(low)}"
    elif high is not None:
        text = f"< {number(high)}" if claim.qualifier == "less_than" else f"≤ {number(high)}"
    elif claim.value is not None:
        text = f"~{number(claim.value)}"
    else:
        text = "?"
    approximate = claim.qualifier in ("about", "nearly", "vague")
    point = (claim.value, claim.value)
    if approximate and claim.value is not None and (low, high) != point and not text.startswith("~"):
        text += f" (≈ {number(claim.value)})"
    return text + unit


def reconciled(rec: Reconciled | None, unit: str | None = None) -> str:
    if rec is None:
        return "—"
    suffix = f" {unit}" if unit else ""
    low, high = rec.minimum, rec.maximum
    if low is None and high is None:
        span = "unknown"
    elif low is not None and high is not None:
        span = number(low) if low == high else f"{number(low)}–{number(high)}"
    elif low is not None:
        span = f"≥ {number(low)}"
    else:
        span = f"≤ {number(high)}"
    best = f", best estimate {number(rec.best)}" if rec.best is not None else ""
    return f"{span}{suffix}{best}"


def day(value: date | None) -> str:
    return value.isoformat() if value else "undated"


def quote_parts(claim: Claim) -> tuple[str, str, str]:
    """The sentence split around the quote: (before, quote, after).

    If the offsets do not place the quote inside its sentence, the whole sentence comes
    first and the quote is shown on its own.
    """
    rel_start = claim.start - claim.sentence_start
    rel_end = claim.end - claim.sentence_start
    sentence = claim.sentence
    if 0 <= rel_start <= rel_end <= len(sentence):
        return sentence[:rel_start], sentence[rel_start:rel_end], sentence[rel_end:]
    return sentence + " ", claim.quote, ""


def explanation(text: str, verdict: str) -> str:
    """A cluster's explanation without its leading "verdict: ", as a sentence (the verdict is shown apart)."""
    body = text.removeprefix(verdict + ": ")
    return body[:1].upper() + body[1:]


def repeats_note(repeats: int, agreeing: int) -> str:
    """What the report does with the agreeing clusters that are one outlet agreeing with itself."""
    return (
        f"Agreeing clusters that are one outlet agreeing with itself (a headline and its body, two "
        f"bulletins): {repeats} of {agreeing}; the report shows them as figures one outlet gives."
    )
