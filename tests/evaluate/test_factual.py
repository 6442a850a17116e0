import json
from datetime import date

from crosscheck.evaluate.factual import evaluate_factual, gold_events, render
from crosscheck.evaluate.factual_gold import load_factual_gold
from crosscheck.extract import extract_claims
from crosscheck.model import Source

TEXTS = {
    "1": ("north", "Regime air raids killed nine people in Kafr Dalil on Monday."),
    "2": ("south", "Syrian warplanes struck Kafr Dalil on Monday. Damascus officials said nothing."),
    "3": ("east", "Russian jets bombed a bakery in Tell Sahl. Moscow denied any involvement in the raid."),
    "4": ("west", "A bakery in Tell Sahl was hit by Russian jets, activists said."),
}


def _mention(unit: str, quote: str, value: str, key: str = "actor", polarity: str = "asserts") -> dict:
    return {"unit_id": int(unit), "source": TEXTS[unit][0], "quote": quote, key: value, "polarity": polarity}


GOLD = [
    {
        "event_id": "e1",
        "group_ids": ["g1"],
        "aspect": "perpetrator",
        "verdict": "agree",
        "mentions": [
            _mention("1", "Regime air raids killed nine people", "Syrian government"),
            _mention("2", "Syrian warplanes struck Kafr Dalil", "Syrian government"),
        ],
    },
    {
        "event_id": "e1",
        "group_ids": ["g1"],
        "aspect": "weapon",
        "verdict": "agree",
        "mentions": [
            _mention("1", "Regime air raids killed nine people", "air strike", "weapon"),
            _mention("2", "Syrian warplanes struck Kafr Dalil", "air strike", "weapon"),
        ],
    },
    {
        "event_id": "e2",
        "group_ids": ["g2"],
        "aspect": "perpetrator",
        "verdict": "contradict",
        "mentions": [
            _mention("3", "Russian jets bombed a bakery", "Russia"),
            _mention("3", "Moscow denied any involvement", "Russia", polarity="denies"),
            _mention("4", "was hit by Russian jets", "Russia"),
        ],
    },
]


def _setup(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in GOLD) + "\n", encoding="utf-8")
    sources = [Source(id=u, text=t, outlet=o, published=date(2016, 5, 2)) for u, (o, t) in TEXTS.items()]
    claims = [claim for source in sources for claim in extract_claims(source)]
    return load_factual_gold(path), sources, claims


def test_scores_with_the_gold_grouping(tmp_path):
    gold, sources, claims = _setup(tmp_path)
    result = evaluate_factual(gold, sources, claims)
    scores = result.scores
    assert (scores.mentions_found, scores.mentions) == (7, 7)
    assert (scores.pairs_together, scores.pairs) == (4, 4)
    assert (scores.verdicts_right, scores.aspects) == (3, 3)
    assert (scores.contradictions_right, scores.contradictions_predicted, scores.contradictions_gold) == (
        1,
        1,
        1,
    )
    assert len(result.folds) == 2 and not result.misses
    assert "in-sample" in render(result) and "group k-fold" in render(result)


def test_an_event_mapping_that_splits_an_incident_loses_its_pairs(tmp_path):
    gold, sources, claims = _setup(tmp_path)
    events = {claim_id: [f"own-{claim_id.split(':')[0]}"] for claim_id in gold_events(gold, sources, claims)}
    scores = evaluate_factual(gold, sources, claims, events).scores
    assert scores.pairs_together == 0
    assert scores.verdicts_right == 0  # every article alone is "single"


def test_gold_weapon_labels_meet_our_vocabulary():
    from crosscheck.evaluate.factual_gold import FactualMention, accepted_values

    def accepted(label: str) -> frozenset[str]:
        return accepted_values(FactualMention("e", "weapon", "1", "o", "q", label, "positive", False))

    assert accepted("rocket/mortar") == {"rocket", "mortar"}
    assert accepted("sarin/nerve agent") == {"sarin"}
    assert accepted("barrel bomb") == {"barrel bomb"}
    assert accepted("heavy mortar shells") == {"mortar"}


def test_each_fold_is_scored_on_its_own_incidents(tmp_path):
    from crosscheck.evaluate.factual import FoldEvents

    gold, sources, claims = _setup(tmp_path)
    right = gold_events(gold, sources, claims)
    split = {claim_id: [f"own-{claim_id.split(':')[0]}"] for claim_id in right}
    # g1 is held out in fold 0, whose incidents split it; g2 in fold 1, whose incidents are the gold's.
    refit = FoldEvents((split, right), {"g1": 0, "g2": 1})
    result = evaluate_factual(gold, sources, claims, right, refit)
    assert result.scores.verdicts_right == 3
    assert [fold.aspects for fold in result.folds] == [2, 1]
    assert [fold.verdicts_right for fold in result.folds] == [0, 1]
    assert result.refit and "model fit on the other folds" in render(result)
