"""The demo's report.html, made with the real model, in a real browser: Debian's Chromium, driven by
Playwright. (With the fake embedder, whether two figures meet in one cluster is arbitrary, so which
incident contradicts would follow the link weights rather than the text.)

Checks what a reader meets: the incidents table on the first screen with the contradicting incident
first, the filter and the sortable headers working, an incident link leading to its timeline, nothing
requested from outside the page, no console error, and the page still readable without its script.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck.cli import main
from tests.regenerate_goldens import demo_args

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]

if CHROMIUM.exists():
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Route, sync_playwright


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser-demo")
    assert main(demo_args("minilm", out, out / "claims.jsonl")) == 0
    return out


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page whose outside requests are blocked and recorded, and whose console errors are recorded."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.outside: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._route)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _route(self, route: Route, request: Request) -> None:
        if request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.outside.append(request.url)
            route.abort()

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(message.text)


@pytest.fixture
def watched(chromium: Browser, demo_report: Path) -> Iterator[Watched]:
    context = chromium.new_context(viewport=VIEWPORT)
    watched = Watched(context.new_page())
    watched.page.goto((demo_report / "report.html").as_uri())
    yield watched
    context.close()
    assert watched.outside == [], "the page asked for something outside itself"
    assert watched.errors == [], "console errors"


def _contradicting_event(demo_report: Path) -> str:
    report = json.loads((demo_report / "report.json").read_text(encoding="utf-8"))
    (cluster,) = [c for c in report["clusters"] if c["verdict"] == "contradict"]
    return cluster["event_id"]


def _visible_rows(page: Page) -> list[str]:
    return [row.inner_text() for row in page.locator("#incidents tbody tr").all() if row.is_visible()]


def test_first_screen_shows_the_incidents_contradicting_first(watched: Watched, demo_report: Path) -> None:
    page = watched.page
    first = page.locator("#incidents tbody tr").first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] < VIEWPORT["height"], "on the first screen"
    assert first.is_visible() and "contradict" in first.inner_text().lower()
    link = first.locator("a")
    assert link.get_attribute("href") == f"#{_contradicting_event(demo_report)}"
    assert page.locator("#filters").is_visible()


def test_filter_hides_rows_that_do_not_match(watched: Watched) -> None:
    page = watched.page
    everything = _visible_rows(page)
    page.fill("#filters input[name=q]", "kafr zeytar")
    kept = _visible_rows(page)
    assert 0 < len(kept) < len(everything)
    assert all("kafr zeytar" in row.lower() for row in kept)
    assert page.inner_text("#shown") == f"{len(kept)} of {len(everything)} incidents shown"
    page.fill("#filters input[name=q]", "")
    page.select_option("#filters select[name=verdict]", "contradict")
    assert len(_visible_rows(page)) == 1
    page.select_option("#filters select[name=verdict]", "")
    assert _visible_rows(page) == everything


def _column(page: Page, index: int) -> list[str]:
    return page.locator(f"#incidents tbody tr td:nth-child({index})").all_inner_texts()


def test_clicking_a_header_sorts(watched: Watched) -> None:
    page = watched.page
    ranks = [int(x) for x in _column(page, 1)]
    assert ranks == sorted(ranks)
    header = page.locator("#incidents thead th", has_text="Outlets")
    header.click()
    outlets = [int(x) for x in _column(page, 6)]
    assert outlets == sorted(outlets) and outlets != [int(x) for x in _column(page, 6)][::-1]
    assert header.get_attribute("aria-sort") == "ascending"
    header.click()
    assert [int(x) for x in _column(page, 6)] == sorted(outlets, reverse=True)
    page.locator("#incidents thead th", has_text="Incident").click()
    titles = _column(page, 2)
    assert titles == sorted(titles, key=str.lower) and titles != _column(page, 2)[::-1]


def test_an_incident_link_shows_its_timeline(watched: Watched, demo_report: Path) -> None:
    page = watched.page
    event_id = _contradicting_event(demo_report)
    page.locator(f'#incidents a[href="#{event_id}"]').click()
    assert page.url.endswith(f"#{event_id}")
    plot = page.locator(f"#{event_id} svg.plot").first
    plot.wait_for(state="visible")
    box = plot.bounding_box()
    assert box is not None and 0 <= box["y"] < VIEWPORT["height"] and box["height"] > 100
    assert plot.locator("circle, rect").count() >= 2


def test_screenshot_is_a_png(watched: Watched, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    watched.page.screenshot(path=str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_reads_without_its_script(chromium: Browser, demo_report: Path) -> None:
    context = chromium.new_context(viewport=VIEWPORT, java_script_enabled=False)
    page = context.new_page()
    page.goto((demo_report / "report.html").as_uri())
    rows = page.locator("#incidents tbody tr")
    assert rows.count() > 1 and rows.first.is_visible()
    assert not page.locator("#filters").is_visible()
    assert page.locator("section.incident svg.plot").first.is_visible()
    context.close()


def test_outlets_and_claimants_plot_one_mark_per_listed_source(watched: Watched, tmp_path: Path) -> None:
    page = watched.page
    section = page.locator("#outlets-and-claimants")
    section.scroll_into_view_if_needed()
    for kind in ("outlets", "claimants"):
        plot = page.locator(f'svg[aria-labelledby="rel-{kind}-title rel-{kind}-desc"]')
        assert plot.is_visible()
        rows = section.locator(f"table.sources:has(caption:text-is('{kind.title()}')) tbody tr")
        assert plot.locator("circle.dot").count() == rows.count() > 0
        box = plot.bounding_box()
        assert box is not None and box["width"] > 300
    section.screenshot(path=str(tmp_path / "sources.png"))
