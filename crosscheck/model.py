"""The domain model: frozen dataclasses shared by every pipeline stage.

A :class:`Source` owns its text. A :class:`Claim` points into that text with
``[start, end)`` character offsets; its quote and sentence are derived from the
offsets, never stored apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

Qualifier = Literal[
    "exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range", "vague"
]
QUALIFIERS: tuple[str, ...] = (
    "exact",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "about",
    "nearly",
    "range",
    "vague",
)
ClaimKind = Literal["numeric", "factual"]
FactualAspect = Literal["perpetrator", "weapon"]
FACTUAL_ASPECTS: tuple[str, ...] = ("perpetrator", "weapon")
ASPECT_QUESTIONS: dict[str, str] = {"perpetrator": "who did it", "weapon": "with what"}
"""What each aspect of an incident's factual claims answers, in the report's and the verdicts' words."""
FactualScope = Literal["incident", "general"]
LocationBasis = Literal["sentence", "context", "article"]
Verdict = Literal["agree", "compatible", "update", "contradict", "single"]
VERDICTS: tuple[str, ...] = ("contradict", "update", "compatible", "agree", "single")


@dataclass(frozen=True)
class Source:
    """One article: its extracted main text (title included) and what is known about it."""

    id: str
    text: str
    path: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    location: str | None = None
    """A place the corpus says the article is about (e.g. FA-KES's ``location`` column)."""


@dataclass(frozen=True)
class TimeSpan:
    """The days a figure refers to, inclusive; either end may be open (None)."""

    start: date | None
    end: date | None
    text: str = ""
    """The expression it was read from ("on Thursday", "last week"), or "" when inferred."""

    def overlaps(self, other: TimeSpan, slack_days: int = 0) -> bool:
        from datetime import timedelta

        slack = timedelta(days=slack_days)
        if self.end and other.start and self.end + slack < other.start:
            return False
        return not (other.end and self.start and other.end + slack < self.start)


@dataclass(frozen=True)
class Correction:
    """A reviewer's correction of what the extractor read of a claim (a store's ``misread`` decision)."""

    decision: int
    """The id of the decision in the store."""
    field: str
    """value, measure, place or time."""
    correction: str


@dataclass(frozen=True)
class Claim:
    """A numeric or factual statement in one source, located by character offsets."""

    source: Source = field(repr=False, compare=False)
    kind: ClaimKind
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    rule: str
    """Which rule family produced it, and why (presidio style): e.g. "quantity:at_least+count"."""
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier | None = None
    unit: str | None = None
    measure: str | None = None
    attribution: str | None = None
    hedge: str | None = None
    location: str | None = None
    location_basis: LocationBasis | None = None
    """Where ``location`` was read: the figure's own sentence, the sentences before it, or the article."""
    time: TimeSpan | None = None
    part_of: str | None = None
    """Id of the claim this one is a part of ("42 civilians, including 12 women")."""
    actor: str | None = None
    action: str | None = None
    target: str | None = None
    polarity: Literal["positive", "negative"] | None = None
    aspect: FactualAspect | None = None
    """For a claim about an incident: does it say who did it ("perpetrator") or with what ("weapon")."""
    actor_detail: str | None = None
    """The words the normalised actor or weapon was read from ("Russian jets", "Ahrar al-Sham")."""
    weapon: str | None = None
    """The canonical weapon of a "weapon" claim (crosscheck.extract.factual.weapon_vocab)."""
    scope: FactualScope | None = None
    """"general" when the statement is not about one incident ("the government denies using barrel bombs")."""
    corrections: tuple[Correction, ...] = ()
    """Reviewers' corrections applied to this claim, in the order they were made (its text and offsets
    stay as they are)."""
    as_read: Claim | None = field(default=None, repr=False, compare=False)
    """The claim as the extractor read it, when reviewers corrected it."""

    @property
    def source_id(self) -> str:
        return self.source.id

    @property
    def id(self) -> str:
        return claim_id(self.source.id, self.start, self.end, self.kind)

    @property
    def quote(self) -> str:
        return self.source.text[self.start : self.end]

    @property
    def sentence(self) -> str:
        return self.source.text[self.sentence_start : self.sentence_end]


def claim_id(source_id: str, start: int, end: int, kind: str = "numeric") -> str:
    prefix = "f" if kind == "factual" else "n"
    return f"{source_id}:{prefix}{start}-{end}"


@dataclass(frozen=True)
class Reconciled:
    """A reconciled range the way casualty recorders publish one."""

    minimum: float | None
    maximum: float | None
    best: float | None


@dataclass(frozen=True)
class Cluster:
    id: str
    claim_ids: tuple[str, ...]
    verdict: Verdict
    explanation: str
    rule: str
    measure: str | None = None
    unit: str | None = None
    location: str | None = None
    reconciled: Reconciled | None = None
    outlets: int = 0
    independent_sources: int = 0
    event_id: str | None = None
    """The incident this quantity belongs to (every cluster lies inside one event)."""


EventKind = Literal[
    "air strike",
    "bombing",
    "shelling",
    "chemical attack",
    "clashes",
    "execution",
    "mine",
    "tally",
    "incident",
]
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)


@dataclass(frozen=True)
class Event:
    """One incident: what happened, where and when, with every claim that reports it.

    A ``tally`` is a cumulative count over a long period ("since 2011", "since the offensive began"); it is
    never merged with a day's incident. Every claim belongs to exactly one event, every cluster lies inside
    one."""

    id: str
    title: str
    kind: EventKind
    place: str | None
    start: date | None
    end: date | None
    claim_ids: tuple[str, ...]
    cluster_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    claimants: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    """An internal-consistency problem inside one source (parts exceed whole, bad conversion...)."""

    kind: str
    source_id: str
    claim_ids: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read; the run goes on without it."""

    path: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class Corpus:
    """What ingest produced: readable sources, and what was skipped or merged on the way."""

    name: str
    sources: tuple[Source, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = ()
