"""The demo corpus stays consistent with its sources.csv and with the discrepancies its README promises."""

from __future__ import annotations

import csv
import html
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "crosscheck" / "data" / "demo"


def _rows() -> list[dict[str, str]]:
    with (DEMO / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _text(name: str) -> str:
    return html.unescape((DEMO / name).read_text(encoding="utf-8"))


def test_sources_csv_lists_every_article_and_nothing_else() -> None:
    listed = {row["file"] for row in _rows()}
    on_disk = {p.name for p in DEMO.iterdir() if p.name != "sources.csv"}
    assert listed == on_disk
    assert 5 <= len(listed) <= 7
    assert {Path(name).suffix for name in listed} == {".txt", ".html", ".md"}


def test_sources_csv_has_the_planted_gaps() -> None:
    rows = _rows()
    assert list(rows[0]) == ["file", "outlet", "published", "title", "url"]
    assert [r["file"] for r in rows if not r["outlet"]] == ["northern-wire-tal-al-abyadin.html"]
    assert [r["file"] for r in rows if not r["published"]] == ["lowland-ledger-dam.txt"]
    assert all(r["url"].startswith("https://") and ".example/" in r["url"] for r in rows)


PLANTED = [
    ("agree", "valley-courier-dam-breach.txt", "At least 14 people were killed"),
    ("agree", "lowland-ledger-dam.txt", "killing at least 14 people, the Caspar Monitoring Group said"),
    ("agree", "northern-wire-tal-al-abyadin.html", "The CMG said it had verified at least 14 deaths"),
    ("contradict", "radio-caspar-governor.txt", "12 people were killed in Tell Abyadin"),
    ("contradict", "northern-wire-tal-al-abyadin.html", "40 people had been killed"),
    ("update", "seyran-today-toll-rises.md", "rose to 31 on Thursday"),
    ("part-whole", "seyran-today-toll-rises.md", "included 9 children and 6 women"),
    ("compatible", "valley-courier-dam-breach.txt", "Dozens of people were injured"),
    ("compatible", "northern-wire-tal-al-abyadin.html", "40 people were injured"),
    ("compatible", "valley-courier-dam-breach.txt", "At least 20 people are missing"),
    ("compatible", "northern-wire-tal-al-abyadin.html", "25 people were still missing"),
    ("rate", "northern-wire-tal-al-abyadin.html", "60 to 70 trucks a day"),
    ("rate", "lowland-ledger-dam.txt", "about 65 lorries a day"),
    ("conversion", "valley-courier-dam-breach.txt", "35 square kilometres [14 square miles]"),
    ("bad conversion", "valley-courier-dam-breach.txt", "4 metres (20 feet)"),
    ("alias", "lowland-ledger-dam.txt", "The Geneva-based monitor"),
    ("spelling", "lowland-ledger-dam.txt", "Tal al-Abyadin"),
    ("other event", "meridian-dispatch-roundup.txt", "hit the crowded market in Kafr Zeytar"),
    ("factual", "radio-caspar-governor.txt", "The interior ministry ruled out an evacuation"),
    ("factual", "northern-wire-tal-al-abyadin.html", "an evacuation deal was reached"),
    ("boilerplate", "valley-courier-dam-breach.txt", "You have commented 12 times"),
    ("boilerplate", "valley-courier-dam-breach.txt", "Share this article"),
    ("byline date", "lowland-ledger-dam.txt", "11 March 2026 - 18:40"),
    ("meta", "northern-wire-tal-al-abyadin.html", '<meta property="og:site_name" content="Northern Wire">'),
    ("meta", "northern-wire-tal-al-abyadin.html", '<meta property="article:published_time"'),
]


@pytest.mark.parametrize(("what", "name", "quote"), PLANTED, ids=[f"{w}:{q[:30]}" for w, _, q in PLANTED])
def test_planted_text_is_where_the_readme_says(what: str, name: str, quote: str) -> None:
    assert quote in _text(name) or quote in (DEMO / name).read_text(encoding="utf-8")
    assert name in (DEMO.parent / "demo.md").read_text(encoding="utf-8")
