"""What `crosscheck check` reports: findings, their rules and levels, and the figure each is held against.

One rule per kind of finding, each at one level:

- ``contradicts-established`` (error): the figure cannot hold beside the established figure a reviewer set
  on the quantity.
- ``contradicts-consensus`` (warning): unreviewed; the figure cannot hold beside the figures of two or more
  independent sources that agree among themselves, and fits none of them.
- ``contradicts-some-sources`` (notice): unreviewed; the figure cannot hold beside what one independent
  source says, or beside some sources of a quantity they already dispute.
- ``updates-figure`` (notice): a later, higher figure for a cumulative toll: it updates the established
  figure or the sources'.
- ``new-figure`` (notice): no stored claim states this quantity: a figure nobody else has.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning", "notice"]
LEVELS: tuple[Level, ...] = ("error", "warning", "notice")


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    name: str
    summary: str
    help: str


RULES: tuple[Rule, ...] = (
    Rule(
        "contradicts-established",
        "error",
        "ContradictsEstablishedFigure",
        "The figure contradicts the established figure a reviewer set for this quantity.",
        "A reviewer settled this quantity of the incident (status reviewed or published) and the article's "
        "figure cannot hold beside it: the intervals are disjoint and nothing says the article's figure is a "
        "later update of a cumulative toll. Correct the figure, attribute it to its source, or, if the "
        "established figure is wrong, open the cluster in the review UI and change the review.",
    ),
    Rule(
        "contradicts-consensus",
        "warning",
        "ContradictsConsensus",
        "The figure contradicts what independent sources agree on (not reviewed yet).",
        "Two or more independent sources (outlets relaying one claimant or one wire story count once) give "
        "figures for this quantity that hold together, and the article's figure fits none of them. Check the "
        "figure and its source; a reviewer can settle the quantity in the review UI.",
    ),
    Rule(
        "contradicts-some-sources",
        "notice",
        "ContradictsSomeSources",
        "The figure differs from a figure only one source gives, or from some sources of a disputed one.",
        "The stored figures of this quantity come from a single independent source, or already disagree "
        "among themselves, and the article's figure cannot hold beside some of them. Nothing is established "
        "yet; worth a look, not a failure by default.",
    ),
    Rule(
        "updates-figure",
        "notice",
        "UpdatesFigure",
        "The figure is a later, higher count of a cumulative toll: it updates the known figure.",
        "The quantity is cumulative (killed, injured, displaced...) and the article's figure is higher and "
        "later (a later date, a later publication, or wording such as 'rose to'). Tolls rise; a reviewer may "
        "want to update the established figure.",
    ),
    Rule(
        "new-figure",
        "notice",
        "NewFigure",
        "No stored source states this quantity: a figure nobody else has.",
        "No claim in the store states this quantity of this incident (none is in the same block of measure, "
        "time and place with a sentence similar enough to link). The figure cannot be checked against "
        "anything yet.",
    ),
)
RULE_BY_ID = {rule.id: rule for rule in RULES}


def at_least(level: Level, threshold: str) -> bool:
    """Whether a finding of ``level`` reaches ``--fail-on threshold`` (error|warning|notice|never)."""
    if threshold == "never":
        return False
    return LEVELS.index(level) <= LEVELS.index(threshold)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SourceRef:
    """One stored claim behind an established figure: who said it, where and when."""

    outlet: str
    claimant: str | None
    date: str | None
    quote: str
    source_id: str


@dataclass(frozen=True)
class Established:
    """The figure a finding is held against."""

    figure: str
    """As a reader writes it: "45", "40–45", "at least 40"."""
    basis: str
    """"reviewed" (a reviewer's established figure) or "sources" (what the stored claims say)."""
    sources: tuple[SourceRef, ...]
    figure_source: str = ""
    """What the reviewer named as the figure's source."""
    independent_sources: int = 0
    """Independent sources among the quantity's standing claims."""
    named_sources: int = 0
    """Independent sources among the claims named in ``sources``."""


@dataclass(frozen=True)
class Incident:
    id: str
    title: str


@dataclass(frozen=True)
class CheckFinding:
    rule: str
    level: Level
    message: str
    path: str
    """The file as given (for a table, the table)."""
    source_id: str
    claim_id: str
    quote: str
    sentence: str
    measure: str | None
    figure: str
    """The article's figure as an interval ("[45, 45]", "[40, inf)")."""
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    established: Established | None = None
    incident: Incident | None = None
    cluster_id: str | None = None
    url: str | None = None
    fingerprint: str = ""

    @property
    def sort_key(self) -> tuple[object, ...]:
        return (LEVELS.index(self.level), self.path, self.line or 0, self.column or 0, self.claim_id)


def normalized(text: str) -> str:
    return " ".join(text.casefold().split())


def fingerprint(rule: str, quote: str, measure: str | None, anchor: str | None) -> str:
    """Stable across edits that move the quote: the rule, the quote and measure as words, and the incident
    (or cluster) it was matched to; never a line or an offset."""
    key = "\n".join((rule, normalized(quote), normalized(measure or ""), anchor or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
