"""An article's own dateline ("AFP Sunday 3 Jul 2016", "Date of publication 7 July 2016", "03.10.2017").

Corpus metadata dates are often the day a page was collected or indexed, days or months after the story
(FA-KES: a quarter of its articles). The dateline an article prints near its top is the better evidence of
when it was written, and relative times ("on Saturday") are resolved against it.

A dateline is the first full date (day, month and year) in the first ``HEAD_CHARS`` characters that no
preposition introduces ("killed on 3 March 2015" is an event date, not a dateline); a weekday printed with
it must be that date's weekday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from crosscheck.ingest.dates import MONTHS
from crosscheck.ingest.draft import Draft
from crosscheck.ingest.textnorm import compose_text

HEAD_CHARS = 400
_EXAMPLES = 5

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"(?P<wd>(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?)\.?,?\s+"
_LABEL = (
    r"(?P<label>date of publication|published(?:\s+on)?|posted(?:\s+on)?|"
    r"(?:last\s+)?updated(?:\s+(?:at|on))?)\s*:?\s*"
)
_FORMS = (
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>(?:19|20)\d\d)",
    rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y2>(?:19|20)\d\d)",
    r"(?P<d3>\d{1,2})[.-](?P<n3>\d{1,2})[.-](?P<y3>(?:19|20)\d\d)",
    r"(?P<y4>(?:19|20)\d\d)-(?P<n4>\d\d)-(?P<d4>\d\d)",
)
_DATELINE = re.compile(rf"(?:{_LABEL})?(?:{_WEEKDAY})?(?:{'|'.join(_FORMS)})(?!\d)", re.IGNORECASE)
_INTRODUCED = re.compile(
    r"\b(?:on|in|since|from|until|till|by|of|between|and|to|before|after|through|as|dated|than)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dateline:
    day: date
    start: int
    end: int


def _day(found: re.Match[str]) -> date | None:
    groups = found.groupdict()
    for k in "1234":
        if groups.get(f"y{k}"):
            month_name = groups.get(f"m{k}")
            month = MONTHS[month_name.lower()] if month_name else int(groups[f"n{k}"])
            try:
                return date(int(groups[f"y{k}"]), month, int(groups[f"d{k}"]))
            except ValueError:
                return None
    return None


def find_dateline(text: str) -> Dateline | None:
    """The article's dateline, or None when its head prints none."""
    head = text[:HEAD_CHARS]
    for found in _DATELINE.finditer(head):
        if not found.group("label") and _INTRODUCED.search(head, max(0, found.start() - 12), found.start()):
            continue
        if found.start() > 0 and head[found.start() - 1].isalnum():
            continue
        day = _day(found)
        if day is None:
            continue
        weekday = found.group("wd")
        if weekday and _WEEKDAYS.index(weekday[:3].lower()) != day.weekday():
            continue
        return Dateline(day, found.start(), found.end())
    return None


def date_by_dateline(drafts: list[Draft], warnings: list[str]) -> list[Draft]:
    """Drafts dated by their own dateline where the metadata has no date or one that disagrees.

    Disagreements are reported in one warning, with a few examples."""
    changed: list[str] = []
    out: list[Draft] = []
    for draft in drafts:
        dateline = find_dateline(compose_text(draft.title, draft.body))
        if dateline is None or draft.published == dateline.day:
            out.append(draft)
            continue
        if draft.published is not None:
            changed.append(f"{draft.where} ({draft.published.isoformat()} -> {dateline.day.isoformat()})")
        out.append(replace(draft, published=dateline.day))
    if changed:
        examples = "; ".join(changed[:_EXAMPLES])
        more = f"; and {len(changed) - _EXAMPLES} more" if len(changed) > _EXAMPLES else ""
        warnings.append(
            f"{len(changed)} article(s) print a dateline that disagrees with the corpus date; their dateline"
            f" is used: {examples}{more}"
        )
    return out
