"""The review UI in a real browser (Debian's Chromium, Playwright) against uvicorn on a free local port: log
in, find an incident by search, set a verdict with a note (htmx swaps the cluster in place), see the audit
entry, set another verdict with the keys (j, 2, s), log out. No console error (a CSP violation would be
one), nothing requested off the server."""

from __future__ import annotations

import pytest

from tests.report.test_report_browser import CHROMIUM, LAUNCH_ARGS
from tests.review.conftest import PASSWORD

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)"
)


def test_review_in_a_browser(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        page = browser.new_page()
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on(
            "request", lambda request: None if request.url.startswith(server) else outside.append(request.url)
        )

        page.goto(server + "/")
        assert page.url.startswith(server + "/login")
        page.fill("input[name=name]", "rita")
        page.fill("input[name=password]", PASSWORD)
        page.click("button:has-text('Log in')")
        page.wait_for_selector("table.queue")

        page.fill("#q", "killed in the flood in Tell Abyadin")
        expect(page.locator("tr.queue-row")).to_have_count(1)
        assert "q=killed" in page.url
        page.click("a.incident-link")
        page.wait_for_selector("section.cluster form.review")

        section = page.locator("section.cluster").first
        section_id = section.get_attribute("id")
        section.locator("select[name=verdict]").select_option("contradict")
        section.locator("textarea[name=note]").fill("Council toll checked by phone")
        section.locator("button:has-text('Save')").click()
        swapped = page.locator(f"#{section_id}")
        swapped.locator("li.audit-entry").first.wait_for()
        entry = swapped.locator("li.audit-entry").first.inner_text()
        assert "rita" in entry and "none → contradict" in entry and "Council toll checked by phone" in entry
        assert "reviewed: contradict" in swapped.locator("h2").inner_text()

        page.locator("h1").click()
        page.keyboard.press("j")
        page.keyboard.press("2")
        page.keyboard.press("s")
        expect(page.locator(f"#{section_id} h2")).to_contain_text("reviewed: compatible")
        expect(page.locator(f"#{section_id} li.audit-entry")).to_have_count(2)

        page.reload()
        assert (
            "Council toll checked by phone"
            in page.locator(f"#{section_id} li.audit-entry").first.inner_text()
        )

        page.click("#logout")
        page.wait_for_url(server + "/login")
        page.goto(server + "/")
        assert page.url.startswith(server + "/login")
        browser.close()
    assert errors == []
    assert outside == []
