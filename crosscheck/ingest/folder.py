"""Article files (.txt, .md, .html, .htm), alone or in a folder with an optional sources.csv."""

from __future__ import annotations

import re
from pathlib import Path

from crosscheck.ingest.boilerplate import strip_boilerplate
from crosscheck.ingest.dates import date_in_first_lines
from crosscheck.ingest.draft import Draft, Loaded, read_date
from crosscheck.ingest.encoding import Unreadable, read_text
from crosscheck.ingest.html import read_html
from crosscheck.ingest.manifest import Manifest, ManifestEntry, read_manifest
from crosscheck.ingest.options import ARTICLE_EXTENSIONS, HTML_EXTENSIONS, MANIFEST_NAME, TABLE_EXTENSIONS
from crosscheck.ingest.textnorm import clean_field, normalize_text
from crosscheck.model import Skipped

_MARKDOWN_TITLE = re.compile(r"^\s*#\s+(.+?)\s*#*\s*$")


def load_folder(folder: Path, given: str) -> Loaded:
    """Every article file directly in the folder, sorted by name; hidden files are left out."""
    loaded = Loaded()
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        loaded.skipped.append(Skipped(given, f"cannot list folder: {error.strerror or error}"))
        return loaded
    manifest = read_manifest(folder)
    loaded.skipped.extend(manifest.skipped)
    loaded.warnings.extend(manifest.warnings)
    files = []
    for path in entries:
        if path.name.startswith(".") or path.name.lower() == MANIFEST_NAME or path.is_dir():
            continue
        suffix = path.suffix.lower()
        if suffix in ARTICLE_EXTENSIONS:
            files.append(path)
        else:
            kind = (
                "a corpus table: give its path on its own" if suffix in TABLE_EXTENSIONS else "not an article"
            )
            loaded.warnings.append(f"{path}: ignored ({kind}; articles are {', '.join(ARTICLE_EXTENSIONS)})")
    for path in files:
        loaded.extend(load_article(path, _child(given, path.name), manifest))
    read_names = {p.name for p in files} | {p.stem for p in files}
    for name, entry in manifest.entries.items():
        if name not in read_names:
            loaded.warnings.append(f"{entry.where}: {name} is listed but not in the folder")
    if not files:
        loaded.warnings.append(f"{given}: no article files ({', '.join(ARTICLE_EXTENSIONS)}) in this folder")
    return loaded


def _child(given: str, name: str) -> str:
    return str(Path(given) / name)


def load_article(path: Path, given: str, manifest: Manifest | None = None) -> Loaded:
    """One article file; its folder's sources.csv is used when the caller did not pass one."""
    loaded = Loaded()
    if manifest is None:
        manifest = read_manifest(path.parent) if path.parent.is_dir() else Manifest()
    try:
        draft = _read_article(path, given, manifest.entry_for(path) or ManifestEntry(), loaded.warnings)
    except Unreadable as error:
        loaded.skipped.append(Skipped(given, str(error)))
        return loaded
    loaded.drafts.append(draft)
    return loaded


def _read_article(path: Path, given: str, entry: ManifestEntry, warnings: list[str]) -> Draft:
    decoded = read_text(path)
    if decoded.encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warnings.append(f"{given}: not UTF-8, read as {decoded.encoding}")
    raw = normalize_text(decoded.text)
    title = outlet = url = published_text = None
    if path.suffix.lower() in HTML_EXTENSIONS:
        page = read_html(raw)
        body, title, outlet, url, published_text = (
            page.text,
            page.title,
            page.outlet,
            page.url,
            page.published,
        )
        if not body.strip():
            raise Unreadable("no article text found in this HTML page")
        body = normalize_text(body)
    else:
        body = raw
        if path.suffix.lower() == ".md":
            heading = _MARKDOWN_TITLE.match(next((line for line in raw.split("\n") if line.strip()), ""))
            title = clean_field(heading.group(1)) if heading else None
    title = entry.title or title
    published = None
    if entry.published_text:
        published = read_date(entry.published_text, entry.where, warnings, "published")
    elif published_text:
        published = read_date(published_text, f"{given} (page metadata)", warnings, "published")
    else:
        published = date_in_first_lines(body)
    cleaned = strip_boilerplate(body, title=title).text
    if not cleaned.strip():
        raise Unreadable("no article text left (the file holds only page furniture or whitespace)")
    return Draft(
        id=path.stem,
        body=cleaned,
        path=given,
        where=given,
        title=title,
        outlet=entry.outlet or clean_field(outlet),
        published=published,
        url=entry.url or clean_field(url),
        location=entry.location,
    )
