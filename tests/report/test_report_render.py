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
from crosscheck.report.html_assets import CSP, CSS, SCRIPT
from crosscheck.report.incidents import collapse
from crosscheck.report.markdown import escape
from crosscheck.report.svg import timeline_plot

HOSTILE = "<script>alert(1)</script>"
RENDERERS = [render_json, render_markdown, render_html]


def test_html_escapes_hostile_text(sample: ReportContext) -> None:
    html = render_html(sample)
    assert HOSTILE not in html
    assert re.findall(r"<script\b[^>]*>", html, re.IGNORECASE) == ["<script>"], "only the page's own script"
    assert html.count(f"<script>{SCRIPT}</script>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


def test_html_policy_allows_only_its_own_style_and_script(sample: ReportContext) -> None:
    html = render_html(sample)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in html
    assert "default-src 'none'" in CSP and "unsafe-inline" not in CSP
    assert f"<style>{CSS}</style>" in html


@pytest.mark.parametrize(
    "pattern",
    [
        r"<link\b",
        r"<script\b[^>]",
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
        assert ('role="img"' in svg and "aria-labelledby=" in svg) or 'aria-hidden="true"' in svg
    assert '<th scope="col">Outlet</th>' in html
    assert "<mark>At least 14</mark>" in html


def test_html_incidents_contradicting_first_slots_most_disputed_first(sample: ReportContext) -> None:
    html = render_html(sample)
    index = html.index('<table id="incidents">')
    links = re.findall(r'<a href="#(e-[^"]+)">', html[index:])
    assert links == ["e-0000000da1", "e-0000000da2", "e-0000000da3", "e-0000000da4"]
    order = [html.index(f'id="{cid}"') for cid in ("k-contradict", "k-agree", "k-update", "k-compatible")]
    assert order == sorted(order) and order[0] > index
    assert html.index('id="k-single"') > order[-1]


def test_markdown_follows_the_same_order(sample: ReportContext) -> None:
    md = render_markdown(sample)
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings[:2] == [
        "## Incidents",
        "## 1. Bombing, Tell Abyadin \\<script\\>alert(1)\\</script\\>, 2031-04-01",
    ]
    assert headings[2:5] == [
        "## 2. Incident, place unknown",
        "## 3. Shelling, Tell Abyadin, 2031-04-02",
        "## 4. Incident, place unknown, 2031-04-02",
    ]
    order = [md.index(f"`{cid}`") for cid in ("k-contradict", "k-agree", "k-update", "k-compatible")]
    assert order == sorted(order)


def test_hash_ids_are_anchors_not_titles(sample: ReportContext) -> None:
    html = render_html(sample)
    assert (
        '<section class="incident" id="e-0000000da1"' in html
        and '<div class="slot v-contradict" id="k-contradict">' in html
    )
    visible = re.sub(r"<[^>]+>", " ", html)
    assert "k-contradict" not in visible and "e-0000000da1" not in visible


def test_one_outlets_repeats_collapse_into_one_row(sample: ReportContext) -> None:
    (dam,) = [view for view in sample.incidents if view.event.id == "e-0000000da1"]
    agree = next(slot for slot in dam.slots if slot.cluster.id == "k-agree")
    assert [(row.outlet, row.figure, row.count) for row in agree.rows] == [
        ("The Valley Courier", "≥ 14", 2),
        ("Northern Wire | Bulletins", "14", 1),
    ]
    courier = agree.rows[0]
    assert courier.claimants == ("the Caspar Monitoring Group",) and courier.shown.quote == "At least 14"
    assert courier.dates == (date(2031, 4, 2),)
    assert agree.verdict == "agree" and not agree.repeat_only
    html = render_html(sample)
    assert "<td>≥ 14</td><td>×2</td>" in html and "| ×2 |" in render_markdown(sample)


def test_an_agreement_of_one_outlet_with_itself_is_a_single_figure(sample: ReportContext) -> None:
    from dataclasses import replace

    from crosscheck.report.incidents import slot_view

    (agree,) = [c for c in sample.clusters if c.id == "k-agree"]
    courier = [c for c in sample.cluster_claims(agree) if c.source_id == "courier"]
    slot = slot_view(replace(agree, claim_ids=tuple(c.id for c in courier), outlets=1), courier)
    assert slot.verdict == "single" and slot.repeat_only and len(slot.rows) == 1


def test_incidents_ranked_and_minor_ones_summarised_in_a_large_corpus(make_sample, monkeypatch) -> None:
    small = make_sample()
    assert [view.event.id for view in small.incidents] == [
        "e-0000000da1",
        "e-0000000da2",
        "e-0000000da3",
        "e-0000000da4",
    ]
    assert [view.minor for view in small.incidents] == [False, False, False, True]
    assert small.listed == small.incidents and small.summarised == ()
    monkeypatch.setattr("crosscheck.report.context.MINOR_LISTED_AT_MOST", 0)
    large = make_sample()
    assert [view.event.id for view in large.listed] == ["e-0000000da1", "e-0000000da2", "e-0000000da3"]
    assert large.summarised == (("incident", 1),)
    html, md = render_html(large), render_markdown(large)
    assert 'id="e-0000000da4"' not in html and "Not listed: <b>1</b> incidents" in html
    assert "Not listed: 1 incidents" in md and "e-0000000da4" not in md
    assert "e-0000000da4" in render_json(large)


def test_markdown_escapes_pipes_and_markup(sample: ReportContext) -> None:
    md = render_markdown(sample)
    assert r"**40** people \| were killed" in md
    assert "Northern Wire \\| Bulletins" in md
    assert HOSTILE not in md
    width = 0
    for line in md.splitlines():
        cells = len(re.split(r"(?<!\\)\|", line)) - 2
        if not line.startswith("| "):
            width = 0
        elif width == 0:
            width = cells
        else:
            assert cells == width, line


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


def _factual(aspect=None, polarity="positive", **fields) -> Claim:
    return Claim(SRC, "factual", 0, 1, 0, 1, "t", aspect=aspect, polarity=polarity, **fields)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (_factual("perpetrator", actor="Russia"), "Russia"),
        (_factual("perpetrator", "negative", actor="Russia"), "not Russia"),
        (_factual("perpetrator", actor="unknown"), "unknown"),
        (_factual("weapon", weapon="barrel bomb"), "barrel bomb"),
        (_factual("weapon", "negative", weapon="chemical weapon"), "not chemical weapon"),
        (_factual("weapon"), "?"),
        (_factual(action="take control", target="an industrial area"), "take control: an industrial area"),
        (_factual(polarity="negative", action="rule out", target="an evacuation"), "rule out: an evacuation"),
        (_factual(), "stated"),
    ],
)
def test_a_statement_reads_as_what_it_says(claim: Claim, expected: str) -> None:
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
        (_numeric("exact", 14.0, 14.0, 14.0), 'class="dot"', "url(#"),
        (_numeric("at_least", 20.0, 20.0, None), "url(#fade-up)", 'class="dot"'),
        (_numeric("at_most", 5.0, None, 5.0), "url(#fade-down)", 'class="dot"'),
        (_numeric("range", None, 60.0, 70.0), 'class="bar"', 'class="dot"'),
        (_numeric("about", 25.0, None, None), 'class="approx"', 'class="bar"'),
    ],
)
def test_timeline_shapes(claim: Claim, expected: str, absent: str) -> None:
    other = Claim(
        Source(id="t", text="x", outlet="Other"), "numeric", 0, 1, 0, 1, "t", 1.0, 1.0, 1.0, "exact"
    )
    svg = timeline_plot(collapse([claim, other]), "p", "t")
    marks = svg.split("<g>")[1:]
    first = next(mark for mark in marks if "1. s:" in mark)
    assert expected in first and absent not in first
    assert 'aria-labelledby="p-title p-desc"' in svg
    assert ('class="arrow"' in first) == (claim.qualifier in ("at_least", "at_most"))


