"""find_measure over invented sentences: the figure is marked {like this}; the rest is its sentence."""

from __future__ import annotations

import re

import pytest

from crosscheck.extract.measure.measure import Measure, find_measure, measure_event, measure_key
from crosscheck.extract.numbers.quantity_match import QuantityMatch

_QUALIFIERS = {"at least": "at_least", "more than": "more_than", "nearly": "nearly", "about": "about"}


def marked(sentence: str, unit: str | None = None, rate: str | None = None) -> tuple[str, QuantityMatch]:
    """The sentence without braces, and a QuantityMatch over the braced figure."""
    start = sentence.index("{")
    end = sentence.index("}") - 1
    text = sentence.replace("{", "").replace("}", "")
    figure = text[start:end]
    qualifier = next((q for p, q in _QUALIFIERS.items() if figure.lower().startswith(p)), "exact")
    if figure.lower() in {"dozens", "hundreds", "scores", "thousands", "several"}:
        qualifier = "vague"
    number = re.search(r"\d[\d,.]*|[A-Za-z-]+$", figure)
    assert number is not None
    n0, n1 = start + number.start(), start + number.end()
    match = QuantityMatch(start, end, None, None, None, qualifier, unit, "test", n0, n1, None, rate)  # type: ignore[arg-type]
    return text, match


def measure_of(sentence: str, unit: str | None = None, rate: str | None = None) -> Measure | None:
    text, match = marked(sentence, unit, rate)
    return find_measure(text, 0, len(text), match)


