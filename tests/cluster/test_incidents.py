import pytest

from crosscheck.cluster.incidents import different_incidents, incident_kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("A car bomb killed 20 people at a rebel checkpoint.", {"explosion"}),
        ("Air strikes killed 13 people in the city.", {"air"}),
        ("Regime warplanes and helicopters pounded the town.", {"air"}),
        ("A bomb exploded in the Salaheddin district, killing six.", {"explosion"}),
        ("Rebel rockets and mortar rounds hit the western districts.", {"shelling"}),
        ("A suspected chemical attack killed 58 civilians.", {"chemical"}),
        ("Clashes between rebels and troops left 29 dead.", {"ground"}),
        ("IS executed 700 members of the tribe.", {"execution"}),
        ("Air strikes and shelling killed 40 people.", {"air", "shelling"}),
        # generic words name no kind
        ("An attack killed 12 people, the monitor said.", set()),
        ("The death toll rose to 31 on Thursday.", set()),
    ],
)
def test_incident_kinds(sentence, kinds):
    assert incident_kinds(sentence) == frozenset(kinds)


@pytest.mark.parametrize(
    ("a", "b", "different"),
    [
        ("A car bomb killed 20 people.", "Air strikes killed 13 people.", True),
        ("A car bomb killed 20 people.", "A suicide bomber killed 17 people.", False),
        ("Air strikes and shelling killed 40.", "Shelling killed 40 people.", False),
        ("An attack killed 12 people.", "Air strikes killed 13 people.", False),
    ],
)
def test_different_incidents(a, b, different):
    assert different_incidents(a, b) is different
