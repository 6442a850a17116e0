"""link_parts over hand-built claims of invented sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract.parts.parts import _INCLUDING_RE, _may_open_including, link_parts
from crosscheck.model import Claim, Source


def claims_of(text: str, spec: list[tuple[str, str | None, float]]) -> list[Claim]:
    """One claim per (quote, measure, value); each quote is found after the previous one."""
    source = Source(id="t", text=text)
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
    out, at = [], 0
    for quote, measure, value in spec:
        start = text.index(quote, at)
        s, e = next(b for b in bounds if b[0] <= start < b[1])
        out.append(Claim(source, "numeric", start, start + len(quote), s, e, "test", value=value,
                         qualifier="exact", measure=measure))  # fmt: skip
        at = start + 1
    return out


CASES = [
    (
        "At least 42 civilians, including 12 women and 19 children, were killed in Brena.",
        [
            ("42 civilians", "civilians killed", 42),
            ("12 women", "women killed", 12),
            ("19 children", "children killed", 19),
        ],
        [None, 0, 0],
    ),
    (
        "Thirteen civilians among them seven children were killed on Friday.",
        [("Thirteen civilians", "civilians killed", 13), ("seven children", "children killed", 7)],
        [None, 0],
    ),
    (
        "Five people, two of them children, died in the blast.",
        [("Five people", "people killed", 5), ("two of them children", "children killed", 2)],
        [None, 0],
    ),
    (
        "The strike killed 30 people in Ostra. Nine of the dead were children.",
        [("30 people", "people killed", 30), ("Nine of the dead", "children killed", 9)],
        [None, 0],
    ),
    (
        "At least 8 children were among the 40 people killed in the raid.",
        [("8 children", "children killed", 8), ("40 people", "people killed", 40)],
        [1, None],
    ),
    (
        "The shelling killed 25 people. Six children were among the dead.",
        [("25 people", "people killed", 25), ("Six children", "children killed", 6)],
        [None, 0],
    ),
    (
        "Of the 45 civilians killed, most died in Qaterji, where raids claimed 17 lives.",
        [("45 civilians", "civilians killed", 45), ("17 lives", "people killed", 17)],
        [None, 0],
    ),
    (
        "18 of the 31 trucks were destroyed in the attack.",
        [("18 of the 31 trucks", "vehicles destroyed", 18), ("31 trucks", "vehicles", 31)],
        [1, None],
    ),
    # negatives
    (
        "Of the dead, 12 were civilians and 45 fighters.",
        [("12", "civilians killed", 12), ("45 fighters", "fighters killed", 45)],
        [None, None],
    ),
    (
        "Six people were killed and 20 were injured, including three children.",
        [
            ("Six people", "people killed", 6),
            ("20", "people injured", 20),
            ("three children", "children injured", 3),
        ],
        [None, None, 1],
    ),
    (
        "Rebels killed 12 soldiers and captured 40 villages.",
        [("12 soldiers", "soldiers killed", 12), ("40 villages", "villages captured", 40)],
        [None, None],
    ),
    (
        "23 civilians - including nine children - and 16 fighters died.",
        [
            ("23 civilians", "civilians killed", 23),
            ("nine children", "children killed", 9),
            ("16 fighters", "fighters killed", 16),
        ],
        [None, 0, None],
    ),
    (
        "The blast killed 10 people, including 4 wounded later.",
        [("10 people", "people killed", 10), ("4 wounded", "people injured", 4)],
        [None, None],
    ),
    # "the remaining": the rest of the largest earlier figure of the same event
    (
        "Raids killed 30 people including 24 civilians. Who the remaining six people killed were is unclear.",
        [
            ("30 people", "people killed", 30),
            ("24 civilians", "civilians killed", 24),
            ("six people", "people killed", 6),
        ],
        [None, 0, 0],
    ),
    (
        "Raids killed 3 people. Rebels held the remaining 12 villages.",
        [("3 people", "people killed", 3), ("12 villages", "villages", 12)],
        [None, None],
    ),
    (
        "Raids killed 3 people. The remaining 12 people were wounded.",
        [("3 people", "people killed", 3), ("12 people", "people injured", 12)],
        [None, None],
    ),
]


@pytest.mark.parametrize(("text", "spec", "wholes"), CASES)
def test_link_parts(text: str, spec: list[tuple[str, str | None, float]], wholes: list[int | None]) -> None:
    claims = claims_of(text, spec)
    linked = link_parts(claims)
    expected = [None if w is None else claims[w].id for w in wholes]
    assert [c.part_of for c in linked] == expected


def test_link_parts_keeps_order_and_marks_rule() -> None:
    spec = [("Nine civilians", "civilians killed", 9.0), ("four children", "children killed", 4.0)]
    claims = claims_of("Nine civilians, including four children, were killed.", spec)
    linked = link_parts(list(reversed(claims)))
    assert [c.start for c in linked] == [c.start for c in reversed(claims)]
    assert linked[0].rule.endswith("parts:including") and linked[1].rule == "test"


@pytest.mark.parametrize(
    ("text", "spec", "measure"),
    [
        ("Twenty people were killed, 12 of them in Brena.",
         [("Twenty people", "people killed", 20), ("12 of them", "people", 12)], "people killed"),
        ("Twenty people were killed, including 12 civilians.",
         [("Twenty people", "people killed", 20), ("12 civilians", "civilians", 12)], "civilians killed"),
        ("Twenty people were killed, including 12 civilians.",
         [("Twenty people", "people killed", 20), ("12 civilians", "civilians injured", 12)],
         "civilians injured"),
    ],
)  # fmt: skip
def test_part_inherits_the_event_of_its_whole(
    text: str, spec: list[tuple[str, str | None, float]], measure: str
) -> None:
    linked = link_parts(claims_of(text, spec))
    assert linked[1].measure == measure
    assert (linked[1].part_of is not None) == (measure != "civilians injured")


@pytest.mark.parametrize(
    ("text", "spec", "share"),
    [
        ("Twenty people were killed, 12 of them in Brena.",
         [("Twenty people", "people killed", 20), ("12 of them", "people", 12)], True),
        ("Twenty people were killed, 12 of them children.",
         [("Twenty people", "people killed", 20), ("12 of them children", "children killed", 12)], False),
        ("Twenty people were killed, including 12 civilians.",
         [("Twenty people", "people killed", 20), ("12 civilians", "civilians", 12)], False),
    ],
)  # fmt: skip
def test_a_part_that_names_nothing_of_its_own_is_a_share(
    text: str, spec: list[tuple[str, str | None, float]], share: bool
) -> None:
    from crosscheck.extract.parts.parts import is_share

    linked = link_parts(claims_of(text, spec))
    assert linked[1].part_of is not None
    assert is_share(linked[1]) is share
    assert not is_share(linked[0])


_GAP_PIECES = st.sampled_from(
    [" ", ", ", "(", "-", "were ", "also ", "killed ", "including ", "among them ", "of whom ",
     "most of them ", "mainly ", "the ", "and ", "as well as ", "#", "\n", "x"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_GAP_PIECES, max_size=8).map("".join), st.lists(_GAP_PIECES, max_size=6).map("".join))
def test_a_gap_that_opens_an_including_part_passes_its_head_test(head: str, rest: str) -> None:
    """A gap _INCLUDING_RE accepts, read as the text up to the first claim it masks (``head``) then that
    claim's "#" and what follows, is never turned away by the test of its head alone."""
    for gap in (head, f"{head}#{rest}"):
        if _INCLUDING_RE.match(gap):
            assert _may_open_including(head, 0, len(head)), gap
