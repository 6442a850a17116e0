"""Rule-based quantity recognition: numerals + qualifiers + units + ranges + conversions.

``find_quantities(text, start, end)`` returns :class:`QuantityMatch` objects over ``text[start:end]``
(absolute offsets), sorted by start and non-overlapping. The pipeline per numeral:

1. numerals (:mod:`numbers`) and vague amounts (:mod:`vague`); numerals inside dates, clock times,
   identifiers, phone numbers and page furniture (:mod:`not_quantities`) are dropped;
2. a currency sign before, a range partner after ("60 to 70", "between 20 and 25", "20-25");
3. the unit after ("km", "per cent", "-year-old" as an age), a rate ("a day") (:mod:`quantity_units`),
   "or more";
4. the qualifier before ("at least", "nearly") turns the figure into an interval (:mod:`qualifiers`);
5. a bracketed restatement in another unit becomes the match's :class:`Conversion`.

Fractions ("two-thirds", "half of") get unit ``"fraction"``; ages ("a 12-year-old boy", "aged 40")
get unit ``"year_of_age"`` (or month/week/day_of_age) unless the noun is a span of time ("a three-year-old
siege" is a duration of 3 years; the "-year-old" rule lives in :mod:`quantity_units`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from crosscheck.extract.numbers.not_quantities import blocked_spans, is_score, plural_noun, reason_for
from crosscheck.extract.numbers.numbers import Number, find_numbers
from crosscheck.extract.numbers.qualifiers import interval, qualifier_after, qualifier_before
from crosscheck.extract.numbers.quantity_match import Conversion, QuantityMatch
from crosscheck.extract.numbers.vague import Vague, find_vague
from crosscheck.extract.units.quantity_units import TIME_RATES, unit_and_extras
from crosscheck.extract.units.units import consistent, currency_before, rate_after, unit_after
from crosscheck.extract.window import per_sentence

_RANGE_SEP = re.compile(r"(?P<sep>[ \t]*(?:-?to-?|–|—|-|through|and|or)[ \t]*)", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:an?\s+|A\.?D\.?\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_CHANGE_VERB = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|increas\w*|decreas\w*|declin\w*|"
    r"dropp?\w*|jump\w*|climb\w*|surg\w*|slump\w*|plung\w*|soar\w*|cut|rais\w*|lower\w*|up|down|revised|"
    r"shr[ai]nk\w*|doubl\w*|tripl\w*|expand\w*|reduc\w*|boost\w*)\b[^.;]{0,40}$",
    re.I,
)
_AGED_BEFORE = re.compile(r"\b(?:aged|age(?:\s+of)?)\s+$", re.I)
_APPOSITIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s*$")
_APPOSITIVE_AFTER = re.compile(r"\s*,")
_CONVERSION_OPEN = re.compile(
    r"[ \t]*(?P<open>[(\[])[ \t]*"
    r"(?:(?:about|around|some|roughly|approximately|or|nearly|more than|over)[ \t]+)?",
    re.I,
)
_OF_UNIT = re.compile(r"[ \t]+of(?=[ \t]+(?:[A-Za-z]))", re.I)
_WEEKDAY_AFTER = re.compile(r"[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+[ \t]+$")
_GLUED_LETTER = re.compile(r"[A-Za-z]")
_YEARLIKE = re.compile(r"1\d{3}|20\d{2}")
_ALPHANUMERIC = re.compile(r"[^\W_]")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMatch]:
    """Every quantity in ``text[start:end]``, absolute offsets, sorted by start, non-overlapping."""
    end = len(text) if end is None else max(start, min(end, len(text)))
    start = max(0, min(start, end))
    if not _ALPHANUMERIC.search(text, start, end):
        return []  # every numeral and vague amount holds a digit or a letter ("½" is a digit)
    blocked = blocked_spans(text, start, end)
    vagues = find_vague(text, start, end)
    taken = _Spans([(b[0], b[1]) for b in blocked] + [(v.start, v.end) for v in vagues])
    nums = [n for n in find_numbers(text, start, end) if not taken.overlaps(n.start, n.end)]
    out: list[QuantityMatch] = [_vague_match(text, v, end) for v in vagues]
    i = 0
    while i < len(nums):
        match, consumed = _build(text, nums, i, start, end)
        i += consumed
        if match is not None:
            out.append(match)
    out.sort(key=lambda q: (q.start, -q.end))
    result: list[QuantityMatch] = []
    for q in out:
        if result and q.start < result[-1].end:
            continue
        result.append(q)
    return result


@per_sentence
def sentence_quantities(text: str, start: int, end: int) -> tuple[QuantityMatch, ...]:
    """:func:`find_quantities` of a sentence, read once for the rules that read it again."""
    return tuple(find_quantities(text, start, end))


class _Spans:
    """Sorted spans answering "does [s, e) overlap any of them?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.max_end: list[int] = []
        running = -1
        for _, b in self.spans:
            running = max(running, b)
            self.max_end.append(running)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self.starts, e) - 1  # last span starting before e
        return i >= 0 and self.max_end[i] > s


