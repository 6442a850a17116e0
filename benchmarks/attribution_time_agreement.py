"""How often find_attribution / find_time agree with the FA-KES dev gold, and how the field's library for
time expressions (dateparser) does on the same sentences.

For every gold mention, the sentence holding its quote is read with find_attribution and find_time at
the quote's first digit, and compared with the mention's ``attributed_to`` (after canonicalisation, a
loose match) and ``as_of`` (contained in the span; without a span, the publication date stands in).

dateparser reads the same sentence with ``search_dates`` (English, relative to the publication date,
dates from the past preferred); the expression nearest the quote is its reading, scored the same way.
"dateparser, date words only" keeps the expressions that hold a month, a weekday or a relative word
("yesterday", "ago", "last"), since ``search_dates`` also reads bare numbers and words such as "may" as
dates.

    .venv/bin/python benchmarks/attribution_time_agreement.py [--gold PATH] [--articles PATH] [-v]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crosscheck.extract.attribution.attribution import find_attribution
from crosscheck.extract.attribution.claimants import claimant_key
from crosscheck.extract.time.timex import find_time
from crosscheck.model import TimeSpan

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "fa-kes-dev.jsonl"
ARTICLES = SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
_STOP = {"the", "a", "an", "of", "for", "to", "via", "in", "at", "local", "syrian"}


def _split(text: str) -> list[tuple[int, int]]:
    try:
        from crosscheck.extract.sentences import split_sentences

        return list(split_sentences(text))
    except ImportError:
        spans, start = [], 0
        for m in re.finditer(r"(?<=[.!?])[\"”’]?\s+(?=[\"“]?[A-Z0-9])|\n+", text):
            if text[start : m.start()].strip():
                spans.append((start, m.start()))
            start = m.end()
        if text[start:].strip():
            spans.append((start, len(text)))
        return spans


def _words(key: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", key) if w not in _STOP}


def loose_match(ours: str | None, gold: str | None) -> bool:
    if ours is None or gold is None:
        return ours is None and gold is None
    gold_names = [gold, *re.findall(r"\(([^)]*)\)", gold), re.sub(r"\s*\(.*?\)", "", gold)]
    for g in gold_names:
        a, b = claimant_key(ours), claimant_key(g)
        if a == b or a in b or b in a:
            return True
        wa, wb = _words(a), _words(b)
        if wa and wb and len(wa & wb) / min(len(wa), len(wb)) >= 0.5:
            return True
    return False


def load_articles(path: Path) -> dict[int, tuple[str, date | None]]:
    out: dict[int, tuple[str, date | None]] = {}
    with path.open(encoding="latin-1", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                published = datetime.strptime(row["date"].strip(), "%m/%d/%Y").date()
            except ValueError:
                published = None
            text = f"{row['article_title'].strip()}\n{row['article_content']}"
            out[int(row["unit_id"])] = (text, published)
    return out


def _as_of(value: str) -> tuple[date, date]:
    """A gold as_of as an interval: "2016-10-11" is one day, "2014-08" a month, "2014" a year."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


_DATE_WORDS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(yesterday|today|tonight|ago|last|earlier|overnight)\b",
    re.IGNORECASE,
)


