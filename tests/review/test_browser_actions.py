"""The review actions in a real browser (Debian's Chromium, Playwright, uvicorn on a local port): a reviewer
logs in, finds an incident by search, sets a verdict with a note, merges two figures and splits one, sets a
verdict on the split-off part at once, sees the audit entries, sets a verdict from the queue with the keys
(j, 2) and logs out; a viewer sees no form and a write sent with a viewer's session and token is refused.
No console error, nothing requested off the server."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from tests.report.test_report_browser import CHROMIUM, LAUNCH_ARGS
from tests.review.conftest import PASSWORD

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)"
)


def _open(browser: Browser, server: str, errors: list[str], outside: list[str]) -> Page:
    page = browser.new_page()
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "request", lambda request: None if request.url.startswith(server) else outside.append(request.url)
    )
    return page


def _log_in(page: Page, server: str, name: str) -> None:
    page.goto(server + "/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_selector("table.queue")


def _with_browser(test: Callable[[Browser], None]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            test(browser)
        finally:
            browser.close()


def test_verdict_merge_split_and_audit_in_a_browser(server: str) -> None:
    from playwright.sync_api import expect

    errors: list[str] = []
    outside: list[str] = []

    def run(browser: Browser) -> None:
        page = _open(browser, server, errors, outside)
        _log_in(page, server, "rita")
        page.fill("#q", "Tell Abyadin, 2026-03-10")
        expect(page.locator("tr.queue-row")).to_have_count(1)
        page.click("a.incident-link")
        page.wait_for_selector("section.cluster form.review")
        incident = page.url

        first = page.locator("section.cluster").first
        first_id = first.get_attribute("id")
        first.locator("select[name=verdict]").select_option("update")
        first.locator("textarea[name=note]").fill("Toll rose overnight")
        first.locator("button:has-text('Save')").click()
        expect(page.locator(f"#{first_id} li.audit-entry").first).to_contain_text("Toll rose overnight")

        merging = page.locator("section.cluster:has(form.merge)").first
        absorbed = merging.get_attribute("id")
        target = merging.locator("form.merge select[name=target] option").first.get_attribute("value")
        assert absorbed and target
        merging.locator("button:has-text('Merge into it')").click()
        page.wait_for_url(f"**#cluster-{target.split(':')[0]}")
        assert page.locator(f"#{absorbed}").count() == 0
        kept = page.locator(f"#cluster-{target.split(':')[0]}")
        expect(kept.locator("li.audit-entry").last).to_contain_text(f"merged {absorbed[len('cluster-') :]}")

        splitting = page.locator("section.cluster:has(form.split)").first
        source = splitting.get_attribute("id")
        splitting.locator("input[type=checkbox]").first.check()
        splitting.locator("button:has-text('Split the ticked rows')").click()
        page.wait_for_url("**#cluster-cl-*")
        made = page.url.rpartition("#")[2]
        new = page.locator(f"#{made}")
        expect(new.locator("li.audit-entry")).to_contain_text("split off")
        expect(page.locator(f"#{source} li.audit-entry").last).to_contain_text("into a new figure")
        assert page.locator("p.new-figure").count() == 0, "the new part is a figure of the store at once"
        new.locator("select[name=verdict]").select_option("contradict")
        new.locator("textarea[name=note]").fill("Split off: another toll")
        new.locator("button:has-text('Save')").click()
        expect(page.locator(f"#{made} h2")).to_contain_text("reviewed: contradict")
        expect(page.locator(f"#{made} li.audit-entry").last).to_contain_text("Split off: another toll")

        page.goto(server + "/users/rita/history")
        expect(page.locator("li.audit-entry")).to_have_count(6)  # a review, a merge and a split on two each,
        # and the new part's review

        page.goto(server + "/?q=Tell+Abyadin%2C+2026-03-10")
        page.locator("h1").click()
        page.keyboard.press("j")
        page.keyboard.press("2")
        expect(page.locator("#key-message")).to_contain_text("Saved")
        expect(page.locator("tr.queue-row span.chip").first).to_have_text("compatible")
        page.goto(incident)
        expect(page.locator("section.cluster").first).to_contain_text("reviewed: compatible")

        page.click("#logout")
        page.wait_for_url(server + "/login")

    _with_browser(run)
    assert errors == []
    assert outside == []


def test_a_viewer_cannot_write_in_a_browser(server: str) -> None:
    errors: list[str] = []
    outside: list[str] = []

    def run(browser: Browser) -> None:
        page = _open(browser, server, errors, outside)
        _log_in(page, server, "vera")
        page.click("a.incident-link >> nth=0")
        page.wait_for_selector("section.cluster")
        assert page.locator("section.cluster form").count() == 0
        cluster = (page.locator("section.cluster").first.get_attribute("id") or "")[len("cluster-") :]
        token = page.locator("form.inline input[name=csrf_token]").get_attribute("value") or ""
        for action in ("review", "split", "merge", "assign"):
            answer = page.request.post(
                f"{server}/clusters/{cluster}/{action}", form={"csrf_token": token, "version": "1"}
            )
            assert answer.status == 403, action
        page.goto(server + "/")
        page.locator("h1").click()
        page.keyboard.press("j")
        page.keyboard.press("1")
        page.locator("#key-message").get_by_text("Forbidden").wait_for()

    _with_browser(run)
    assert outside == []
    assert all("403" in error for error in errors), errors