def _vague_match(text: str, v: Vague, end: int) -> QuantityMatch:
    unit_end = v.end
    hit = unit_after(text, v.end, end)
    if hit is None:
        of = _OF_UNIT.match(text, v.end, end)
        if of:
            hit = unit_after(text, of.end(), end)
    unit = hit.unit if hit else None
    if hit:
        unit_end = hit.end
    return QuantityMatch(
        start=v.start, end=unit_end, value=None, low=v.low, high=v.high, qualifier="vague", unit=unit,
        rule=f"quantity:vague({v.code})", number_start=v.start, number_end=v.end,
    )  # fmt: skip


def _build(text: str, nums: list[Number], i: int, start: int, end: int) -> tuple[QuantityMatch | None, int]:
    n = nums[i]
    glued = n.end < len(text) and _GLUED_LETTER.match(text, n.end) is not None
    cur = currency_before(text, n.start, start)
    left = cur.start if cur else n.start
    kind = n.kind
    # ranges: "60 to 70", "between 20 and 25", "20-25", "$800,000 to $1.3 million"
    if i + 1 < len(nums):
        rng = _range(text, nums, i, left, start, end)
        if rng == "skip":
            return None, 2
        if isinstance(rng, QuantityMatch):
            return rng, 2
    pos, unit, rate, is_age = unit_and_extras(text, n.end, end, cur.unit if cur else None)
    if glued and pos == n.end and n.kind != "mixed":
        return None, 1  # "5G", "3D", "4x4": letters glued to a figure that are not a unit
    if unit is None and (
        _AGED_BEFORE.search(text[max(start, left - 8) : left])
        or (
            n.kind == "digits"
            and 1 <= n.value <= 120
            and n.value.is_integer()
            and _APPOSITIVE_AFTER.match(text, n.end, end)
            and _APPOSITIVE_BEFORE.search(text[max(start, left - 30) : left])
        )
    ):
        unit, is_age = "year_of_age", True  # "aged 45", "Jane Doe, 45, said"
    qual = qualifier_before(text, left, start, end)
    after_q = qualifier_after(text, pos, end)
    reason = reason_for(
        text, n.start, n.end, n.kind, unit is not None, qual is not None or after_q is not None
    )
    if (
        reason == "identifier"
        and _LOWER_WORD_BEFORE.search(text, max(start, left - 20), left)
        and _WEEKDAY_AFTER.match(text, n.end, end)
    ):
        reason = None  # "wounded 40 Tuesday": a count, then when
    if reason is not None:
        return None, 1
    if unit is None and n.kind == "fraction" and n.value < 1:
        unit = "fraction"
    qualifier = "exact"
    q_start = left
    if qual is not None:
        qualifier, q_start = qual.qualifier, qual.start
    if after_q is not None:
        qualifier = after_q.qualifier
        pos = after_q.end
    value, low, high = interval(qualifier, n.value)
    if unit in TIME_RATES and _AGED_BEFORE.search(text[max(start, q_start - 12) : q_start]):
        unit, is_age = f"{unit}_of_age", True  # "under the age of 5 years"
    conversion, pos = _conversion(text, pos, end, value, unit, low, high)
    if conversion is not None and rate is None and unit is not None and "/" not in unit:
        after = rate_after(text, pos, end)  # "9 billion shekels ($2.4 billion) a year"
        if after is not None:
            pos, per = after
            if per in TIME_RATES:
                rate = per
            else:
                unit = f"{unit}/{per}"
    rule = f"quantity:{qualifier}+{kind}" + ("+age" if is_age else "")
    return QuantityMatch(
        start=q_start, end=pos, value=value, low=low, high=high, qualifier=qualifier, unit=unit, rule=rule,
        number_start=n.start, number_end=n.end, conversion=conversion, rate=rate,
    ), 1  # fmt: skip


