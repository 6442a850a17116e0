"""The reliability stage on tiny hand-built clusters whose answer is known."""

from __future__ import annotations

from datetime import date

from crosscheck.compare import make_cluster
from crosscheck.model import Claim, Cluster
from crosscheck.reliability import Settings
from crosscheck.reliability.corpus import estimate_reliability
from crosscheck.reliability.table import Tolerance
from tests.compare.compare_kit import SETTINGS, claim

DAY = date(2024, 3, 2)


def killed(outlet: str, n: int, place: str, by: str | None = None, day: date = DAY, words: str = "") -> Claim:
    """A sentence of its own words per outlet, so no two outlets read as one wire story."""
    own = " ".join(f"{outlet.lower()}{k}" for k in range(6))
    text = f"In {place} {words}{n} people were killed, {own}."
    return claim(text, f"{n} people", value=n, outlet=outlet, published=day, by=by)


def clusters_of(groups: list[list[Claim]]) -> tuple[list[Claim], list[Cluster]]:
    return [c for group in groups for c in group], [make_cluster(group, SETTINGS) for group in groups]


def test_a_source_always_contradicted_ranks_last_and_runs_high():
    groups = [
        [killed("Alpha", 10 + i, f"p{i}"), killed("Beta", 10 + i, f"p{i}"), killed("Liar", 30 + i, f"p{i}")]
        for i in range(8)
    ]
    result = estimate_reliability(*clusters_of(groups))
    assert result.outlets[-1].name == "Liar"
    liar = result.outlets[-1]
    assert (liar.claims, liar.slots, liar.shared, liar.agreed, liar.contradicted) == (8, 8, 8, 0, 8)
    assert liar.bias is not None and liar.bias > 0.5 and liar.bias_low is not None and liar.bias_low > 0
    assert (liar.higher, liar.lower) == (8, 0) and liar.miss_bias == liar.bias
    assert {s.name for s in result.outlets[:2]} == {"Alpha", "Beta"}
    assert all(e.value == int(e.value) and 10 <= e.value < 18 for e in result.estimates.values())


def test_few_claims_give_a_wider_interval_than_many():
    groups = [[killed("Busy", i + 5, f"p{i}"), killed("Other", i + 5, f"p{i}")] for i in range(50)]
    groups[0].append(killed("Rare", 5, "p0"))
    groups[1].append(killed("Rare", 6, "p1"))
    scores = {s.name: s for s in estimate_reliability(*clusters_of(groups)).outlets}
    assert scores["Rare"].shared == 2 and scores["Busy"].shared == 50
    assert scores["Rare"].high - scores["Rare"].low > 2 * (scores["Busy"].high - scores["Busy"].low)


def test_outlets_relaying_one_claimant_vote_once():
    """Three outlets relay SOHR's 40; two independent outlets say 25 and their own sources agree elsewhere:
    counted once, the relays do not outvote them, and agreeing with one's own relay is no agreement."""
    groups = []
    for i in range(6):
        groups.append([killed("Gamma", 20 + i, f"q{i}"), killed("Delta", 20 + i, f"q{i}")])
    groups.append(
        [killed(name, 40, "Town", by="SOHR") for name in ("Relay1", "Relay2", "Relay3")]
        + [killed("Gamma", 25, "Town"), killed("Delta", 25, "Town")]
    )
    claims, clusters = clusters_of(groups)
    result = estimate_reliability(claims, clusters)
    assert result.estimates[clusters[-1].id].value == 25
    sohr = result.score("claimant", "SOHR")
    assert sohr is not None and (sohr.claims, sohr.slots, sohr.shared, sohr.agreed) == (3, 1, 1, 0)
    relays_only = estimate_reliability(
        *clusters_of([[killed(n, 40, "Town", by="SOHR") for n in ("R1", "R2")]])
    )
    assert all(s.shared == 0 for s in relays_only.outlets), "two relays of one claimant are one voice"


