"""When a figure happened: time expressions resolved against the publication date into a TimeSpan.

Each rule is a pattern plus a resolver ``(match, published) -> (start, end) | None``. Relative
expressions need the publication date; absolute ones ("in March 2011", "on January 24, 2017") do not.
Datelines and stamps are no event time (timex_stamps.py); a reporting verb's time only bounds the figure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from crosscheck.extract.timex_stamps import find_stamps
from crosscheck.model import TimeSpan

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "couple": 2,
}
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}

Span = tuple[date | None, date | None]
Resolver = Callable[[re.Match[str], date | None], Span | None]

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_N = (
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|"
    r"couple(?: of)?)"
)


def _mon_key(s: str) -> str:
    s = s.lower().rstrip(".")
    return s if s in MONTHS else s[:3]


def _month_end(y: int, mo: int) -> date:
    return date(y, mo, calendar.monthrange(y, mo)[1])


def _weekday(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    target = WEEKDAYS.index(m.group("wd").lower())
    last = (m.group("last") or "").lower()
    back = (pub.weekday() - target) % 7
    if back == 0 and last == "last":
        back = 7
    day = pub - timedelta(days=back)
    if last == "since":
        return day, pub
    # a strike "late Tuesday" is often Wednesday's news, one "early Friday" Thursday night's
    if (m.group("tod") or "").lower() in ("night", "overnight") or last.startswith("late"):
        return day, day + timedelta(days=1)
    if last.startswith("early"):
        return day - timedelta(days=1), day
    return day, day


def _day_month(m: re.Match[str], pub: date | None) -> Span | None:
    mo, d = MONTHS[_mon_key(m.group("mon"))], int(m.group("day"))
    if m.group("year"):
        y = int(m.group("year"))
    elif pub is None:
        return None
    else:
        y = pub.year if (mo, d) <= (pub.month, pub.day) else pub.year - 1
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    if m.group("since"):
        return day, pub
    return day, day


def _month_year(m: re.Match[str], pub: date | None) -> Span | None:
    mo = MONTHS[_mon_key(m.group("mon"))]
    if m.groupdict().get("year"):
        y = int(m.group("year"))
    elif pub is None:
        return None
    else:
        y = pub.year if mo <= pub.month else pub.year - 1
    start = date(y, mo, 1)
    return (start, pub) if m.group("since") else (start, _month_end(y, mo))


def _year(m: re.Match[str], pub: date | None) -> Span | None:
    y = int(m.group("year"))
    return (date(y, 1, 1), pub) if m.group("since") else (date(y, 1, 1), date(y, 12, 31))


def _past(m: re.Match[str], pub: date | None) -> Span | None:
    if pub is None:
        return None
    raw = (m.group("n") or "one").lower().replace("couple of", "couple")
    n = int(raw) if raw.isdigit() else NUMBERS.get(raw, 1)
    days = max(1, round(n * UNIT_DAYS[m.group("unit").lower().rstrip("s")]))
    return pub - timedelta(days=days), pub


def _ago(m: re.Match[str], pub: date | None) -> Span | None:
    span = _past(m, pub)
    return (span[0], span[0]) if span else None


def _offset(days_back: int, length: int = 0) -> Resolver:
    def resolve(_m: re.Match[str], pub: date | None) -> Span | None:
        if pub is None:
            return None
        start = pub - timedelta(days=days_back)
        return start, start + timedelta(days=length)

    return resolve


def _calendar(unit: str, previous: bool) -> Resolver:
    def resolve(_m: re.Match[str], pub: date | None) -> Span | None:
        if pub is None:
            return None
        if unit == "week":
            monday = pub - timedelta(days=pub.weekday())
            return (monday - timedelta(days=7), monday - timedelta(days=1)) if previous else (monday, pub)
        if unit == "month":
            first = pub.replace(day=1)
            if previous:
                last = first - timedelta(days=1)
                return last.replace(day=1), last
            return first, pub
        jan1 = pub.replace(month=1, day=1)
        return (date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)) if previous else (jan1, pub)

    return resolve


def _iso(m: re.Match[str], _pub: date | None) -> Span | None:
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return day, day


_SINCE = r"(?:(?P<since>(?i:since|from))\s+)?"
RULES: tuple[tuple[str, re.Pattern[str], Resolver], ...] = (
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso),
    (
        "day_month",
        re.compile(
            rf"\b{_SINCE}(?:(?:on|On)\s+)?(?:{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?"
            r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MON.replace("mon>", "mon2>")
            + r"(?:,?\s+"
            + _YEAR.replace("year>", "year2>")
            + r")?)\b(?!\s*(?:per|%))"
        ),
        lambda m, p: _day_month(_Normalised(m), p),
    ),
    (
        "month_year",
        re.compile(rf"\b{_SINCE}(?:(?:in|In|of|during|early|late|mid)[\s-]+)?{_MON}(?:,?\s+{_YEAR})"),
        _month_year,
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?P<since>[Ss]ince|[Ff]rom)\s+(?:(?:early|mid|late)[\s-]+)?|"
            rf"(?i:in|during|early|late|mid)[\s-]+){_MON}\b(?!\s+\d)"
        ),
        _month_year,
    ),
    (
        "year",
        re.compile(
            rf"\b(?:(?P<since>since|from)|in|during|of|by|In|Since)\s+{_YEAR}\b(?!\s*[-–]?\s*\w*\s*(?:people|"
            r"civilians|militants|fighters|soldiers|troops|%|per))"
        ),
        _year,
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<last>(?i:last|this|on|since|(?:early|late)(?:\s+on)?))\s+)?\b{_WD}(?:'s|’s)?"
            r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight))?\b"
        ),
        _weekday,
    ),
    ("yesterday", re.compile(r"\b(?i:yesterday)\b"), _offset(1)),
    ("last_night", re.compile(r"\b(?i:last night)\b"), _offset(1, 1)),
    (
        "today",
        re.compile(r"\b(?i:today|tonight|this morning|this afternoon|this evening|earlier today)\b"),
        _offset(0),
    ),
    ("overnight", re.compile(r"\b(?i:overnight)\b"), _offset(1, 1)),
    ("recent", re.compile(r"\b(?i:in\s+(?:the\s+)?recent\s+days)\b"), _offset(7, 7)),
    ("ago", re.compile(rf"\b{_N}\s+(?P<unit>hours?|days?|weeks?|months?|years?)\s+ago\b", re.I), _ago),
    (
        "past",
        re.compile(
            rf"\b(?:(?:over|in|during|within|for)\s+)?(?:the\s+(?:past|last|previous)|past)\s+(?:{_N}\s+)?"
            r"(?P<unit>hours?|days?|weeks?|months?|years?)\b",
            re.I,
        ),
        _past,
    ),
    ("this_week", re.compile(r"\b(?i:(?:earlier\s+|later\s+)?this\s+week)\b"), _calendar("week", False)),
    ("last_week", re.compile(r"\b(?i:last\s+week)\b"), _calendar("week", True)),
    ("this_month", re.compile(r"\b(?i:(?:earlier\s+)?this\s+month)\b"), _calendar("month", False)),
    ("last_month", re.compile(r"\b(?i:last\s+month)\b"), _calendar("month", True)),
    ("this_year", re.compile(r"\b(?i:(?:earlier\s+)?this\s+year)\b"), _calendar("year", False)),
    ("last_year", re.compile(r"\b(?i:last\s+year)\b"), _calendar("year", True)),
)


_DATELINE = re.compile(r"(?i:published|date of publication|updated|posted)\s*(?:on\s*)?:?\s*$")


class _Normalised:
    """Lets one resolver read both "January 24" and "24 January" matches."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str | None:
        g = self._m.groupdict()
        if name in ("mon", "day", "year"):
            return g.get(name) or g.get(name + "2")
        return g.get(name)


