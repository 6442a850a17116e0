import re

import pytest

from crosscheck.extract.attribution.attribution import find_attribution
from crosscheck.extract.attribution.claimants import canonical_claimant, claimant_key


def _spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“\"])", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _attribute(text: str, figure: str):
    spans = _spans(text)
    position = text.index(figure)
    index = next(i for i, (s, e) in enumerate(spans) if s <= position < e)
    return find_attribution(text, spans, index, position)


# (text, figure, claimant, surface)
ROWS = [
    (
        "Jamil Haddar, a spokesman for the militia, said his fighters were a few miles from the town.",
        "a few",
        "Jamil Haddar",
        "Jamil Haddar",
    ),
    (
        "At least 14 people were killed in Kafr Nabal, according to the Syrian Observatory for Human Rights.",
        "14",
        "Syrian Observatory for Human Rights",
        "the Syrian Observatory for Human Rights",
    ),
    (
        "At least 14 people were killed, according to the U.K.-based Syrian Observatory for Human Rights.",
        "14",
        "Syrian Observatory for Human Rights",
        "the U.K.-based Syrian Observatory for Human Rights",
    ),
    (
        "The Britain-based war monitor said 31 fighters died in Tell Barak.",
        "31",
        "Syrian Observatory for Human Rights",
        "The Britain-based war monitor",
    ),
    (
        "Rami Abdel Rahman, who heads the group, said 12 civilians were among the dead.",
        "12",
        "Syrian Observatory for Human Rights",
        "Rami Abdel Rahman",
    ),
    (
        "SOHR, which monitors the war through a network of activists, said 40 rebels were killed.",
        "40",
        "Syrian Observatory for Human Rights",
        "SOHR",
    ),
    (
        "Colonel General Boris Nalkin said this week that jets had flown 900 sorties, the AP reported.",
        "900",
        "Boris Nalkin",
        "Colonel General Boris Nalkin",
    ),
    (
        "Nine soldiers died in the ambush, the Russian Defence Ministry said.",
        "Nine",
        "Russian Ministry of Defence",
        "the Russian Defence Ministry",
    ),
    (
        "Russia's defence ministry said its jets destroyed 17 depots near Qasr Hilal.",
        "17",
        "Russian Ministry of Defence",
        "Russia's defence ministry",
    ),
    (
        "Rescuers pulled 22 bodies from the rubble, the White Helmets said.",
        "22",
        "Syrian Civil Defence (White Helmets)",
        "the White Helmets",
    ),
    (
        "State news agency SANA said 5 people were wounded by shells fired on Jabrin.",
        "5",
        "SANA",
        "State news agency SANA",
    ),
    (
        "Local sources told Reuters that 30 families had fled Umm Sarja.",
        "30",
        "Local sources",
        "Local sources",
    ),
    ("A local official told AFP that 8 bodies were found.", "8", "Local official", "A local official"),
    ("Activists said 19 people died in the shelling of Kafr Roumi.", "19", "Activists", "Activists"),
    ("Eleven people were killed, state media reported.", "Eleven", "State media", "state media"),
    (
        "Eleven people were killed, said Nadim Qaraa, the governor of Tell Hamra.",
        "Eleven",
        "Nadim Qaraa",
        "Nadim Qaraa",
    ),
    (
        "The Observatory put the death toll at 63.",
        "63",
        "Syrian Observatory for Human Rights",
        "The Observatory",
    ),
    (
        "The monitoring group estimated that 200 fighters had defected.",
        "200",
        "Syrian Observatory for Human Rights",
        "The monitoring group",
    ),
    (
        "The Harmon Institute claimed 45 prisoners had been freed.",
        "45",
        "Harmon Institute",
        "The Harmon Institute",
    ),
    (
        "Salma Darwish said 60 houses were destroyed. She added that 12 of them were schools.",
        "12",
        "Salma Darwish",
        "She",
    ),
    (
        "Brigadier Tarek Lamis announced that 70 villages had been cleared. It was the largest advance.",
        "70",
        "Tarek Lamis",
        "Brigadier Tarek Lamis",
    ),
    (
        "Twenty people were killed in Maskin on Tuesday, the Associated Press reported.",
        "Twenty",
        "Associated Press",
        "the Associated Press",
    ),
    ("The convoy carried 400 militants, AP said.", "400", "Associated Press", "AP"),
    # the place a speaker is in or from is not the speaker
    (
        "The Syrian Observatory for Human Rights based in Britain said 45 rebels died.",
        "45",
        "Syrian Observatory for Human Rights",
        "The Syrian Observatory for Human Rights",
    ),
    ("Rashid a doctor living in Tell Zafir said 2 shells fell.", "2", "Doctor", "a doctor"),
    (
        "A spokesman at the hospital in Tell Zafir in Idlib said 14 patients died.",
        "14",
        "Spokesman at the hospital in Tell Zafir",
        "A spokesman at the hospital in Tell Zafir",
    ),
    ("Jets killed 58 civilians in eastern Syria UNICEF said 25 were children.", "25", "UNICEF", "UNICEF"),
    (
        "A source at Hama province told reporters that 4 shells fell.",
        "4",
        "Source at Hama",
        "A source at Hama",
    ),
    # a counted noun is not the speaker
    (
        "Rebel fire killed 1102 people said the Observatory adding that 234 were children.",
        "1102",
        "Syrian Observatory for Human Rights",
        "the Observatory",
    ),
    # negatives: no claimant
    ("At least 14 people were killed in Kafr Nabal on Tuesday.", "14", None, None),
    ("Related Stories Airstrikes kill 6 in Tell Zafir.", "6", None, None),
    ("Bombing in Dar Salim killed 9 people and wounded dozens more.", "9", None, None),
    ("The shelling went on for 3 days near the border.", "3", None, None),
    ("Fighters took 5 hilltops, then the guns fell silent.", "5", None, None),
    ("He had walked 40 kilometres before dawn.", "40", None, None),
    ("The group claimed responsibility for the bombing that killed 17 people.", "17", None, None),
    (
        "An activist who spoke on condition of anonymity told Reuters that 300 men were executed.",
        "300",
        "Activist",
        "An activist",
    ),
]