def _range(
    text: str, nums: list[Number], i: int, left: int, start: int, end: int
) -> QuantityMatch | str | None:
    """A range starting at ``nums[i]``; "skip" when the pair is a score or a span of years."""
    a, b = nums[i], nums[i + 1]
    # the first figure may carry its own unit: "20 km to 30 km", "$5 to $10"
    after_a = a.end
    first_unit = unit_after(text, a.end, end)
    if first_unit is not None and first_unit.end <= b.start:
        after_a = first_unit.end
    sep = _RANGE_SEP.match(text, after_a, end)
    if sep is None:
        return None
    b_cur = currency_before(text, b.start, sep.end())
    b_left = b_cur.start if b_cur else b.start
    if b_left != sep.end():
        return None
    word = sep.group("sep").strip().lower()
    before = text[max(start, left - 60) : left]
    # tried only when their word is there: no letter of "between", "from", "by" is one that re.I matches to
    # a character other than its own two cases (as it does k, s and i), so lowering is how they compare
    lowered = before.lower()
    between = "between" in lowered and _BETWEEN_BEFORE.search(before) is not None
    if word == "and" and not between:
        return None
    if word == "or" and a.kind != b.kind:
        return None
    from_before = "from" in lowered and _FROM_BEFORE.search(before) is not None
    if from_before and _CHANGE_VERB.search(before[: len(before) - len("from ") - 1] + " "):
        return None  # "rose from 20 to 25" is a change, two figures
    by_change = (
        "by" in lowered
        and _BY_BEFORE.search(before)
        and _CHANGE_VERB.search(before[: len(before) - len("by ") - 1] + " ")
    )
    first_has_unit = first_unit is not None and first_unit.end <= b.start
    if by_change and (first_has_unit or currency_before(text, a.start, start)):
        return None  # "increased by $43.6 billion to $419.2 billion": a change and a level
    lo, hi = a.value, b.value
    kind = a.kind if a.kind == b.kind else "mixed"
    scale_b = _scale_of(text[b.start : b.end])
    if (
        scale_b
        and not _scale_of(text[a.start : a.end])
        and lo < hi
        and lo * scale_b <= hi * 1.0001
        and lo < 1000
    ):
        lo *= scale_b  # "$89 to $93 billion", "four to five thousand"
    dash = word in ("-", "–", "—")
    if dash and a.kind == "digits" and b.kind == "digits" and (is_score(lo, hi) or lo == hi):
        return "skip" if float(lo).is_integer() and float(hi).is_integer() and hi < 200 else None
    if lo > hi or lo == hi:
        return None
    if dash and "words" in (a.kind, b.kind) and a.kind != b.kind:
        return None
    cur = currency_before(text, a.start, start)
    money = b_cur.unit if b_cur else cur.unit if cur else None
    pos, unit, rate, is_age = unit_and_extras(text, b.end, end, money)
    if first_unit is not None and first_unit.end <= b.start and unit != first_unit.unit:
        return None  # "rose 5% to 164p", "fell 0.4 per cent to 13176": two figures
    if (b_cur is None) != (cur is None) and unit is not None and word not in ("-", "–", "—"):
        return None  # "8 or $9"
    if _YEARLIKE.fullmatch(text[a.start : a.end]) and hi > 10 * lo:
        return None  # "rose 60% in 2018 to 3.9 million"
    followed_by_count = _WORD_AFTER.match(text[pos : pos + 30])
    if (
        unit is None
        and all(_YEARLIKE.fullmatch(text[x.start : x.end]) for x in (a, b))
        and not (followed_by_count and plural_noun(followed_by_count.group(1)))
    ):
        return "skip"  # "between 1600 and 1900", "2014-2017": years
    if b.end < len(text) and _GLUED_LETTER.match(text, b.end) and pos == b.end:
        return None
    reason = reason_for(text, a.start, a.end, a.kind, unit is not None, True)
    if reason is not None:
        return None
    q_start = left
    if between:
        q_start = left - (len(before) - _BETWEEN_BEFORE.search(before).start())  # type: ignore[union-attr]
    elif from_before:
        q_start = left - 5
    conversion, pos = _conversion(text, pos, end, None, unit, lo, hi)
    return QuantityMatch(
        start=q_start, end=pos, value=None, low=lo, high=hi, qualifier="range", unit=unit,
        rule=f"quantity:range+{kind}" + ("+age" if is_age else ""), number_start=a.start, number_end=b.end,
        conversion=conversion, rate=rate,
    )  # fmt: skip


def _scale_of(surface: str) -> float | None:
    s = surface.lower()
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("mn", 1e6),
                        ("thousand", 1e3), ("tn", 1e12), ("m", 1e6), ("k", 1e3), ("b", 1e9)):  # fmt: skip
        if s.endswith(word):
            return scale
    return None


def _conversion(
    text: str,
    pos: int,
    end: int,
    value: float | None,
    unit: str | None,
    low: float | None,
    high: float | None,
) -> tuple[Conversion | None, int]:
    """ "40 km (25 miles)", "270 square kilometers [100 square miles]": one match, with a Conversion."""
    if unit is None or unit in ("fraction",):
        return None, pos
    m = _CONVERSION_OPEN.match(text, pos, end)
    if not m:
        return None, pos
    close_char = ")" if m.group("open") == "(" else "]"
    close = text.find(close_char, m.end(), min(end, m.end() + 60))
    if close < 0:
        return None, pos
    inner = find_quantities(text, m.end(), close)
    if len(inner) != 1 or inner[0].unit is None or inner[0].unit == unit or inner[0].end != close:
        return None, pos
    q = inner[0]
    if unit.endswith("_of_age") or q.unit in ("fraction",):
        return None, pos
    ours = value if value is not None else _mid(low, high)
    theirs = q.value if q.value is not None else _mid(q.low, q.high)
    ok = ours is not None and theirs is not None and consistent(ours, unit, theirs, q.unit)
    conv = Conversion(
        start=q.start, end=q.end, value=q.value, low=q.low, high=q.high, unit=q.unit, consistent=ok
    )
    return conv, close + 1


def _mid(low: float | None, high: float | None) -> float | None:
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high
