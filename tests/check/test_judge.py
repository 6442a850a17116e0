"""How a new figure stands against a stored quantity: tables of cases, the negatives with them."""

from __future__ import annotations

from datetime import date

import pytest

from crosscheck.check.judge import (
    ReviewedFigure,
    against_review,
    against_sources,
    established_claim,
    figure_text,
)
from crosscheck.compare import make_cluster
from crosscheck.config import Settings
from crosscheck.model import Claim, Source

SETTINGS = Settings()
DAY = date(2017, 4, 19)
OPENINGS = {
    "a": "Residents of the old market quarter told reporters that",
    "b": "Medics at the main hospital confirmed in a statement that",
    "c": "According to a local council official speaking by phone,",
    "n": "Witnesses who reached the scene on foot described how",
}


def figure(
    outlet: str,
    value: float,
    qualifier: str = "exact",
    day: date = DAY,
    claimant: str | None = None,
    measure: str = "people killed",
) -> Claim:
    """A figure in a sentence of its own words (no two outlets' sentences read as one wire story)."""
    sentence = f"{OPENINGS[outlet]} {value:g} {measure} after the blast."
    start = sentence.index(f"{value:g}")
    source = Source(f"{outlet}-{value:g}-{day}", sentence, outlet=outlet, published=day)
    high = None if qualifier in ("at_least", "more_than") else value
    return Claim(
        source, "numeric", start, start + len(f"{value:g}"), 0, len(sentence), "test",
        value=value, low=value, high=high, qualifier=qualifier, measure=measure,  # type: ignore[arg-type]
        attribution=claimant,
    )  # fmt: skip


LATER = date(2017, 4, 20)
SOURCES_CASES = [
    ("two outlets agree, the new one differs", [figure("a", 6), figure("b", 6)], figure("n", 14),
     "contradicts-consensus"),
    ("two outlets relay one claimant", [figure("a", 6, claimant="SANA"), figure("b", 6, claimant="SANA")],
     figure("n", 14), "contradicts-some-sources"),
    ("one outlet only", [figure("a", 6)], figure("n", 14), "contradicts-some-sources"),
    ("the sources already disagree", [figure("a", 6), figure("b", 9)], figure("n", 14),
     "contradicts-some-sources"),
    ("fits one source's floor", [figure("a", 6, "at_least"), figure("b", 6)], figure("n", 8),
     "contradicts-some-sources"),
    ("agrees", [figure("a", 6), figure("b", 6)], figure("n", 6), None),
    ("agrees up to its bound", [figure("a", 6), figure("b", 6)], figure("n", 6, "at_least"), None),
    ("a vague amount neither confirms nor refutes", [figure("a", 6), figure("b", 6)],
     figure("n", 24, "vague"), None),
    ("a later, higher toll", [figure("a", 6), figure("b", 6)], figure("n", 9, day=LATER), "updates-figure"),
    ("a later, lower toll", [figure("a", 6), figure("b", 6)], figure("n", 4, day=LATER),
     "contradicts-consensus"),
    ("an earlier, lower toll is superseded", [figure("a", 9, day=LATER), figure("b", 9, day=LATER)],
     figure("n", 6), None),
    ("not a toll: later and higher is no update",
     [figure("a", 6, measure="schools reopened"), figure("b", 6, measure="schools reopened")],
     figure("n", 9, day=LATER, measure="schools reopened"), "contradicts-consensus"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "stored", "new", "expected"), SOURCES_CASES, ids=[c[0] for c in SOURCES_CASES]
)
def test_against_the_sources(name, stored, new, expected):
    outcome = against_sources(new, make_cluster(stored, SETTINGS), stored, SETTINGS)
    assert (outcome.rule if outcome else None) == expected, name


def test_the_sources_named_are_the_ones_that_stand():
    stored = [figure("a", 4), figure("b", 6, day=LATER), figure("c", 6, day=LATER)]
    outcome = against_sources(figure("n", 14, day=LATER), make_cluster(stored, SETTINGS), stored, SETTINGS)
    assert outcome is not None and outcome.rule == "contradicts-consensus"
    assert {c.source.outlet for c in outcome.against} == {"b", "c"}, "the earlier toll of 4 was updated"
    assert outcome.independent == 2


REVIEW_CASES = [
    ("contradicts", figure("n", 14), "contradicts-established"),
    ("agrees", figure("n", 6), None),
    ("a floor below it fits", figure("n", 5, "at_least"), None),
    ("a later, higher toll updates it", figure("n", 9, day=LATER), "updates-figure"),
    ("a later, lower toll contradicts it", figure("n", 4, day=LATER), "contradicts-established"),
]


@pytest.mark.parametrize(("name", "new", "expected"), REVIEW_CASES, ids=[c[0] for c in REVIEW_CASES])
def test_against_a_reviewed_figure(name, new, expected):
    stored = [figure("a", 6), figure("b", 7)]
    established = established_claim(make_cluster(stored, SETTINGS), stored, ReviewedFigure(6, 6, "SANA"))
    assert established.source.published == DAY
    assert against_review(new, established, SETTINGS) == expected, name


def test_a_reviewed_range():
    stored = [figure("a", 6)]
    established = established_claim(make_cluster(stored, SETTINGS), stored, ReviewedFigure(6, 8, ""))
    assert against_review(figure("n", 7), established, SETTINGS) is None
    assert against_review(figure("n", 12), established, SETTINGS) == "contradicts-established"


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [(6, 6, "6"), (6, 8, "6–8"), (40, float("inf"), "at least 40"), (None, None, "?")],
)
def test_figure_text(low, high, text):
    assert figure_text(low, high) == text
