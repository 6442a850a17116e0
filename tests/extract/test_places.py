import re

import pytest

from crosscheck.extract.places.place_keys import canonical_place, place_key
from crosscheck.extract.places.place_relations import PARENTS, place_relation
from crosscheck.extract.places.place_vocab import COUNTRIES, GAZETTEER
from crosscheck.extract.places.places import find_location


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
        ("Sayyida Zeinab", "Sayida Zaynab"),
        ("Midan", "Meidan"),
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
        ("Khan Sheikhoun", "Khan Sheikhun"),
        ("Khan Sheikhoun", "Khan Shaikhoun"),
        ("Saraqib", "Saraqeb"),
        ("Salaheddin", "Salah al-Din"),
        ("Salaheddin", "Salah Eddin"),
        ("Maarat al-Numan", "Maarrat al-Nu'man"),
        ("Al-Foua", "Foaa"),
        ("Tal Abyad", "Tell Abyad"),
        ("Damascus", "Damascus countryside"),
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
        ("Suwayda", "Sidon"),
        ("Saraqib", "Sarmin"),
        ("Mayadin", "Midan"),
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
        ("Damascus", "Damascus"),
        ("Rural Damascus", "Damascus"),
        ("Salah Eddin", "Salaheddin"),
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
    ("In Tell Jinan, 14 houses burned; in Tell Rifaat, 3 did.", "3", "Tal Rifaat", None),
    ("In Tell Jinan, 14 houses burned; in Tell Rifaat, 3 did.", "14", "Tell Jinan", None),
    ("Deir Ezzor's vital airport came under fire and 6 soldiers died.", "6", "Deir Ezzor", None),
    ("Clashes erupted in Qasr Nadim on Tuesday. At least 11 fighters died.", "11", "Qasr Nadim", None),
    # possessives whose apostrophe was lost
    ("Jets killed 9 people in Syrias Hama province.", "9", "Hama (province)", None),
    ("A raid killed 9 people in Aleppos Salaheddin district.", "9", "Salaheddin", None),
    ("Over 900 people have died in Syrias long war.", "900", "Syria", None),
    ("A mine killed 3 shepherds in Aleppos Old City.", "3", "Aleppo", None),
    ("Troops left 6 posts in Syrias Deir ezzor.", "6", "Deir Ezzor", None),
    # words glued to a place name
    ("A source at the Hama Police Command said 4 people died in Tell Zafir.", "4", "Tell Zafir", None),
    ("A source at the Hama Police Command said 4 people died.", "4", "Hama", None),
    ("Two killed in Homs Bombing", "Two", "Homs", None),
    ("Rockets hit Tell Zafir in Idleb Meanwhile 5 people were hurt.", "5", "Idlib", None),
    ("A strike near Aleppo Syria killed 8 people.", "8", "Aleppo", None),
    ("Shelling of Kafr Dael in the Eastern part of Homs killed 7.", "7", "Homs", None),
    ("Shells hit the District of Douma, killing 3 people.", "3", "Douma", None),
    ("In Kurdish-held Afrin 30 fighters were trained.", "30", "Afrin", None),
    ("Nine Killed In Rocket Fire On Tell Zafir Market In Homs", "Nine", "Homs", None),
    ("At least 6 people were killed in Syrias Idlib Monitor says", "6", "Idlib", None),
    ("Some 20 died in Tell Zafir and Aleppo the Observatory said.", "20", "Tell Zafir", None),
    ("Ten civilians died in Daraa City on Monday.", "Ten", "Daraa (city)", None),
    ("Shelling in Damascus countryside killed 5 people.", "5", "Rif Dimashq", None),
    ("A mine in Deir ez-Zor Syria killed 5 people.", "5", "Deir Ezzor", None),
    ("Jets hit 5 posts in Deir Ezzors western desert.", "5", "Deir Ezzor", None),
    ("The plan was put to the Secretary General by 5 envoys.", "5", None, None),
    ("Rockets hit New Aleppo, killing 3 people.", "3", "New Aleppo", None),
    # a long run of capitalised words is read from its first words
    (
        "Shelling in Aleppo Hama Homs Idlib Daraa Raqqa Tartus Latakia Quneitra killed 3 people.",
        "3",
        "Aleppo",
        None,
    ),
    ('"Jets hit Saraqib" said the head of Daraas health authority adding that 9 died.', "9", "Saraqib", None),
    # not places: months, adjectives, organisations, headline words, people
    ("Updated at Jul 12 BEIRUT 70 fighters died.", "70", None, None),
    ("Some 50 rebels died in US-led coalition strikes.", "50", None, None),
    ("Some 50 rebels died in Israeli raids.", "50", None, None),
    ("At Least 10 Civilians Killed in Terrorist Rocket Attacks Today", "10", None, None),
    ("The toll rose to 12, according to Rami Ghazal.", "12", None, None),
    ("A bomb killed 4 people in Assad clans hometown.", "4", None, None),
    ("A strike killed 14 people from the Free Syrian Army.", "14", None, None),
    ("Some 14 fighters were killed in Russian air strikes.", "14", None, None),
    ("Pro-Damascus media outlets said a car bomb killed 22 people.", "22", None, None),
    ("A Turkey-based monitor said 22 people died.", "22", None, None),
    (
        "Tags Aleppo Idlib Raqqa At least 59 missiles struck an airbase in Homs province.",
        "59",
        "Homs (province)",
        None,
    ),
    ("The Islamic State of Iraq and the Levant executed 700 members of a tribe.", "700", None, None),
    ("Three killed in Syrian Kurdish city | Jordan Times", "Three", None, None),
    ("Anti-Damascus rebels lost 8 fighters near Aleppo.", "8", "Aleppo", None),
    # where something was said is not where it happened
    ("Talks in Geneva failed as 40 people died in Tell Zafir.", "40", "Tell Zafir", None),
    ("Officials told reporters in Ankara that 40 people died.", "40", None, None),
    ("The defence ministry in Moscow said 40 militants were killed.", "40", None, None),
    ("Peace talks - in Geneva - failed while 900 people died.", "900", "Wadi Tim", "Wadi Tim"),
    ("The minister said in Baghdad that 40 people died.", "40", None, None),
    ("At least 40 people died in Baghdad, the minister said.", "40", "Baghdad", None),
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


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Khan Shaykhun", "Idlib province", "nested"),
        ("Salah al-Din", "Aleppo", "nested"),
        ("Sheikh Maqsoud", "Syria", "nested"),
        ("Al-Waer", "Homs", "nested"),
        ("Saraqeb", "Al-Waer", "different"),
        ("Kafr Batna", "Salaheddin", "different"),
        ("Tokhar", "Latamneh", "different"),
        ("Tell Zafir", "Saraqib", "unknown"),
        ("Damascus", "Damascus countryside", "same"),
        ("Manbij", "Tokhar", "nearby"),
        ("Raqqa", "Deir Ezzor", "different"),
        ("Syria", "Iraq", "different"),
        ("Syria", "Tell Zafir", "unknown"),
        ("Varna", "Ostra", "unrelated"),
    ],
)
def test_place_relation(a: str, b: str, relation: str) -> None:
    assert place_relation(a, b) == relation


