"""Internal consistency of one article: do its own figures add up?

:func:`find_inconsistencies` checks three rules over the claims of one source:

- ``parts_exceed_whole``: the parts of a whole (``Claim.part_of``) add up to more than the whole can be
  ("42 civilians, including 30 women and 19 children"); a roundup's incidents (``parts:subtotal``) add up
  to their total by construction and are not summed with the groups it is broken down into;
- ``sum_mismatch``: figures stated as adding up ("three missiles and later four more") do not match the
  article's total for the same measure ("seven missiles");
- ``conversion_mismatch``: a bracketed restatement in another unit disagrees with the figure
  ("270 square kilometres [10 square miles]").

Each :class:`Finding` quotes the figures involved so that a fact-checker can check it in the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosscheck.extract.measure.measure import measure_event, measure_key
from crosscheck.extract.numbers.quantity_match import Conversion, QuantityMatch
from crosscheck.extract.parts.subtotals import SUBTOTAL_RULE
from crosscheck.extract.window import REACH, ClaimWindow, search_before
from crosscheck.model import Claim, Finding

_ADDITIVE_AFTER_RE = re.compile(r"\s+(?:more|others|additional)\b", re.I)
_ADDITIVE_BEFORE_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional|plus)\s+$", re.I)
_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether|overall|combined|all\s+told|total(?:ling|ing)?|"
    r"bringing\s+(?:the\s+\w+\s+)?to)[\s,]+$",
    re.I,
)
_TOLL_EVENTS = frozenset({"killed", "injured", "killed or injured", "critically injured"})
_TOTAL_AFTER_RE = re.compile(r"[^.;]{0,30}?\b(?:in\s+total|in\s+all|altogether|all\s+told|combined)\b", re.I)


def find_inconsistencies(claims: Sequence[Claim]) -> list[Finding]:
    """Problems inside one source's claims, sorted by the position of the first figure involved."""
    numeric = sorted((c for c in claims if c.kind == "numeric"), key=lambda c: (c.start, c.end))
    findings = [*_parts_exceed_whole(numeric), *_sums(numeric), *_conversions(numeric)]
    by_id = {c.id: c for c in numeric}
    return sorted(findings, key=lambda f: (min(by_id[i].start for i in f.claim_ids), f.kind))


def lower_bound(c: Claim) -> float | None:
    if c.low is not None:
        return c.low
    return c.value if c.qualifier in {"exact", "at_least", "more_than"} else None


def upper_bound(c: Claim) -> float | None:
    if c.high is not None:
        return c.high
    return c.value if c.qualifier in {"exact", "at_most", "less_than", "nearly"} else None


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _step(x: float) -> float:
    """The rounding a figure as written implies: 35 -> 5, 60 -> 5, 300 -> 10, 7 -> 1, 2.5 -> 0.1."""
    if not float(x).is_integer():
        return 10.0 ** -len(f"{x:g}".split(".")[-1])
    n = int(x)
    if n >= 100 and n % 10 == 0:
        return 10.0
    return 5.0 if n >= 10 and n % 5 == 0 else 1.0


def _within_rounding(m: QuantityMatch, conv: Conversion) -> bool:
    """News copy rounds both sides of a conversion ("60 km (35 miles)"): consistent if the two figures,
    each widened by half its rounding step, overlap once converted (3% slack)."""
    from crosscheck.extract.units.units import to_base

    if m.value is None or conv.value is None or not m.unit or not conv.unit:
        return False
    half, conv_half = _step(m.value) / 2, _step(conv.value) / 2
    lo, hi = to_base(m.value - half, m.unit), to_base(m.value + half, m.unit)
    clo, chi = to_base(conv.value - conv_half, conv.unit), to_base(conv.value + conv_half, conv.unit)
    if None in (lo, hi, clo, chi):
        return False
    assert lo is not None and hi is not None and clo is not None and chi is not None
    return lo <= chi * 1.03 and clo <= hi * 1.03


def _amount(value: float | None, low: float | None, high: float | None, unit: str | None) -> str:
    if value is not None:
        number = _fmt(value)
    elif low is not None and high is not None:
        number = f"{_fmt(low)}-{_fmt(high)}"
    else:
        number = _fmt(low if low is not None else high or 0)
    return f"{number} {unit}" if unit else number


def _parts_exceed_whole(claims: list[Claim]) -> list[Finding]:
    by_id = {c.id: c for c in claims}
    parts: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.part_of in by_id and SUBTOTAL_RULE not in c.rule:  # incidents that add up by construction
            parts[c.part_of].append(c)
    out = []
    for whole_id, ps in parts.items():
        whole = by_id[whole_id]
        cap = upper_bound(whole)
        lows = [lower_bound(p) for p in ps]
        if cap is None or any(x is None for x in lows):
            continue
        total = sum(x for x in lows if x is not None)
        if total <= cap:
            continue
        listed = " + ".join(
            f'"{p.quote}" ({_fmt(x)})' for p, x in zip(ps, lows, strict=True) if x is not None
        )
        adds = f"add up to at least {_fmt(total)}" if len(ps) > 1 else f"is at least {_fmt(total)}"
        out.append(
            Finding(
                "parts_exceed_whole",
                whole.source_id,
                (whole.id, *(p.id for p in ps)),
                f'The parts {listed} {adds}, more than the whole "{whole.quote}" (at most {_fmt(cap)}) '
                "they are stated to be part of [rule: parts_exceed_whole].",
            )
        )
    return out


