"""The "Outlets and claimants" section in report.json, report.md and report.html."""

from __future__ import annotations

import copy
import json
import re

import pytest

from crosscheck.report import ReportContext, ReportValidationError, render_json, to_json_dict, validate_report
from crosscheck.report.html import render_html
from crosscheck.report.markdown import render_markdown
from tests.report.conftest import HOSTILE


def test_json_lists_outlets_and_claimants_and_each_slots_estimate(sample: ReportContext) -> None:
    data = json.loads(render_json(sample))
    validate_report(data)
    outlets = {o["name"]: o for o in data["outlets"]}
    assert set(outlets) == {"Northern Wire | Bulletins", "The Valley Courier", "caspar"}
    assert [o["rank"] for o in data["outlets"]] == [1, 2, 3]
    caspar = outlets["caspar"]
    assert (caspar["shared"], caspar["agreed"], caspar["contradicted"]) == (1, 0, 1)
    assert (
        caspar["bias"] < 0 and caspar["reliability_low"] < caspar["reliability"] < caspar["reliability_high"]
    )
    assert f"Officials {HOSTILE}" in {c["name"] for c in data["claimants"]}
    estimates = {c["id"]: c.get("estimate") for c in data["clusters"]}
    assert estimates["k-update"] == {"value": 31, "support": 1.0, "known": False}, "the latest toll"
    assert estimates["k-agree"]["value"] == 14


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["outlets"][0].pop("reliability"), "outlets/0"),
        (lambda d: d["outlets"][0].update(reliability=1.5), "outlets/0/reliability"),
        (lambda d: d["claimants"][0].update(shared="1"), "claimants/0/shared"),
        (lambda d: d["clusters"][0]["estimate"].update(known="no"), "clusters/0/estimate/known"),
    ],
)
def test_a_broken_source_record_fails_validation(sample: ReportContext, mutate, where: str) -> None:
    data = copy.deepcopy(to_json_dict(sample))
    mutate(data)
    with pytest.raises(ReportValidationError) as info:
        validate_report(data)
    assert where in str(info.value)


def test_html_section_plots_each_source_and_escapes_names(sample: ReportContext) -> None:
    html = render_html(sample)
    start = html.index('<section id="outlets-and-claimants"')
    section = html[start : html.index("</section>", start)]
    assert HOSTILE not in section and "Officials &lt;script&gt;" in section
    assert section.count('<svg class="plot"') == 2
    assert section.count('<circle class="dot"') == 3 + 4, "one mark per outlet and per claimant"
    assert re.search(r"<th scope=\"row\">caspar</th>.*runs low ×0.3", section)
    assert "weighted estimate: <b>31</b>" in html


def test_markdown_section_follows_the_incidents(sample: ReportContext) -> None:
    md = render_markdown(sample)
    assert md.index("## Outlets and claimants") > md.index("## 1. ")
    cells = "caspar | 0.33 | 0.03–0.78 | 3 | 1 | 0 | 1 | runs low ×0.3; off: 0 high, 1 low, typically ×0.3"
    assert f"| 3 | {cells} |" in md
    assert "Officials \\<script\\>alert(1)\\</script\\>" in md
    assert "Weighted estimate: 31." in md
