from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.compare import compare_claims
from crosscheck.model import Claim, TimeSpan
from tests.compare.compare_kit import DAY, SETTINGS, article, claim

NEXT = date(2024, 3, 3)
LATER = date(2024, 3, 5)
UPDATING = article(
    "The attack killed 126 people, the monitor said, updating a previous toll of 112 dead.", published=NEXT
)
SIEGES = article("Troops broke a three-year siege. The nearly three-year siege had starved the city.")
HEADLINED = article("Strikes kill 18 civilians. At least 18 civilians were killed on Saturday.")

TWO_CLAIMANTS = article(
    "The ministry said 8 people were killed in Harlow. The Caspar Monitoring Group said 15 people died."
)


def said(first: int, by: str, second: int, second_by: str, second_published: date = DAY) -> list[Claim]:
    """Two outlets' figures of people injured, each attributed."""
    text = "{} said {} people were injured."
    return [
        claim(text.format(by, first), str(first), value=first, by=by, measure="people injured"),
        claim(
            text.format(second_by, second),
            str(second),
            value=second,
            outlet="Northern Wire",
            by=second_by,
            measure="people injured",
            published=second_published,
        ),
    ]


CASES = [
    # (case id, claims, expected verdict)
    (
        "floor-rises-next-day",
        [
            claim("At least 20 civilians were killed.", "At least 20", "at_least", 20),
            claim(
                "At least 40 civilians were killed.",
                "At least 40",
                "at_least",
                40,
                outlet="Northern Wire",
                published=date(2024, 3, 3),
            ),
        ],
        "update",
    ),
    (
        "exact-equal",
        [
            claim("Shelling killed 12 people in Harlow.", "12 people", value=12),
            claim("Twelve dead: 12 people died in Harlow.", "12 people", value=12, outlet="Northern Wire"),
        ],
        "agree",
    ),
    (
        "one-outlet-headline-and-body",
        [
            claim(HEADLINED, "18 civilians", value=18),
            claim(HEADLINED, "18 civilians", value=18, occurrence=1),
        ],
        "single",
    ),
    (
        "rounded-1000-vs-1020",
        [
            claim("Some 1,000 people fled Ostrava.", "1,000", value=1000, measure="people displaced"),
            claim(
                "1,020 people fled Ostrava.",
                "1,020",
                value=1020,
                outlet="Northern Wire",
                measure="people displaced",
            ),
        ],
        "agree",
    ),
    ("one-claimant-relayed-apart-the-same-day", said(30, "state TV", 32, "state TV"), "contradict"),
    ("two-claimants-apart", said(30, "state TV", 32, "the monitor"), "contradict"),
    (
        "one-claimant-revised-down-the-next-day",
        said(40, "the ministry", 12, "the ministry", NEXT),
        "compatible",
    ),
    ("one-claimant-rose-the-next-day", said(12, "the ministry", 40, "the ministry", NEXT), "update"),
    (
        "precise-45-vs-46",
        [
            claim("The raid killed 45 people.", "45", value=45),
            claim("The raid killed 46 people.", "46", value=46, outlet="Northern Wire"),
        ],
        "contradict",
    ),
    (
        "precise-20-vs-21",
        [
            claim("The raid killed 20 people.", "20", value=20),
            claim("The raid killed 21 people.", "21", value=21, outlet="Northern Wire"),
        ],
        "contradict",
    ),
    (
        "exact-vs-at-least-same",
        [
            claim("14 of the dead were fighters.", "14", value=14),
            claim(
                "At least 14 of the dead were fighters.",
                "At least 14",
                "at_least",
                14,
                outlet="Northern Wire",
            ),
        ],
        "agree",
    ),
    (
        "at-least-vs-at-least-same",
        [
            claim("At least 12 civilians were killed.", "At least 12", "at_least", 12),
            claim("At least 12 civilians died.", "At least 12", "at_least", 12, outlet="Northern Wire"),
        ],
        "agree",
    ),
    (
        "more-than-40-vs-40",
        [
            claim(
                "More than 40 people were wounded.", "More than 40", "more_than", 40, measure="people injured"
            ),
            claim(
                "40 people were wounded.", "40", value=40, outlet="Northern Wire", measure="people injured"
            ),
        ],
        "compatible",  # apart only by the open bound: no reader calls that a contradiction
    ),
    (
        "at-least-20-vs-25",
        [
            claim("At least 20 people were killed.", "At least 20", "at_least", 20),
            claim("25 people were killed.", "25", value=25, outlet="Northern Wire"),
        ],
        "compatible",
    ),
    (
        "at-least-17-vs-at-least-20",
        [
            claim("At least 17 people were killed.", "At least 17", "at_least", 17),
            claim("At least 20 people were killed.", "At least 20", "at_least", 20, outlet="Northern Wire"),
        ],
        "compatible",
    ),
    (
        "dozens-vs-50",
        [
            claim("Dozens were wounded.", "Dozens", "vague", low=24, measure="people injured"),
            claim("50 were wounded.", "50", value=50, outlet="Northern Wire", measure="people injured"),
        ],
        "compatible",
    ),
    (
        "dozens-vs-12-loose-wording-refutes-nothing",
        [
            claim("Dozens were wounded.", "Dozens", "vague", low=24, measure="people injured"),
            claim("12 were wounded.", "12", value=12, outlet="Northern Wire", measure="people injured"),
        ],
        "compatible",
    ),
    (
        "headline-figure-read-with-the-body-hedge",
        [
            claim(HEADLINED, "18 civilians", value=18, measure="civilians killed"),
            claim(HEADLINED, "At least 18 civilians", "at_least", value=18, measure="civilians killed"),
            claim(
                "Twenty-six civilians were killed.",
                "Twenty-six civilians",
                value=26,
                outlet="Northern Wire",
                measure="civilians killed",
            ),
        ],
        "compatible",
    ),
    (
        "an-approximation-is-no-bound-to-read-a-bare-figure-with",
        [
            claim(SIEGES, "three-year siege", value=3, measure="siege duration"),
            claim(SIEGES, "nearly three-year siege", "nearly", value=3, measure="siege duration"),
        ],
        "compatible",
    ),
    (
        "headline-figure-alone-stays-exact",
        [
            claim("Strikes kill 18 civilians", "18 civilians", value=18, measure="civilians killed"),
            claim(
                "Twenty-six civilians were killed.",
                "Twenty-six civilians",
                value=26,
                outlet="Northern Wire",
                measure="civilians killed",
            ),
        ],
        "contradict",
    ),
    (
        "floor-said-earlier-rose",
        [
            claim(
                "SANA reported earlier that at least one person was killed.",
                "at least one person",
                "at_least",
                value=1,
                measure="people killed",
            ),
            claim(
                "At least nine people were killed.",
                "At least nine people",
                "at_least",
                value=9,
                outlet="Northern Wire",
                measure="people killed",
            ),
        ],
        "update",
    ),
    (
        "same-day-counts-of-a-toll-still-rising",
        [
            claim("The monitor counted 24 dead.", "24 dead", value=24, by="SOHR"),
            claim("The bombing killed 43 people.", "43 people", value=43, outlet="Northern Wire"),
            claim("The toll reached 112 dead.", "112 dead", value=112, outlet="Eastern Post", published=NEXT),
        ],
        "update",
    ),
    (
        "same-day-counts-without-a-later-rise-contradict",
        [
            claim("The monitor counted 24 dead.", "24 dead", value=24, by="SOHR"),
            claim("The bombing killed 43 people.", "43 people", value=43, outlet="Northern Wire"),
        ],
        "contradict",
    ),
    (
        "previous-toll-named-in-the-same-sentence",
        [
            claim(UPDATING, "126 people", value=126, by="SOHR"),
            claim(UPDATING, "112 dead", value=112, by="SOHR"),
            claim("The monitor counted 24 dead.", "24 dead", value=24, outlet="Northern Wire", by="SOHR"),
        ],
        "update",
    ),
    (
        "a-wider-group-holds-the-smaller",
        [
            claim("Strikes killed 19 civilians.", "19 civilians", value=19, measure="civilians killed"),
            claim("Strikes killed 23 people.", "23 people", value=23, outlet="Northern Wire", published=NEXT),
        ],
        "compatible",
    ),
    (
        "a-smaller-group-above-the-wider-contradicts",
        [
            claim("Strikes killed 30 civilians.", "30 civilians", value=30, measure="civilians killed"),
            claim("Strikes killed 23 people.", "23 people", value=23, outlet="Northern Wire"),
        ],
        "contradict",
    ),
    (
        "children-within-civilians",
        [
            claim("Strikes killed 9 children.", "9 children", value=9, measure="children killed"),
            claim(
                "Strikes killed 14 civilians.",
                "14 civilians",
                value=14,
                outlet="Northern Wire",
                measure="civilians killed",
            ),
        ],
        "compatible",
    ),
    (
        "floors-without-wording-compatible",
        [
            claim(
                "At least one person was killed.",
                "At least one person",
                "at_least",
                value=1,
                measure="people killed",
            ),
            claim(
                "At least nine people were killed.",
                "At least nine people",
                "at_least",
                value=9,
                outlet="Northern Wire",
                measure="people killed",
            ),
        ],
        "compatible",
    ),
    (
        "dozens-vs-dozens",
        [
            claim("Dozens were wounded.", "Dozens", "vague", low=24, measure="people injured"),
            claim(
                "Dozens more were hurt.",
                "Dozens",
                "vague",
                low=24,
                outlet="Northern Wire",
                measure="people injured",
            ),
        ],
        "agree",
    ),
    (
        "nearly-3-vs-3-years",
        [
            claim(
                "The siege lasted nearly three years.", "nearly three", "nearly", 3, measure="siege length"
            ),
            claim(
                "The siege lasted three years.",
                "three",
                value=3,
                outlet="Northern Wire",
                measure="siege length",
            ),
        ],
        "compatible",
    ),
    (
        "ranges-overlap",
        [
            claim("Between 10 and 20 died.", "Between 10 and 20", "range", low=10, high=20),
            claim(
                "Between 15 and 25 died.",
                "Between 15 and 25",
                "range",
                low=15,
                high=25,
                outlet="Northern Wire",
            ),
        ],
        "compatible",
    ),
    (
        "ranges-equal",
        [
            claim("Between 10 and 20 died.", "Between 10 and 20", "range", low=10, high=20),
            claim("From 10 to 20 died.", "From 10 to 20", "range", low=10, high=20, outlet="Northern Wire"),
        ],
        "agree",
    ),
    (
        "ranges-disjoint",
        [
            claim("Between 10 and 20 died.", "Between 10 and 20", "range", low=10, high=20),
            claim(
                "Between 30 and 40 died.",
                "Between 30 and 40",
                "range",
                low=30,
                high=40,
                outlet="Northern Wire",
            ),
        ],
        "contradict",
    ),
    (
        "about-200-vs-210",
        [
            claim("About 200 people were arrested.", "About 200", "about", 200, measure="people arrested"),
            claim(
                "210 people were arrested.",
                "210",
                value=210,
                outlet="Northern Wire",
                measure="people arrested",
            ),
        ],
        "agree",
    ),
    (
        "about-200-vs-218",
        [
            claim("About 200 people were arrested.", "About 200", "about", 200, measure="people arrested"),
            claim(
                "218 people were arrested.",
                "218",
                value=218,
                outlet="Northern Wire",
                measure="people arrested",
            ),
        ],
        "compatible",
    ),
    (
        "about-200-vs-260",
        [
            claim("About 200 people were arrested.", "About 200", "about", 200, measure="people arrested"),
            claim(
                "260 people were arrested.",
                "260",
                value=260,
                outlet="Northern Wire",
                measure="people arrested",
            ),
        ],
        "contradict",
    ),
    (
        "at-most-vs-below",
        [
            claim("As many as 30 people died.", "As many as 30", "at_most", 30),
            claim("25 people died.", "25", value=25, outlet="Northern Wire"),
        ],
        "compatible",
    ),
    (
        "at-most-vs-same",
        [
            claim("As many as 300 people died.", "As many as 300", "at_most", 300),
            claim("300 people died.", "300", value=300, outlet="Northern Wire"),
        ],
        "agree",
    ),
    (
        "at-most-vs-above",
        [
            claim("As many as 30 people died.", "As many as 30", "at_most", 30),
            claim("45 people died.", "45", value=45, outlet="Northern Wire"),
        ],
        "contradict",
    ),
    (
        "less-than-10-vs-10",
        [
            claim("Fewer than 10 people died.", "Fewer than 10", "less_than", 10),
            claim("10 people died.", "10", value=10, outlet="Northern Wire"),
        ],
        "compatible",
    ),
    (
        "update-by-date",
        [
            claim("20 people were killed.", "20", value=20, as_of=DAY),
            claim(
                "35 people were killed.", "35", value=35, outlet="Northern Wire", published=NEXT, as_of=NEXT
            ),
        ],
        "update",
    ),
    (
        "update-by-publication",
        [
            claim("20 people were killed.", "20", value=20),
            claim("35 people were killed.", "35", value=35, outlet="Northern Wire", published=NEXT),
        ],
        "update",
    ),
    (
        "update-by-wording",
        [
            claim("The raid killed 12 people.", "12", value=12),
            claim("The death toll rose to 20 people.", "20", value=20, outlet="Northern Wire"),
        ],
        "update",
    ),
    (
        "update-lower-bounds-rising-over-days",
        [
            claim("At least 20 were killed.", "At least 20", "at_least", 20, as_of=DAY),
            claim(
                "At least 35 were killed.", "At least 35", "at_least", 35, outlet="Northern Wire", as_of=LATER
            ),
        ],
        "update",
    ),
    (
        "later-decrease-is-contradiction",
        [
            claim("35 people were killed.", "35", value=35, as_of=DAY),
            claim(
                "20 people were killed.", "20", value=20, outlet="Northern Wire", published=NEXT, as_of=NEXT
            ),
        ],
        "contradict",
    ),
    (
        "later-rise-of-non-cumulative-measure",
        [
            claim("10 air strikes hit the town.", "10", value=10, as_of=DAY, measure="air strikes"),
            claim(
                "20 air strikes hit the town.", "20", value=20, as_of=NEXT, measure="air strikes", outlet="NW"
            ),
        ],
        "contradict",
    ),
    (
        "wording-of-another-claimant-is-no-update",
        [
            claim("The ministry said 20 people were killed.", "20", value=20, by="the ministry"),
            claim("The monitor later said 31 were killed.", "31", value=31, by="the monitor", outlet="NW"),
        ],
        "contradict",
    ),
    (
        "same-claimant-later-said-is-update",
        [
            claim("The monitor said 20 people were killed.", "20", value=20, by="the monitor"),
            claim("The monitor later said 31 were killed.", "31", value=31, by="the monitor", outlet="NW"),
        ],
        "update",
    ),
    (
        "two-claimants-one-article",
        [
            claim(TWO_CLAIMANTS, "8 people", value=8, by="the ministry"),
            claim(TWO_CLAIMANTS, "15 people", value=15, by="Caspar Monitoring Group"),
        ],
        "contradict",
    ),
    (
        "three-claims-one-conflicts",
        [
            claim("12 people were killed.", "12", value=12),
            claim("12 people died.", "12", value=12, outlet="Northern Wire"),
            claim("30 people died.", "30", value=30, outlet="Eastern Post"),
        ],
        "contradict",
    ),
    ("single", [claim("12 people were killed.", "12", value=12)], "single"),
    (
        "no-number-is-single",
        [
            claim("12 people were killed.", "12", value=12),
            claim("Many people were killed.", "Many", "vague", outlet="Northern Wire"),
        ],
        "single",
    ),
]


