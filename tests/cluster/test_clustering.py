from datetime import date

import numpy as np
import pytest

from crosscheck.cluster import cluster_claims
from crosscheck.cluster.blocking import block_key, make_blocks
from crosscheck.cluster.constraints import cannot_link, link
from crosscheck.cluster.similarity import evidence
from crosscheck.config import Settings
from crosscheck.embed.fake import FakeEmbedder
from crosscheck.model import Claim, Source, TimeSpan


def claim(
    source_id,
    text,
    quote,
    *,
    measure="people killed",
    value=10.0,
    qualifier="exact",
    unit=None,
    attribution=None,
    location=None,
    published=date(2024, 3, 2),
    time=None,
    outlet=None,
    kind="numeric",
    action=None,
):
    source = Source(id=source_id, text=text, outlet=outlet or source_id, published=published)
    start = text.index(quote)
    return Claim(
        source=source,
        kind=kind,
        start=start,
        end=start + len(quote),
        sentence_start=0,
        sentence_end=len(text),
        rule="test",
        value=value,
        low=value,
        high=value,
        qualifier=qualifier,
        unit=unit,
        measure=measure,
        attribution=attribution,
        location=location,
        location_basis="sentence" if location else None,
        time=time,
        action=action,
    )


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"measure": "people killed"}, "event:killed|"),
        ({"measure": "civilians killed"}, "event:killed|"),
        ({"measure": "missions flown"}, "event:flown|"),
        ({"measure": "air strikes"}, "measure:air strikes|"),
        ({"measure": "territory captured", "unit": "km2"}, "event:captured|km2"),
        ({"measure": None, "unit": "percent"}, "unit:percent"),
        ({"measure": None, "unit": None}, None),
        ({"kind": "factual", "measure": None, "value": None, "action": "rule out"}, "factual:rule out"),
        ({"kind": "factual", "measure": None, "value": None, "action": None}, None),
    ],
)
def test_block_key(kwargs, expected):
    assert block_key(claim("a", "x 10 y", "10", **kwargs)) == expected


def test_unblockable_claims_stand_alone_and_blocks_are_stable():
    claims = [
        claim("a", "10 dead", "10"),
        claim("b", "10 dead", "10", measure=None),
        claim("c", "9 dead", "9"),
    ]
    blocks = make_blocks(claims)
    assert [[c.source.id for c in block] for block in blocks] == [["a", "c"], ["b"]]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ({"location": "Varna"}, {"location": "Tell Abyad"}, None),
        ({"location": "Deir Ezzor"}, {"location": "Deir ez-Zor"}, None),
        ({"location": "Varna"}, {"location": None}, None),
        ({"published": date(2024, 3, 2)}, {"published": date(2024, 3, 20)}, "different times"),
        ({"published": date(2024, 3, 2)}, {"published": date(2024, 3, 4)}, None),
        ({"published": date(2024, 3, 2)}, {"published": date(2024, 3, 5)}, "different news cycles"),
        ({"published": date(2024, 3, 2)}, {"published": date(2024, 3, 8)}, "different times"),
        (
            {"published": date(2024, 3, 2), "time": TimeSpan(date(2024, 3, 1), date(2024, 3, 1))},
            {"published": date(2024, 3, 9), "time": TimeSpan(date(2024, 3, 1), date(2024, 3, 1))},
            "different news cycles",
        ),
        ({"measure": "children killed"}, {"measure": "women killed"}, "different measures"),
        ({"measure": "rebels killed"}, {"measure": "militants killed"}, None),
        ({"measure": "people killed"}, {"measure": "civilians killed"}, None),
        ({"measure": "people killed"}, {"measure": "children killed"}, "different measures"),
        ({"measure": "people killed"}, {"measure": "women killed"}, "different measures"),
        ({"measure": "people killed"}, {"measure": "soldiers killed"}, None),
        ({"location": "Khan Sheikhoun"}, {"location": "Idlib"}, None),
        ({"location": "Syria"}, {"location": "Manbij"}, None),
        ({"published": None}, {"published": date(2024, 3, 20)}, None),
        (
            {"time": TimeSpan(date(2024, 1, 1), date(2024, 1, 3))},
            {"time": TimeSpan(date(2024, 1, 2), date(2024, 1, 2))},
            None,
        ),
    ],
)
def test_cannot_link(a, b, reason):
    first = claim("a", "12 people were killed in the shelling", "12", **a)
    second = claim("b", "Shells hit the market and 12 people died there", "12", **b)
    result = cannot_link(first, second, Settings())
    assert (result is None) if reason is None else (reason in result)