def test_a_copy_does_not_double_a_weight():
    """Copy gives Original's figure on every slot (the copy detector joins them); East and West, each wrong
    twice, are independent. On a disputed slot the pair's one vote loses to East and West's two; counted
    twice, it would win."""
    groups = []
    for i in range(25):
        east, west = 100 + i + (1000 if i in (0, 1) else 0), 100 + i + (1000 if i in (2, 3) else 0)
        groups.append([
            killed("Original", 100 + i, f"c{i}"), killed("Copy", 100 + i, f"c{i}"),
            killed("East", east, f"c{i}"), killed("West", west, f"c{i}"),
        ])  # fmt: skip
    disputed = [killed("Original", 50, "Hub"), killed("Copy", 50, "Hub"), killed("East", 70, "Hub")]
    groups.append([*disputed, killed("West", 70, "Hub")])
    claims, clusters = clusters_of(groups)
    assert clusters[-1].verdict == "contradict"
    assert estimate_reliability(claims, clusters).estimates[clusters[-1].id].value == 70
    uncopied = estimate_reliability(claims, clusters, settings=Settings(copies=None))
    assert uncopied.estimates[clusters[-1].id].value == 50


def test_a_rising_toll_is_no_contradiction():
    """Monday 12, Tuesday 30 (the toll rose): neither outlet is contradicted; the estimate is the later."""
    early = [
        killed("Morning", 12, "Quarry", day=date(2024, 3, 4)),
        killed("Evening", 12, "Quarry", day=date(2024, 3, 4)),
    ]
    late = [
        killed("Morning", 30, "Quarry", day=date(2024, 3, 5)),
        killed("Evening", 30, "Quarry", day=date(2024, 3, 5)),
    ]
    claims, clusters = clusters_of([[*early, *late]])
    assert clusters[0].verdict == "update"
    result = estimate_reliability(claims, clusters)
    assert all(s.contradicted == 0 and s.agreed == 2 for s in result.outlets)
    assert result.estimates[clusters[0].id].value == 30


def test_a_reviewers_figure_is_the_truth():
    groups = [[killed("North", 10, "Mill"), killed("South", 10, "Mill"), killed("Lone", 14, "Mill")]]
    claims, clusters = clusters_of(groups)
    result = estimate_reliability(claims, clusters, known={clusters[0].id: (14.0, 14.0)})
    estimate = result.estimates[clusters[0].id]
    assert (estimate.value, estimate.known) == (14, True)
    assert result.outlets[0].name == "Lone" and result.score("outlet", "North").contradicted == 1  # type: ignore[union-attr]


def test_nothing_to_score():
    assert estimate_reliability([], []).outlets == ()


def test_a_floor_and_a_figure_it_holds_give_the_figure():
    """One claimant relayed twice: "at least 14" and "31" are one voice; the estimate is 31: both hold it."""
    floor = claim(
        "Outlet One says at least 14 people died, the Monitor said.",
        "at least 14",
        "at_least",
        14,
        14,
        by="the Monitor",
        outlet="One",
    )
    figure = killed("Two", 31, "Dam", by="the Monitor")
    claims, clusters = clusters_of([[floor, figure]])
    assert estimate_reliability(claims, clusters).estimates[clusters[0].id].value == 31


def test_a_rounded_figure_is_not_a_miss_against_a_close_precise_one():
    """The compare stage's rounding rule (5%, only when a figure looks rounded) holds here too: Round says
    1,000 where the others say 1,023 and is not contradicted; Off says 1,024 (precise: compared exactly) and
    is. The estimate stays the precise figure, though the rounded one is close to all of them."""
    groups = [
        [killed("Alpha", 1023 + 10 * i, f"p{i}"), killed("Beta", 1023 + 10 * i, f"p{i}"),
         killed("Gamma", 1023 + 10 * i, f"p{i}"), killed("Round", 1000 + 10 * i, f"p{i}"),
         killed("Off", 1024 + 10 * i, f"p{i}")]
        for i in range(6)
    ]  # fmt: skip
    claims, clusters = clusters_of(groups)
    result = estimate_reliability(claims, clusters)
    scores = {s.name: s for s in result.outlets}
    assert scores["Round"].agreed == scores["Round"].shared == 6
    assert scores["Off"].agreed == 0
    assert sorted(e.value for e in result.estimates.values()) == [1023 + 10 * i for i in range(6)]
    exact = estimate_reliability(claims, clusters, rounding=Tolerance())
    assert {s.name: s for s in exact.outlets}["Round"].agreed == 0