def find_times(
    text: str, start: int, end: int, published: date | None
) -> list[tuple[int, int, str, TimeSpan]]:
    """Every time expression in ``text[start:end]`` as (start, end, rule, span); overlaps keep the longest.

    Datelines ("Published 2 October 2017") and stamps ("AFP Saturday 25 Jun 2016") date the page, not
    an event, and are left out.
    """
    hits: list[tuple[int, int, str, Span | None]] = []
    for name, pattern, resolve in RULES:
        for m in pattern.finditer(text, start, end):
            hits.append((m.start(), m.end(), name, resolve(m, published)))  # type: ignore[arg-type]
    skip = [(h[0], h[1]) for h in hits if _DATELINE.search(text, max(start, h[0] - 25), h[0])]
    skip += find_stamps(text, start, end)
    hits = [h for h in hits if not any(a < h[1] and h[0] < b for a, b in skip)]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, TimeSpan]] = []
    last_end = -1
    for s, e, name, span in hits:
        if s < last_end:
            continue
        last_end = e
        if span is not None:
            out.append((s, e, name, TimeSpan(span[0], span[1], text[s:e])))
    return out


REPORT_LAG_DAYS = 3
"""A report time ("the Observatory said on Sunday") bounds the figure: known by then, from this many days
before."""

_REPORT_VERBS = frozenset(
    {"said", "says", "reported", "announced", "claimed", "told", "added", "stated", "confirmed", "declared"}
    | {"quoted"}
)
# what may stand between a reporting verb and its time: "said in a statement on Sunday", "told SANA Friday"
_REPORT_FILLERS = frozenset(
    {"in", "a", "an", "the", "its", "their", "to", "by", "at", "also", "earlier", "later", "new", "latest"}
    | {"statement", "report", "briefing", "press", "conference", "news", "interview", "social", "media"}
    | {"website", "tweet", "reporter", "reporters", "journalists", "correspondent", "military", "security"}
    | {"source", "sources", "official", "officials", "phone", "telephone", "toll"}
)
_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})
_CLAUSE_BREAKS = frozenset(
    {"that", "and", "but", "while", "who", "which", "when", "as", "after", "before", "is", "are", "was"}
    | {"were", "been", "had", "has", "have"}
)
_REPORT_REACH = 3
_TOKEN = re.compile(r"\S+")


