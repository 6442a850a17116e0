"""An article's page: its full text, every current claim marked and linked to its figure, all escaped."""

from __future__ import annotations

import html
import re
from pathlib import Path

from markupsafe import escape
from starlette.testclient import TestClient

from crosscheck.review.article import pieces
from crosscheck.store import open_store
from tests.review.conftest import XSS_ARTICLE, XSS_TEXT, XSS_TITLE, client_for


def test_article_page_marks_every_claim_and_escapes_the_text(db: Path, anonymous: TestClient) -> None:
    client = client_for(db, "vera")
    queue = client.get("/", params={"q": "14 people were killed in the flood in Tell Abyadin"}).text
    event = re.search(r'href="/incidents/([^"]+)"', queue)
    assert event
    incident = client.get(f"/incidents/{event.group(1)}").text
    link = re.search(r'href="(/sources/[^"#]+)#claim-[^"]+" class="article"', incident)
    assert link
    page = client.get(link.group(1)).text
    with open_store(db) as store:
        source_id = link.group(1).removeprefix("/sources/")
        claims = [claim for claim in store.claims() if claim.source_id == source_id]
        [source] = store.sources([source_id])
    assert claims
    marked = re.findall(
        r'<a href="/incidents/([^"#]+)#cluster-[^"]+" id="claim-([^"]+)" class="claim">', page
    )
    assert sorted(claim_id for _, claim_id in marked) == sorted(c.id for c in claims)
    assert XSS_TEXT not in page and XSS_TITLE not in page
    assert str(escape(XSS_TEXT)) in page
    text = re.sub(r"<[^>]+>", "", page[page.index('<article class="fulltext">') : page.index("</article>")])
    assert html.unescape(text) == source.text and XSS_ARTICLE.strip() in source.text
    assert client.get("/sources/no-such-article").status_code == 404
    assert anonymous.get(link.group(1), follow_redirects=False).status_code == 303


def test_pieces_cut_at_offsets_and_skip_overlaps() -> None:
    from crosscheck.model import Claim, Source

    source = Source(id="s", text="about 40 people and 12 more")

    def claim(start: int, end: int) -> Claim:
        return Claim(
            source=source, kind="numeric", start=start, end=end, sentence_start=0, sentence_end=27, rule="t"
        )

    cut = pieces(source.text, [claim(20, 22), claim(0, 8), claim(6, 15)], {})
    assert [(p.text, p.claim is not None) for p in cut] == [
        ("about 40", True), (" people and ", False), ("12", True), (" more", False)
    ]  # fmt: skip