CASES = [
    # counted noun after the figure + event verb of the clause
    ("Jets of the Northern Fleet have flown {more than 600} missions over Valdoria.", "missions flown"),
    ("The strikes killed {300} IS militants near Tarvel.", "militants killed"),
    ("Pilots destroyed {25} armored vehicles and two depots.", "armored vehicles destroyed"),
    ("An air raid hit a convoy, killing {at least 55} militants and destroying trucks.", "militants killed"),
    ("{At least 28} Valdorian troops and allied fighters were killed in the assault.", "soldiers killed"),
    ("{At least 31} civilians, including 9 women and 14 children, were killed in Brena.", "civilians killed"),
    ("At least 31 civilians, including {9} women and 14 children, were killed in Brena.", "women killed"),
    ("At least 31 civilians, including 9 women and {14} children, were killed in Brena.", "children killed"),
    ("The army conducted {more than 30} airstrikes over the hills.", "air strikes"),
    ("The air force launched {nine} air raids on Monday.", "air strikes"),
    ("Witnesses counted {12} strikes on the market.", "air strikes"),
    ("The agency allowed {an estimated 15,000} trapped civilians to leave.", "civilians trapped"),
    ("{Seven} people were killed and four wounded in Ostra.", "people killed"),
    ("Seven people were killed and {four} wounded in Ostra.", "people injured"),
    ("Seven people died and {three} more were injured.", "people injured"),
    ("{Nine} residents lost their lives in the fire.", "people killed"),
    ("The blast injured {dozens} in the square.", "people injured"),
    ("Shelling on Tuesday killed {eleven} and wounded 40.", "people killed"),
    ("Shelling on Tuesday killed eleven and wounded {40}.", "people injured"),
    ("The bombing killed five people and wounded {another 30}.", "people injured"),
    ("{18} were killed or wounded in the ambush.", "people killed or injured"),
    ("The raid caused {40} casualties, medics said.", "people killed or injured"),
    ("Police said {16} dead and dozens wounded were taken to hospital.", "people killed"),
    ("The attack left {21} people dead, a monitor said.", "people killed"),
    ("Loyalist forces detained {120} men in the sweep.", "men arrested"),
    ("{2,500} families were displaced by the fighting.", "families displaced"),
    ("{Six} rebels were captured near the bridge.", "rebels captured"),
    ("The group executed {40} members of a local clan.", "people executed"),
    ("{Thirty} opposition fighters and 12 soldiers died in the clashes.", "rebels killed"),
    ("{Eight} medics were killed when the clinic was hit.", "medical staff killed"),
    ("Rescuers pulled {14} bodies from the rubble.", "bodies recovered"),
    # toll nouns before the figure
    ("The death toll from the bombing rose to {45}.", "people killed"),
    ("The number of wounded reached {50} by evening.", "people injured"),
    ("A local reporter placed the death toll at {60}.", "people killed"),
    ("Casualty figures put the number of casualties at {85}.", "people killed or injured"),
    # partitives and parts
    ("{Ten} of the dead were children, the hospital said.", "children killed"),
    ("{Six} of the wounded were in critical condition.", "people critically injured"),
    ("Five people, {two} of them children, died in the blast.", "children killed"),
    ("{Four} children were among the dead.", "children killed"),
    ("The strike killed 40 people, including {a dozen} women.", "women killed"),
    # sides of fighters
    ("{22} ISIS fighters surrendered to the Kurdish units.", "militants surrendered"),
    ("{15} regime and 20 rebel fighters have been killed.", "soldiers killed"),
    ("15 regime and {20} rebel fighters have been killed.", "rebels killed"),
    ("{At least 40} regime and rebel fighters have been killed.", "soldiers and rebels killed"),
    ("{35} members of government forces were killed in the ambush.", "soldiers killed"),
    # weapons default to fired
    ("The navy fired {26} cruise missiles at the base.", "cruise missiles fired"),
    ("{Five} rockets landed near the airport.", "rockets fired"),
    ("Air defences intercepted {eight} missiles over the port.", "missiles intercepted"),
    # negatives: nothing countable a fact-checker would cross-check
    ("The war began in {2012} and has not ended.", None),
    ("{One} report says the talks failed.", None),
    ("The envoy met {three} times with the minister.", None),
    ("The minister said {two} and then left.", None),
    ("Before the war the city had a population of {211,000}.", "population"),
    ("{4} Civilians Killed 15 Injured in Rocket Attack on Ostra", "civilians killed"),
    ("Rebel shelling hit the market, leaving {eight} people injured, a source said.", "people injured"),
    ("Among the dead were {seven} people killed as they queued for bread.", "people killed"),
    ("The siege has cost the lives of {136} civilians since May.", "civilians killed"),
    ("Medics saved the lives of {30} people.", "people rescued"),
    ("Gunmen killed {12} soldiers at a checkpoint.", "soldiers killed"),
    ("{Three} gunmen killed 12 soldiers at a checkpoint.", "militants"),
    ("The army took control over {three} positions on Saturday.", "positions captured"),
    ('Officials fear "{hundreds}" more were hurt.', "people injured"),
    # "Of the N <event>, M were <group>": the group is the predicate, the event the whole's
    ("Of the 40 wounded, {12} were children.", "children injured"),
    ("Of the 30 people killed, {9} were women.", "women killed"),
    ("Of the 12 buses, {3} were damaged.", None),
    # headlines list figures without "and"; the event after the last one is shared
    ("{40} Civilians 25 Fighters Killed in Ostra", "civilians killed"),
    ("{40} Civilians Live in 25 Houses", "civilians"),
    # a participle before a noun describes the noun, not the figure's clause
    ("Buses carrying {300} people left the besieged towns.", "people"),
    ("Buses carrying {300} people were trapped in the towns.", "people trapped"),
    # bare vague plurals
    ("The attack also injured {dozens}.", "people injured"),
    ("Nine were killed and {dozens} wounded.", "people injured"),
    # a figure that completes a toll's predicate counts what the toll counts
    ("The death toll rose to {12} people in addition to 200 others injured.", "people killed"),
    ("The death toll in Ostra has reached {20} people and dozens of others were hurt.", "people killed"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_measure(sentence: str, expected: str | None) -> None:
    found = measure_of(sentence)
    assert (found.name if found else None) == expected, found


UNIT_CASES = [
    (
        "The army captured {more than 150 square kilometres} from the militants.",
        "km2",
        None,
        "territory captured",
    ),
    ("He said {30 square kilometres} remained under militant control.", "km2", None, "territory held"),
    ("The town lies {about 90 kilometres} east of the capital.", "km", None, "distance"),
    (
        "Government troops have seized {more than 70 percent} of the city.",
        "percent",
        None,
        "percent of city controlled",
    ),
    (
        "Inside the town, the army has liberated {half percent} of it.",
        "percent",
        None,
        "percent of town controlled",
    ),
    ("Bombers are making {40 to 50} sorties a day over the valley.", None, "day", "missions flown per day"),
    ("Jets are making {20} flights a day.", None, "day", "flights per day"),
    ("Prices rose by {5 percent} last year.", "percent", None, None),
    # a span of time that names nothing that lasted counts no one
    ("The death toll in the past {24 hours} has reached 20 people.", "hour", None, None),
    ("In the past {24 hours}, the toll rose to 20.", "hour", None, None),
    ("Troops broke a {three-year} siege of the city.", "year", None, "siege duration"),
]


@pytest.mark.parametrize(("sentence", "unit", "rate", "expected"), UNIT_CASES)
def test_find_measure_units(sentence: str, unit: str | None, rate: str | None, expected: str | None) -> None:
    found = measure_of(sentence, unit, rate)
    assert (found.name if found else None) == expected


QUOTE_CASES = [
    ("The strikes killed {at least 70} militants in Tarvel.", "at least 70 militants"),
    ("Jets have flown {more than 900} missions so far.", "more than 900 missions"),
    ("Jets are making {60 to 70} flights a day over the city.", "60 to 70 flights a day"),
    ("{14} of the dead were rebels.", "14 of the dead"),
    ("The blast injured {dozens} in the square.", "dozens"),
]


@pytest.mark.parametrize(("sentence", "quote"), QUOTE_CASES)
def test_noun_span_makes_the_quote(sentence: str, quote: str) -> None:
    text, match = marked(sentence, rate="day" if "a day" in sentence else None)
    found = find_measure(text, 0, len(text), match)
    end = found.noun_end if found and found.noun_end else match.end
    assert text[match.start : end] == quote


def test_measure_respects_sentence_bounds() -> None:
    text = "Officials gave no figure. {Twelve} houses burned. Six people were killed."
    clean, match = marked(text)
    first_end = clean.index("burned.") + len("burned.")
    found = find_measure(clean, clean.index("Twelve"), first_end, match)
    assert found is not None and found.name == "buildings"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("IS militants killed", "jihadists killed"),
        ("regime fighters killed", "soldiers killed"),
        ("opposition fighters killed", "rebels killed"),
        ("people killed (mostly rebel fighters)", "people killed"),
        ("government forces and allied fighters killed", "soldiers killed"),
        ("airstrikes", "air strikes"),
        ("dead", "people killed"),
    ],
)
def test_measure_key_equal(a: str, b: str) -> None:
    assert measure_key(a) == measure_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("people killed", "people injured"),
        ("people killed", "people killed or injured"),
        ("civilians killed", "people killed"),
        ("children killed", "women killed"),
        ("flights", "flights per day"),
        ("missions flown", "flights"),
    ],
)
def test_measure_key_different(a: str, b: str) -> None:
    assert measure_key(a) != measure_key(b)


@pytest.mark.parametrize(
    ("name", "event"),
    [("civilians killed", "killed"), ("people killed or injured", "killed or injured"), ("air strikes", None),
     ("flights per day", None), ("armored vehicles destroyed", "destroyed"), (None, None)],
)  # fmt: skip
def test_measure_event(name: str | None, event: str | None) -> None:
    assert measure_event(name) == event