@pytest.mark.parametrize(
    ("a", "b", "places"),
    [
        ("Aleppo", "Homs", "different"),
        ("Raqqa", "Deir Ezzor", "different"),
        ("Deir Ezzor", "Deir ez-Zor", "same"),
        ("Khan Sheikhoun", "Idlib", "nested"),
        ("Varna", "Ostra", "unrelated"),
        ("Syria", "Syria", "nested"),
        ("Syria", "Iraq", "different"),
    ],
)
def test_places_are_evidence_not_a_wall(a, b, places):
    """A place read from the article may not be where the figure happened: places the gazetteer knows
    apart weigh heavily against a link, but do not forbid it."""
    first = claim("a", "12 people were killed in the shelling", "12", location=a)
    second = claim("b", "Shells hit the market and 12 people died there", "12", location=b)
    first, second = (c.__class__(**{**c.__dict__, "location_basis": "article"}) for c in (first, second))
    rule = link(first, second, Settings())
    assert rule.apart is None and rule.places == places
    nowhere = claim("c", "Shells hit the market and 12 people died there", "12", location=None)
    with_places = evidence(first, second, 0.8, Settings(), rule).probability()
    without = evidence(first, nowhere, 0.8, Settings(), link(first, nowhere, Settings())).probability()
    expected = {"different": "lower", "unrelated": "lower", "same": "higher", "nested": "equal"}[places]
    found = "lower" if with_places < without else "higher" if with_places > without else "equal"
    assert found == expected


def test_a_wire_copy_in_two_outlets_is_one_report_whatever_their_dates():
    text = "At least seven people died in rebel shelling of the district, the monitor said."
    early = claim(
        "a",
        text,
        "seven",
        value=7.0,
        published=date(2024, 3, 2),
        time=TimeSpan(date(2024, 3, 2), date(2024, 3, 2)),
    )
    late = claim(
        "b",
        text,
        "seven",
        value=7.0,
        published=date(2024, 3, 9),
        time=TimeSpan(date(2024, 3, 9), date(2024, 3, 9)),
    )
    assert cannot_link(early, late, Settings()) is None
    other_figure = claim(
        "c",
        text.replace("seven", "eight"),
        "eight",
        value=8.0,
        published=date(2024, 3, 9),
        time=TimeSpan(date(2024, 3, 9), date(2024, 3, 9)),
    )
    assert cannot_link(early, other_figure, Settings()) == "different days"


@pytest.mark.parametrize(
    ("span", "apart"),
    [
        (TimeSpan(date(2024, 2, 27), date(2024, 3, 2), "since Tuesday"), True),
        (TimeSpan(date(2024, 2, 28), date(2024, 3, 2), "said on Saturday"), False),
        (TimeSpan(date(2024, 3, 2), date(2024, 3, 2), "on Saturday"), False),
    ],
)
def test_a_tally_over_days_and_a_figure_with_no_period_are_two_quantities(span, apart):
    today = claim("a", "Air raids killed 16 civilians.", "16", value=16.0)
    tally = claim("b", "Bombing has killed 44 civilians.", "44", value=44.0, time=span)
    reason = cannot_link(today, tally, Settings())
    assert (reason is not None and reason.startswith("different periods")) == apart