def _is_additive(c: Claim) -> bool:
    text = c.source.text
    return bool(
        _ADDITIVE_AFTER_RE.match(text, _figure_end(c)) or search_before(_ADDITIVE_BEFORE_RE, text, c.start)
    )


def _figure_end(c: Claim) -> int:
    m = re.search(r"\s+(?:more|others|additional)\b", c.quote)
    return c.start + m.start() if m else c.end


def _is_total(c: Claim) -> bool:
    text = c.source.text
    return bool(
        _TOTAL_BEFORE_RE.search(text[max(c.sentence_start, c.start - 40) : c.start])
        or _TOTAL_AFTER_RE.match(text, c.end, c.sentence_end)
    )


def _sums(claims: list[Claim]) -> list[Finding]:
    out = []
    exact = [c for c in claims if c.measure and c.qualifier == "exact" and c.value is not None]
    exact_ids = {c.id for c in exact}
    window, nearby = ClaimWindow(claims), ClaimWindow(exact)
    for i, c in enumerate(exact):
        if not _is_additive(c) or c.part_of:
            continue
        key = measure_key(c.measure or "")
        chain = [c]
        for prev in reversed(window.before(c)):  # consecutive figures of one sentence, all of one measure
            if prev.sentence_start != c.sentence_start or prev.id not in exact_ids:
                break
            if measure_key(prev.measure or "") != key:
                break
            chain.insert(0, prev)
            if not _is_additive(prev):
                break
        if len(chain) < 2 or _is_additive(chain[0]):
            continue
        if (
            i + 1 < len(exact)
            and _is_additive(exact[i + 1])
            and exact[i + 1].sentence_start == c.sentence_start
        ):
            continue  # the chain goes on; report it once, at its last addend
        total = _stated_total(nearby.starting(chain[0].start - REACH, chain[-1].end + REACH), chain, key)
        summed = sum(x.value for x in chain if x.value is not None)
        if total is None or total.value is None or abs(total.value - summed) < 1e-9:
            continue
        listed = " + ".join(f'"{x.quote}"' for x in chain)
        out.append(
            Finding(
                "sum_mismatch",
                c.source_id,
                (*(x.id for x in chain), total.id),
                f'{listed} add up to {_fmt(summed)}, but the article also gives "{total.quote}" '
                f"({_fmt(total.value)}) for the same measure ({c.measure}) [rule: sum_mismatch].",
            )
        )
    return out


def _stated_total(exact: list[Claim], chain: list[Claim], key: str) -> Claim | None:
    """The article's total for the chain's measure: one figure marked as a total ("in all", "a total of"),
    or else the only other figure of that measure, larger than every addend, in another sentence. Casualty
    tolls need the marker: an article's other toll is usually an earlier or later count, not a total."""
    ids = {x.id for x in chain}
    largest = max(x.value or 0 for x in chain)
    others = [
        c for c in exact if c.id not in ids and measure_key(c.measure or "") == key and not c.part_of
        and not _is_additive(c) and (c.value or 0) > largest
    ]  # fmt: skip
    marked = [c for c in others if _is_total(c)]
    if len(marked) == 1:
        return marked[0]
    if marked or measure_event(chain[0].measure) in _TOLL_EVENTS:
        return None
    unmarked = [c for c in others if c.sentence_start != chain[0].sentence_start]
    return unmarked[0] if len(unmarked) == 1 else None


def _conversions(claims: list[Claim]) -> list[Finding]:
    from crosscheck.extract.numbers.quantities import sentence_quantities

    out = []
    by_sentence: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        # a restatement ends its match, inside the claim's quote, with its closing bracket
        if ")" in c.source.text[c.start : c.end] or "]" in c.source.text[c.start : c.end]:
            by_sentence[(c.sentence_start, c.sentence_end)].append(c)
    for (s, e), cs in by_sentence.items():
        text = cs[0].source.text
        matches = {m.start: m for m in sentence_quantities(text, s, e)}
        for c in cs:
            m = matches.get(c.start)
            conv = m.conversion if m else None
            if m is None or conv is None or conv.consistent or _within_rounding(m, conv):
                continue
            stated = _amount(m.value, m.low, m.high, m.unit)
            restated = _amount(conv.value, conv.low, conv.high, conv.unit)
            out.append(
                Finding(
                    "conversion_mismatch",
                    c.source_id,
                    (c.id,),
                    f'"{text[m.start : m.end]}": {stated} is not "{text[conv.start : conv.end]}" '
                    f"({restated}) "
                    "once converted [rule: conversion_mismatch].",
                )
            )
    return out
