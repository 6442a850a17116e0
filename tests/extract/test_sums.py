"""add_sums over hand-built claims of invented sentences: table of text to the totals it states."""

from __future__ import annotations

import re

import pytest

from crosscheck.extract.parts.parts import is_share
from crosscheck.extract.parts.sums import add_sums
from crosscheck.model import Claim, Source


def claims_of(text: str, spec: list[tuple[str, str, float, str]]) -> list[Claim]:
    """One claim per (quote, measure, value, qualifier), each found after the previous one."""
    source = Source(id="t", text=text)
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    out, at = [], 0
    for quote, measure, value, qualifier in spec:
        start = text.index(quote, at)
        s, e = next(b for b in bounds if b[0] <= start < b[1])
        out.append(Claim(source, "numeric", start, start + len(quote), s, e, "test", value=value,
                         low=value, high=value, qualifier=qualifier, measure=measure))  # fmt: skip
        at = start + 1
    return out


CASES = [
    (
        "Missiles hit a school, killing nine children and 14 others.",
        [("nine children", "children killed", 9, "exact"), ("14 others", "people killed", 14, "exact")],
        ("nine children and 14 others", 23, "exact"),
    ),
    (
        "The raid killed at least 15 fighters, and 23 others.",
        [
            ("at least 15 fighters", "fighters killed", 15, "at_least"),
            ("23 others", "people killed", 23, "exact"),
        ],
        ("at least 15 fighters, and 23 others", 38, "at_least"),
    ),
    # negatives: two events, no "others", something between, bounds that do not add up
    (
        "The shelling killed five soldiers and wounded 14 others.",
        [("five soldiers", "soldiers killed", 5, "exact"), ("14 others", "people injured", 14, "exact")],
        None,
    ),
    (
        "The raid killed nine children and 14 women.",
        [("nine children", "children killed", 9, "exact"), ("14 women", "women killed", 14, "exact")],
        None,
    ),
    (
        "Nine children died on Monday and 14 others on Tuesday.",
        [("Nine children", "children killed", 9, "exact"), ("14 others", "people killed", 14, "exact")],
        None,
    ),
    (
        "The raid killed nine children. And 14 others were hurt.",
        [("nine children", "children killed", 9, "exact"), ("14 others", "people injured", 14, "exact")],
        None,
    ),
    (
        "The raid killed up to nine children and 14 others.",
        [
            ("up to nine children", "children killed", 9, "at_most"),
            ("14 others", "people killed", 14, "exact"),
        ],
        None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spec", "total"), CASES)
def test_add_sums(text: str, spec: list[tuple[str, str, float, str]], total: tuple[str, float, str] | None):
    claims = claims_of(text, spec)
    out = add_sums(claims)
    added = [c for c in out if c.rule.startswith("sum:")]
    if total is None:
        assert out == claims
        return
    [summed] = added
    assert (summed.quote, summed.value, summed.qualifier) == total
    first, second = (c for c in out if c in claims or c.part_of)
    assert first.part_of == second.part_of == summed.id
    assert is_share(second) and not is_share(first)
    assert out.index(summed) == out.index(second) + 1
