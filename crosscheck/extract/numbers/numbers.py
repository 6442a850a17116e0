"""Numerals: digits, number words, multipliers, fractions and their mixed forms.

:func:`find_numbers` returns every numeral in ``text[start:end]`` as a :class:`Number` with absolute
offsets, sorted and non-overlapping. It knows nothing about qualifiers, units or dates; those are
layered on top by :mod:`crosscheck.extract.numbers.quantities`.

Kinds: ``digits`` ("20,000", "1.5"), ``words`` ("twenty-one", "one hundred and twenty", "a dozen"),
``mixed`` ("1.5 million", "20 thousand", "$2bn"), ``fraction`` ("half", "a third", "two-thirds").
Vague amounts ("dozens", "tens of thousands") live in :mod:`crosscheck.extract.numbers.vague`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.extract.cues import CueGate

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALES: dict[str, float] = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mil": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9,
    "bn": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

_WORD = "|".join(sorted([*ONES, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_FOLD_RE = re.compile(rf"\b(?P<n>{'|'.join(sorted([*ONES, *TENS], key=len, reverse=True))})fold\b", re.I)
_JOIN = r"(?:\s+and\s+|[ \t]+|-)"
WORDS_RE = re.compile(rf"\b(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{_WORD})"
                      rf"(?:{_JOIN}(?:{_WORD}))*\b(?!-(?:{_WORD}))", re.I)  # fmt: skip
# A scale word may follow digits ("1.5 million"); shorthand suffixes need to touch the number ("$2bn").
DIGITS_RE = re.compile(
    r"(?<![\d.,/:_])(?P<sign>minus[ \t-]?|(?<![^\s$(\[])[-−](?=\d))?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?:(?P<sp>\s?)(?P<scale>(?:hundred\s+)?(?:thousand|million|billion|trillion)|hundred|mln|mil|mn|bn|tn|k|m|b)\b"
    r"(?:\s+(?P<scale2>thousand|million|billion)\b)?)?",
    re.I,
)
# letters glued before a figure are only allowed when they are a currency code ("RM79", "$US160", "$A5")
_CODE_BEFORE = re.compile(
    r"(?:\$[A-Z]{1,2}|\b(?:RM|PS|Rs|USD|EUR|GBP|INR|NIS|JPY|CNY|HKD|AUD|CAD|NZD|SGD|CHF|SYP|US|AU|NZ|HK|Y=))$"
)
# "100m sprint" is metres; "35m devices" and "$5m" are millions
_METRE_CONTEXT = re.compile(
    r"[-‑]|\s+(?:tall|high|long|wide|deep|away|above|below|under|underground|in\s+(?:height|length|depth|diameter)"
    r"|sprint|hurdles|freestyle|backstroke|breaststroke|butterfly|relay|race|dash|final|run|depth|height|"
    r"radius|wall|drop|deep|of\s+(?:water|snow|rain|rainfall|height|depth|the\s+\w+line))\b"
    r"|\s*[(\[]\s*[\d.,]+\s*(?:ft|feet|foot|in|inches|yards?|yd)\b",
    re.I,
)
_NUMERATOR = "|".join(sorted([*ONES, *TENS, "a"], key=len, reverse=True))
_DENOM = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
FRACTION_RE = re.compile(
    rf"\b(?:(?P<whole>{_NUMERATOR}|\d+)\s+and\s+an?\s+half\b"
    rf"|(?P<num>{_NUMERATOR})[\s-]+(?P<den>{_DENOM})\b(?!-)"
    rf"|(?P<half>half)\b(?=\s+(?:of|the|a|an|its|their|his|her|our|all|those|these)\b))",
    re.I,
)
OUT_OF_RE = re.compile(
    rf"\b(?P<a>{_NUMERATOR}|\d+)\s+(?:out\s+of|in)\s+(?P<b>{_NUMERATOR}|\d+)\b(?!\s*(?:-|to)\b)", re.I
)


MAX_EXPONENT = 300
"""A power of ten beyond this is no figure a news story states (and would overflow a float)."""
_LARGEST = 10.0**MAX_EXPONENT


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    value: float
    kind: str
    """``digits``, ``words``, ``mixed`` or ``fraction``."""


@dataclass(frozen=True, slots=True)
class _WordRun:
    """What a run of number words read so far adds up to: ``total`` of the scales passed, plus ``current``."""

    total: float = 0.0
    current: float = 0.0
    seen: bool = False
    last_small: int | None = None


def _read_word(run: _WordRun, raw: str) -> _WordRun | None:
    """``run`` with the number word ``raw`` read after it; None if that makes it malformed (or a value no
    float holds)."""
    tok = raw.lower()
    total, current, last_small = run.total, run.current, run.last_small
    if tok in ("a", "an"):
        return _WordRun(total, 1, True, last_small)
    if tok == "and":
        return run
    if tok in ONES or tok in TENS:
        v = ONES.get(tok, TENS.get(tok, 0))
        # "one two" or "twenty thirty" is two numbers, not one
        if last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and v < 10):
            return None
        current += v
        last_small = v
    elif tok == "dozen":
        current = (current or 1) * 12
        last_small = None
    elif tok == "hundred":
        current = (current or 1) * 100
        last_small = None
    elif tok in SCALES:
        total += (current or 1) * SCALES[tok]
        current = 0
        last_small = None
    else:
        return None
    if total + current > _LARGEST:
        return None  # "hundred hundred hundred ...": no figure, and past a float's range
    return _WordRun(total, current, True, last_small)


def word_value(tokens: list[str]) -> float | None:
    """The value of a run of number words ("one", "hundred", "and", "twenty"); None if malformed."""
    run: _WordRun | None = _WordRun()
    for tok in tokens:
        run = _read_word(run, tok) if run is not None else None
    return run.total + run.current if run is not None and run.seen else None


def parse_number(text: str) -> float | None:
    """Parse a standalone numeral: "20,000", "1.5 million", "twenty-one", "two-thirds"."""
    s = text.strip()
    found = find_numbers(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0].value
    return None


_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[A-Za-z]+")
_SCALE_WORDS = frozenset([*SCALES, "dozen"])
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|half\s+a)\s+$", re.I)


def _digits(text: str, start: int, end: int) -> list[Number]:
    out: list[Number] = []
    for m in DIGITS_RE.finditer(text, start, end):
        glued = m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] == "=")
        if glued and not _CODE_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
            continue
        value = float(m.group("num").replace(",", ""))
        if (
            m.group("sign")
            and re.search(r"[A-Z]{2,}\s+$", text[max(0, m.start() - 8) : m.start()])
            and not text.startswith("%", m.end("num"))
        ):
            continue  # "COVID -19" (but "FTSE -0.6%" is a fall)
        if m.group("sign"):
            value = -value
        kind = "digits"
        num_end = m.end("num")
        surface = m.group("scale")
        scale = _SPACES.sub(" ", surface.lower()) if surface else ""
        if scale:
            touching = not m.group("sp")
            short = scale in ("k", "m", "b", "mn", "bn", "tn", "mln", "mil")
            currency = m.start() > 0 and (
                text[m.start() - 1] in "$€£¥"
                or _CODE_BEFORE.search(text[max(0, m.start() - 4) : m.start()]) is not None
            )
            ok = not short or touching
            if scale == "m" and not currency and _METRE_CONTEXT.match(text, m.end("scale")):
                ok = False
            if scale == "b" and not (currency or surface == "B"):
                ok = False
            if ok:
                factor = 1.0
                for part in scale.split():
                    factor *= SUFFIX_SCALES.get(part, 100.0 if part == "hundred" else 1.0)
                value *= factor
                kind = "mixed"
                num_end = m.end("scale")
                if m.group("scale2"):
                    value *= SUFFIX_SCALES[m.group("scale2").lower()]
                    num_end = m.end("scale2")
        out.append(Number(m.start() if m.group("sign") else m.start("num"), num_end, value, kind))
    return out


def _words(text: str, start: int, end: int) -> list[Number]:
    out: list[Number] = []
    for m in WORDS_RE.finditer(text, start, end):
        toks = [(t.group(0), t.start(), t.end()) for t in _LETTERS.finditer(text[m.start() : m.end()])]
        for run in _split_runs(toks):
            value = word_value([t[0] for t in run])
            if run[0][0].lower() in _SCALE_WORDS and not (
                _ARTICLE_BEFORE.search(text[max(0, m.start() + run[0][1] - 8) : m.start() + run[0][1]])
            ):
                continue
            if value is not None:
                out.append(Number(m.start() + run[0][1], m.start() + run[-1][2], value, "words"))
    return out


def _split_runs(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """Split "two and three" (two numbers) but keep "one hundred and twenty" (one)."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    read: _WordRun | None = _WordRun()  # runs[-1] read so far; None once malformed
    for tok in tokens:
        low = tok[0].lower()
        cur = runs[-1]
        if low == "and":
            before = cur[-1][0].lower() if cur else ""
            if before in SCALES or before == "dozen":
                cur.append(tok)
                read = _read_word(read, tok[0]) if read is not None else None
            else:
                runs.append([])
                read = _WordRun()
            continue
        extended = _read_word(read, tok[0]) if read is not None else None
        if cur and extended is None:
            runs.append([tok])
            read = _read_word(_WordRun(), tok[0])
            continue
        cur.append(tok)
        read = extended
    cleaned = []
    for r in runs:
        while r and r[-1][0].lower() == "and":
            r = r[:-1]
        if r:
            cleaned.append(r)
    return cleaned