@pytest.mark.parametrize(("claims", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_verdict(claims, expected):
    result = compare_claims(claims, SETTINGS)
    assert result.verdict == expected, result.explanation
    assert result.rule.startswith(f"compare:{expected}")


@pytest.mark.parametrize(
    ("rounding_tolerance", "expected"), [(0.05, "agree"), (0.01, "contradict"), (0.0, "contradict")]
)
def test_rounding_tolerance_comes_from_settings(rounding_tolerance, expected):
    from dataclasses import replace

    claims = [
        claim("Some 1,000 people fled.", "1,000", value=1000, measure="people displaced"),
        claim("1,030 people fled.", "1,030", value=1030, outlet="Northern Wire", measure="people displaced"),
    ]
    settings = replace(SETTINGS, rounding_tolerance=rounding_tolerance, absolute_tolerance=0.0)
    assert compare_claims(claims, settings).verdict == expected


def test_contradiction_explanation_names_figures_outlets_dates_and_claimants():
    claims = [
        claim("Some 12 civilians were killed.", "12 civilians", value=12, by="Caspar Monitoring Group"),
        claim("8 civilians were killed.", "8 civilians", value=8, outlet="Northern Wire"),
    ]
    text = compare_claims(claims, SETTINGS).explanation
    for part in ("'12 civilians'", "'8 civilians'", "Valley Courier", "Northern Wire", "2024-03-02"):
        assert part in text
    assert "per Caspar Monitoring Group" in text
    assert "[8, 8]" in text and "[12, 12]" in text


def test_three_claims_explanation_names_the_conflicting_pair():
    claims = CASES[[c[0] for c in CASES].index("three-claims-one-conflicts")][1]
    text = compare_claims(claims, SETTINGS).explanation
    assert "'12'" in text and "'30'" in text and "Eastern Post" in text


def test_one_claimants_figures_of_two_days_are_said_to_be_its_own_revision():
    result = compare_claims(said(30, "state TV", 12, "state TV", NEXT), SETTINGS)
    assert result.verdict == "compatible" and result.rule == "compare:compatible(one-claimant)"
    assert "come from one claimant (state TV) at different times" in result.explanation
    assert "'30'" in result.explanation and "'12'" in result.explanation


def test_update_explanation_names_earlier_and_later():
    claims = CASES[[c[0] for c in CASES].index("update-by-date")][1]
    text = compare_claims(claims, SETTINGS).explanation
    assert "'20'" in text and "'35'" in text and "2024-03-03" in text


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("later-rise-of-non-cumulative-measure", "not cumulative"),
        ("later-decrease-is-contradiction", "later figure is the lower one"),
        ("precise-45-vs-46", "same time"),
    ],
)
def test_contradiction_explanation_says_why(case, words):
    claims = CASES[[c[0] for c in CASES].index(case)][1]
    assert words in compare_claims(claims, SETTINGS).explanation