def _bare(token: str) -> str:
    return token.strip(",\"'“”‘’()").lower()


def _is_report_time(text: str, sentence: tuple[int, int], hit: tuple[int, int], position: int) -> bool:
    """Whether the expression at ``hit`` dates a reporting verb: "said on Sunday", "on Monday claimed"."""
    before = list(_TOKEN.finditer(text, sentence[0], hit[0]))[-_REPORT_REACH - 1 :]
    if before and _bare(before[-1].group()) in _DETERMINERS:
        return False  # "claimed an October 2 bomb attack": the date is the attack's
    for t in reversed(before):
        token = t.group()
        if token[-1] in ".;:!?":
            break
        if _bare(token) in _REPORT_VERBS:
            return True
        if not (_bare(token) in _REPORT_FILLERS or token[:1].isupper()):
            break
    after = list(_TOKEN.finditer(text, hit[1], sentence[1]))[: _REPORT_REACH + 1]
    for t in after:
        word = _bare(t.group())
        # "killed 43 on Saturday a monitor said" dates the killing; "on Monday claimed ... 30" the claim
        if word in _REPORT_VERBS:
            return position >= t.end()
        if word in _CLAUSE_BREAKS or re.search(r"\d", word) or t.group()[-1] in ".;:!?":
            break
    return False


_NUMBER = re.compile(
    r"(?<![\w-])\d(?:[\d,.]*\d)?\b|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|"
    r"hundreds|thousands)\b"
)
# a part of the figure is no other figure: "42 people, including 12 children", "two of them children"
_PART_BEFORE = re.compile(r"(?i:including|among them|among whom|among those|of whom|incl\.?)\s+$")
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom)\b")
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|or|and)?\s*")
_TOLL_UPDATE = re.compile(r"\b(?i:(?:earlier|previous|initial|prior)\s+(?:death\s+)?toll|up\s+from)\b")
_OWN_REACH = 20
"""How far after the figure's position its own number may start ("more than 32")."""


def _report_span(span: TimeSpan) -> TimeSpan | None:
    """What a report time on the day(s) of ``span`` says of the figure; None if ``span`` is longer."""
    if span.start is None or span.end is None or (span.end - span.start).days > 1:
        return None
    return TimeSpan(span.start - timedelta(days=REPORT_LAG_DAYS), span.end, span.text)


def _other_figure_between(text: str, lo: int, hi: int, own: int | None, times: list[tuple[int, int]]) -> bool:
    """Whether ``text[lo:hi]`` holds a number of another figure; ``own``: the figure's position, at ``lo``."""
    numbers = [
        m
        for m in _NUMBER.finditer(text, lo, hi)
        if not any(a <= m.start() < b for a, b in times)
        and not _PART_BEFORE.search(text, max(0, m.start() - 15), m.start())
        and not _PART_AFTER.match(text, m.end())
    ]
    if own is not None and numbers and numbers[0].start() - own <= _OWN_REACH:
        end = numbers.pop(0).end()
        while numbers and _RANGE_GAP.fullmatch(text, end, numbers[0].start()):
            end = numbers.pop(0).end()
    return bool(numbers)


def find_time(
    text: str,
    sentences: Sequence[tuple[int, int]],
    sentence_index: int,
    position: int,
    published: date | None,
) -> TimeSpan | None:
    """The time the figure at ``position`` refers to: the nearest time expression in its sentence.

    An expression kept apart from the figure by another figure, or by "an earlier toll", belongs to that
    one: it is passed over for another, or (the toll) dropped. The time of a reporting verb ("the
    Observatory said on Sunday") only bounds the event, from ``REPORT_LAG_DAYS`` before to that day; any
    other time in the sentence is preferred to it. None when the sentence has no time (the caller falls
    back to the publication date), or when the expression is relative and ``published`` is unknown.
    """
    sentence = sentences[sentence_index]
    found = find_times(text, sentence[0], sentence[1], published)
    times = [(h[0], h[1]) for h in found]
    ranked: list[tuple[tuple[bool, bool, int, int], TimeSpan]] = []
    for s, e, _name, span in found:
        lo, hi, own = (e, position, None) if e <= position else (position, s, position)
        if lo < hi and _TOLL_UPDATE.search(text, lo, hi):
            continue
        separated = lo < hi and _other_figure_between(text, lo, hi, own, times)
        report = _report_span(span) if _is_report_time(text, sentence, (s, e), position) else None
        distance = min(abs(position - s), abs(position - e))
        ranked.append(((separated, report is not None, distance, s), report or span))
    return min(ranked, key=lambda r: r[0])[1] if ranked else None