def test_a_days_toll_and_a_long_tally_are_two_quantities():
    day = claim(
        "a", "Shelling killed 12 people on Monday.", "12", time=TimeSpan(date(2024, 3, 4), date(2024, 3, 4))
    )
    tally = claim(
        "b",
        "Since January, 300 people were killed in the town.",
        "300",
        value=300.0,
        time=TimeSpan(date(2024, 1, 1), date(2024, 3, 5)),
    )
    assert cannot_link(day, tally, Settings()).startswith("different periods")


def test_one_claimant_giving_two_figures_in_one_article_is_two_quantities():
    text = "Shelling killed 12 people on Monday. Another raid killed 30 people on Tuesday."
    source_claims = [claim("a", text, "12", value=12.0), claim("a", text, "30", value=30.0)]
    source_claims = [c.__class__(**{**c.__dict__, "source": source_claims[0].source}) for c in source_claims]
    assert "one claimant" in cannot_link(*source_claims, Settings())
    monitor = source_claims[1].__class__(**{**source_claims[1].__dict__, "attribution": "Ministry"})
    assert cannot_link(source_claims[0], monitor, Settings()) is None


def test_similar_sentences_cluster_and_different_places_stay_apart():
    claims = [
        claim("a", "Shelling killed 12 people in the market of Aleppo on Monday.", "12", location="Aleppo"),
        claim("b", "On Monday shelling killed 12 people in the Aleppo market.", "12", location="Aleppo"),
        claim("c", "Shelling killed 12 people in the market of Homs on Monday.", "12", location="Homs"),
        claim("d", "The new bridge in Aleppo carried 12 trucks on its opening day.", "12", measure="trucks"),
    ]
    vectors = FakeEmbedder().embed([c.sentence for c in claims])
    groups = cluster_claims(claims, vectors, Settings())
    assert sorted(sorted(c.source.id for c in group) for group in groups) == [["a", "b"], ["c"], ["d"]]
    assert sorted(c.id for group in groups for c in group) == sorted(c.id for c in claims)


def test_dissimilar_sentences_stay_apart():
    claims = [
        claim("a", "Shelling killed 12 people in the market on Monday.", "12"),
        claim("b", "A ferry capsized, and 12 people drowned off the coast.", "12"),
    ]
    vectors = FakeEmbedder().embed([c.sentence for c in claims])
    groups = cluster_claims(claims, vectors, Settings())
    assert len(groups) == 2


def test_clustering_is_independent_of_input_order():
    claims = [
        claim(f"s{i}", f"Shelling killed {n} people in the market of Varna.", str(n), value=float(n))
        for i, n in enumerate([12, 14, 12, 40])
    ]
    vectors = FakeEmbedder().embed([c.sentence for c in claims])
    forward = cluster_claims(claims, vectors, Settings())
    backward = cluster_claims(claims[::-1], np.ascontiguousarray(vectors[::-1]), Settings())
    assert [[c.id for c in g] for g in forward] == [[c.id for c in g] for g in backward]


def _second_figure(first, quote):
    """Another claim in ``first``'s article: the first occurrence of ``quote`` after ``first``."""
    start = first.source.text.index(quote, first.end)
    return first.__class__(**{**first.__dict__, "start": start, "end": start + len(quote)})


def test_a_part_and_its_whole_are_two_quantities():
    text = "The convoy attack killed 126 people including more than 60 people from Fuaa."
    whole = claim("a", text, "126", value=126.0)
    part = _second_figure(whole, "60")
    part = part.__class__(**{**part.__dict__, "part_of": whole.id, "value": 60.0, "qualifier": "more_than"})
    assert cannot_link(whole, part, Settings()) == "a part and its whole"
    repeated = part.__class__(**{**part.__dict__, "value": 126.0, "qualifier": "exact"})
    assert cannot_link(whole, repeated, Settings()) is None, "a figure is no part of itself"


