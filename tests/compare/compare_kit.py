"""Tiny builders for compare tests: an article with text, and claims located by their quote."""

from __future__ import annotations

import hashlib
from datetime import date

from crosscheck.config import Settings
from crosscheck.model import Claim, Source, TimeSpan

SETTINGS = Settings(embedder="fake").validate()
DAY = date(2024, 3, 2)


def article(text: str, outlet: str | None = "Valley Courier", published: date = DAY, sid: str = "") -> Source:
    digest = hashlib.sha1(f"{outlet}|{published}|{text}".encode()).hexdigest()[:8]
    return Source(id=sid or f"{outlet or 'src'}-{digest}", text=text, outlet=outlet, published=published)


def claim(
    source: Source | str,
    quote: str,
    qualifier: str = "exact",
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    *,
    outlet: str | None = "Valley Courier",
    published: date = DAY,
    as_of: date | None = None,
    by: str | None = None,
    measure: str | None = "people killed",
    occurrence: int = 0,
) -> Claim:
    """A claim on ``quote``; ``source`` is a Source or the text of a new article by ``outlet``."""
    if isinstance(source, str):
        source = article(source, outlet, published)
    start = -1
    for _ in range(occurrence + 1):
        start = source.text.index(quote, start + 1)
    end = start + len(quote)
    left = source.text.rfind(". ", 0, start)
    sentence_start = 0 if left < 0 else left + 2
    right = source.text.find(". ", end)
    sentence_end = len(source.text) if right < 0 else right + 1
    return Claim(
        source=source,
        kind="numeric",
        start=start,
        end=end,
        sentence_start=sentence_start,
        sentence_end=sentence_end,
        rule="test",
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,  # type: ignore[arg-type]
        measure=measure,
        attribution=by,
        time=TimeSpan(as_of, as_of) if as_of else None,
    )
