"""Vague amounts: words that say "a lot" with an implied floor but no figure.

A vague amount becomes a ``QuantityMatch`` with ``qualifier="vague"``, ``value=None``, the floor in
``low`` and the ceiling (when the words imply one) in ``high``. The ``rule`` is ``quantity:vague(<code>)``.

========================  =======================  =========  ==========  ==================================
code                      example                  low        high        why
========================  =======================  =========  ==========  ==================================
a_few                     "a few", "a couple of"   2          5           a handful or less
handful                   "a handful of"           2          5           as "a few"
several                   "several"                3          None        more than a couple
dozens                    "dozens of"              24         None        at least two dozen
scores                    "scores of"              40         None        at least two score
hundreds                  "hundreds of"            200        None        at least two hundred
thousands                 "thousands of"           2000       None        at least two thousand
tens_of_thousands         "tens of thousands"      20000      None        at least two tens of thousands
hundreds_of_thousands     "hundreds of thousands"  200000     None
millions                  "millions of"            2000000    None
tens_of_millions          "tens of millions"       2e7        None
hundreds_of_millions      "hundreds of millions"   2e8        None
billions                  "billions of"            2e9        None
several_<scale>           "several hundred"        2*scale    None        as the plural ("dozens")
a_few_<scale>             "a few thousand"         2*scale    5*scale
========================  =======================  =========  ==========  ==================================

A plural ("dozens", "hundreds", "thousands") counts when "of" or "more"/"others" follows it ("dozens of
people", '"hundreds" more were wounded') and, bare, when it is the object of a verb of harm or the subject
of a participle or auxiliary: "the attack injured dozens", "18 were killed and dozens wounded", "thousands
have fled". "in the hundreds" and "scores" alone (a game's scores) do not count.

"many", "numerous", "countless" and "a number of" carry no floor and are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.cues import CueGate

SCALE_WORDS: dict[str, float] = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True, slots=True)
class Vague:
    start: int
    end: int
    code: str
    low: float
    high: float | None
    base: float
    """The order of magnitude the words name (dozens -> 12, tens of thousands -> 10000)."""


_PLURAL = {
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
VAGUE_RE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+(?P<big>thousands|millions|billions)"
    r"|(?P<few>several|a\s+few|a\s+couple\s+of|a\s+handful\s+of|a\s+handful)"
    r"(?:\s+(?P<fscale>dozen|hundred|thousand|million|billion)\b)?"
    r"|(?P<plural>dozens|scores|hundreds|thousands|millions|billions)"
    r"(?=[\"'”’]?\s+(?:of|more|upon|others?)\b)"
    r"|(?P<bare>dozens|hundreds|thousands))\b",
    re.I,
)
_BARE_BEFORE = re.compile(
    r"\b(?:kill|wound|injur|hurt|maim|arrest|detain|displac|evacuat|rescu|abduct|kidnapp?|captur|trapp?)"
    r"(?:e[ds]?|s|ed|ing)[ \t]+$",
    re.I,
)
_BARE_AFTER = re.compile(
    r"[\"'”’]?[ \t]+(?:(?:also|were|are|have|had|remain(?:ed)?)\b"
    r"|(?:killed|wounded|injured|hurt|dead|died|arrested|detained|displaced|missing|evacuated|fled|rescued"
    r"|trapped|abducted|kidnapped|captured)\b)",
    re.I,
)
_OPEN_QUOTES = frozenset("\"'“‘")
_CLOSE_QUOTES = frozenset("\"'”’")
_THE_BEFORE = re.compile(r"\b(?:the|by|in)[ \t]+$", re.I)


def _counts(text: str, m: re.Match[str], start: int) -> bool:
    """Whether a bare plural ("dozens", no "of" after it) is a count: "injured dozens", "dozens wounded"."""
    before = text[max(start, m.start() - 20) : m.start()]
    if _THE_BEFORE.search(before):
        return False  # "in the hundreds", "by the thousands"
    return bool(_BARE_BEFORE.search(before) or _BARE_AFTER.match(text, m.end()))


_GATE = CueGate([VAGUE_RE])


def find_vague(text: str, start: int = 0, end: int | None = None) -> list[Vague]:
    end = len(text) if end is None else end
    out: list[Vague] = []
    if not _GATE.possible(text, start, end)[0]:
        return out  # none of the words a vague amount is made of
    for m in VAGUE_RE.finditer(text, start, end):
        if m.group("bare") and not _counts(text, m, start):
            continue
        if m.group("tens"):
            mult = 10.0 if m.group("tens").lower() == "tens" else 100.0
            base = mult * _PLURAL[m.group("big").lower()]
            code = f"{m.group('tens').lower()}_of_{m.group('big').lower()}"
            out.append(Vague(m.start(), m.end(), code, 2 * base, None, base))
        elif m.group("few"):
            word = re.sub(r"\s+", " ", m.group("few").lower())
            code = "several" if word == "several" else "handful" if "handful" in word else "a_few"
            scale_word = (m.group("fscale") or "").lower()
            scale = SCALE_WORDS.get(scale_word, 1.0)
            if scale_word:
                code = f"{code}_{scale_word}"
            if code.startswith("several"):
                floor = 3.0 if scale_word == "" else 2 * scale
                out.append(Vague(m.start(), m.end(), code, floor, None, scale))
            else:
                out.append(Vague(m.start(), m.end(), code, 2 * scale, 5 * scale, scale))
        else:
            word = (m.group("plural") or m.group("bare")).lower()
            base = _PLURAL[word]
            s, e = m.start(), m.end()
            if s > start and e < end and text[s - 1] in _OPEN_QUOTES and text[e] in _CLOSE_QUOTES:
                s, e = s - 1, e + 1  # '"hundreds" more were wounded': the quoted word is the figure
            out.append(Vague(s, e, word, 2 * base, None, base))
    return out
