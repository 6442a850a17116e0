"""How far apart two claims are, beyond their sentences' similarity.

Hard rules (cannot-link) keep two claims apart whatever their wording, each with its reason: different
days or periods, different news cycles, places both figures' sentences name and the gazetteer knows apart,
different measures, a part and its whole (or two different parts of one whole, or a share of a toll, "12
of them", and a toll), a total over several provinces and a figure for one place, distances from
different places, and two figures of one article that are two quantities. What is left (how their
places relate) is evidence for :mod:`crosscheck.cluster.similarity`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.cluster.blocking import event_time
from crosscheck.cluster.distances import different_origins
from crosscheck.cluster.scope import different_scopes
from crosscheck.model import Claim, TimeSpan

if TYPE_CHECKING:
    from crosscheck.config import Settings

DAY_SPAN = 2
"""A stated time at most this many days long names the day(s) of the event."""
PERIOD_DAYS, PERIOD_RATIO = 5, 3
"""A tally over at least five days, three times as long as the other figure's period, is another quantity
("since Thursday" against a day's toll, "this month" against "last week")."""
GENERIC_GROUPS = frozenset({"people"})
SUBSET_GROUPS = frozenset({"children", "women", "men", "girls", "boys", "elderly", "students", "teachers"})
"""Who a toll is broken down into ("126 people including 60 children"): "people" never stands for them."""
ARMED_GROUPS = frozenset({"militants", "rebels", "fighters", "members"})
"""Outlets name the same armed men differently ("rebels", "terrorists", "militants"): one family."""


@dataclass(frozen=True)
class Link:
    """Whether two claims may share a cluster: ``apart`` is the reason they may not. ``places`` is how
    their places relate when both have one (see
    :func:`crosscheck.extract.places.place_relations.place_relation`; "same" only for a place more specific
    than a country)."""

    apart: str | None = None
    places: str | None = None

    @property
    def unrelated_places(self) -> bool:
        return self.places == "unrelated"

    @property
    def nearby_places(self) -> bool:
        return self.places == "nearby"

    @property
    def same_place(self) -> bool:
        return self.places == "same"

    @property
    def different_places(self) -> bool:
        return self.places == "different"


def _place(claim: Claim) -> str | None:
    """The place to compare: one the figure's own sentence names, else the article's. A place read from
    the sentences before is often only context (where the evacuees came from, where a statement was
    made), so the article's place as the corpus gives it stands in for it when there is one."""
    if claim.location_basis == "context" and claim.source.location:
        return claim.source.location
    return claim.location or claim.source.location


@lru_cache(maxsize=65536)
def measure_key_of(measure: str) -> str:
    from crosscheck.extract.measure.measure import measure_key

    return measure_key(measure)


@lru_cache(maxsize=65536)
def _place_relation(a: str, b: str) -> str:
    from crosscheck.extract.places.place_relations import is_country, place_relation

    relation = place_relation(a, b)
    return "nested" if relation == "same" and is_country(a) else relation


def link_places(a: Claim, b: Claim) -> str | None:
    """How the two claims' places relate (see
    :func:`crosscheck.extract.places.place_relations.place_relation`), or None when either has none. Two
    names read from earlier sentences count only when known apart."""
    place_a, place_b = _place(a), _place(b)
    if not (place_a and place_b):
        return None
    relation = _place_relation(place_a, place_b)
    if relation in ("unrelated", "nearby") and "context" in (a.location_basis, b.location_basis):
        return "unknown"
    return relation


def link(a: Claim, b: Claim, settings: Settings) -> Link:
    """How two claims of one block relate: a hard rule's reason to keep them apart, or how their places
    relate (evidence for :mod:`crosscheck.cluster.similarity`)."""
    relation = link_places(a, b)
    why = _time_conflict(a, b, settings) or _news_cycles(a, b, settings)
    if why and _wire_copy(a, b):
        why = None
    if why is None and relation == "different" and a.location_basis == b.location_basis == "sentence":
        why = f"different places named with the figures ({_place(a)} / {_place(b)})"
    why = why or _different_measures(a, b) or _part_and_whole(a, b) or _one_article(a, b, settings)
    why = why or different_scopes(a, b) or different_origins(a, b)
    return Link(apart=why) if why else Link(places=relation)


def _different_measures(a: Claim, b: Claim) -> str | None:
    if not (a.kind == "numeric" and b.kind == "numeric" and a.measure and b.measure):
        return None
    from crosscheck.extract.measure.measure import group_and_event

    (group_a, _), (group_b, _) = group_and_event(a.measure), group_and_event(b.measure)
    same_family = group_a in ARMED_GROUPS and group_b in ARMED_GROUPS
    generic = (group_a in GENERIC_GROUPS or group_b in GENERIC_GROUPS) and not (
        {group_a, group_b} & SUBSET_GROUPS
    )
    if group_a != group_b and not same_family and not generic:
        return f"different measures ({a.measure} / {b.measure})"
    return None


def _part_and_whole(a: Claim, b: Claim) -> str | None:
    from crosscheck.extract.parts.parts import is_share

    if (a.part_of == b.id or b.part_of == a.id) and a.value != b.value:
        return "a part and its whole"
    if a.part_of and a.part_of == b.part_of and a.value != b.value:
        return "two parts of one whole (two incidents of a roundup's total)"
    if is_share(a) != is_share(b):
        return "a share of a toll ('12 of them') and a toll"
    return None


def _one_article(a: Claim, b: Claim, settings: Settings) -> str | None:
    """Two figures of one article: one claimant's two conflicting figures (unless the article says the
    toll was updated), or a figure that says it adds to the earlier one."""
    if a.source.id != b.source.id or a.start == b.start:
        return None
    same_teller = (a.attribution or "") == (b.attribution or "")
    if same_teller and _disjoint(a, b, settings) and not (_reports_an_update(a) or _reports_an_update(b)):
        return "one article, one claimant, two conflicting figures: two quantities"
    first, second = sorted((a, b), key=lambda c: c.start)
    if _additional(second, first):
        return "one article, and the later figure is another one ('another seven')"
    if a.sentence_start == b.sentence_start and (_running_total(a) or _running_total(b)):
        return "a running total and a figure it takes in ('bringing the toll to 45')"
    if first.sentence_start != second.sentence_start and _turns_to_another_incident(second):
        return "one article, and the later figure's sentence turns to another incident ('Meanwhile, ...')"
    return None


_BRINGING = re.compile(r"\b(?i:bringing|brought|taking|raising|pushing)\b[^.;]{0,40}\bto\s+$")


def _running_total(claim: Claim) -> bool:
    """ "... killed 12, bringing to 45 the number killed in 24 hours": 45 includes the 12."""
    return bool(_BRINGING.search(claim.source.text, max(claim.sentence_start, claim.start - 60), claim.start))


_ANOTHER_INCIDENT = re.compile(
    r"\W*(?:meanwhile|elsewhere|separately|in\s+(?:another|a\s+separate|a\s+different)\s+"
    r"(?:attack|incident|development|strike|raid|bombing|blast|area|part|town|city|province)|"
    r"in\s+other\s+(?:news|developments|areas|parts))\b",
    re.I,
)


def _turns_to_another_incident(claim: Claim) -> bool:
    """The claim's sentence opens on another incident than the article's sentences before it: "Meanwhile,
    SANA said artillery fire killed two people...", "Elsewhere, air strikes...", "In a separate attack..."."""
    return bool(_ANOTHER_INCIDENT.match(claim.source.text, claim.sentence_start, claim.sentence_end))


_ADDITIONAL_BEFORE = re.compile(r"\b(?i:another|a further|further|an additional|additional)\s+$")
_ADDITIONAL_AFTER = re.compile(r"^\s+(?i:more|others|other|additional)\b(?!\s+than)")
_ADDITIONAL_WITHIN = re.compile(
    r"\s(?i:more|other|additional|further)\b(?!\s+than\b|\s+\w+ed\b|\s+(?i:dead|hurt)\b)"
)
"""Inside the quote, after its first word: "two more people", "Nine other civilians"; not "44 others" nor
"six more wounded", which set the injured beside the dead. Often it only sets the figure beside people of
another role ("a woman was killed and 30 other people were injured"), so it counts only against a
different figure."""


def _additional(claim: Claim, earlier: Claim) -> bool:
    """A figure that says it adds to an earlier one: "another seven people", "six more", "six others"."""
    text = claim.source.text
    before = _ADDITIONAL_BEFORE.search(text, max(claim.sentence_start, claim.start - 20), claim.start)
    after = _ADDITIONAL_AFTER.match(text[claim.end : min(claim.sentence_end, claim.end + 15)])
    if before or after:
        return True
    within = _ADDITIONAL_WITHIN.search(text, claim.start, min(claim.sentence_end, claim.end + 15))
    return bool(within and within.start() < claim.end and claim.value != earlier.value)


def _news_cycles(a: Claim, b: Claim, settings: Settings) -> str | None:
    published_a, published_b = a.source.published, b.source.published
    if published_a and published_b and abs((published_a - published_b).days) > settings.news_cycle_days:
        return f"different news cycles (published {published_a} and {published_b})"
    return None


def _disjoint(a: Claim, b: Claim, settings: Settings) -> bool:
    """Figures that cannot both hold ("12" / "40"), not two that only an open bound parts ("58" / "more
    than 58"), nor a figure and a vague amount ("dozens" / "12"), which the verdicts read as compatible."""
    from crosscheck.compare.relations import relation, spanned

    span_a, span_b = spanned(a, settings), spanned(b, settings)
    return bool(span_a and span_b and relation(span_a, span_b, settings) == "conflict")


def _reports_an_update(claim: Claim) -> bool:
    """ "The Observatory later said 31", "the previous death toll was 20": one article, one toll over time."""
    from crosscheck.compare.timing import names_earlier_toll, says_rose

    return says_rose(claim.sentence) or names_earlier_toll(claim.sentence)


def _wire_copy(a: Claim, b: Claim) -> bool:
    """The same figure in the same words in two outlets: one wire story, whatever dates they carry."""
    from crosscheck.compare.independence import same_story

    if a.source.id == b.source.id or (a.value, a.low, a.high, a.measure) != (
        b.value,
        b.low,
        b.high,
        b.measure,
    ):
        return False
    return same_story(a, b)


def _days(span: TimeSpan) -> int | None:
    if span.start is None or span.end is None:
        return None
    return (span.end - span.start).days + 1


def _stated_days(claim: Claim) -> int | None:
    """How many days the claim's own time expression spans; None when it has none, or when its sentence
    reports a toll that rose ("rose to 31 on Thursday"): that day is when the toll was updated, not the
    day of the event."""
    from crosscheck.compare.timing import says_rose

    if claim.time is None or says_rose(claim.sentence):
        return None
    return _days(claim.time)


def _time_conflict(a: Claim, b: Claim, settings: Settings) -> str | None:
    """Two figures about different times: days apart, or a day's toll against a tally over a long period.

    When both claims state their own day ("on Tuesday", "on March 3"), those days must meet; a time read
    from the publication date alone is looser (``max_day_gap`` days either way)."""
    time_a, time_b = event_time(a, settings.report_lag_days), event_time(b, settings.report_lag_days)
    if not (time_a and time_b):
        return None
    length_a, length_b = _stated_days(a), _stated_days(b)
    both_days = length_a is not None and length_b is not None and max(length_a, length_b) <= DAY_SPAN
    slack = 0 if both_days else settings.max_day_gap
    if not time_a.overlaps(time_b, slack_days=slack):
        return "different days" if both_days else "different times"
    if length_a or length_b:
        # A figure that states no period is taken for a day's toll.
        short, long = sorted((length_a or 1, length_b or 1))
        if long >= PERIOD_DAYS and long >= PERIOD_RATIO * short:
            return f"different periods ({short} and {long} days)"
    return None


def cannot_link(a: Claim, b: Claim, settings: Settings) -> str | None:
    """Why ``a`` and ``b`` cannot be about the same quantity of the same event, or None if they can."""
    return link(a, b, settings).apart
