"""Screenshots of the review UI for the README: the bundled demo corpus run into a fresh store (fake
embedder), a few reviewers' decisions, the app under uvicorn on a loopback port, Debian's Chromium
(Playwright, headless). Writes PNGs to docs/screenshots/ (or --out).

    .venv/bin/python scripts/review_screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
PASSWORD = "screenshot password"
VIEWPORT = {"width": 1100, "height": 760}


def make_store(folder: Path) -> tuple[Path, str]:
    """The demo corpus in a store, the first figure of its top incident reviewed and assigned; the store and
    that figure's cluster id."""
    from crosscheck.cli import main
    from crosscheck.commands import demo_corpus_path
    from crosscheck.review import decide
    from crosscheck.review.queue import analysis
    from crosscheck.review.state import Review, save_review
    from crosscheck.review.users import add_user
    from crosscheck.store import open_store

    db = folder / "crosscheck.db"
    corpus = folder / "demo"
    shutil.copytree(demo_corpus_path(), corpus)
    out = folder / "out"
    run = ["run", str(corpus), "--embedder", "fake", "--no-cache", "--quiet", "--out", str(out)]
    run += ["--claims", str(out / "claims.jsonl")]
    assert main([*run, "--db", str(db)]) == 0
    with open_store(db) as store:
        rita = add_user(store, "rita", "reviewer", PASSWORD)
        add_user(store, "rob", "reviewer", PASSWORD)
        top = analysis(store).incidents[0]
        shown = next(slot.cluster.id for slot in top.slots if len(slot.rows) > 1)
        note = "Council toll confirmed by phone"
        review = Review("contradict", 40, 40, "council statement", note, "reviewed")
        save_review(store, rita.id, shown, 1, review)
        decide.assign(store, rita.id, shown, "rob", None, 2)
    return db, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from crosscheck.review.app import create_app

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db, shown = make_store(Path(folder))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                page = browser.new_page(viewport=VIEWPORT)
                page.goto(base + "/login")
                page.fill("input[name=name]", "rita")
                page.fill("input[name=password]", PASSWORD)
                page.click("button:has-text('Log in')")
                page.wait_for_selector("table.queue")
                page.locator("h1").click()
                page.keyboard.press("j")
                page.screenshot(path=args.out / "review-queue.png")
                page.click("a.incident-link >> nth=0")
                section = page.locator(f"#cluster-{shown}")
                section.locator("details.row-actions").first.evaluate("element => element.open = true")
                section.scroll_into_view_if_needed()
                section.screenshot(path=args.out / "review-figure.png")
                browser.close()
        finally:
            server.should_exit = True
    for png in sorted(args.out.glob("review-*.png")):
        where = png.relative_to(ROOT) if png.is_relative_to(ROOT) else png
        print(f"{where}: {png.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
