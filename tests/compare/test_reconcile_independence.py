from __future__ import annotations

from datetime import date

import pytest

from crosscheck.compare import compare_claims
from crosscheck.compare.independence import same_claimant
from crosscheck.model import Reconciled
from tests.compare.compare_kit import DAY, SETTINGS, article, claim

NEXT = date(2024, 3, 3)
WIRE = "Air strikes killed at least 12 civilians in Harlow on Monday, the Caspar Monitoring Group said."

RECONCILED = [
    (
        "exact-at-least-exact",
        [
            claim("12 died.", "12", value=12),
            claim("At least 12 died.", "At least 12", "at_least", 12, outlet="NW"),
            claim("40 died.", "40", value=40, outlet="EP"),
        ],
        Reconciled(minimum=12, maximum=40, best=26),
    ),
    (
        "open-ended-above-every-point",
        [
            claim("At least 50 died.", "At least 50", "at_least", 50),
            claim("40 died.", "40", value=40, outlet="NW"),
        ],
        Reconciled(minimum=40, maximum=None, best=40),
    ),
    (
        "lower-bounds-only",
        [
            claim("At least 20 died.", "At least 20", "at_least", 20),
            claim("At least 30 died.", "At least 30", "at_least", 30, outlet="NW"),
        ],
        Reconciled(minimum=20, maximum=None, best=25),
    ),
    (
        "relayed-figure-counted-once",
        [
            claim("The monitor SOHR said 12 died.", "12", value=12, by="SOHR"),
            claim(
                "12 died, the Syrian Observatory for Human Rights said.",
                "12",
                value=12,
                by="Syrian Observatory for Human Rights",
                outlet="NW",
            ),
            claim("The ministry said 20 died.", "20", value=20, by="the ministry", outlet="EP"),
        ],
        Reconciled(minimum=12, maximum=20, best=16),
    ),
    (
        "about",
        [
            claim("About 100 fled.", "About 100", "about", 100, measure="people displaced"),
            claim("Around 100 fled.", "Around 100", "about", 100, outlet="NW", measure="people displaced"),
        ],
        Reconciled(minimum=90, maximum=110, best=100),
    ),
    (
        "at-most-states-no-minimum",
        [
            claim("As many as 30 died.", "As many as 30", "at_most", 30),
            claim("25 died.", "25", value=25, outlet="NW"),
        ],
        Reconciled(minimum=25, maximum=30, best=25),
    ),
    (
        "update-keeps-latest-toll",
        [
            claim("20 were killed.", "20", value=20, as_of=DAY),
            claim("35 were killed.", "35", value=35, outlet="NW", published=NEXT, as_of=NEXT),
        ],
        Reconciled(minimum=35, maximum=35, best=35),
    ),
]


@pytest.mark.parametrize(("claims", "expected"), [c[1:] for c in RECONCILED], ids=[c[0] for c in RECONCILED])
def test_reconciled(claims, expected):
    assert compare_claims(claims, SETTINGS).reconciled == expected


def test_no_reconciled_range_without_numbers():
    lone = claim("Many people were killed.", "Many", "vague")
    assert compare_claims([lone], SETTINGS).reconciled is None


TWO_CLAIMANTS = article("The ministry said 8 died. The Caspar Monitoring Group said 15 died.")

INDEPENDENCE = [
    (
        "two-outlets-relay-one-monitor",
        [
            claim("SOHR said 12 died.", "12", value=12, by="SOHR"),
            claim(
                "The Syrian Observatory for Human Rights (via AFP) said 12 people died.",
                "12",
                value=12,
                by="the Syrian Observatory for Human Rights (via AFP)",
                outlet="NW",
            ),
        ],
        2,
        1,
    ),
    (
        "identical-wire-sentences",
        [
            claim(WIRE, "at least 12", "at_least", 12),
            claim(WIRE, "at least 12", "at_least", 12, outlet="NW"),
        ],
        2,
        1,
    ),
    (
        "wire-sentence-lightly-edited",
        [
            claim(WIRE, "at least 12", "at_least", 12),
            claim(WIRE.replace("Monday", "Tuesday"), "at least 12", "at_least", 12, outlet="NW"),
        ],
        2,
        1,
    ),
    (
        "different-claimants-two-outlets",
        [
            claim("The ministry said 12 died.", "12", value=12, by="the ministry"),
            claim(
                "The Caspar Monitoring Group said 12 died.",
                "12",
                value=12,
                by="Caspar Monitoring Group",
                outlet="NW",
            ),
        ],
        2,
        2,
    ),
    (
        "two-claimants-one-article",
        [
            claim(TWO_CLAIMANTS, "8", value=8, by="the ministry"),
            claim(TWO_CLAIMANTS, "15", value=15, by="Caspar Monitoring Group"),
        ],
        1,
        2,
    ),
    (
        "unattributed-different-reporting",
        [
            claim("Shelling killed 12 in Harlow.", "12", value=12),
            claim("Our correspondent counted 12 bodies at the Harlow hospital.", "12", value=12, outlet="NW"),
        ],
        2,
        2,
    ),
    (
        "unknown-outlet-falls-back-to-source-id",
        [
            claim("Shelling killed 12 in Harlow.", "12", value=12, outlet=None),
            claim("Our correspondent counted 12 bodies at the Harlow hospital.", "12", value=12, outlet=None),
        ],
        2,
        2,
    ),
]


@pytest.mark.parametrize(
    ("claims", "outlets", "independent"), [c[1:] for c in INDEPENDENCE], ids=[c[0] for c in INDEPENDENCE]
)
def test_outlets_and_independent_sources(claims, outlets, independent):
    result = compare_claims(claims, SETTINGS)
    assert (result.outlets, result.independent_sources) == (outlets, independent)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("SOHR", "Syrian Observatory for Human Rights", True),
        ("the Syrian Observatory for Human Rights (via AFP)", "Syrian Observatory for Human Rights", True),
        ("Russian defence ministry", "Russian Defence Ministry", True),
        ("the ministry", "Caspar Monitoring Group", False),
        ("SANA", "Syrian state television", False),
        ("UN", "UNICEF", False),
        ("monitors (SOHR)", "Syrian Observatory for Human Rights", True),
        ("Russian Defence Ministry", "Russian Defense Ministry", True),
        ("the ministry (via AFP)", "the monitor (via AFP)", False),
    ],
)
def test_same_claimant(a, b, same):
    assert same_claimant(a, b) is same
    assert same_claimant(b, a) is same