def test_compatible_explanation_gives_the_common_values():
    claims = CASES[[c[0] for c in CASES].index("at-least-20-vs-25")][1]
    assert "the value 25 fits every claim" in compare_claims(claims, SETTINGS).explanation


def test_a_contradiction_reports_the_widest_dated_conflict_and_any_update_beside_it():
    later = date(2024, 3, 3)
    claims = [
        claim("The governor said 12 people died.", "12", value=12, by="Governor", outlet="Radio Caspar"),
        claim("The council said 40 people died.", "40", value=40, by="Council", outlet="Northern Wire"),
        claim("The monitor counted 14 dead.", "14", value=14, by="Monitor", outlet="Eastern Post"),
        claim("The toll rose to 31.", "31", value=31, by="Monitor", outlet="Seyran Today", published=later),
    ]
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == "contradict"
    head, also = found.explanation.split(" Also an update: ")
    assert "'12'" in head and "'40'" in head
    assert "'14'" in also and "'31'" in also and "2024-03-03" in also


def test_a_vague_amount_does_not_hide_a_rising_toll():
    later = date(2024, 3, 3)
    claims = [
        claim("Hundreds were killed, activists said.", "Hundreds", "vague", low=200, measure="people killed"),
        claim("At least 20 people were killed.", "At least 20", "at_least", 20, outlet="Northern Wire"),
        claim(
            "At least 35 people were killed.",
            "At least 35",
            "at_least",
            35,
            outlet="Eastern Post",
            published=later,
        ),
    ]
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == "update"
    assert "'At least 20'" in found.explanation and "'At least 35'" in found.explanation


