"""extract_claims end to end on a short invented article."""

from __future__ import annotations

import importlib
import re
import sys
import types
from datetime import date

import pytest

import crosscheck.extract as extract
from crosscheck.extract import extract_claims, find_inconsistencies
from crosscheck.model import Source

ARTICLE = (
    "Strikes on Brena kill dozens of people\n"
    "At least 42 civilians, including 12 women and 19 children, were killed in air strikes on Brena on "
    "Monday, the Valdorian Observatory said. "
    "Jets have flown more than 900 missions this month and destroyed 40 armored vehicles, the ministry said. "
    "They are making 60 to 70 flights a day. "
    "The death toll rose to 45 on Tuesday. "
    "One official declined to comment. "
    "The navy said it fired seven missiles. Witnesses saw three missiles and later five more."
)

EXPECTED = {
    "dozens of people": "people killed",
    "At least 42 civilians": "civilians killed",
    "12 women": "women killed",
    "19 children": "children killed",
    "more than 900 missions": "missions flown",
    "40 armored vehicles": "armored vehicles destroyed",
    "60 to 70 flights a day": "flights per day",
    "45": "people killed",
    "three missiles": "missiles fired",
    "five more": "missiles fired",
    "seven missiles": "missiles fired",
}


@pytest.fixture(autouse=True)
def _sentences_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until crosscheck.extract.sentences lands, split on sentence punctuation and newlines."""
    try:
        importlib.import_module("crosscheck.extract.sentences")
    except ImportError:
        module = types.ModuleType("crosscheck.extract.sentences")

        def split_sentences(text: str) -> list[tuple[int, int]]:
            starts = [0, *(m.end() for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])|\n+", text))]
            return [
                (a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if text[a:b].strip()
            ]

        module.split_sentences = split_sentences  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "crosscheck.extract.sentences", module)


def _source() -> Source:
    return Source(
        id="art1", text=ARTICLE, outlet="Test Wire", published=date(2031, 5, 6), location="Valdoria"
    )


def test_quotes_and_measures() -> None:
    numeric = [c for c in extract_claims(_source()) if c.kind == "numeric"]
    got = {c.quote: c.measure for c in numeric}
    for quote, measure in EXPECTED.items():
        assert got.get(quote) == measure, (quote, got)
    for c in numeric:
        assert c.quote == ARTICLE[c.start : c.end]
        assert c.sentence_start <= c.start < c.end <= c.sentence_end
        assert "measure:" in c.rule


def test_parts_are_linked() -> None:
    claims = {c.quote: c for c in extract_claims(_source()) if c.kind == "numeric"}
    whole = claims["At least 42 civilians"]
    assert claims["12 women"].part_of == whole.id
    assert claims["19 children"].part_of == whole.id
    assert whole.part_of is None
    assert claims["40 armored vehicles"].part_of is None


def test_sorted_and_deterministic() -> None:
    first = extract_claims(_source())
    second = extract_claims(_source())
    assert [(c.id, c.measure, c.part_of) for c in first] == [(c.id, c.measure, c.part_of) for c in second]
    assert [(c.start, c.kind) for c in first] == sorted((c.start, c.kind) for c in first)


def test_every_quantity_is_kept() -> None:
    numeric = [c for c in extract_claims(_source()) if c.kind == "numeric"]
    assert [c.measure for c in numeric if c.quote == "One"] == [None]
    assert {c.qualifier for c in numeric} >= {"at_least", "more_than", "range", "exact"}


def test_inconsistencies_of_the_article() -> None:
    findings = find_inconsistencies(extract_claims(_source()))
    assert [f.kind for f in findings] == ["sum_mismatch"]
    assert '"three missiles" + "five more" add up to 8' in findings[0].explanation
    assert findings[0].source_id == "art1"


def test_public_api() -> None:
    assert set(extract.__all__) == {"extract_claims", "find_inconsistencies"}