@pytest.mark.parametrize(("text", "figure", "claimant", "surface"), ROWS)
def test_find_attribution(text: str, figure: str, claimant: str | None, surface: str | None) -> None:
    got = _attribute(text, figure)
    if claimant is None:
        assert got is None
        return
    assert got is not None
    assert got.claimant == claimant
    assert got.surface == surface
    if got.rule != "attribution:continuation":
        assert text[got.start : got.end] == surface


@pytest.mark.parametrize(
    ("text", "figure", "relay"),
    [
        (
            "Colonel General Boris Nalkin said jets flew 900 sorties, the Associated Press reported.",
            "900",
            "Associated Press",
        ),
        (
            "The head of the Tell Abyad council told Reuters on Friday that 3 brigades would join.",
            "3",
            "Reuters",
        ),
        ("Nalkin said jets flew 900 sorties.", "900", None),
    ],
)
def test_relay_is_not_the_claimant(text: str, figure: str, relay: str | None) -> None:
    got = _attribute(text, figure)
    assert got is not None
    assert got.relay == relay
    assert got.claimant not in ("Associated Press", "Reuters")


@pytest.mark.parametrize(
    ("text", "figure", "hedge"),
    [
        ("Activists said 12 fighters were reportedly executed.", "12", "reportedly"),
        ("Activists said 12 fighters were allegedly executed.", "12", "allegedly"),
        ("Unconfirmed reports said 12 fighters died, activists said.", "12", "unconfirmed"),
        ("Activists said 12 fighters are said to have died.", "12", "said to"),
        ("It is believed that 12 fighters died, activists said.", "12", "it is believed"),
        ("The Harmon Institute claimed 45 prisoners had been freed.", "45", "claimed"),
        ("Activists said 12 fighters died.", "12", None),
    ],
)
def test_hedges(text: str, figure: str, hedge: str | None) -> None:
    got = _attribute(text, figure)
    assert got is not None
    assert got.hedge == hedge


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("SOHR", "Syrian Observatory for Human Rights"),
        ("the Observatory", "Syrian Observatory for Human Rights"),
        ("the U.K.-based monitor", "Syrian Observatory for Human Rights"),
        ("the British-based Observatory", "Syrian Observatory for Human Rights"),
        ("the Britain-based war monitor", "Syrian Observatory for Human Rights"),
        ("the monitoring group", "Syrian Observatory for Human Rights"),
        ("Rami Abdurrahman", "Syrian Observatory for Human Rights"),
        ("Rami Abdel Rahman", "Syrian Observatory for Human Rights"),
        ("the head of the Observatory", "Syrian Observatory for Human Rights"),
        ("the Russian Defense Ministry", "Russian Ministry of Defence"),
        ("Russia's defence ministry", "Russian Ministry of Defence"),
        ("the Russian military", "Russian Ministry of Defence"),
        ("Syrian Civil Defence", "Syrian Civil Defence (White Helmets)"),
        ("civil defense", "Syrian Civil Defence (White Helmets)"),
        ("the state news agency", "SANA"),
        ("Agence France-Presse", "AFP"),
        ("the AP", "Associated Press"),
        ("Colonel General Boris Nalkin", "Boris Nalkin"),
        ("Harmon Front chief Sheikh Adel Maarouf", "Adel Maarouf"),
        ("local journalist Samir al-Tawil", "Samir al-Tawil"),
        ("the head of the Tell Abyad council", "Head of the Tell Abyad council"),
        ("the Syrian army", "Syrian army"),
        ("the Kurdish Red Crescent", "Kurdish Red Crescent"),
        ("the London Times", "London Times"),
        # possessives whose apostrophe was lost, roles of a known claimant
        ("Observatorys director", "Syrian Observatory for Human Rights"),
        ("Observatory director Rami Abdel Rahman", "Syrian Observatory for Human Rights"),
        ("Abdel Rahman", "Syrian Observatory for Human Rights"),
        ("SANAs correspondent in Hama", "SANA"),
        ("Syrias army", "Syrian army"),
        ("Russias defence ministry", "Russian Ministry of Defence"),
        ("the defence ministry in Moscow", "Russian Ministry of Defence"),
        ("Turkeys health ministry", "Turkish health ministry"),
        ("Syrias state-run news agency", "SANA"),
        ("Hama Governor Nadim Qaraa", "Nadim Qaraa"),
        ("Monitors", "Monitors"),
        ("Hamas spokesman", "Hamas spokesman"),
        ("Harmon Institute director", "Harmon Institute director"),
        ("Thomas", "Thomas"),
    ],
)
def test_canonical_claimant(name: str, canonical: str) -> None:
    assert canonical_claimant(name) == canonical


def test_claimant_key_is_case_insensitive() -> None:
    assert claimant_key("the SYRIAN ARMY") == claimant_key("Syrian army")
    assert claimant_key("Syrian army") != claimant_key("Syrian Observatory for Human Rights")
