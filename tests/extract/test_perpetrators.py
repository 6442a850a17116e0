import pytest

from tests.extract.incident_kit import incident_claims, read

# (text, expected (quote, actor, polarity) in text order)
ROWS = [
    (
        "Russian and Syrian regime jets pounded the eastern districts of Marwan on Friday.",
        [("Russian", "Russia", "positive"), ("Syrian regime", "Syrian government", "positive")],
    ),
    ("Regime air raids killed nine people in Kafr Dalil.", [("Regime", "Syrian government", "positive")]),
    (
        "Eleven people died in strikes by a US-led coalition near the village of Tell Safa.",
        [("US-led coalition", "US-led coalition", "positive")],
    ),
    ("The Turkish army shelled two villages near the border.", [("Turkish", "Turkey", "positive")]),
    ("Israeli warplanes struck a depot outside the capital.", [("Israeli", "Israel", "positive")]),
    (
        "The Islamic State group claimed the bombing in a statement.",
        [("Islamic State group", "Islamic State", "positive")],
    ),
    (
        "Residents blamed the attack on Ahrar al-Sham.",
        [("Ahrar al-Sham", "rebels", "positive")],
    ),
    (
        "Terrorists fired rocket shells at a school in the old city.",
        [("Terrorists", "rebels", "positive")],
    ),
    (
        "Clashes between regime and Kurdish forces left four dead.",
        [("regime", "Syrian government", "positive"), ("Kurdish forces", "Kurdish forces", "positive")],
    ),
    ("Seven were killed in US-led air strikes on the town.", [("US-led", "US-led coalition", "positive")]),
    (
        "The coalition, which began its campaign last year, said it had carried out four strikes near Raqqa.",
        [("coalition", "US-led coalition", "positive")],
    ),
    (
        "Terrorist organizations positioned in the northern suburbs targeted the power station.",
        [("Terrorist organizations", "rebels", "positive")],
    ),
    # negatives: the actor holds a place, is a victim, a speaker, or is charged with no attack
    ("Shells fell on the IS-held town of Bir Nasr.", []),
    ("Thirty IS militants were killed in the raid.", []),
    ("The Russian Defence Ministry said the convoy was hit by a fire.", []),
    ("Damascus accuses Turkey of funding armed groups.", []),
    ("Rebels held talks with the government in Astana.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_perpetrator_claims(text, expected):
    assert read(incident_claims(text, "perpetrator")) == expected


def test_either_or_actors_are_two_hedged_claims():
    claims = incident_claims(
        "The strikes were carried out by either Russian or Syrian warplanes.", "perpetrator"
    )
    assert [(c.actor, c.hedge) for c in claims] == [
        ("Russia", "either/or"),
        ("Syrian government", "either/or"),
    ]


def test_a_suspected_actor_is_hedged_and_the_rule_is_named():
    (claim,) = incident_claims("A suspected Russian air raid killed six in the market.", "perpetrator")
    assert (claim.actor, claim.hedge, claim.rule) == ("Russia", "suspected", "perpetrator:modifier+hedged")
    assert (claim.actor_detail, claim.scope, claim.kind) == ("Russian", "incident", "factual")


def test_a_catch_all_label_is_rebels_and_says_so():
    (claim,) = incident_claims("Militants launched mortars at the market.", "perpetrator")
    assert (claim.actor, claim.actor_detail, claim.rule) == (
        "rebels",
        "Militants",
        "perpetrator:subject+catch-all",
    )


def test_the_quote_is_read_from_the_offsets():
    text = "Yesterday the Syrian air force bombed Tell Harun."
    (claim,) = incident_claims(text, "perpetrator")
    assert text[claim.start : claim.end] == claim.quote == "Syrian air force"