def test_a_figure_called_the_previous_toll_is_the_earlier_one():
    claims = [
        claim("The previous death toll was 20, the agency said.", "20", value=20),
        claim("At least 43 people were killed in the blast.", "43", "at_least", 43, outlet="Northern Wire"),
    ]
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == "update"
    assert "earlier toll" in found.explanation


def test_a_floor_above_a_same_day_count_is_a_rising_toll_not_a_contradiction():
    claims = [
        claim("The ministry said one person was killed.", "one", value=1, by="Interior ministry"),
        claim("At least nine people were killed.", "At least nine", "at_least", 9, outlet="Northern Wire"),
    ]
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == "update" and "a count still rising" in found.explanation
    exact = [claims[0], claim("Nine people were killed.", "Nine", value=9, outlet="Northern Wire")]
    assert compare_claims(exact, SETTINGS).verdict == "contradict"


@pytest.mark.parametrize(
    ("sentence", "rose"),
    [
        ("The death toll rose to 31.", True),
        ("The monitor gave an updated toll of 31.", True),
        ("Last updated at Apr 152017 A bomb killed 43 people.", False),
        ("19.07.2016(updated 1457 19.07.2016) Over 100 civilians died.", False),
    ],
)
def test_rise_wording_is_not_a_page_stamp(sentence: str, rose: bool) -> None:
    from crosscheck.compare.timing import says_rose

    assert says_rose(sentence) is rose


