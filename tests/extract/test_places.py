import re

import pytest

from crosscheck.extract.places import canonical_place, find_location, place_key


def _spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])|\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Deir Ezzor", "Deir el-Zour"),
        ("Deir Ezzor", "Deir al-Zor"),
        ("Deir Ezzor", "Dayr az Zawr"),
        ("Deir Ezzor", "Deir ez-Zur"),
        ("Deir Ezzor", "Deir Ez-Zor province"),
        ("Raqqa", "Ar-Raqqah"),
        ("Raqqa", "Rakka"),
        ("Hasakah", "al-Hassakeh"),
        ("Khan Sheikhoun", "Khan Shaykhun"),
        ("Idlib", "Idleb"),
        ("Mayadin", "al-Mayadeen"),
        ("Jisr al-Shughur", "Jisr ash-Shughur"),
        ("Ras al-Ain", "Ras al Ayn"),
        ("Aleppo", "Halab"),
        ("Palmyra", "Tadmur"),
        ("Tell Qarmash", "Tal Karmash"),
        ("Kafr Sousa", "Kfar Susa"),
        ("Daraa", "Deraa"),
        ("Homs", "Hims"),
        ("Deir Ezzor", "Déir Ezzôr"),
        ("Deir Ezzor", "eastern Deir Ezzor"),
    ],
)
def test_same_place_key(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Homs", "Hama"),
        ("Deir Ezzor", "Deir Hafer"),
        ("Raqqa", "Rastan"),
        ("Idlib", "Aleppo"),
        ("Azaz", "Afrin"),
    ],
)
def test_different_place_key(a: str, b: str) -> None:
    assert place_key(a) != place_key(b)


@pytest.mark.parametrize(
    ("name", "display"),
    [
        ("Deir el-Zour", "Deir Ezzor"),
        ("Dayr az Zawr province", "Deir Ezzor (province)"),
        ("Raqqa city", "Raqqa (city)"),
        ("Halab", "Aleppo"),
        ("Tell Qarmash", "Tell Qarmash"),
        ("the western countryside of Ar-Raqqah", "Raqqa"),
    ],
)
def test_canonical_place(name: str, display: str) -> None:
    assert canonical_place(name) == display


# (text, figure, expected location, default)
ROWS = [
    ("A strike in Tell Qarmash killed 12 people.", "12", "Tell Qarmash", None),
    ("Shelling near Kafr Sousa wounded 7 children.", "7", "Kafr Sousa", None),
    (
        "Jets hit a convoy in the western countryside of Deir ez-Zor, killing 70 militants.",
        "70",
        "Deir Ezzor",
        None,
    ),
    ("Troops advancing from Raqqa city lost 9 vehicles.", "9", "Raqqa (city)", None),
    ("Bombing in eastern Aleppo killed 26 people.", "26", "Aleppo", None),
    ("Fighting across Deir el-Zour province left 40 dead.", "40", "Deir Ezzor (province)", None),
    ("Regime raids outside Umm Batna killed 5 people.", "5", "Umm Batna", None),
    ("Regime raids on the town of Jabal Saqr killed 8 people.", "8", "Jabal Saqr", None),
    ("Five civilians died in Syria's Hama province on Sunday.", "Five", "Hama (province)", None),
    ("A blast in the Syrian capital killed 13.", "13", "Damascus", None),
    ("At least 20 people were killed in al-Bab.", "20", "Al-Bab", None),
    ("In Tell Jinan, 14 houses burned; in Tell Rifaat, 3 did.", "3", "Tell Rifaat", None),
    ("In Tell Jinan, 14 houses burned; in Tell Rifaat, 3 did.", "14", "Tell Jinan", None),
    ("Deir Ezzor's vital airport came under fire and 6 soldiers died.", "6", "Deir Ezzor", None),
    ("Clashes erupted in Qasr Nadim on Tuesday. At least 11 fighters died.", "11", "Qasr Nadim", None),
    # negatives and fallbacks
    ("At least 4 people died in January.", "4", None, None),
    ("At least 4 people died on Thursday.", "4", None, None),
    ("At least 4 people died, according to the Syrian Observatory.", "4", None, None),
    ("The figure of 4 was confirmed by Reuters.", "4", None, None),
    ("Some 4 militants fled to the Islamic State stronghold.", "4", None, None),
    ("At least 4 people were killed in Russian air strikes.", "4", None, None),
    ("Clashes erupted in Qasr Nadim.\nAt least 11 fighters died.", "11", "Wadi Tim", "Wadi Tim"),
    ("At least 9 people died.", "9", "Wadi Tim", "Wadi Tim"),
    ("The head of the council spoke to 30 elders.", "30", None, None),
    ("At least 4 people died at dawn.", "4", None, None),
]


@pytest.mark.parametrize(("text", "figure", "expected", "default"), ROWS)
def test_find_location(text: str, figure: str, expected: str | None, default: str | None) -> None:
    spans = _spans(text)
    position = text.index(figure)
    index = next(i for i, (s, e) in enumerate(spans) if s <= position < e)
    assert find_location(text, spans, index, position, default) == expected