def test_two_parts_of_one_whole_are_two_quantities():
    text = "Shelling killed 5 people: 3 in the market, and later 2 in the park."
    whole = claim("a", text, "5", value=5.0)
    market, park = (
        (p := _second_figure(whole, quote)).__class__(**{**p.__dict__, "part_of": whole.id, "value": value})
        for quote, value in (("3", 3.0), ("2", 2.0))
    )
    assert "two parts of one whole" in (cannot_link(market, park, Settings()) or "")


def test_a_share_of_a_toll_is_no_toll():
    text = "It said 27 people were killed but that 12 of them have not been identified."
    whole = claim("a", text, "27 people", value=27.0)
    share = _second_figure(whole, "12 of them")
    share = share.__class__(
        **{**share.__dict__, "part_of": whole.id, "value": 12.0, "rule": "test; parts:of-them; parts:share"}
    )
    elsewhere = claim(
        "b", "Air raids killed at least 12 people.", "12 people", value=12.0, qualifier="at_least"
    )
    assert cannot_link(share, elsewhere, Settings()) == "a share of a toll ('12 of them') and a toll"
    named = share.__class__(**{**share.__dict__, "rule": "test; parts:of-them"})
    assert cannot_link(named, elsewhere, Settings()) is None, (
        "12 children of a toll may be another's 12 children"
    )


@pytest.mark.parametrize(
    ("text", "first", "second", "apart"),
    [
        ("The monitor said 27 people were killed. The monitor later said 31 were killed.", "27", "31", False),
        ("The previous death toll was 20. The monitor now counts 43 dead.", "20", "43", False),
        ("The monitor said 58 were hurt. It said more than 58 were hurt.", "58", "more than 58", False),
        ("The monitor said 27 people were killed. The monitor said 31 were killed.", "27", "31", True),
        ("Earlier the monitor said 4 died in one street. It said 10 died in another.", "4", "10", True),
    ],
)
def test_one_claimant_updating_a_toll_in_one_article_is_one_quantity(text, first, second, apart):
    earlier = claim("a", text, first, attribution="monitor", value=float(first))
    value = float(second.split()[-1])
    later = _second_figure(earlier, second)
    later = later.__class__(
        **{**later.__dict__, "value": value, "qualifier": "more_than" if "more" in second else "exact"}
    )
    reason = cannot_link(earlier, later, Settings())
    assert (reason is not None and "one claimant" in reason) == apart


@pytest.mark.parametrize(
    ("text", "first", "second", "apart"),
    [
        (
            "Raids killed seven people in a town. Another seven people died in a village.",
            "seven",
            "seven",
            True,
        ),
        ("Raids killed 15 civilians in the city while six others were killed nearby.", "15", "six", True),
        ("Raids killed 15 civilians in the city and 6 more in a village.", "15", "6", True),
        (
            "Raids killed 15 civilians in the city. In all 15 people died, the monitor said.",
            "15",
            "15",
            False,
        ),
        ("Raids killed 15 civilians, 6 more than the day before.", "15", "6", False),
        ("Rockets killed four people. Later two more people were reported killed.", "four", "two more", True),
        ("Raids killed 15 civilians. Nine other civilians died in shelling.", "15", "Nine other", True),
        ("Raids killed 11 civilians while 44 others were injured.", "11", "44 others", False),
        ("The raid killed one person and six more wounded.", "one", "six more", False),
        ("30 injured. A woman died and 30 other people were injured.", "30", "30 other", False),
    ],
)
def test_a_figure_that_adds_to_an_earlier_one_is_another_quantity(text, first, second, apart):
    words = {"one": 1, "two": 2, "four": 4, "six": 6, "seven": 7, "nine": 9}

    def value(quote: str) -> float:
        number = quote.split()[0].lower()
        return float(words.get(number) or number)

    earlier = claim("a", text, first, attribution="monitor", value=value(first))
    later = _second_figure(earlier, second)
    later = later.__class__(**{**later.__dict__, "value": value(second), "attribution": "ministry"})
    reason = cannot_link(earlier, later, Settings())
    assert (reason is not None and "another" in reason) == apart


