"""Link parts to their whole: "42 civilians, including 12 women and 19 children" -> 12 and 19 are parts of 42.

:func:`link_parts` takes the numeric claims of one source and returns them with ``part_of`` set where the
text states a part-whole relation. Rule families (the link's rule is appended to the part's ``rule``):

- ``parts:including``: "W, including P1 and P2", "W among them P", "W of whom P";
- ``parts:of-them``: "W ... P of them (were) children";
- ``parts:of-the``: "P of the dead were children" (W: the nearest earlier claim with the same event),
  "18 of the 31 lorries" (W: the figure inside the partitive);
- ``parts:among``: "P were among the W people killed", "P were among the dead";
- ``parts:of-the-whole``: "Of the W civilians killed, the most were in Qaterji, where raids claimed P
  lives" (a sentence that opens on its whole);
- ``parts:remaining``: "W people were killed, including 24 civilians ... the remaining P people killed"
  (W: the largest earlier figure of the same event within reach).

A part that names nothing of its own ("12 of them", "ten of the dead") is a *share* of its whole
(:func:`is_share`): some of those counted, picked out by something other than who they were.

A link is kept only when part and whole count the same event (killed with killed), so "12 killed,
including 3 wounded" is not a part.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from crosscheck.extract.measure.measure import measure_event, measure_key
from crosscheck.extract.window import REACH, ClaimWindow
from crosscheck.model import Claim

_INCLUDING_HEAD = (
    r"(?:\s+(?:were|was|are|have|has|had|been|also|reportedly|killed|died|dead|injured|wounded|hurt)\b){0,4}"
    r"[\s,(\-–—]*(?:including|incl\.?|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+those|"
    r"mostly|mainly|most\s+of\s+them)\s+"
)
_INCLUDING_RE = re.compile(rf"^{_INCLUDING_HEAD}(?:#\s*(?:,\s*)?(?:and\s+|as\s+well\s+as\s+|,\s*)?)*$", re.I)
# What an including gap holds before the first claim it masks: its "#"s are masks, so a gap whose text
# before that claim has no "#" matches _INCLUDING_RE only if that text is all of this.
_INCLUDING_HEAD_RE = re.compile(_INCLUDING_HEAD, re.I)
# A word every gap _INCLUDING_RE accepts has: what a part's text must hold before it is read that way.
_INCLUDING_CUE_RE = re.compile(r"incl|among|whom|them|most|mainly", re.I)
_LETTERS_RE = re.compile(r"(?:[^\W\d_]|\s)*")
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|whom)\b", re.I)
_OF_THE_RE = re.compile(r"\s+of\s+(?:the|those)\s+(?P<what>\w+)", re.I)
_AMONG_RE = re.compile(
    r"(?P<between>[^.;]{0,40}?)\b(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?P<rest>[^.;]{0,60})",
    re.I,
)
_OPENS_ON_WHOLE_RE = re.compile(r"[\W\d]*(?:of|among)\s+(?:the|those)\s+$", re.I)
_REMAINING_RE = re.compile(r"\b(?:the\s+)?(?:remaining|rest\s+of\s+the)\s+$", re.I)
_NOT_OWN_SUBJECT_RE = re.compile(r"\b(?:that|said|says|adding|added|while|who|which|whom)\b", re.I)
_BEFORE_WHOLE_RE = re.compile(r"(?:the|those|at\s+least|more\s+than|some|about|nearly|over|\s)*", re.I)
_BROAD_GROUPS = frozenset({"people", "civilians"})
_PARTITIVE_EVENTS = {
    "dead": "killed", "killed": "killed", "victims": "killed", "fatalities": "killed", "wounded": "injured",
    "injured": "injured", "casualties": "killed or injured",
}  # fmt: skip
_PARTITIVE_TAIL_RE = re.compile(r"\s+of\s+(?:the|those|them|whom)\b")
SHARE_RULE = "parts:share"
_MAX_GAP = 120
_LOOKBACK = 600


def link_parts(claims: Sequence[Claim]) -> list[Claim]:
    """Claims of one source with ``part_of`` filled in; the input order is kept, other fields untouched."""
    numeric = sorted((c for c in claims if c.kind == "numeric"), key=lambda c: (c.start, c.end))
    window = ClaimWindow(numeric)
    longest = max((c.end - c.start for c in numeric), default=0)
    links: dict[str, tuple[str, str]] = {}
    for part in numeric:
        if part.part_of is not None:
            continue
        found = _whole_for(part, window, longest)
        if found:
            whole, rule = found
            if whole.id != part.id and _compatible(part, whole) and whole.part_of != part.id:
                links[part.id] = (whole.id, rule)
    by_id = {c.id: c for c in numeric}
    out = []
    for c in claims:
        if c.kind == "numeric" and c.id in links:
            whole_id, rule = links[c.id]
            whole = by_id[whole_id]
            measure = _inherit(c, whole)
            if measure and whole.measure and measure_key(measure) == measure_key(whole.measure):
                rule = f"{rule}; {SHARE_RULE}"
            c = replace(c, part_of=whole_id, rule=f"{c.rule}; {rule}", measure=measure)
        out.append(c)
    return out


def is_share(claim: Claim) -> bool:
    """A part that names nothing of its own: "12 of them", "ten of the dead"."""
    return claim.part_of is not None and SHARE_RULE in claim.rule


def _inherit(part: Claim, whole: Claim) -> str | None:
    """A part that names no event counts the whole's: "27 people were killed, 12 of them in Brena"."""
    event = measure_event(whole.measure)
    if not part.measure or measure_event(part.measure) or not event or not _is_person(part.measure):
        return part.measure
    return f"{part.measure} {event}"


