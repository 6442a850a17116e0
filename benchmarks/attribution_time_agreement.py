"""How often find_attribution / find_time agree with the FA-KES dev gold.

For every gold mention, the sentence holding its quote is read with find_attribution and find_time at
the quote's first digit, and compared with the mention's ``attributed_to`` (after canonicalisation, a
loose match) and ``as_of`` (contained in the span; without a span, the publication date stands in).

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

GOLD = Path("/work/shared/gold/fa-kes-dev.jsonl")
ARTICLES = Path("/work/shared/corpora/fa-kes/FA-KES-Dataset.csv")
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


if __name__ == "__main__":
    main()