def _word_or_digit(s: str) -> float | None:
    low = s.lower()
    if low in ("a", "an"):
        return 1
    if low in ONES:
        return ONES[low]
    if low in TENS:
        return TENS[low]
    try:
        return float(s)
    except ValueError:
        return None


def _fractions(text: str, start: int, end: int) -> list[Number]:
    out: list[Number] = []
    for m in FRACTION_RE.finditer(text, start, end):
        if m.group("whole"):
            whole = _word_or_digit(m.group("whole"))
            if whole is not None:
                out.append(Number(m.start(), m.end(), whole + 0.5, "fraction"))
            continue
        if m.group("half"):
            before = text[max(0, m.start() - 8) : m.start()].lower()
            if re.search(r"\b(?:the|this|that|first|second|last|a|one)\s+$", before):
                continue
            out.append(Number(m.start(), m.end(), 0.5, "fraction"))
            continue
        num = _word_or_digit(m.group("num"))
        den = DENOMINATORS[m.group("den").lower()]
        plural = m.group("den").lower().endswith("s") and m.group("den").lower() != "halves"
        if num is None or num == 0 or (num > 1 and not plural and den != 2) or (num == 1 and plural):
            continue
        if (
            not plural
            and den != 2
            and not re.match(r"\s+of\b|\s*(?:[.,;:!?)]|$)", text[m.end() : m.end() + 6])
        ):
            continue  # "a third attacker", "a quarter century" are not fractions; "a third of them" is
        if m.group("den").lower() == "quarter" and not _followed_by_of(text, m.end()):
            continue  # "a quarter" is usually three months; "a quarter of" is a fraction
        out.append(Number(m.start(), m.end(), num / den, "fraction"))
    return out