def test_a_period_holding_the_other_figures_day_does_not_order_them() -> None:
    """ "late Monday" is read as Monday to Tuesday: beside a figure of Monday, the dates do not say which
    came first, and the one whose sentence says the toll was updated is the later."""
    from crosscheck.compare.timing import later
    from crosscheck.model import TimeSpan

    late = replace(
        claim("25 were wounded late Monday.", "25", value=25, measure="people injured"),
        time=TimeSpan(DAY, NEXT, "late Monday"),
    )
    updated = claim(
        "A medical source gave the updated toll: 100 wounded.",
        "100",
        value=100,
        measure="people injured",
        outlet="Northern Wire",
        as_of=DAY,
    )
    assert later(updated, late) == (True, "rise-wording")
    assert compare_claims([late, updated], SETTINGS).verdict == "update"
    next_day = claim("100 were wounded.", "100", value=100, measure="people injured", as_of=LATER)
    assert later(next_day, late) == (True, "later-date")


@pytest.mark.parametrize(
    ("text", "quote", "earlier"),
    [
        ("Earlier five civilians were killed and 27 others were injured in the park.", "27", True),
        ("Earlier, the monitor said 12 people had died.", "12", True),
        ("Earlier, the monitor said 12 died, but it now counts 20.", "20", False),
        ("According to earlier information, 5 people were killed and 46 others were injured.", "46", True),
        ("The previous toll of 112 has risen to 126.", "126", False),
        ("The previous toll of 112 has risen to 126.", "112", True),
        ("Earlier this week 30 people were killed.", "30", False),
        ("Rockets killed 126, up from a previous toll of 112.", "126", False),
    ],
)
def test_wording_that_calls_a_figure_earlier(text: str, quote: str, earlier: bool) -> None:
    from crosscheck.compare.timing import called_earlier

    assert called_earlier(claim(text, quote)) is earlier


