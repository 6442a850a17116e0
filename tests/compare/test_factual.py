from datetime import date

import pytest

from crosscheck.compare import cluster_id
from crosscheck.compare.factual import compare_factual, single_claims
from crosscheck.model import Claim, Source


def _claim(outlet: str, aspect: str, value: str, polarity: str = "positive", **fields) -> Claim:
    text = f"{outlet} text about {value}."
    source = Source(id=f"{outlet}-{value}-{polarity}", text=text, outlet=outlet, published=date(2018, 5, 1))
    named = {"actor": value} if aspect == "perpetrator" else {"weapon": value}
    return Claim(
        source=source,
        kind="factual",
        start=0,
        end=len(text) - 1,
        sentence_start=0,
        sentence_end=len(text),
        rule=f"{aspect}:test",
        aspect=aspect,
        polarity=polarity,
        actor_detail=fields.pop("detail", value),
        scope=fields.pop("scope", "incident"),
        **named,
        **fields,
    )


P, W = "perpetrator", "weapon"
ROWS = [
    ("one outlet only", [_claim("ahram", P, "Russia"), _claim("ahram", P, "Syrian government")], "single"),
    ("same actor", [_claim("ahram", P, "Russia"), _claim("trt", P, "Russia")], "agree"),
    (
        "assertion and denial",
        [_claim("ahram", P, "Russia"), _claim("trt", P, "Russia", "negative")],
        "contradict",
    ),
    (
        "different actors",
        [_claim("ahram", P, "Islamic State"), _claim("trt", P, "Kurdish forces")],
        "contradict",
    ),
    (
        "both hedged",
        [
            _claim("ahram", P, "Russia", hedge="suspected"),
            _claim("trt", P, "Syrian government", hedge="either/or"),
        ],
        "agree",
    ),
    (
        "an outlet names both",
        [
            _claim("ahram", P, "Russia", hedge="either/or"),
            _claim("ahram", P, "Syrian government", hedge="either/or"),
            _claim("trt", P, "Russia"),
        ],
        "agree",
    ),
    (
        "common ground",
        [
            _claim("ahram", P, "Syrian government"),
            _claim("ahram", P, "Russia"),
            _claim("trt", P, "Syrian government"),
            _claim("trt", P, "Islamic State"),
        ],
        "agree",
    ),
    (
        "a catch-all label",
        [_claim("sana", P, "rebels", detail="terrorists"), _claim("trt", P, "Islamic State")],
        "agree",
    ),
    ("unclaimed", [_claim("sana", P, "unknown"), _claim("trt", P, "Islamic State")], "agree"),
    ("chlorine against sarin", [_claim("sabah", W, "chlorine"), _claim("araby", W, "sarin")], "contradict"),
    ("a generic weapon", [_claim("sabah", W, "bomb"), _claim("araby", W, "car bomb")], "agree"),
    ("air against ground", [_claim("sabah", W, "missile"), _claim("etilaf", W, "air strike")], "contradict"),
    (
        "one article names both",
        [_claim("sabah", W, "air strike"), _claim("sabah", W, "artillery"), _claim("araby", W, "air strike")],
        "agree",
    ),
    (
        "a general denial is left out",
        [
            _claim("ahram", P, "Syrian government"),
            _claim("araby", P, "Syrian government", "negative", scope="general"),
        ],
        "single",
    ),
]


@pytest.mark.parametrize(("why", "claims", "verdict"), ROWS, ids=[row[0] for row in ROWS])
def test_verdict(why, claims, verdict):
    aspect = claims[0].aspect
    (cluster,) = [
        c for c in compare_factual(claims) if c.measure == aspect and not c.rule.endswith(":general")
    ]
    assert cluster.verdict == verdict, cluster.explanation
    assert cluster.explanation.endswith(".") and cluster.explanation.count(". ") == 0


def test_the_explanation_names_who_said_what():
    claims = [
        _claim("ahram", P, "Russia", attribution="US officials"),
        _claim("trt", P, "Russia", "negative"),
    ]
    (cluster,) = compare_factual(claims)
    assert "ahram (citing US officials) says Russia" in cluster.explanation and "trt" in cluster.explanation


def test_clusters_are_per_aspect_stable_and_every_claim_is_in_one():
    claims = [
        _claim("ahram", P, "Russia"),
        _claim("trt", W, "air strike"),
        _claim("araby", P, "Syrian government", "negative", scope="general"),
    ]
    clusters = compare_factual(claims)
    assert clusters == compare_factual(list(reversed(claims)))
    assert [c.id for c in clusters] == sorted(c.id for c in clusters)
    assert sorted(i for c in clusters for i in c.claim_ids) == sorted(c.id for c in claims)
    assert {c.measure for c in clusters} == {P, W}
    assert all(c.id == cluster_id(c.claim_ids) for c in clusters)


def test_before_incidents_each_claim_stands_alone():
    claims = [_claim("ahram", P, "Russia"), _claim("trt", P, "Russia", "negative")]
    clusters = single_claims(claims)
    assert [c.claim_ids for c in clusters] == [(claims[0].id,), (claims[1].id,)]
    assert {c.verdict for c in clusters} == {"single"}


def test_reviewers_regroup_the_factual_claims_of_an_incident():
    """A split, a rejected match and a merge, as a store's decisions give them, hold in the comparison."""
    from crosscheck.cluster.reviewed import ReviewedGrouping, pair

    russia, also, denied = (
        _claim("ahram", P, "Russia"),
        _claim("trt", P, "Russia"),
        _claim("sana", P, "Russia", "negative"),
    )
    sarin = _claim("trt", W, "sarin")
    plain = compare_factual([russia, also, denied, sarin])
    assert sorted(len(c.claim_ids) for c in plain) == [1, 3]
    apart = ReviewedGrouping(apart=frozenset({pair(denied.id, russia.id), pair(denied.id, also.id)}))
    split = {c.claim_ids: c for c in compare_factual([russia, also, denied, sarin], apart)}
    assert split[tuple(sorted((russia.id, also.id)))].verdict == "agree", "the denial is out: they agree"
    assert split[(denied.id,)].verdict == "single" and split[(sarin.id,)].measure == W
    merged = ReviewedGrouping(together=(("K", (russia.id, sarin.id)),))
    found = compare_factual([russia, also, denied, sarin], merged)
    (together,) = [c for c in found if sarin.id in c.claim_ids]
    assert set(together.claim_ids) >= {russia.id, sarin.id} and together.measure == P
    assert sorted(c for k in found for c in k.claim_ids) == sorted(
        c.id for c in (russia, also, denied, sarin)
    )
    assert compare_factual([russia, also, denied, sarin], ReviewedGrouping()) == plain