@pytest.mark.parametrize(
    ("a", "b", "gap"), [(10, 10, 0.0), (10, 20, 0.693), (6, 300000, 6.0), (None, 5, 0.0)]
)
def test_magnitude_gap(a, b, gap):
    from crosscheck.cluster.similarity import magnitude_gap

    first = claim("a", "x 1 y", "1", value=a)
    second = claim("b", "x 1 y", "1", value=b)
    assert magnitude_gap(first, second) == pytest.approx(gap, abs=1e-3)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [("Aleppo", "Qamishli", True), ("Aleppo", "Aleppo", False), ("Khan Sheikhoun", "Idlib", False)],
)
def test_places_named_with_both_figures_and_known_apart_keep_them_apart(a, b, apart):
    first = claim("a", f"12 people were killed in {a}", "12", location=a)
    second = claim("b", f"Shells hit {b} and 12 people died there", "12", location=b)
    reason = cannot_link(first, second, Settings())
    assert (reason is not None and reason.startswith("different places")) == apart


@pytest.mark.parametrize(
    ("text", "first", "second", "apart"),
    [
        ("Air strikes killed 12 civilians, bringing to 45 the number killed in 24 hours.", "12", "45", True),
        ("Shelling killed 5 people, taking the toll to 31.", "5", "31", True),
        ("Shelling killed 5 people and wounded 31 others.", "5", "31", False),
    ],
)
def test_a_running_total_and_a_figure_it_takes_in_are_two_quantities(text, first, second, apart):
    earlier = claim("a", text, first, value=float(first), attribution="monitor")
    total = _second_figure(earlier, second)
    total = total.__class__(**{**total.__dict__, "value": float(second), "attribution": "ministry"})
    reason = cannot_link(earlier, total, Settings())
    assert (reason is not None and reason.startswith("a running total")) == apart


def test_one_claimants_vague_amount_beside_a_figure_is_no_conflict():
    text = "The monitor said 12 people were killed. Dozens of people died in the raids, the monitor said."
    figure = claim("a", text, "12 people", value=12.0, attribution="SOHR")
    start = text.index("Dozens of people")
    vague = figure.__class__(
        **{**figure.__dict__, "start": start, "end": start + 16, "qualifier": "vague", "value": None,
           "low": 24.0, "high": None}
    )  # fmt: skip
    assert cannot_link(figure, vague, Settings()) is None
    forty = claim("a", text.replace("Dozens of", "40"), "12 people", value=12.0, attribution="SOHR")
    other = _second_figure(forty, "40")
    other = other.__class__(**{**other.__dict__, "value": 40.0, "low": 40.0, "high": 40.0})
    assert cannot_link(forty, other, Settings()) == (
        "one article, one claimant, two conflicting figures: two quantities"
    )


@pytest.mark.parametrize(
    ("second_sentence", "apart"),
    [
        ("Meanwhile, SANA said artillery fire wounded nine others in Bab Sharqi.", True),
        ("Elsewhere, air strikes wounded nine others.", True),
        ("In a separate attack, a car bomb wounded nine others.", True),
        ("SANA said artillery fire wounded nine others.", False),
    ],
)
def test_a_sentence_that_turns_to_another_incident(second_sentence, apart):
    text = "Shelling wounded seven others, the monitor said. " + second_sentence
    first = claim("a", text, "seven others", value=7.0, attribution="SOHR", measure="people injured")
    start = text.index("nine others")
    second = first.__class__(
        **{**first.__dict__, "start": start, "end": start + 11, "value": 9.0, "low": 9.0, "high": 9.0,
           "attribution": "SANA", "sentence_start": text.index(second_sentence)}
    )  # fmt: skip
    why = cannot_link(first, second, Settings())
    assert (why is not None and "another incident" in why) is apart
