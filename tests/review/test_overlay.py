"""The decisions laid over a run's clusters (crosscheck.review.overlay): corrections read by a table incl.
refusals, and each kind of decision on hand-made claims."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.compare import make_cluster
from crosscheck.config import Settings
from crosscheck.model import Claim, Cluster, Source, TimeSpan
from crosscheck.review.decision_kinds import Decided, new_cluster_id
from crosscheck.review.overlay import corrected, laid

TEXT = (
    "At least 14 people were killed. Officials said 15 died. A monitor counted 16 dead. "
    "Rescuers found 90 bodies."
)


def _claim(source_id: str, quote: str, value: float) -> Claim:
    source = Source(id=source_id, text=TEXT, outlet=source_id.title(), published=date(2031, 4, 2))
    start = TEXT.index(quote)
    sentence_start = TEXT.rfind(".", 0, start) + 1
    sentence_end = TEXT.index(".", start) + 1
    return Claim(
        source=source, kind="numeric", start=start, end=start + len(quote), sentence_start=sentence_start,
        sentence_end=sentence_end, rule="test", value=value, low=value, high=value, measure="people killed",
    )  # fmt: skip


A, B, C, D = _claim("a", "14", 14), _claim("b", "15", 15), _claim("c", "16", 16), _claim("d", "90", 90)
CLAIMS = {claim.id: claim for claim in (A, B, C, D)}


def _cluster() -> Cluster:
    return replace(make_cluster([A, B, C, D], Settings()), id="k-run", event_id="e-1")


@pytest.mark.parametrize(
    ("what", "correction", "expected"),
    [
        ("value", "40", {"value": 40.0, "low": 40.0, "high": 40.0}),
        ("value", "1,200", {"value": 1200.0, "low": 1200.0, "high": 1200.0}),
        ("value", "12-14", {"value": None, "low": 12.0, "high": 14.0}),
        ("value", "12 to 14", {"value": None, "low": 12.0, "high": 14.0}),
        ("measure", "people injured", {"measure": "people injured"}),
        ("place", "Raqqa", {"location": "Raqqa"}),
        ("time", "2017-05-01", {"time": TimeSpan(date(2017, 5, 1), date(2017, 5, 1), "2017-05-01")}),
        (
            "time",
            "2017-05-01/2017-05-03",
            {"time": TimeSpan(date(2017, 5, 1), date(2017, 5, 3), "2017-05-01/2017-05-03")},
        ),
        ("not_a_claim", "", {}),
        ("value", "many", ValueError),
        ("value", "14-12", ValueError),
        ("value", "", ValueError),
        ("time", "May 1st", ValueError),
        ("place", "  ", ValueError),
        ("colour", "red", ValueError),
    ],
)
def test_corrections(what: str, correction: str, expected: object) -> None:
    if expected is ValueError:
        with pytest.raises(ValueError):
            corrected(A, what, correction)
        return
    fixed = corrected(A, what, correction)
    assert fixed.id == A.id
    for name, value in expected.items():  # type: ignore[attr-defined]
        assert getattr(fixed, name) == value


def test_split_reject_and_misread_laid_in_order() -> None:
    cluster = _cluster()
    new = new_cluster_id([C.id, D.id])
    decisions = [
        Decided("split", "k-run", None, {"into": new, "claims": [C.id, D.id]}),
        Decided("reject_match", new, D.id, {}),
        Decided("misread", "k-run", B.id, {"field": "value", "correction": "14"}),
        Decided("misread", "k-run", A.id, {"field": "not_a_claim", "correction": "a date"}),
    ]
    result = laid([cluster], decisions, CLAIMS)
    by_id = {c.id: c for c in result.clusters}
    assert by_id["k-run"].claim_ids == (B.id,)
    assert by_id[new].claim_ids == (C.id,) and by_id[new].event_id == "e-1"
    assert by_id[new_cluster_id([D.id])].claim_ids == (D.id,)
    assert result.new == {new, new_cluster_id([D.id])}
    assert result.hidden == {A.id}
    assert result.claims[B.id].value == 14 and result.misread[B.id].was == "15"
    assert result.claims[A.id] is A


def test_a_corrected_value_is_compared_again() -> None:
    cluster = _cluster()
    assert cluster.verdict == "contradict"
    assert cluster.reconciled is not None and cluster.reconciled.maximum == 90
    one = [Decided("misread", "k-run", D.id, {"field": "value", "correction": "16"})]
    [again] = laid([cluster], one, CLAIMS).clusters
    assert again.reconciled is not None and again.reconciled.maximum == 16 and again.id == "k-run"
    every = [Decided("misread", "k-run", c.id, {"field": "value", "correction": "15"}) for c in (A, C, D)]
    [agreed] = laid([cluster], every, CLAIMS).clusters
    assert agreed.verdict == "agree"


def test_a_decision_whose_claims_left_the_source_changes_nothing() -> None:
    cluster = _cluster()
    split = Decided("split", "k-run", None, {"into": "cl-x", "claims": ["gone:n1-2"]})
    result = laid([cluster], [split, Decided("reject_match", "k-elsewhere", A.id, {})], CLAIMS)
    assert result.clusters == (cluster,) and result.new == frozenset()


def test_new_cluster_id_is_the_contract() -> None:
    import hashlib

    ids = ["b:n2-4", "a:n1-3"]
    assert new_cluster_id(ids) == "cl-" + hashlib.sha1(b"a:n1-3\nb:n2-4").hexdigest()[:12]
    assert new_cluster_id(list(reversed(ids))) == new_cluster_id(ids)
