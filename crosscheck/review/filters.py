"""The incidents queue's filters: text, verdict, status, place, outlet, claimant, dates, assigned to me,
unreviewed; each set one must hold."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from crosscheck.report.incidents import IncidentView
from crosscheck.review.queue import Analysis, slot_verdict
from crosscheck.review.state import Review


@dataclass(frozen=True)
class Filters:
    text: str = ""
    verdict: str = ""
    status: str = ""
    place: str = ""
    outlet: str = ""
    claimant: str = ""
    since: date | None = None
    until: date | None = None
    mine: bool = False
    """Only incidents with a figure assigned to the user."""
    unreviewed: bool = False
    """Only incidents with a figure nobody has reviewed (no review, or status "unreviewed")."""

    @classmethod
    def of(cls, params: Mapping[str, str]) -> Filters:
        """From a query string; a day that is not YYYY-MM-DD is ignored."""

        def day(name: str) -> date | None:
            try:
                return date.fromisoformat(params.get(name, "").strip())
            except ValueError:
                return None

        texts = {name: params.get(_FIELD.get(name, name), "").strip() for name in _TEXTS}
        flags = {name: params.get(name, "") in ("1", "on", "true") for name in ("mine", "unreviewed")}
        return cls(**texts, since=day("since"), until=day("until"), **flags)

    def params(self) -> dict[str, str]:
        """The filters that are set, as a query string's fields."""
        found = {_FIELD.get(name, name): getattr(self, name) for name in _TEXTS if getattr(self, name)}
        found |= {name: getattr(self, name).isoformat() for name in ("since", "until") if getattr(self, name)}
        return found | {name: "1" for name in ("mine", "unreviewed") if getattr(self, name)}


_TEXTS = ("text", "verdict", "status", "place", "outlet", "claimant")
_FIELD = {"text": "q"}
"""Query fields named otherwise than the filter."""


def _among(wanted: str, values: Iterable[str | None]) -> bool:
    folded = wanted.casefold()
    return any(folded in (value or "").casefold() for value in values)


def _in_dates(view: IncidentView, filters: Filters) -> bool:
    start, end = view.event.start, view.event.end or view.event.start
    if start is None or end is None:
        return False
    return (filters.since is None or end >= filters.since) and (
        filters.until is None or start <= filters.until
    )


def matches(
    view: IncidentView,
    text: str,
    reviews: Mapping[str, Review],
    filters: Filters,
    mine: frozenset[str] = frozenset(),
) -> bool:
    """Whether an incident passes every filter that is set (``mine``: the clusters assigned to the user)."""
    event, slots = view.event, view.slots
    if filters.text and filters.text.casefold() not in text:
        return False
    if filters.place and not _among(filters.place, [event.place]):
        return False
    if filters.outlet and not _among(filters.outlet, event.outlets):
        return False
    if filters.claimant and not _among(filters.claimant, event.claimants):
        return False
    if (filters.since or filters.until) and not _in_dates(view, filters):
        return False
    if filters.mine and not any(slot.cluster.id in mine for slot in slots):
        return False
    if not (filters.verdict or filters.status or filters.unreviewed):
        return True
    state = [reviews.get(slot.cluster.id) or _NONE for slot in slots]
    if filters.verdict and not any(
        slot_verdict(slot, review) == filters.verdict for slot, review in zip(slots, state, strict=True)
    ):
        return False
    if filters.status and not any(review.status == filters.status for review in state):
        return False
    return not filters.unreviewed or any(review.status == "unreviewed" for review in state)


_NONE = Review()


def queue(
    found: Analysis, reviews: Mapping[str, Review], filters: Filters, mine: frozenset[str] = frozenset()
) -> list[IncidentView]:
    return [
        view for view in found.incidents if matches(view, found.text[view.event.id], reviews, filters, mine)
    ]
