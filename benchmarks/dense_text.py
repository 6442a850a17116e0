"""How dense prose gets, against the limits past which text is not read (crosscheck/extract/dense.py).

    .venv/bin/python benchmarks/dense_text.py [--no-corpora] [--no-limits] [--size 20000] [--repeat 3]

Part 1, the corpora: FA-KES, Deir Ezzor, the demo, NewsQuant's texts and one document of the first 400
FA-KES articles (as benchmarks/growth.py builds it). For each, the most numbers, sentences and names of
actors (who did it: "IS", "the regime") any window of ``WINDOW`` characters holds, where, and the longest
run of numbers each within 5 characters of the next; then the limits and their margin over the densest
corpus, and the articles the limits would leave partly unread (target: none).

Part 2, at the limits: texts of ``--size`` bytes made of figure-dense units (the floods of
benchmarks/fuzz.py and the slowest it has found) stretched with filler (spaces, a long word, words of
prose) to just under the number limit, so that every figure is read; each text's throughput in KB/s of
CPU time, the best of ``--repeat`` readings (a shared machine only ever slows a reading). This is the
slowest a figure flood can be without the limit firing (target: above 50 KB/s, as for benchmarks/fuzz.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
SHARED = ROOT.parent / "shared"
RUN_GAP = 5

UNITS = [
    "1-one and 1 1-one\n",
    "1 of them 1, 1 ",
    "1,000-2.5-since 2014(the-1,000-2.5, :-",
    "2.5-said-20-25-",
    "3 were among the 5 ",
    "(12 km [7 miles]) ",
    "another 5 more ",
    "42 civilians, including 12 women and ",
    "12 people, including 3 of them 1 and 1-one ",
    "killed 4, 5, 6 and 7 in Aleppo, Idlib; ",
    "4 killed in Aleppo on Monday, 3 in Idlib\n",
    "12 people were killed, said the monitor, ",
    "hundred killed-) twenty((people-since 2014) ",
]
FILLERS = {
    "spaces": " ",
    "a long word": "x" * 200 + " ",
    "prose": "the monitor said that people were in the town near the river and ",
}


def corpora() -> Iterator[tuple[str, list[tuple[str, str]]]]:
    from crosscheck.pipeline import load

    for name, path in [
        ("FA-KES", SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"),
        ("Deir Ezzor", SHARED / "corpora" / "deir-ezzor-2017"),
        ("demo", ROOT / "crosscheck" / "data" / "demo"),
    ]:
        yield name, [(source.id, source.text) for source in load([path]).sources]
    items = json.loads((SHARED / "benchmarks" / "newsquant" / "NewsQuant.json").read_text())
    yield "NewsQuant", [(f"#{index}", item["text"]) for index, item in enumerate(items)]
    fakes = load([SHARED / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"]).sources[:400]
    yield "400 FA-KES articles, one text", [("joined", "\n\n".join(s.text for s in fakes) + "\n")]


def densest(starts: list[int]) -> tuple[int, int]:
    """The most items a window holds, and where that window starts."""
    from crosscheck.extract.dense import windows

    return max(((last - first, starts[first]) for first, last in windows(starts)), default=(0, 0))


def longest_run(numbers: list[tuple[int, int]]) -> tuple[int, int]:
    """The most numbers in a row each within ``RUN_GAP`` characters of the one before, and where."""
    best, run, run_start, previous_end = (0, 0), 0, 0, None
    for start, end in numbers:
        if previous_end is not None and start - previous_end <= RUN_GAP:
            run += 1
        else:
            run, run_start = 1, start
        best = max(best, (run, run_start))
        previous_end = end
    return best


def _excerpt(text: str, at: int) -> str:
    return repr(text[at : at + 60])


def measure_corpora() -> None:
    from crosscheck.extract.dense import NUMBER_RE, WINDOW, DenseLimits, dense_stretches
    from crosscheck.extract.factual.actor_vocab import find_actor_mentions
    from crosscheck.extract.sentences import split_sentences

    limits = DenseLimits()
    print(f"densest windows of {WINDOW:,} characters:")
    most = {"numbers": 0, "sentences": 0, "actors": 0}
    for name, texts in corpora():
        found = {kind: (0, 0, "", "") for kind in ("numbers", "sentences", "actors", "run")}
        guarded = 0
        for text_id, text in texts:
            numbers = [(m.start(), m.end()) for m in NUMBER_RE.finditer(text)]
            sentences = split_sentences(text)
            actors = [m.start for s, e in sentences for m in find_actor_mentions(text, s, e)]
            for kind, (count, at) in (
                ("numbers", densest([start for start, _ in numbers])),
                ("sentences", densest([start for start, _ in sentences])),
                ("actors", densest(actors)),
                ("run", longest_run(numbers)),
            ):
                if count > found[kind][0]:
                    found[kind] = (count, at, text_id, _excerpt(text, at))
            guarded += bool(dense_stretches(text, sentences, limits))
        size = sum(len(text) for _, text in texts)
        print(f"  {name} ({len(texts):,} texts, {size:,} characters), partly unread by the limits: {guarded}")
        for kind, (count, at, text_id, excerpt) in found.items():
            what = {"run": f"run of numbers {RUN_GAP} characters apart", "actors": "names of actors"}.get(
                kind, kind
            )
            print(f"    {what:<34} {count:5}  ({text_id} at {at:,}: {excerpt})")
        most = {kind: max(most[kind], found[kind][0]) for kind in most}
    for kind, limit in (
        ("numbers", limits.numbers),
        ("sentences", limits.sentences),
        ("actors", limits.actors),
    ):
        margin = f"{limit / most[kind]:.1f}x the densest" if limit and most[kind] else "no limit"
        print(f"limit: {limit} {kind} within {WINDOW:,} characters ({margin}, {most[kind]})")


def at_limits(size: int, repeat: int) -> None:
    from fuzz import flood, throughput

    from crosscheck.extract import extract_claims
    from crosscheck.extract.budget import Budget
    from crosscheck.extract.dense import NUMBER_RE, WINDOW, DenseLimits
    from crosscheck.model import Source

    limit = DenseLimits().numbers or 0
    density = 0.97 * limit / WINDOW  # numbers per character, just under the limit
    per_kb = 1000 * limit / WINDOW
    print(f"\nfigure floods stretched to {1000 * density:.1f} numbers a KB (the limit: {per_kb:.1f}):")
    throughput("warm up: 12 people were killed in Aleppo on Monday, the monitor said.")
    slowest = (float("inf"), "")
    for filler_name, filler in FILLERS.items():
        for unit in UNITS:
            pad = max(0, round(len(NUMBER_RE.findall(unit)) / density) - len(unit))
            text = flood(unit + (filler * (pad // len(filler) + 1))[:pad], size)
            budget = Budget(None)
            extract_claims(Source(id="stretched", text=text), budget)
            speed = max(throughput(text) for _ in range(repeat)) / 1000
            fired = "  (limit fired)" if budget.too_dense else ""
            print(f"  {filler_name:<12} {unit[:40]!r:<46} {speed:7.1f} KB/s{fired}", flush=True)
            slowest = min(slowest, (speed, f"{filler_name}: {unit!r}"))
    print(f"slowest at the limit: {slowest[0]:.1f} KB/s ({slowest[1]}; target: above 50 KB/s)")


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--no-corpora", action="store_true", help="skip part 1")
    parser.add_argument("--no-limits", action="store_true", help="skip part 2")
    parser.add_argument("--size", type=int, default=20_000, help="bytes per text of part 2")
    parser.add_argument("--repeat", type=int, default=3, help="readings of each text of part 2, best kept")
    args = parser.parse_args()
    if not args.no_corpora:
        measure_corpora()
    if not args.no_limits:
        at_limits(args.size, args.repeat)


if __name__ == "__main__":
    main()