def _is_person(group: str) -> bool:
    from crosscheck.extract.measure.measure_vocab import GROUP_PHRASES

    return all(
        tuple(g.split()) in GROUP_PHRASES.keys() | {(v,) for v in GROUP_PHRASES.values()}
        for g in group.split(" and ")
    )


def _whole_for(part: Claim, window: ClaimWindow, longest: int) -> tuple[Claim, str] | None:
    """The whole ``part`` is a part of, and the rule. ``longest``: the longest quote of ``window``'s claims,
    so that the claims ending near the part are found among those starting at most that much earlier."""
    text = part.source.text
    lookback = min(REACH, _LOOKBACK + longest)
    sentence = window.starting(part.sentence_start, part.start)
    earlier = (c for c in sentence if c.sentence_start == part.sentence_start and c.end <= part.start)
    opening = next(earlier, None)
    if opening is not None and _INCLUDING_CUE_RE.search(
        text, max(part.sentence_start, part.start - _MAX_GAP), part.start
    ):
        near = window.starting(max(part.sentence_start, part.start - _MAX_GAP - longest), part.start)
        same_sentence = [c for c in near if c.sentence_start == part.sentence_start and c.end <= part.start]
        starts = [c.start for c in same_sentence]
        for at in range(len(same_sentence) - 1, -1, -1):
            whole = same_sentence[at]
            if part.start - whole.end > _MAX_GAP:
                continue
            # an including gap holds its cue word before the first claim it masks
            first = bisect_left(starts, whole.end, at + 1)
            if not _may_open_including(text, whole.end, starts[first] if first < len(starts) else part.start):
                continue
            gap = _masked_gap(text, whole, part, same_sentence[at + 1 :])
            if gap is not None and _INCLUDING_RE.match(gap):
                return whole, "parts:including"
    if opening and _OPENS_ON_WHOLE_RE.fullmatch(text, part.sentence_start, opening.start):
        return opening, "parts:of-the-whole"
    figure_end = _figure_end(part)
    if _OF_THEM_RE.match(text, figure_end) and opening:
        last = next(
            c for c in reversed(sentence) if c.sentence_start == part.sentence_start and c.end <= part.start
        )
        return last, "parts:of-them"
    of_the = _OF_THE_RE.match(text, figure_end)
    if of_the:
        inner = window.starting(part.start + 1, part.end)
        if inner:
            return inner[0], "parts:of-the"
        event = _PARTITIVE_EVENTS.get(of_the.group("what").lower())
        whole = _nearest_with_event(part, window.before(part, lookback), event)
        if whole:
            return whole, "parts:of-the"
    if _REMAINING_RE.search(text, max(part.sentence_start, part.start - 20), part.start):
        event = measure_event(part.measure)
        wholes = [
            c
            for c in window.before(part, lookback)
            if part.start - c.end <= _LOOKBACK
            and measure_event(c.measure) == event
            and (c.value or 0) > (part.value or 0)
            and _compatible(part, c)
        ]
        if event and wholes:
            return max(wholes, key=lambda c: (c.value or 0, c.start)), "parts:remaining"
    among = _AMONG_RE.match(text, part.end, part.sentence_end)
    if among and not _NOT_OWN_SUBJECT_RE.search(among.group("between")):
        rest_start = among.start("rest")
        gap = _BEFORE_WHOLE_RE.fullmatch
        # the words _BEFORE_WHOLE_RE reads are letters and spaces: a whole after them starts by their end
        letters = _LETTERS_RE.match(text, rest_start, part.end + REACH)
        assert letters is not None  # a starred pattern always matches
        reach = min(letters.end() + 1, part.end + REACH)
        following = window.starting(rest_start, reach)
        inside = next((c for c in following if gap(text, rest_start, c.start)), None)
        if inside:
            return inside, "parts:among"
        whole = _nearest_with_event(part, window.before(part, lookback), measure_event(part.measure))
        if whole:
            return whole, "parts:among"
    return None


