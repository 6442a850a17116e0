import pytest

from crosscheck.extract.numbers.not_quantities import blocked_spans, plural_noun, reason_for
from crosscheck.extract.numbers.quantities import find_quantities


@pytest.mark.parametrize(
    "text",
    [
        "The offensive began in 2014.",
        "Fighting resumed in March 2011 near Kelvar.",
        "The report is dated 2017-08-25.",
        "01-10-2014 Twin car bombs",
        "It happened on Aug. 25th, 2017 at dawn.",
        "Talks resumed on January 24 in Maroth.",
        "The strike hit at 10:30 local time.",
        "Shelling stopped at 3 p.m. on the bridge.",
        "The 22nd amendment was cited.",
        "He served in the 2nd brigade.",
        "Call +44 20 7946 0000 for details.",
        "The TU22M3 bombers returned.",
        "The Su-35S jets escorted them.",
        "An F-16 was seen.",
        "The council passed Resolution 2254.",
        "It cited resolutions 2118 and 2235.",
        "Troops took points 856 and 866.",
        "You have commented 339 times.",
        "Listen live on 98.4 FM tonight.",
        "0 Comments",
        "He was one of the organisers.",
        "She was the one who called.",
        "No one answered the phone.",
        "They won 3-1 at home.",
        "Violence has persisted since 2014.",
        "Prices in the 1990s were lower.",
        "Troops moved into Section 427 at dawn.",
        "1 News - 1 eMovies - 1 Search",
        "He cited COVID-19 rules.",
    ],
)
def test_no_quantity(text: str) -> None:
    assert find_quantities(text) == [], [text[q.start : q.end] for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Officials said 2000 soldiers were deployed.", "2000"),  # a count, not a year
        ("In 2014, 30 people died.", "30"),
        ("one person was killed", "one"),
        ("Clashes on March 3 killed 12 people.", "12"),
        ("It rose 5% in 2018.", "5%"),
    ],
)
def test_quantity_survives_next_to_non_quantities(text: str, quote: str) -> None:
    assert [text[q.start : q.end] for q in find_quantities(text)] == [quote]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("On 2017-08-25 it ended", "date"),
        ("at 10:30 sharp", "clock_time"),
        ("the 3rd division", "ordinal"),
        ("Resolution 2254 says", "identifier"),
        ("tune in to 101.7 FM", "identifier"),
        ("0 Comments", "page_furniture"),
        ("dial (555) 123-4567 now", "phone"),
        ("Comments ... 016 Tags civilian deaths", "fragment"),
        ("agent 007 said", "fragment"),
    ],
)
def test_blocked_reasons(text: str, reason: str) -> None:
    assert reason in {r for _, _, r in blocked_spans(text, 0, len(text))}


@pytest.mark.parametrize(
    ("text", "start", "end", "kind", "reason"),
    [
        ("It began in 2014 and", 12, 16, "digits", "year"),
        ("He was one of them", 7, 10, "words", "pronoun_one"),
        ("Tied in Game 6 late", 13, 14, "digits", "identifier"),
        ("He saw 2000 soldiers", 7, 11, "digits", None),
        ("one person died", 0, 3, "words", None),
    ],
)
def test_reason_for(text: str, start: int, end: int, kind: str, reason: str | None) -> None:
    assert reason_for(text, start, end, kind, has_unit=False, has_qualifier=False) == reason


@pytest.mark.parametrize(
    ("word", "plural"),
    [("soldiers", True), ("people", True), ("was", False), ("bus", False), ("class", False)],
)
def test_plural_noun(word: str, plural: bool) -> None:
    assert plural_noun(word) is plural
