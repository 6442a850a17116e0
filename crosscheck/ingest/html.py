"""HTML pages: main text via trafilatura, metadata from the page's own meta tags."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.ingest.textnorm import clean_field

_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"),
    "published": (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
    ),
    "url": ("og:url",),
}
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014-]\s+")


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def read_html(markup: str) -> HtmlPage:
    """Main text and metadata of a page; text is "" when no article text is found."""
    import trafilatura

    text = trafilatura.extract(
        markup, output_format="txt", include_comments=False, include_tables=True, favor_precision=False
    )
    meta = _page_metadata(markup)
    return HtmlPage(text=text or _paragraph_text(markup), **meta)


def _paragraph_text(markup: str) -> str:
    """Fallback when trafilatura finds no article: the page's headings and paragraphs, one a line."""
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return ""
    blocks = (" ".join(el.text_content().split()) for el in root.iter("h1", "h2", "h3", "p", "li"))
    return "\n".join(block for block in blocks if block)


def _page_metadata(markup: str) -> dict[str, str | None]:
    import lxml.html

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return {}
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        value = clean_field(element.get("content"))
        if key and value and key not in found:
            found[key] = value
    for element in root.iter("time"):
        if element.get("itemprop", "").lower() == "datepublished" and element.get("datetime"):
            found.setdefault("datepublished", element.get("datetime", ""))
    meta: dict[str, str | None] = {
        field: next((found[key] for key in keys if found.get(key)), None)
        for field, keys in _META_KEYS.items()
    }
    if meta["url"] is None:
        canonical = root.xpath('//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href')
        meta["url"] = clean_field(canonical[0]) if canonical else None
    if meta["title"] is None:
        page_title = root.findtext(".//title")
        meta["title"] = _without_site_suffix(clean_field(page_title), meta["outlet"])
    return meta


def _without_site_suffix(title: str | None, outlet: str | None) -> str | None:
    """ "Army advances | The Daily Example" -> "Army advances" when the suffix is the site name."""
    if not title or not outlet:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and parts[-1].strip().casefold() == outlet.casefold():
        return " - ".join(parts[:-1]).strip() or title
    return title