@lru_cache(maxsize=65536)
def _may_open_including(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, from a whole to the first claim after it, may open an including gap: it
    holds the cue word and, unless it holds a "#", is all words such a gap opens with. The same for every
    part after that claim, so remembered."""
    if not _INCLUDING_CUE_RE.search(text, start, end):
        return False
    head = text[start:end]
    return "#" in head or _INCLUDING_HEAD_RE.fullmatch(head) is not None


def _masked_gap(text: str, whole: Claim, part: Claim, siblings: list[Claim]) -> str | None:
    """The text between whole and part, with the quotes of claims in between replaced by "#"."""
    if part.start - whole.end > _MAX_GAP:
        return None
    pieces, at = [], whole.end
    for c in siblings:
        if c.start >= whole.end and c.end <= part.start:
            pieces.append(text[at : c.start])
            pieces.append("#")
            at = c.end
    pieces.append(text[at : part.start])
    return "".join(pieces)


def _figure_end(part: Claim) -> int:
    """End of the figure itself: the quote minus a partitive tail ("14" in "14 of the dead")."""
    text = part.source.text
    m = _PARTITIVE_TAIL_RE.search(text[part.start : part.end])
    return part.start + m.start() if m else part.end


def _nearest_with_event(part: Claim, before: list[Claim], event: str | None) -> Claim | None:
    """The nearest earlier whole in a previous sentence ("... killed 30. Nine of the dead were children"):
    in the part's own sentence, an earlier figure is a coordinate ("Five women and 13 rebels were among")."""
    if event is None:
        return None
    for c in reversed(before):
        if part.start - c.end > _LOOKBACK:
            return None
        if c.sentence_start == part.sentence_start:
            continue
        if measure_event(c.measure) == event and c.part_of is None and _compatible(part, c):
            return c
    return None


def _compatible(part: Claim, whole: Claim) -> bool:
    """Same event, and a whole at least as broad as the part: children in people, not rebels in women."""
    if whole.measure is None:
        return False
    a, b = measure_event(part.measure), measure_event(whole.measure)
    if a is not None and b is not None and a != b:
        return False
    part_group, whole_group = _group(part.measure), _group(whole.measure)
    return (
        part_group is None
        or whole_group == part_group
        or whole_group in _BROAD_GROUPS
        or " and " in whole_group
    )


def _group(measure: str | None) -> str:
    if not measure:
        return ""
    event = measure_event(measure)
    return measure[: -len(event) - 1] if event else measure
