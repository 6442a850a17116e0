from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.compare import cluster_id, compare_claims, make_cluster
from crosscheck.compare.independence import outlet as outlet_of
from crosscheck.model import VERDICTS, Claim
from tests.compare.compare_kit import SETTINGS, article, claim

OUTLETS = ("Valley Courier", "Northern Wire", "Eastern Post", None)
CLAIMANTS = (None, "Caspar Monitoring Group", "CMG", "the ministry")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range", "vague")
MEASURES = ("people killed", "air strikes", None)


@st.composite
def claims(draw: st.DrawFn, measure: str | None = None) -> Claim:
    qualifier = draw(st.sampled_from(QUALIFIERS))
    n = draw(st.integers(min_value=1, max_value=300))
    width = draw(st.integers(min_value=0, max_value=50))
    outlet = draw(st.sampled_from(OUTLETS))
    published = date(2024, 3, 1) + timedelta(days=draw(st.integers(0, 3)))
    as_of = draw(st.one_of(st.none(), st.just(published)))
    words = draw(st.sampled_from(("killed", "the toll rose to", "later said", "died")))
    text = f"Officials {words} N{n} people in Harlow."
    source = article(text, outlet, published, sid=f"{outlet}-{published}-{n}-{qualifier}-{width}")
    values = {"value": n}
    if qualifier in ("range", "vague"):
        values = {"low": n, "high": n + width if qualifier == "range" or width % 2 else None}
    return claim(
        source,
        f"N{n}",
        qualifier,
        **values,
        outlet=outlet,
        published=published,
        as_of=as_of,
        by=draw(st.sampled_from(CLAIMANTS)),
        measure=measure if measure is not None else draw(st.sampled_from(MEASURES)),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(claims(), min_size=1, max_size=6).flatmap(lambda cs: st.tuples(st.just(cs), st.permutations(cs)))
)
def test_comparison_is_invariant_under_permutation(pair):
    original, shuffled = pair
    assert compare_claims(original, SETTINGS) == compare_claims(shuffled, SETTINGS)


@settings(max_examples=200, deadline=None)
@given(claims(), st.lists(st.sampled_from(OUTLETS), min_size=1, max_size=5))
def test_identical_figures_agree_across_outlets_and_one_outlet_alone_is_single(template, outlets):
    copies = [template]
    for i, outlet in enumerate(outlets):
        source = article(template.source.text, outlet, sid=f"copy-{i}")
        copies.append(
            Claim(**{**template.__dict__, "source": source})  # type: ignore[arg-type]
        )
    result = compare_claims(copies, SETTINGS)
    several = len({outlet_of(copy) for copy in copies}) > 1  # an unknown outlet is its source
    assert result.verdict == ("agree" if several else "single"), result.explanation


@settings(max_examples=200, deadline=None)
@given(
    st.lists(claims(), min_size=1, max_size=6).flatmap(lambda cs: st.tuples(st.just(cs), st.permutations(cs)))
)
def test_cluster_id_is_stable(pair):
    original, shuffled = pair
    a, b = make_cluster(original, SETTINGS), make_cluster(shuffled, SETTINGS)
    assert a == b
    assert a.id == cluster_id([c.id for c in original])
    assert a.id.startswith("k-") and len(a.id) == 12
    assert a.verdict in VERDICTS and a.explanation and a.rule.startswith("compare:")
