from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.report import (
    ReportContext,
    ReportValidationError,
    claim_to_dict,
    load_schema,
    render_json,
    to_json_dict,
    validate_report,
)
from crosscheck.report._format import json_number


def test_report_validates_against_schema(sample: ReportContext) -> None:
    data = json.loads(render_json(sample))
    validate_report(data)
    assert data["schema_version"] == "1"
    assert {"sources", "claims", "clusters"} <= data.keys()


def test_schema_is_draft_2020_12_and_open() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is True
    assert schema["$defs"]["claim"]["additionalProperties"] is True


def _rename(data: dict[str, Any], section: str, old: str, new: str) -> None:
    data[section][0][new] = data[section][0].pop(old)


MUTATIONS = [
    ("claim quote renamed", lambda d: _rename(d, "claims", "quote", "text"), "claims/0"),
    ("claim kind unknown", lambda d: d["claims"][0].update(kind="opinion"), "claims/0/kind"),
    ("qualifier unknown", lambda d: d["claims"][0].update(qualifier="roughly"), "claims/0/qualifier"),
    ("value as string", lambda d: d["claims"][0].update(value="14"), "claims/0/value"),
    ("time without text", lambda d: d["claims"][-1].update(time={"start": None, "end": None}), "claims/"),
    ("cluster verdict missing", lambda d: d["clusters"][0].pop("verdict"), "clusters/0"),
    ("cluster verdict unknown", lambda d: d["clusters"][0].update(verdict="maybe"), "clusters/0/verdict"),
    (
        "source published not ISO",
        lambda d: d["sources"][0].update(published="2 April"),
        "sources/0/published",
    ),
    ("source id renamed", lambda d: _rename(d, "sources", "id", "source_id"), "sources/0"),
    ("sources missing", lambda d: d.pop("sources"), "(top level)"),
    ("schema version changed", lambda d: d.update(schema_version="2"), "schema_version"),
]


@pytest.mark.parametrize(("name", "mutate", "where"), MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_broken_report_fails_validation(sample: ReportContext, name: str, mutate, where: str) -> None:
    data = copy.deepcopy(to_json_dict(sample))
    mutate(data)
    with pytest.raises(ReportValidationError) as info:
        validate_report(data)
    assert isinstance(info.value, CrosscheckError)
    assert where in str(info.value)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(generator="crosscheck 9"),
        lambda d: d["claims"][0].update(confidence=0.9),
        lambda d: d["clusters"][0].update(notes=["added later"]),
        lambda d: d.pop("findings"),
    ],
)
def test_added_or_optional_fields_still_validate(sample: ReportContext, mutate) -> None:
    data = copy.deepcopy(to_json_dict(sample))
    mutate(data)
    validate_report(data)


@pytest.mark.parametrize(
    ("given", "expected", "expected_type"),
    [
        (70.0, 70, int),
        (70, 70, int),
        (2.5, 2.5, float),
        (None, None, type(None)),
        (float("inf"), None, type(None)),
    ],
)
def test_json_number(given: float | None, expected: object, expected_type: type) -> None:
    shown = json_number(given)
    assert shown == expected
    assert type(shown) is expected_type


def test_integral_numbers_render_as_ints(sample: ReportContext) -> None:
    text = render_json(sample)
    assert re.search(r'"value": 14\n', text)
    assert "14.0" not in text and "40.0" not in text
    assert '"high": 27.5' in text


def test_claim_fields(sample: ReportContext) -> None:
    claim = next(c for c in sample.claims if c.quote == "At least 14")
    data = claim_to_dict(claim, "k-agree")
    assert data["quote"] == "At least 14"
    assert data["sentence"].startswith("At least 14 people were killed")
    assert (data["low"], data["high"], data["qualifier"]) == (14, None, "at_least")
    assert data["time"] == {"start": "2031-04-01", "end": "2031-04-01", "text": "on Tuesday"}
    assert data["cluster_id"] == "k-agree"


def test_json_is_byte_identical_across_builds(make_sample) -> None:
    assert render_json(make_sample()) == render_json(make_sample((4, 3, 2, 1, 0)))


def test_clusters_sorted_by_verdict_then_outlets(sample: ReportContext) -> None:
    assert [c.verdict for c in sample.clusters] == ["contradict", "update", "compatible", "agree", "single"]
    assert sample.summary.verdict_count("contradict") == 1
    assert sample.cluster_of[next(c.id for c in sample.claims if c.quote == "40")] == "k-contradict"


def test_events_carry_their_rank_and_shown_verdicts(sample: ReportContext) -> None:
    data = json.loads(render_json(sample))
    validate_report(data)
    events = data["events"]
    assert [e["id"] for e in events] == sorted(e["id"] for e in events), "still sorted by id"
    ranked = [e["id"] for e in sorted(events, key=lambda e: e["rank"])]
    assert ranked == [view.event.id for view in sample.incidents]
    first = min(events, key=lambda e: e["rank"])
    assert first["verdicts"] == {"contradict": 1, "agree": 1}
