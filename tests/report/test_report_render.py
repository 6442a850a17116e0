from __future__ import annotations

import json
import re
from datetime import date

import pytest

from crosscheck.model import Claim, Source
from crosscheck.report import (
    ReportContext,
    render_html,
    render_json,
    render_markdown,
    write_claims_jsonl,
    write_report,
)
from crosscheck.report._format import interval
from crosscheck.report.markdown import escape
from crosscheck.report.svg import interval_plot

HOSTILE = "<script>alert(1)</script>"
RENDERERS = [render_json, render_markdown, render_html]


def test_html_escapes_hostile_text(sample: ReportContext) -> None:
    html = render_html(sample)
    assert HOSTILE not in html
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


@pytest.mark.parametrize(
    "pattern",
    [
        r"<link\b",
        r"<script\b",
        r"\bsrc\s*=",
        r"\bsrcset\s*=",
        r"url\(\s*['\"]?https?:",
        r"@import",
        r"<iframe\b",
    ],
)
def test_html_loads_nothing_from_the_network(sample: ReportContext, pattern: str) -> None:
    assert not re.search(pattern, render_html(sample), re.IGNORECASE)


def test_html_is_accessible_and_self_contained(sample: ReportContext) -> None:
    html = render_html(sample)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html and "<style>" in html
    assert html.count("<svg") >= 4
    for svg in re.findall(r"<svg[^>]*>", html):
        assert 'role="img"' in svg and "aria-labelledby=" in svg
    assert '<th scope="col">Outlet</th>' in html
    assert "<mark>At least 14</mark>" in html


@pytest.mark.parametrize("render", [render_html, render_markdown], ids=["html", "markdown"])
def test_contradictions_come_first(sample: ReportContext, render) -> None:
    text = render(sample)
    order = [text.index(cid) for cid in ("k-contradict", "k-update", "k-compatible", "k-agree", "k-single")]
    assert order == sorted(order)


def test_markdown_escapes_pipes_and_markup(sample: ReportContext) -> None:
    md = render_markdown(sample)
    assert r"**40** people \| were killed" in md
    assert "Northern Wire \\| Bulletins" in md
    assert HOSTILE not in md
    for line in md.splitlines():
        if line.startswith("| ") and "Outlet" not in line and "---" not in line:
            cells = re.split(r"(?<!\\)\|", line)
            assert len(cells) - 2 in (2, 3, 4, 5), line


def test_markdown_bolds_the_quote_inside_its_sentence(sample: ReportContext) -> None:
    md = render_markdown(sample)
    assert "**At least 14** people were killed in Tell Abyadin" in md
    assert "The CMG counted **14** dead." in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a | b", r"a \| b"),
        ("*bold* and _it_", r"\*bold\* and \_it\_"),
        ("[link](x)", r"\[link\](x)"),
        ("<b>", r"\<b\>"),
        ("line\nbreak", "line break"),
        ("plain 14 people", "plain 14 people"),
        (None, ""),
    ],
)
def test_markdown_escape(text: str | None, expected: str) -> None:
    assert escape(text) == expected


SRC = Source(id="s", text="x")


def _numeric(qualifier: str, value: float | None, low: float | None, high: float | None, unit=None) -> Claim:
    return Claim(
        SRC, "numeric", 0, 1, 0, 1, "t", value=value, low=low, high=high, qualifier=qualifier, unit=unit
    )


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (_numeric("exact", 14.0, 14.0, 14.0), "14"),
        (_numeric("exact", 14.0, None, None), "14"),
        (_numeric("at_least", 20.0, 20.0, None), "≥ 20"),
        (_numeric("more_than", 20.0, 20.0, None), "> 20"),
        (_numeric("at_most", 5.0, None, 5.0), "≤ 5"),
        (_numeric("less_than", 5.0, None, 5.0), "< 5"),
        (_numeric("range", None, 60.0, 70.0), "60–70"),
        (_numeric("about", 25.0, 22.5, 27.5), "22.5–27.5 (≈ 25)"),
        (_numeric("about", 25.0, None, None), "~25"),
        (_numeric("exact", 35.0, 35.0, 35.0, "km2"), "35 km2"),
        (_numeric("exact", 1500000.0, 1500000.0, 1500000.0), "1,500,000"),
    ],
)
def test_interval_text(claim: Claim, expected: str) -> None:
    assert interval(claim) == expected


@pytest.mark.parametrize("render", RENDERERS, ids=["json", "markdown", "html"])
def test_renders_are_byte_identical(make_sample, render) -> None:
    assert render(make_sample()) == render(make_sample((3, 1, 4, 0, 2)))


@pytest.mark.parametrize("render", RENDERERS, ids=["json", "markdown", "html"])
def test_no_wall_clock_in_output(sample: ReportContext, render) -> None:
    assert str(date.today().year) not in render(sample)


def test_write_report_writes_all_three_atomically(sample: ReportContext, tmp_path) -> None:
    out = tmp_path / "nested" / "out"
    written = write_report(sample, out)
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "report.md"]
    assert written["json"].read_text(encoding="utf-8") == render_json(sample)
    assert written["markdown"].read_bytes() == render_markdown(sample).encode("utf-8")
    assert written["html"].read_bytes() == render_html(sample).encode("utf-8")
    write_report(sample, out)
    assert not [p for p in out.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]


def test_written_files_get_ordinary_permissions_not_the_temp_files(sample: ReportContext, tmp_path) -> None:
    import os

    umask = os.umask(0o022)
    try:
        written = write_report(sample, tmp_path)
    finally:
        os.umask(umask)
    assert {oct(path.stat().st_mode & 0o777) for path in written.values()} == {"0o644"}


def test_write_claims_jsonl_sorted_by_id(sample: ReportContext, tmp_path) -> None:
    path = write_claims_jsonl(reversed(sample.claims), tmp_path / "claims.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == sorted(c.id for c in sample.claims)
    assert all(r["kind"] in ("numeric", "factual") for r in rows)
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]


@pytest.mark.parametrize(
    ("claim", "expected", "absent"),
    [
        (_numeric("exact", 14.0, 14.0, 14.0), 'class="dot"', "fade-"),
        (_numeric("at_least", 20.0, 20.0, None), "url(#p-fade-right)", 'class="dot"'),
        (_numeric("at_most", 5.0, None, 5.0), "url(#p-fade-left)", 'class="dot"'),
        (_numeric("range", None, 60.0, 70.0), 'class="bar"', 'class="dot"'),
        (_numeric("about", 25.0, None, None), 'class="approx"', 'class="bar"'),
    ],
)
def test_interval_plot_shapes(claim: Claim, expected: str, absent: str) -> None:
    svg = interval_plot([claim, _numeric("exact", 1.0, 1.0, 1.0)], "p", "t")
    first_row = svg.split("<g>")[1]
    assert expected in first_row
    assert absent not in first_row
    assert 'aria-labelledby="p-title p-desc"' in svg


def test_interval_plot_is_empty_without_numbers() -> None:
    factual = Claim(SRC, "factual", 0, 1, 0, 1, "t", polarity="negative")
    assert interval_plot([factual], "p", "t") == ""