def dateparser_day(
    sentence: str, offset: int, position: int, published: date | None, words_only: bool
) -> date | None:
    """The day dateparser reads nearest ``position`` (an offset into the article; ``offset`` is the
    sentence's), or None."""
    from dateparser.search import search_dates

    base = datetime(published.year, published.month, published.day, 12) if published else None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        found = search_dates(sentence, languages=["en"], settings=settings) or []
    except Exception:  # a library failure counts as no reading
        return None
    best: tuple[int, date] | None = None
    cursor = 0
    for expression, moment in found:
        at = sentence.find(expression, cursor)
        if at < 0:
            continue
        cursor = at + len(expression)
        if words_only and not _DATE_WORDS.search(expression):
            continue
        distance = abs(offset + at - position)
        if best is None or distance < best[0]:
            best = (distance, moment.date())
    return best[1] if best else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("-v", "--verbose", action="store_true", help="print disagreements")
    args = ap.parse_args()
    articles = load_articles(args.articles)
    c: Counter[str] = Counter()
    for line in args.gold.open(encoding="utf-8"):
        group = json.loads(line)
        for slot in group["slots"]:
            for m in slot["mentions"]:
                text, published = articles.get(m["unit_id"], ("", None))
                at = text.find(m["quote"])
                if at < 0:
                    c["quote_not_found"] += 1
                    continue
                digit = re.search(r"\d", m["quote"])
                position = at + (digit.start() if digit else 0)
                sentences = _split(text)
                idx = next((i for i, (s, e) in enumerate(sentences) if s <= position < e), None)
                if idx is None:
                    c["no_sentence"] += 1
                    continue
                c["mentions"] += 1
                attribution = find_attribution(text, sentences, idx, position)
                ours, gold = (attribution.claimant if attribution else None), m["attributed_to"]
                ok = loose_match(ours, gold)
                c["attr_agree"] += ok
                c["gold_attr"] += gold is not None
                c["our_attr"] += ours is not None
                c["attr_tp"] += ok and gold is not None
                if args.verbose and not ok:
                    sentence = text[sentences[idx][0] : sentences[idx][1]]
                    print(f"ATTR {m['unit_id']}: ours={ours!r} gold={gold!r} | {sentence[:200]}")
                if m.get("as_of"):
                    lo, hi = _as_of(m["as_of"])
                    span = find_time(text, sentences, idx, position, published)
                    c["as_of"] += 1
                    c["span_found"] += span is not None
                    inside = bool(span and span.overlaps(TimeSpan(lo, hi)))
                    at_published = published is not None and lo <= published <= hi
                    c["span_contains"] += inside
                    c["with_fallback"] += inside if span else at_published
                    c["published_is_as_of"] += at_published
                    if args.verbose and span and not inside:
                        print(f"TIME {m['unit_id']}: {span} published={published} gold={m['as_of']}")
                    start, end = sentences[idx]
                    for name, words_only in (("dp", False), ("dpw", True)):
                        day = dateparser_day(text[start:end], start, position, published, words_only)
                        c[f"{name}_found"] += day is not None
                        hit = day is not None and lo <= day <= hi
                        c[f"{name}_contains"] += hit
                        c[f"{name}_fallback"] += hit if day is not None else at_published
    n = c["mentions"]
    print(f"mentions read: {n} (quote not found: {c['quote_not_found']}, no sentence: {c['no_sentence']})")
    print(f"attribution agreement (claimant or both none): {c['attr_agree']}/{n} = {c['attr_agree'] / n:.1%}")
    print(
        f"  precision (our claimant matches gold, when we give one): "
        f"{c['attr_tp']}/{c['our_attr']} = {c['attr_tp'] / max(1, c['our_attr']):.1%}"
    )
    recall = c["attr_tp"] / max(1, c["gold_attr"])
    print(f"  recall (gold claimant found): {c['attr_tp']}/{c['gold_attr']} = {recall:.1%}")
    k = c["as_of"]
    print(f"time: mentions with as_of: {k}; a span found in the sentence: {c['span_found']}")
    print(
        f"  span contains as_of: {c['span_contains']}/{c['span_found']} = "
        f"{c['span_contains'] / max(1, c['span_found']):.1%} of spans found"
    )
    fallback, alone = c["with_fallback"] / max(1, k), c["published_is_as_of"] / max(1, k)
    print(f"  with fallback to the publication date: {c['with_fallback']}/{k} = {fallback:.1%}")
    print(f"  (publication date alone: {c['published_is_as_of']}/{k} = {alone:.1%})")
    for name, label in (("dp", "dateparser"), ("dpw", "dateparser, date words only")):
        found, right, fallback = c[f"{name}_found"], c[f"{name}_contains"], c[f"{name}_fallback"]
        print(
            f"{label}: a date found in the sentence: {found}; it is the as_of: {right}/{found} = "
            f"{right / max(1, found):.1%}; with fallback to the publication date: {fallback}/{k} = "
            f"{fallback / max(1, k):.1%}"
        )


if __name__ == "__main__":
    main()