def test_timeline_one_mark_per_outlet_and_date_undated_last() -> None:
    early = Source(id="a", text="x", outlet="<b>Early</b>", published=date(2031, 4, 1))
    late = Source(id="b", text="x", outlet="<b>Early</b>", published=date(2031, 4, 3))
    undated = Source(id="c", text="x", outlet="Undated")
    claims = [
        Claim(src, "numeric", 0, 1, 0, 1, "t", 9.0, 9.0, 9.0, "exact") for src in (undated, late, early)
    ]
    rows = collapse(claims)
    assert [(row.outlet, row.count) for row in rows] == [("<b>Early</b>", 2), ("Undated", 1)]
    svg = timeline_plot(rows, "p", "t")
    assert svg.count("<g>") == 3
    labels = re.findall(r'<text class="xt"[^>]*>([^<]+)</text>', svg)
    assert [label for label in labels if "-" in label or label == "undated"] == [
        "2031-04-01",
        "2031-04-03",
        "undated",
    ]
    assert "<b>" not in svg and "&lt;b&gt;Early&lt;/b&gt;" in svg


def test_timeline_is_empty_without_numbers() -> None:
    factual = Claim(SRC, "factual", 0, 1, 0, 1, "t", polarity="negative")
    assert timeline_plot(collapse([factual]), "p", "t") == ""