def test_a_wider_group_explanation_says_which_figure_holds_which() -> None:
    claims = [
        claim("Strikes killed 19 civilians.", "19 civilians", value=19, measure="civilians killed"),
        claim("Strikes killed 23 people.", "23 people", value=23, outlet="Northern Wire"),
    ]
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == "compatible"
    assert "23 people killed may hold 19 civilians killed" in found.explanation


RAIDS = article("Air raids kill 19 in Raqqa. At least 19 militants were killed in the raids on Sunday.")
THIRTY_ONE_MILITANTS = claim(
    "The raids killed 31 militants.",
    "31 militants",
    value=31,
    outlet="Eastern Post",
    measure="militants killed",
)
BOUND_ACROSS_GROUP_WORDS = [
    # (case id, claims, expected verdict): one article's bound read across the words that name its group
    (
        "headline-figure-takes-the-body-bound-for-another-group-word",
        [
            claim(RAIDS, "19", value=19, measure="people killed"),
            claim(RAIDS, "At least 19 militants", "at_least", 19, measure="militants killed"),
            THIRTY_ONE_MILITANTS,
        ],
        "compatible",
    ),
    (
        "no-bound-taken-from-another-article",
        [
            claim("Air raids kill 19 in Raqqa.", "19", value=19, measure="people killed"),
            claim(
                "At least 19 militants were killed.",
                "At least 19 militants",
                "at_least",
                19,
                outlet="Northern Wire",
                measure="militants killed",
            ),
            THIRTY_ONE_MILITANTS,
        ],
        "contradict",
    ),
    (
        "no-bound-taken-from-another-kind-of-count",
        [
            claim(
                article("Air raids wound 19 in Raqqa. At least 19 militants were killed in the raids."),
                "19",
                value=19,
                measure="people injured",
            ),
            claim(
                "Nine people were wounded.", "Nine", value=9, outlet="Eastern Post", measure="people injured"
            ),
        ],
        "contradict",
    ),
]


@pytest.mark.parametrize(
    ("claims", "expected"),
    [c[1:] for c in BOUND_ACROSS_GROUP_WORDS],
    ids=[c[0] for c in BOUND_ACROSS_GROUP_WORDS],
)
def test_an_articles_bound_holds_across_the_words_for_its_group(claims, expected):
    assert compare_claims(claims, SETTINGS).verdict == expected


