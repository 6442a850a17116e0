import pytest

from tests.extract.incident_kit import incident_claims, read

ROWS = [
    ("Twelve died in a barrel bomb attack on Kafr Amin.", [("barrel bomb", "barrel bomb", "positive")]),
    ("A suicide car bomb hit a checkpoint at dawn.", [("suicide car bomb", "car bomb", "positive")]),
    (
        "A suicide bomber blew himself up at the gate.",
        [("suicide bomber", "suicide bomber", "positive"), ("blew himself up", "suicide bomber", "positive")],
    ),
    ("Doctors said sarin was used.", [("sarin", "sarin", "positive")]),
    (
        "Witnesses smelled chlorine gas after the raid.",
        [("chlorine gas", "chlorine", "positive"), ("raid", "air strike", "positive")],
    ),
    (
        "Rebels fired mortar rounds and rockets at the port.",
        [("mortar rounds", "mortar", "positive"), ("rockets", "rocket", "positive")],
    ),
    ("A ground-to-ground missile struck the suburb.", [("ground-to-ground missile", "missile", "positive")]),
    (
        "Vacuum missiles fired by Russian jets hit the market.",
        [("Vacuum missiles fired by Russian jets", "air strike", "positive")],
    ),
    (
        "An explosive device planted in the car went off.",
        [("explosive device planted", "planted bomb", "positive")],
    ),
    ("Artillery fire killed two in the old quarter.", [("Artillery fire", "artillery", "positive")]),
    (
        "The destroyers launched Tomahawk cruise missiles at the base.",
        [("Tomahawk cruise missiles", "cruise missile", "positive")],
    ),
    ("A twin bombing hit the station.", [("bombing", "bomb", "positive")]),
    ("Medics said white phosphorus burned the houses.", [("white phosphorus", "incendiary", "positive")]),
    ("Heavy bombing continued all week.", [("bombing", "bombardment", "positive")]),
    # negatives: treaties, stockpiles, defences
    ("Inspectors visited a chemical weapons facility.", []),
    ("The country agreed to the destruction of its chemical weapons.", []),
    ("The rebels received anti-aircraft guns.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_weapon_claims(text, expected):
    assert read(incident_claims(text, "weapon")) == expected


def test_aircraft_beside_a_named_strike_adds_nothing():
    assert read(incident_claims("Russian jets resumed air strikes on the town.", "weapon")) == [
        ("air strikes", "air strike", "positive")
    ]


def test_a_denied_use_is_negative_and_a_practice_is_general():
    (incident,) = incident_claims("The army denied using chlorine in the attack on the town.", "weapon")
    assert (incident.weapon, incident.polarity, incident.scope) == ("chlorine", "negative", "incident")
    (general,) = incident_claims("The government denies using barrel bombs.", "weapon")
    assert (general.weapon, general.polarity, general.scope) == ("barrel bomb", "negative", "general")
