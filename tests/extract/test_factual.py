from datetime import date

import pytest

from crosscheck.extract.factual.factual import find_factual_claims
from crosscheck.model import Source


def _claims(text: str):
    source = Source(id="t", text=text, published=date(2017, 8, 25), location="Wadi Tim")
    return find_factual_claims(source, [(0, len(text))])


# (sentence, actor, action, target, polarity); action None: no claim
ROWS = [
    ("Troops broke the siege of the airport.", "Troops", "break siege", "the airport", "positive"),
    (
        "The Syrian army lifted the siege of Tell Jinan on Tuesday.",
        "Syrian army",
        "break siege",
        "Tell Jinan",
        "positive",
    ),
    (
        "ISIS is seeking an evacuation agreement but the Lebanese army has ruled that out.",
        "Lebanese army",
        "rule out",
        "an evacuation agreement",
        "negative",
    ),
    (
        "Rebels captured the village of Umm Sarja.",
        "Rebels",
        "capture",
        "the village of Umm Sarja",
        "positive",
    ),
    (
        "Government forces recaptured an oilfield south of Qasr Hilal.",
        "Government forces",
        "retake",
        "an oilfield south of Qasr Hilal",
        "positive",
    ),
    (
        "The Kurdish-led militia took control of the dam.",
        "Kurdish-led militia",
        "take control",
        "the dam",
        "positive",
    ),
    ("The SDF launched an offensive against the militants.", "SDF", "launch", "the militants", "positive"),
    ("The Harmon Front denied the accusation.", "Harmon Front", "deny", "the accusation", "negative"),
    ("The council rejected the proposal.", "council", "reject", "the proposal", "negative"),
    ("Rebels failed to capture the hill.", "Rebels", "capture", "the hill", "negative"),
    ("The brigade did not withdraw from Kafr Roumi.", "brigade", "withdraw", "Kafr Roumi", "negative"),
    (
        "Militants shot down a government helicopter.",
        "Militants",
        "shoot down",
        "a government helicopter",
        "positive",
    ),
    (
        "Syrian troops reached the eastern bank of the river.",
        "Syrian troops",
        "reach",
        "the eastern bank of the river",
        "positive",
    ),
    ("The airport was captured by the Harmon Front.", "Harmon Front", "capture", "The airport", "positive"),
    ("Both sides reached a ceasefire deal on Friday.", None, None, None, None),
    # negatives: no claim
    ("The army will launch an offensive within weeks.", None, None, None, None),
    ("The army seeks to break the siege of the airport.", None, None, None, None),
    ("Rebels reportedly captured the village.", None, None, None, None),
    ("Jets killed 20 militants in the raid.", None, None, None, None),
    ("The army captured more than 270 square kilometres.", None, None, None, None),
    ("Since launching the operation, progress has been slow.", None, None, None, None),
    ("The plane took off from Hamra air base.", None, None, None, None),
]


@pytest.mark.parametrize(("sentence", "actor", "action", "target", "polarity"), ROWS)
def test_find_factual_claims(sentence: str, actor, action, target, polarity) -> None:
    claims = _claims(sentence)
    if action is None:
        assert [c.action for c in claims if c.action != "reach agreement"] == []
        return
    assert len(claims) == 1
    claim = claims[0]
    assert (claim.actor, claim.action, claim.target, claim.polarity) == (actor, action, target, polarity)


def test_agreement_claim_without_target() -> None:
    (claim,) = _claims("Both sides reached a ceasefire deal on Friday.")
    assert (claim.action, claim.polarity, claim.rule) == ("reach agreement", "positive", "factual:agreement")


def test_factual_claim_fields_match_numeric_ones() -> None:
    text = "Troops broke the siege of the airport in Tell Jinan on Thursday."
    (claim,) = _claims(text)
    assert claim.kind == "factual"
    assert claim.rule == "factual:break_siege"
    assert (claim.value, claim.low, claim.high, claim.qualifier, claim.unit) == (None, None, None, None, None)
    assert claim.quote == "Troops broke the siege of the airport"
    assert (claim.sentence_start, claim.sentence_end) == (0, len(text))
    assert claim.location == "Tell Jinan"
    assert claim.time is not None and claim.time.start == date(2017, 8, 24)
    assert claim.id.startswith("t:f")
