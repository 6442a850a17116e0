"""Numeral floods are not read; numbered lists, tables of a few figures and figures near words are."""

from __future__ import annotations

from crosscheck.extract import extract_claims
from crosscheck.extract.budget import Budget
from crosscheck.extract.dense import DenseLimits
from crosscheck.extract.floods import FLOOD_MARGIN, FLOOD_NUMERALS, numeral_floods
from crosscheck.model import Source


def _values(text: str) -> list[float | None]:
    """The figures read, by this rule alone: without the limit on dense text (test_dense.py), which a run
    of hundreds of numerals passes too."""
    budget = Budget(None, DenseLimits(None, None, None))
    return [c.value for c in extract_claims(Source(id="t", text=text), budget) if c.kind == "numeric"]


def test_a_flood_yields_no_claims() -> None:
    assert _values("1 " * 2000) == []
    assert _values("5. " * 2000) == []


def test_figures_near_words_are_read() -> None:
    text = "The monitor counted " + "7 " * 500 + "9 people killed."
    values = _values(text)
    assert values[-1] == 9
    assert 0 < len(values) <= FLOOD_MARGIN


def test_a_short_run_of_numerals_is_read() -> None:
    run = " ".join(str(n) for n in range(1, FLOOD_NUMERALS + 1))
    assert numeral_floods(run).starts == ()
    assert len(_values(run)) == FLOOD_NUMERALS
    assert numeral_floods(run + " 51").starts == (0,)
