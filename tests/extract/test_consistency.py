"""find_inconsistencies over hand-built claims of invented articles."""

from __future__ import annotations

import re

import pytest

from crosscheck.extract.parts.consistency import find_inconsistencies, lower_bound, upper_bound
from crosscheck.model import Claim, Source

Spec = tuple[str, str | None, float | None, str, int | None]
"""(quote, measure, value, qualifier, index of the whole or None)."""


def build(text: str, spec: list[Spec]) -> list[Claim]:
    source = Source(id="a", text=text)
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    out: list[Claim] = []
    at = 0
    for quote, measure, value, qualifier, whole in spec:
        start = text.index(quote, at)
        s, e = next(b for b in bounds if b[0] <= start < b[1])
        low = value
        high = value if qualifier == "exact" else None
        part_of = out[whole].id if whole is not None else None
        out.append(
            Claim(
                source,
                "numeric",
                start,
                start + len(quote),
                s,
                e,
                "test",
                value=value,
                low=low,
                high=high,
                qualifier=qualifier,
                measure=measure,
                part_of=part_of,
            )
        )  # type: ignore[arg-type]
        at = start + 1
    return out


CASES: list[tuple[str, list[Spec], list[str]]] = [
    (
        "At least 20 civilians, including 12 women and 19 children, were killed.",
        [
            ("20 civilians", "civilians killed", 20, "at_least", None),
            ("12 women", "women killed", 12, "exact", 0),
            ("19 children", "children killed", 19, "exact", 0),
        ],
        [],  # a lower bound has no ceiling
    ),
    (
        "Exactly 20 civilians, including 12 women and 19 children, were killed.",
        [
            ("20 civilians", "civilians killed", 20, "exact", None),
            ("12 women", "women killed", 12, "exact", 0),
            ("19 children", "children killed", 19, "exact", 0),
        ],
        ["parts_exceed_whole"],
    ),
    (
        "Nearly 30 people, including 31 children, died.",
        [
            ("30 people", "people killed", 30, "nearly", None),
            ("31 children", "children killed", 31, "exact", 0),
        ],
        ["parts_exceed_whole"],
    ),
    (
        "Forty people, including 12 women and 19 children, were killed.",
        [
            ("Forty people", "people killed", 40, "exact", None),
            ("12 women", "women killed", 12, "exact", 0),
            ("19 children", "children killed", 19, "exact", 0),
        ],
        [],
    ),
    (
        "The navy fired seven missiles. Witnesses saw three missiles and later five more.",
        [
            ("seven missiles", "missiles fired", 7, "exact", None),
            ("three missiles", "missiles fired", 3, "exact", None),
            ("five more", "missiles fired", 5, "exact", None),
        ],
        ["sum_mismatch"],
    ),
    (
        "The navy fired seven missiles. Witnesses saw three missiles and later four more.",
        [
            ("seven missiles", "missiles fired", 7, "exact", None),
            ("three missiles", "missiles fired", 3, "exact", None),
            ("four more", "missiles fired", 4, "exact", None),
        ],
        [],
    ),
    (
        "Two people died on Monday and another three on Tuesday. In all, six people were killed.",
        [
            ("Two people", "people killed", 2, "exact", None),
            ("three", "people killed", 3, "exact", None),
            ("six people", "people killed", 6, "exact", None),
        ],
        ["sum_mismatch"],
    ),
    (
        "Two people died on Monday and three on Tuesday. Six people were killed last month.",
        [
            ("Two people", "people killed", 2, "exact", None),
            ("three", "people killed", 3, "exact", None),
            ("Six people", "people killed", 6, "exact", None),
        ],
        [],  # nothing says the two figures add up
    ),
    (
        "Witnesses saw three missiles and later four more. Jets flew 9 missions.",
        [
            ("three missiles", "missiles fired", 3, "exact", None),
            ("four more", "missiles fired", 4, "exact", None),
            ("9 missions", "missions flown", 9, "exact", None),
        ],
        [],  # no total for missiles
    ),
]


@pytest.mark.parametrize(("text", "spec", "kinds"), CASES)
def test_find_inconsistencies(text: str, spec: list[Spec], kinds: list[str]) -> None:
    findings = find_inconsistencies(build(text, spec))
    assert [f.kind for f in findings] == kinds


def test_parts_finding_names_the_figures() -> None:
    text = "Exactly 20 civilians, including 12 women and 19 children, were killed."
    claims = build(text, CASES[1][1])
    [finding] = find_inconsistencies(claims)
    assert finding.claim_ids == (claims[0].id, claims[1].id, claims[2].id)
    assert '"12 women" (12) + "19 children" (19) add up to at least 31' in finding.explanation
    assert '"20 civilians" (at most 20)' in finding.explanation


def test_sum_finding_names_the_figures() -> None:
    text, spec, _ = CASES[4]
    claims = build(text, spec)
    [finding] = find_inconsistencies(claims)
    assert '"three missiles" + "five more" add up to 8' in finding.explanation
    assert '"seven missiles" (7)' in finding.explanation
    assert set(finding.claim_ids) == {c.id for c in claims}


@pytest.mark.parametrize(
    ("text", "quote", "kinds"),
    [
        ("The army captured 270 square kilometres [10 square miles] from the group.",
         "270 square kilometres [10 square miles]", ["conversion_mismatch"]),
        ("The army captured 260 square kilometres [100 square miles] from the group.",
         "260 square kilometres [100 square miles]", []),
        ("The river rose 4 metres (20 feet) in an hour.", "4 metres (20 feet)", ["conversion_mismatch"]),
        ("The river rose 6 metres (20 feet) in an hour.", "6 metres (20 feet)", []),
        ("The road runs 60 km (35 miles) to the border.", "60 km (35 miles)", []),
    ],
)  # fmt: skip
def test_conversion_mismatch(text: str, quote: str, kinds: list[str]) -> None:
    claims = build(text, [(quote, "territory captured", float(quote.split()[0]), "exact", None)])
    findings = find_inconsistencies(claims)
    assert [f.kind for f in findings] == kinds
    if findings:
        restated = quote[quote.index("[") + 1 if "[" in quote else quote.index("(") + 1 : -1]
        assert restated in findings[0].explanation


@pytest.mark.parametrize(
    ("qualifier", "low", "high"),
    [
        ("exact", 5, 5),
        ("at_least", 5, None),
        ("more_than", 5, None),
        ("at_most", None, 5),
        ("nearly", None, 5),
    ],
)
def test_bounds(qualifier: str, low: float | None, high: float | None) -> None:
    c = Claim(Source("s", "5 people"), "numeric", 0, 8, 0, 8, "t", value=5, qualifier=qualifier)  # type: ignore[arg-type]
    assert (lower_bound(c), upper_bound(c)) == (low, high)


def test_a_roundups_incidents_are_not_summed_with_the_groups_of_its_total() -> None:
    from crosscheck.extract import extract_claims

    text = (
        "Toll from rocket attacks on Valdor city rose to 5 killed, including 2 children. A police source "
        "said a shell hit Iskan Street killing 3 citizens. Earlier a shell hit the old market killing 2 "
        "children."
    )
    claims = extract_claims(Source(id="t", text=text))
    assert sum("parts:subtotal" in c.rule for c in claims) == 2
    assert find_inconsistencies(claims) == []
