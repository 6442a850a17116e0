"""Sentence splitting for news text: absolute ``[start, end)`` spans, surrounding whitespace stripped.

Lines are always boundaries (paper headlines, bylines and list items have no final stop). Inside a line a
sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed by whitespace and a
capital, digit, quote or bracket, unless the word before the stop is a known abbreviation ("U.S.", "Gen.",
"Aug.", "No.") or an initial ("J. Smith"). Decimals ("1.5") never split: no whitespace follows the dot.
A run longer than :data:`~crosscheck.extract.window.MAX_SENTENCE` with no stop (a flattened table, a flood
of numerals) is cut after its last space or comma within that length, so that what reads a figure's
sentence reads a bounded span.
"""

from __future__ import annotations

import re

from crosscheck.extract.window import MAX_SENTENCE

ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "brig",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "cmdr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "vols",
        "art",
        "sec",
        "ch",
        "p",
        "pp",
        "fig",
        "figs",
        "approx",
        "est",
        "dept",
        "univ",
        "corp",
        "inc",
        "ltd",
        "co",
        "bros",
        "assn",
        "ave",
        "blvd",
        "rd",
        "vs",
        "v",
        "etc",
        "al",
        "e.g",
        "i.e",
        "cf",
        "ca",
        "c",
        "viz",
        "u.s",
        "u.k",
        "u.n",
        "u.s.a",
        "e.u",
        "u.a.e",
        "a.m",
        "p.m",
        "d.c",
        "n.y",
        "l.a",
    ]
)
# "U.S." and friends end a sentence often enough that a following sentence-opening word decides it
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "There",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "If",
        "Some",
        "Many",
        "Most",
        "Officials",
        "According",
    ]
)
# A run of stops is read from its first character, once (possessive: giving one back never helps), so a
# line of dots costs its length, not its length squared.
_BOUNDARY_RE = re.compile(r"(?:(?<![.!?])[.!?]++|…)[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_CREDIT_RE = re.compile(
    r"\((?:[A-Z][\w.]*(?: [\w.]+){0,3} )?(?:photo|Photo|PHOTO|Agencies|archive|file)\)(?=\s+\S)"
)
"""A photo credit that ends a caption glued to the text: "... on Monday (AFP photo) BEIRUT Thirteen ..."."""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: sorted, non-overlapping, stripped, never empty."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n\r]+", text):
        seg_start = line.start()
        stops = [
            m.end()
            for m in _BOUNDARY_RE.finditer(text, line.start(), line.end())
            if not _is_abbreviation(text, m.start(), m.group(0), line.end())
        ]
        stops += [m.end() for m in _CREDIT_RE.finditer(text, line.start(), line.end())]
        for stop in sorted(set(stops)):
            _add(text, seg_start, stop, spans)
            seg_start = stop
        _add(text, seg_start, line.end(), spans)
    return spans


def _is_abbreviation(text: str, stop: int, mark: str, line_end: int) -> bool:
    if not mark.startswith(".") or mark.startswith(".."):
        return False
    w = _WORD_BEFORE_RE.search(text[max(0, stop - 12) : stop + 1])
    if not w:
        return False
    word = w.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. R. Smith"
    if word.lower() not in ABBREVIATIONS:
        return False
    if "." in word:
        # "in the U.S. The next day...": a sentence opener after a dotted abbreviation ends the sentence
        nxt = re.match(r"\s+([A-Za-z]+)", text[stop + 1 : min(line_end, stop + 30)])
        return not (nxt and nxt.group(1) in _SENTENCE_OPENERS)
    return True


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:  # a run with no stop: cut it after the last space or comma in reach
        cut = max(
            text.rfind(" ", start + 1, start + MAX_SENTENCE), text.rfind(",", start, start + MAX_SENTENCE)
        )
        cut = cut + 1 if cut > start else start + MAX_SENTENCE
        _add(text, start, cut, spans)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    if start < end:
        spans.append((start, end))