def _out_of(text: str, start: int, end: int) -> list[Number]:
    """ "one in five", "3 out of 10"."""
    out: list[Number] = []
    for m in OUT_OF_RE.finditer(text, start, end):
        a, b = _word_or_digit(m.group("a")), _word_or_digit(m.group("b"))
        if (
            a is None
            or not b
            or a > b
            or (text[m.end("a") : m.start("b")].strip().lower() == "in" and a != 1)
        ):
            continue
        out.append(Number(m.start(), m.end(), a / b, "fraction"))
    return out


def _followed_by_of(text: str, pos: int) -> bool:
    return re.match(r"\s+of\b", text[pos : pos + 8], re.I) is not None


SLASH_FRACTION_RE = re.compile(
    r"(?<![\w/.,$])(?P<a>\d{1,2})\s?[/⁄](?P<b>2|3|4|5|6|8|10|12|16|32|64|100|128)(?![\w/.,])"
)
SCIENTIFIC_RE = re.compile(r"(?<![\w.])(?P<m>\d+(?:\.\d+)?)\s?[×x*]\s?10\s?(?:\^|\*\*)?(?P<e>[-−]?\d{1,3})\b")


def _slash_and_scientific(text: str, start: int, end: int) -> list[Number]:
    out: list[Number] = []
    for m in SLASH_FRACTION_RE.finditer(text, start, end):
        a, b = int(m.group("a")), int(m.group("b"))
        if 0 < a < b:
            out.append(Number(m.start(), m.end(), a / b, "fraction"))
    for m in SCIENTIFIC_RE.finditer(text, start, end):
        exp = int(m.group("e").replace("−", "-"))
        if abs(exp) > MAX_EXPONENT:
            continue
        out.append(Number(m.start(), m.end(), float(m.group("m")) * 10.0**exp, "digits"))
    return out


_GATE = CueGate([FRACTION_RE, OUT_OF_RE, WORDS_RE, _FOLD_RE])
_DIGIT = re.compile(r"\d")


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """All numerals in ``text[start:end]`` (absolute offsets), longest first on overlap, sorted.

    A reader runs only when its patterns may match there: the digit readers on a span with a digit, the
    word readers on a span with one of their words (:mod:`crosscheck.extract.cues`)."""
    end = len(text) if end is None else end
    fractions, out_of, words, folds = _GATE.possible(text, start, end)
    digits = _DIGIT.search(text, start, end) is not None
    cands = _slash_and_scientific(text, start, end) if digits else []
    if fractions:
        cands += _fractions(text, start, end)
    if out_of:
        cands += _out_of(text, start, end)
    if digits:
        cands += _digits(text, start, end)
    if words:
        cands += _words(text, start, end)
    if folds:
        for m in _FOLD_RE.finditer(text, start, end):
            value = float(ONES.get(m.group("n").lower(), TENS.get(m.group("n").lower(), 0)))
            cands.append(Number(m.start(), m.end("n"), value, "words"))
    cands.sort(key=lambda n: (n.start, -(n.end - n.start)))
    out: list[Number] = []
    for n in cands:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return _attach_scales(text, out, end)


_SCALE_AFTER_RE = re.compile(r"[ \t]+(?P<s>thousand|million|billion|trillion)\b", re.I)


def _attach_scales(text: str, nums: list[Number], end: int) -> list[Number]:
    """ "two and a half million", "1.5 million": a scale word right after the numeral multiplies it."""
    out: list[Number] = []
    for n in nums:
        if out and n.start < out[-1].end:
            continue
        m = _SCALE_AFTER_RE.match(text, n.end, end)
        if m and n.kind in ("fraction", "digits") and not (n.kind == "fraction" and n.value < 1):
            out.append(Number(n.start, m.end(), n.value * SCALES[m.group("s").lower()], "mixed"))
        else:
            out.append(n)
    return out
