"""How noisy the claim locations are on a corpus (default: FA-KES).

Prints the most frequent claim locations, the share of located claims whose location the gazetteer does
not know (noise such as "Syrias", "Jun" or "Aleppo Police Command" shows up there, next to real but
unlisted villages), and the most frequent of those unknown locations.

    .venv/bin/python benchmarks/location_noise.py [CORPUS] [--top 40] [--unknown 30] [-v NAME]

``-v NAME`` prints the sentences of the claims located at NAME.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--unknown", type=int, default=30)
    parser.add_argument("-v", "--show", action="append", default=[], help="print the sentences at NAME")
    args = parser.parse_args()

    from crosscheck.extract.places.place_keys import is_known_place
    from crosscheck.pipeline import extract_corpus, load

    claims = extract_corpus(load([args.corpus])).claims
    located = [c for c in claims if c.location]
    counts = Counter(c.location for c in located)
    unknown = Counter({name: n for name, n in counts.items() if not is_known_place(name)})
    n_unknown = sum(unknown.values())

    print(f"claims: {len(claims)}; with a location: {len(located)}; distinct locations: {len(counts)}")
    print(f"\n{args.top} most frequent locations (* = not in the gazetteer):")
    for name, n in counts.most_common(args.top):
        print(f"  {n:5d}  {name}{'' if is_known_place(name) else '  *'}")
    share = n_unknown / len(located) if located else 0.0
    print(
        f"\nlocated claims at a place the gazetteer does not know: {n_unknown}/{len(located)} = {share:.1%}"
    )
    print(f"distinct unknown locations: {len(unknown)}")
    print(f"\n{args.unknown} most frequent unknown locations:")
    for name, n in unknown.most_common(args.unknown):
        print(f"  {n:5d}  {name}")
    for name in args.show:
        print(f"\nsentences located at {name!r}:")
        for claim in located:
            if claim.location == name:
                print(f"  [{claim.quote}] {claim.sentence.strip()[:220]}")


if __name__ == "__main__":
    main()