EARLIER_ROUNDUP = article(
    "Terrorists fired shells on Manyan market, injuring three people. Earlier the source said rocket shells"
    " landed in al-Jamiliyeh, leaving five people injured.",
    outlet="Eastern Post",
    published=NEXT,
)
SAME_DAY_ROUNDUP = replace(EARLIER_ROUNDUP, published=DAY)
THREE_INJURED = claim(
    "Shells on Manyan market injured three people.", "three people", value=3, measure="people injured"
)
THREE_INJURED_ON_THE_DAY = replace(THREE_INJURED, time=TimeSpan(DAY, DAY))
CALLED_EARLIER = [
    # (case id, claims, expected verdict): a figure its own article places earlier is no claim it stands by
    (
        "a-figure-called-earlier-is-not-set-against-another-outlets",
        [
            THREE_INJURED_ON_THE_DAY,
            claim(EARLIER_ROUNDUP, "five people", value=5, by="Source", measure="people injured"),
        ],
        "compatible",
    ),
    (
        "a-figure-called-earlier-the-same-day-is-not-set-against-another-outlets",
        [
            THREE_INJURED,
            claim(SAME_DAY_ROUNDUP, "five people", value=5, by="Source", measure="people injured"),
        ],
        "compatible",
    ),
    (
        "the-same-figure-not-called-earlier-contradicts",
        [
            THREE_INJURED_ON_THE_DAY,
            claim(
                "Rocket shells left five people injured on Monday.",
                "five people",
                value=5,
                by="Source",
                outlet="Eastern Post",
                measure="people injured",
            ),
        ],
        "contradict",
    ),
    (
        "a-lower-figure-called-earlier-still-makes-an-update",
        [
            claim("The previous death toll was 20, the agency said.", "20", value=20),
            claim(
                "At least 43 people were killed in the blast.", "43", "at_least", 43, outlet="Northern Wire"
            ),
        ],
        "update",
    ),
    (
        "a-claimants-initial-toll-is-the-earlier-end-of-an-update",
        [
            claim(
                "The strikes were reported on Saturday with an initial death toll of 47.",
                "47",
                value=47,
                by="Syrian Observatory for Human Rights",
                published=LATER,
            ),
            claim(
                "The toll reached 82 people, the Observatory said.",
                "82 people",
                value=82,
                by="SOHR",
                outlet="Northern Wire",
                as_of=NEXT,
                published=NEXT,
            ),
        ],
        "update",
    ),
]


@pytest.mark.parametrize(
    ("claims", "expected"), [c[1:] for c in CALLED_EARLIER], ids=[c[0] for c in CALLED_EARLIER]
)
def test_a_figure_its_article_places_earlier(claims, expected):
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == expected
    if expected == "compatible":
        assert "places earlier" in found.explanation and "'five people'" in found.explanation


def strikes(sentence: str, quote: str, value: int, outlet: str = "Valley Courier") -> Claim:
    return claim(sentence, quote, value=value, outlet=outlet, measure="air strikes")


THIRTEEN_RAIDS = strikes("The regime carried out 13 raids on Raqa.", "13 raids", 13, outlet="Northern Wire")
REMAINDERS = [
    # (case id, claims, expected verdict): the rest of a count is only part of it
    (
        "the-other-seven-are-part-of-the-count",
        [
            strikes("Six strikes hit Tabqa. The other seven strikes hit Raqa city.", "seven strikes", 7),
            THIRTEEN_RAIDS,
        ],
        "compatible",
    ),
    (
        "the-remaining-six-are-part-of-the-count",
        [
            strikes("Seven hit Tabqa and the remaining six strikes hit Raqa city.", "six strikes", 6),
            THIRTEEN_RAIDS,
        ],
        "compatible",
    ),
    (
        "seven-strikes-said-as-the-count-contradict",
        [strikes("Seven strikes hit Raqa city.", "Seven strikes", 7), THIRTEEN_RAIDS],
        "contradict",
    ),
    (
        "another-seven-is-no-remainder",
        [
            strikes("Six strikes hit Tabqa and another seven strikes hit Raqa.", "seven strikes", 7),
            THIRTEEN_RAIDS,
        ],
        "contradict",
    ),
]


@pytest.mark.parametrize(("claims", "expected"), [c[1:] for c in REMAINDERS], ids=[c[0] for c in REMAINDERS])
def test_the_rest_of_a_count_is_no_contradiction(claims, expected):
    found = compare_claims(claims, SETTINGS)
    assert found.verdict == expected
    if expected == "compatible":
        assert "the rest of a count" in found.explanation
