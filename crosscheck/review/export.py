"""``crosscheck export``: the store's reviewed figures as ClaimReview JSON-LD (schema.org), CSV or JSONL.

One item per reviewed cluster, as the review pages show it (the reviewers' merges, splits, moves and
corrections laid over the run's clusters); a review left on a cluster that a merge absorbed since is not
exported. The cluster's current review is its latest "review" decision: its verdict, established figure,
source, note and status, who saved it and when (``datePublished``). Items are sorted by cluster id and
every object's keys are sorted, so the same store always exports the same text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from crosscheck.report.incidents import IncidentView, SlotView
from crosscheck.review.decision_kinds import assignments
from crosscheck.review.queue import analysis
from crosscheck.review.state import STATUSES, Review, review_of
from crosscheck.store import Store

FORMATS = ("claimreview", "csv", "jsonl")
SETTLED = ("reviewed", "published")
"""The statuses exported unless others are asked for."""


@dataclass(frozen=True)
class Article:
    id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class ReviewedFigure:
    cluster_id: str
    incident_id: str
    incident: str
    figure: str
    """What the figure counts, its unit and place ("people killed, Aleppo")."""
    readings: tuple[tuple[str, str], ...]
    """Each outlet and the figure it gives ("≥ 14")."""
    machine_verdict: str
    review: Review
    reviewer: str
    reviewed_at: str
    assigned_to: str | None
    claimants: tuple[str, ...]
    articles: tuple[Article, ...]

    @property
    def rating(self) -> str:
        """The verdict and the established figure, as a rating's ``alternateName``."""
        verdict = (self.review.verdict or "not rated").capitalize()
        if not self.review.figure:
            return verdict
        source = f" (source: {self.review.figure_source})" if self.review.figure_source else ""
        return f"{verdict}; established figure {self.review.figure}{source}"

    @property
    def statement(self) -> str:
        """The figure as the articles state it: ``claimReviewed``."""
        said = "; ".join(f"{figure} according to {outlet}" for outlet, figure in self.readings)
        return f"{self.figure[:1].upper()}{self.figure[1:]} ({self.incident}): {said}"

    @property
    def reported(self) -> list[str]:
        return [f"{outlet}: {figure}" for outlet, figure in self.readings]


def _latest_reviews(store: Store) -> dict[str, tuple[Review, str, str]]:
    found = store.backend.query(
        "SELECT d.cluster_id, d.payload, d.created_at, u.name FROM decisions d "
        "JOIN users u ON u.id = d.user_id WHERE d.kind = 'review' ORDER BY d.id"
    )
    return {cid: (review_of(json.loads(payload)), when, name) for cid, payload, when, name in found}


def _figure(
    view: IncidentView, slot: SlotView, saved: tuple[Review, str, str], assigned: str | None
) -> ReviewedFigure:
    review, when, name = saved
    claims = [claim for row in slot.rows for claim in row.claims]
    articles = {
        claim.source.id: Article(
            claim.source.id, claim.source.url, claim.source.title, claim.source.outlet,
            claim.source.published.isoformat() if claim.source.published else None,
        )
        for claim in claims
    }  # fmt: skip
    return ReviewedFigure(
        cluster_id=slot.cluster.id,
        incident_id=view.event.id,
        incident=view.event.title,
        figure=slot.about,
        readings=tuple((row.outlet, row.figure) for row in slot.rows),
        machine_verdict=slot.verdict,
        review=review,
        reviewer=name,
        reviewed_at=when,
        assigned_to=assigned,
        claimants=tuple(sorted({claim.attribution for claim in claims if claim.attribution})),
        articles=tuple(sorted(articles.values(), key=lambda a: (a.url or "", a.id))),
    )


def reviewed_figures(store: Store, statuses: Sequence[str] = SETTLED) -> list[ReviewedFigure]:
    """The current clusters whose review has one of these statuses, sorted by cluster id."""
    unknown = set(statuses) - set(STATUSES)
    if unknown:
        raise ValueError(f"status {sorted(unknown)[0]!r}: use one of {', '.join(STATUSES)}")
    saved = _latest_reviews(store)
    assigned = assignments(store)
    found = [
        _figure(view, slot, saved[slot.cluster.id], assigned.get(slot.cluster.id))
        for view in analysis(store).incidents
        for slot in view.slots
        if slot.cluster.id in saved and saved[slot.cluster.id][0].status in statuses
    ]
    return sorted(found, key=lambda figure: figure.cluster_id)


def claim_review(figure: ReviewedFigure) -> dict[str, object]:
    """One ClaimReview (https://schema.org/ClaimReview)."""
    appearance = []
    for article in figure.articles:
        work: dict[str, object] = {"@type": "CreativeWork"}
        if article.url:
            work["url"] = article.url
        if article.title:
            work["headline"] = article.title
        if article.outlet:
            work["publisher"] = {"@type": "Organization", "name": article.outlet}
        if article.published:
            work["datePublished"] = article.published
        appearance.append(work)
    rating: dict[str, object] = {"@type": "Rating", "alternateName": figure.rating}
    if figure.review.note:
        rating["ratingExplanation"] = figure.review.note
    claim: dict[str, object] = {"@type": "Claim", "appearance": appearance}
    if figure.claimants:
        claim["author"] = [{"@type": "Organization", "name": name} for name in figure.claimants]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": figure.cluster_id,
        "claimReviewed": figure.statement,
        "reviewRating": rating,
        "itemReviewed": claim,
        "author": {"@type": "Person", "name": figure.reviewer},
        "datePublished": figure.reviewed_at[:10],
    }


def _flat(figure: ReviewedFigure) -> dict[str, object]:
    review = asdict(figure.review)
    return {
        "cluster_id": figure.cluster_id, "incident_id": figure.incident_id, "incident": figure.incident,
        "figure": figure.figure, "reported": figure.reported, "machine_verdict": figure.machine_verdict,
        "verdict": review["verdict"], "established_low": review["low"], "established_high": review["high"],
        "figure_source": review["figure_source"], "note": review["note"], "status": review["status"],
        "reviewer": figure.reviewer, "reviewed_at": figure.reviewed_at, "assigned_to": figure.assigned_to,
        "claimants": list(figure.claimants), "urls": [a.url for a in figure.articles if a.url],
        "articles": [a.id for a in figure.articles],
    }  # fmt: skip


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = (
    "cluster_id", "incident_id", "incident", "figure", "reported", "machine_verdict", "verdict",
    "established_low", "established_high", "figure_source", "note", "status", "reviewer", "reviewed_at",
    "assigned_to", "claimants", "urls", "articles",
)  # fmt: skip
"""The CSV's columns, one row per reviewed figure."""


def spreadsheet_safe(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula: text starting with = + - @ (or a tab or carriage
    return) gets a leading quote. Lists are joined with " | ", a whole float is written as an integer."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " | ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def render(figures: Sequence[ReviewedFigure], form: str) -> str:
    """The figures in one of :data:`FORMATS`."""
    if form == "claimreview":
        items = [claim_review(figure) for figure in figures]
        return json.dumps(items, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if form == "jsonl":
        return "".join(json.dumps(_flat(f), sort_keys=True, ensure_ascii=False) + "\n" for f in figures)
    if form == "csv":
        rows = [_flat(figure) for figure in figures]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        writer.writerows([spreadsheet_safe(row[column]) for column in COLUMNS] for row in rows)
        return out.getvalue()
    raise ValueError(f"format {form!r}: use one of {', '.join(FORMATS)}")