def test_every_gazetteer_place_has_a_parent() -> None:
    assert [name for name, _ in GAZETTEER if name not in PARENTS and name not in COUNTRIES] == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("At least 20 people were killed in al-Bab.", "20", ("Al-Bab", "sentence")),
        (
            "Clashes erupted in Qasr Nadim on Tuesday. At least 11 fighters died.",
            "11",
            ("Qasr Nadim", "context"),
        ),
        ("At least 9 people died.", "9", ("Wadi Tim", "article")),
        ("At least 9 people died.", "9", None),
        # a place named bare in another clause is context: the sentence tells of two events
        (
            "A car bomb killed 43 people on Saturday as US-backed fighters pushed on the Raqqa stronghold.",
            "43",
            ("Raqqa", "context"),
        ),
        (
            "At least 15 people were killed as the coalition carried out raids in a district of Manbij.",
            "15",
            ("Manbij", "sentence"),
        ),
        ("Shelling killed 12 in Aleppo while rebels advanced near Hama.", "12", ("Aleppo", "sentence")),
    ],
)
def test_locate_says_where_the_place_was_read(text, figure, expected):
    from crosscheck.extract.places.places import locate

    spans = _spans(text)
    position = text.index(figure)
    index = next(i for i, (s, e) in enumerate(spans) if s <= position < e)
    default = expected[0] if expected and expected[1] == "article" else None
    assert locate(text, spans, index, position, default) == (expected or (None, None))
