import json
from pathlib import Path

import pytest

from crosscheck.evaluate.newsquant import (
    count_noun,
    evaluate_newsquant,
    render_newsquant,
    score_sentences,
    to_prediction,
)
from crosscheck.extract.quantities import find_quantities

REAL = Path("/work/shared/benchmarks/newsquant/NewsQuant.json")

TINY = [
    {
        "text": "The convoy drove 40 km with 12 people.",
        "quantities": [
            {"value": "40.0", "unit": "km", "normalized_unit": "kilometre", "change": "="},
            {"value": "12", "unit": "people", "normalized_unit": "people", "change": "="},
        ],
    },
    {
        "text": "Tickets cost between $20 and $25 in Orvel.",
        "quantities": [{"value": "20-25", "unit": "$", "normalized_unit": "dollar", "change": "="}],
    },
    {"text": "Seven boats sank near Kelvar.", "quantities": []},
    {
        "text": "Prices rose 5 percent.",
        "quantities": [
            {"value": "5", "unit": "percent", "normalized_unit": "percentage", "change": "up"},
            {"value": "9", "unit": "miles", "normalized_unit": "mile", "change": "="},
        ],
    },
    {
        "text": "The wall is 30 feet high.",
        "quantities": [{"value": "30", "unit": "m", "normalized_unit": "metre", "change": "="}],
    },
]
PEERS = (
    "\tP\tR\tF1\tmodel\ttype\n"
    "0\t92.0\t91.9\t92.0\tCQE-Numparser\tvalue\n"
    "1\t85.6\t85.5\t85.6\tCQE-Numparser\tvalue+unit\n"
)


def test_tiny_file_hand_scored(tmp_path: Path) -> None:
    path = tmp_path / "NewsQuant.json"
    path.write_text(json.dumps(TINY), encoding="utf-8")
    (tmp_path / "NewsQuant.csv").write_text(PEERS, encoding="utf-8")
    result = evaluate_newsquant(path)
    # gold 6, predicted 6 (40 km, 12, $20-25, Seven, 5 percent, 30 feet); value hits 5, value+unit hits 4
    value, unit = result.scores["value"], result.scores["value+unit"]
    assert (value.true_positives, value.predicted, value.gold) == (5, 6, 6)
    assert (value.precision, value.recall, value.f1) == (83.3, 83.3, 83.3)
    assert (unit.true_positives, unit.precision, unit.recall, unit.f1) == (4, 66.7, 66.7, 66.7)
    assert [p.system for p in result.peers] == ["CQE-Numparser", "CQE-Numparser"]
    table = render_newsquant(result)
    assert "crosscheck (rules)" in table and "CQE-Numparser" in table and "83.3" in table


def test_value_hits_are_capped_per_sentence() -> None:
    # their scorer counts at most as many value hits as the sentence has gold quantities
    gold = [{"value": "1", "normalized_unit": "man"}]
    preds: list[dict[str, object]] = [
        {"value": 1.0, "normalized_unit": "-"},
        {"value": 1.0, "normalized_unit": "-"},
    ]
    result = score_sentences([("One man and one more man.", gold, preds)])
    s = result.scores["value"]
    assert (s.true_positives, s.precision, s.recall, s.f1) == (1, 50.0, 100.0, 66.7)
    assert result.scores["value+unit"].true_positives == 0


def test_range_needs_both_ends() -> None:
    gold = [{"value": "20-25", "normalized_unit": "-"}]
    assert (
        score_sentences([("t", gold, [{"value": (20.0, 26.0), "normalized_unit": "-"}])]).scores["value"].f1
        == 0
    )
    assert score_sentences([("t", gold, [{"value": 20.0, "normalized_unit": "-"}])]).scores["value"].f1 == 0
    assert (
        score_sentences([("t", gold, [{"value": (20.0, 25.0), "normalized_unit": "-"}])]).scores["value"].f1
        == 100
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dozens of people", [((12, 120), "people")]),
        ("several trucks", []),  # not annotated by the benchmark
        ("8 miles (13 kilometers)", [(8.0, "mile"), (13.0, "kilometre")]),
        ("$52 a barrel", [(52.0, "dollar per barrel")]),
        ("about 19 per cent", [(19.0, "percentage")]),
        ("a third of the voters", [(1 / 3, "% voter")]),
    ],
)
def test_to_prediction(text: str, expected: list[tuple[object, str]]) -> None:
    preds = [p for q in find_quantities(text) for p in to_prediction(text, q)]
    assert [(p["value"], p["normalized_unit"]) for p in preds] == expected


@pytest.mark.parametrize(
    ("text", "end", "noun"),
    [("12 heart transplants since", 2, "heart transplant"), ("400 come", 3, "-"), ("3 children", 1, "child")],
)
def test_count_noun(text: str, end: int, noun: str) -> None:
    assert count_noun(text, end) == noun


@pytest.mark.skipif(not REAL.exists(), reason="NewsQuant benchmark not available")
def test_real_newsquant_scores() -> None:
    result = evaluate_newsquant(REAL)
    assert result.sentences == 590
    assert result.scores["value"].gold == 904
    assert result.scores["value"].f1 >= 92.7
    assert result.scores["value+unit"].f1 >= 81.0
