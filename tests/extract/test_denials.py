import pytest

from tests.extract.incident_kit import incident_claims, read

ROWS = [
    ("Moscow denied any involvement in the raid.", [("Moscow", "Russia", "negative")]),
    (
        "Neither Russian nor Syrian air forces were carrying out missions in the area, the ministry said.",
        [("Russian", "Russia", "negative"), ("Syrian air forces", "Syrian government", "negative")],
    ),
    (
        "Russia has denied its aircraft or those of its Syrian government allies were involved.",
        [("Russia", "Russia", "negative"), ("Syrian government", "Syrian government", "negative")],
    ),
    ("The president said Turkey was not behind the shelling.", [("Turkey", "Turkey", "negative")]),
    ("Faylaq al-Rahman rejected the accusation.", [("Faylaq al-Rahman", "rebels", "negative")]),
    (
        "US officials believe Russian aircraft were responsible, but Moscow has denied involvement.",
        [("Russian", "Russia", "positive"), ("Moscow", "Russia", "negative")],
    ),
    (
        "There was no immediate claim of responsibility for the blast.",
        [("no immediate claim of responsibility", "unknown", "positive")],
    ),
    (
        "It was not immediately clear who carried out the attack.",
        [("It was not immediately clear who", "unknown", "positive")],
    ),
    # negatives: no denial of an attack, or no named denier
    ("The coalition did not deny that strikes had been carried out.", []),
    ("Opposition groups dismissed the offer as a trick.", []),
    ("No Russian soldiers died in the attack.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_denial_claims(text, expected):
    assert read(incident_claims(text, "perpetrator")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government denies using barrel bombs.",
        "The government has always denied responsibility.",
        "The army denied previous accusations of using chemical weapons.",
    ],
)
def test_a_denial_of_a_practice_is_kept_but_general(text):
    claims = incident_claims(text, "perpetrator")
    assert claims and all(c.scope == "general" and c.polarity == "negative" for c in claims)
    assert all(c.rule.endswith("+general") for c in claims)


def test_a_denial_of_one_attack_is_about_the_incident():
    (claim,) = incident_claims(
        "The Syrian government denied it carried out the attack on the village.", "perpetrator"
    )
    assert (claim.actor, claim.polarity, claim.scope) == ("Syrian government", "negative", "incident")