def test_a_headlines_bare_figure_and_its_bodys_bounded_one_are_one_row() -> None:
    text = (
        "Shelling kills 14 in Kafr Zeytar\nAt least 14 people were killed, the monitor said. Later 16 died."
    )
    src = Source(id="m", text=text, outlet="Meridian", published=date(2031, 4, 3))
    headline = Claim(src, "numeric", 15, 17, 0, 32, "t", 14.0, 14.0, 14.0, "exact")
    body = Claim(src, "numeric", 33, 44, 33, 83, "t", 14.0, 14.0, None, "at_least", attribution="the monitor")
    later = Claim(src, "numeric", 90, 92, 84, 98, "t", 16.0, 16.0, 16.0, "exact")
    rows = collapse([later, headline, body])
    assert [(row.figure, row.count, row.claimants) for row in rows] == [
        ("≥ 14", 2, ("the monitor",)),
        ("16", 1, ()),
    ]
    assert rows[0].shown is body and rows[0].shown.quote == "At least 14"
    said = Claim(src, "numeric", 15, 17, 0, 32, "t", 14.0, 14.0, 14.0, "exact", attribution="monitor")
    assert collapse([said, body])[0].shown is body, "a headline is quoted only when nothing else is"


def test_without_events_each_cluster_is_its_own_incident(make_sample) -> None:
    ctx = make_sample(event_order=())
    assert len(ctx.incidents) == len(ctx.clusters) == 5
    assert ctx.incidents[0].slots[0].cluster.id == "k-contradict"
    assert ctx.incidents[0].event.title == "Killed, Tell Abyadin"
    html = render_html(ctx)
    assert all(f'id="{cluster.id}"' in html for cluster in ctx.clusters)
    assert json.loads(render_json(ctx))["events"] == []


def _sources_table(html: str) -> str:
    return html[html.index("<h2>Sources</h2>") :]


def test_sources_table_gives_each_path_and_url(sample: ReportContext) -> None:
    table = _sources_table(render_html(sample))
    assert '<th scope="col">Path</th>' in table and '<th scope="col">URL</th>' in table
    assert "<td>demo/courier.txt</td>" in table and 'href="https://courier.example/dam"' in table
    assert "Every source read from" not in table


def test_sources_of_one_file_say_its_path_once_and_no_empty_url_column(sample: ReportContext) -> None:
    from dataclasses import replace

    one_file = tuple(replace(s, path="corpora/one.csv", url=None) for s in sample.sources)
    table = _sources_table(render_html(replace(sample, sources=one_file)))
    assert table.count("corpora/one.csv") == 1
    assert "Every source read from <code>corpora/one.csv</code>" in table
    assert '<th scope="col">Path</th>' not in table and '<th scope="col">URL</th>' not in table
    assert table.count("<tr><td><code>") == len(one_file)


def test_an_outlets_statements_are_one_row_and_its_denials_another() -> None:
    src = Source(id="s", text="x" * 40, outlet="Wire", published=date(2031, 4, 3))
    other = Source(id="o", text="x" * 40, outlet="Daily", published=date(2031, 4, 3))

    def said(source: Source, start: int, actor: str, polarity: str = "positive") -> Claim:
        return Claim(
            source,
            "factual",
            start,
            start + 1,
            0,
            40,
            "t",
            aspect="perpetrator",
            actor=actor,
            polarity=polarity,
        )

    rows = collapse(
        [
            said(src, 1, "Russia"),
            said(src, 5, "Syrian government"),
            said(src, 9, "Russia"),
            said(src, 12, "Russia", "negative"),
            said(other, 1, "rebels"),
        ]
    )
    assert sorted((row.outlet, row.figure, row.count) for row in rows) == [
        ("Daily", "rebels", 1),
        ("Wire", "Russia; Syrian government", 3),
        ("Wire", "not Russia", 1),
    ]
