import json
from pathlib import Path

import pytest

from crosscheck.evaluate.newsquant import (
    evaluate_newsquant,
    predictions,
    render_newsquant,
    score_sentences,
    to_prediction,
)
from crosscheck.evaluate.newsquant_units import count_noun
from crosscheck.extract.numbers.quantities import find_quantities

REAL = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json"

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
    ("text", "end", "singular_ok", "noun"),
    [
        ("12 heart transplants since", 2, False, "heart transplant"),
        ("400 come", 3, False, "-"),
        ("3 children", 1, False, "child"),
        ("460 Dorn and Vask vehicles were", 3, False, "dorn vask vehicle"),
        ("90 crates of apples left", 2, False, "crate apple"),
        ("90 crates of dried fruit", 2, False, "crate"),
        ("5 crates of Tarvin cider", 1, False, "crate"),
        ("two smaller kiosks", 3, False, "small kiosk"),
        ("four oldest mills", 4, False, "old mill"),
        ("eight more stalls", 5, False, "stall"),
        ("a six-cylinder engine", 5, False, "cylinder"),
        ("a 12-page report", 4, False, "page"),
        ("20 coal-fired plants", 2, False, "coal-fired plant"),
        ("30 recorded songs", 2, False, "song"),
        ("12 page report", 2, False, "-"),
        ("one particular wish that", 3, True, "particular wish"),
        ("one plan asks for", 3, True, "plan"),
        ("one hand behind her", 3, True, "hand"),
        ("the Orvel population lives here", 3, True, "orvel population"),
        ("the Orvel population lives here", 3, False, "-"),
    ],
)
def test_count_noun(text: str, end: int, singular_ok: bool, noun: str) -> None:
    assert count_noun(text, end, singular_ok) == noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs about 8 or $9.", [(8.0, "dollar"), (9.0, "dollar")]),
        ("a 7- or 8-inch screen", [(7.0, "inch"), (8.0, "inch")]),
        ("four-, five- and six-cylinder engines", [(4.0, "cylinder"), (5.0, "cylinder"), (6.0, "cylinder")]),
        ("raised 280 million of the 1.5 billion shekels", [(280e6, "shekel"), (1.5e9, "shekel")]),
        ("sold 8 million 250ml bottles", [(8e6, "-"), (250.0, "millilitre")]),  # no gap word: not partners
        (
            "Tarvin had 22 burglaries, against 20 per week in May.",
            [(22.0, "burglary"), (20.0, "burglary per week")],
        ),
        ("a dose of 0.5 per day", [(0.5, "-")]),
        ("the top three seeds", [(3.0, "top seed")]),
        ("a combined 435 homes", [(435.0, "home")]),
        ("the other five boats", [(5.0, "boat")]),
        (
            "rose from 20 miles per gallon to 29 mpg, and 24 for vans",
            [(20.0, "mile per gallon"), (29.0, "mile per gallon"), (24.0, "mile per gallon")],
        ),
        (
            "Dell Rue (15.3 ppg, 7.4 rpg) and 0.5 WAR",
            [(15.3, "point per game"), (7.4, "rebound per game"), (0.5, "win above replacement")],
        ),
        (
            "up 10.4 cents to US$2.24 per mmBTU",
            [(10.4, "cent"), (2.24, "dollar per mega british thermal unit")],
        ),
    ],
)
def test_predictions(text: str, expected: list[tuple[object, str]]) -> None:
    assert [(p["value"], p["normalized_unit"]) for p in predictions(text)] == expected


@pytest.mark.skipif(not REAL.exists(), reason="NewsQuant benchmark not available")
def test_real_newsquant_scores() -> None:
    result = evaluate_newsquant(REAL)
    assert result.sentences == 590
    assert result.scores["value"].gold == 904
    assert result.scores["value"].f1 >= 92.8
    assert result.scores["value+unit"].f1 >= 86.3
