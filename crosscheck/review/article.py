"""An article's full text with every current claim marked, each linked to the figure that holds it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from crosscheck.model import Claim
from crosscheck.review.app import bench, render
from crosscheck.review.pages import login_required
from crosscheck.review.queue import Analysis, analysis
from crosscheck.review.users import User


@dataclass(frozen=True)
class Piece:
    text: str
    claim: Claim | None = None
    link: str = ""
    """The incident page's anchor of the claim's figure, for a marked piece."""


def pieces(text: str, claims: Sequence[Claim], links: dict[str, str]) -> list[Piece]:
    """The text cut at the claims' offsets; a claim overlapping one before it stays unmarked."""
    found: list[Piece] = []
    at = 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < at or claim.end > len(text):
            continue
        if claim.start > at:
            found.append(Piece(text[at : claim.start]))
        found.append(Piece(text[claim.start : claim.end], claim, links.get(claim.id, "")))
        at = claim.end
    if at < len(text):
        found.append(Piece(text[at:]))
    return found


def _links(found: Analysis) -> dict[str, str]:
    links = {}
    for view in found.incidents:
        for slot in view.slots:
            for claim_id in slot.cluster.claim_ids:
                links[claim_id] = f"/incidents/{view.event.id}#cluster-{slot.cluster.id}"
    return links


@login_required
async def article_page(request: Request, user: User) -> Response:
    store = bench(request).store()
    source_id = request.path_params["source_id"]
    sources = store.sources([source_id])
    if not sources:
        return PlainTextResponse("No such article", status_code=404)
    source = sources[0]
    found = analysis(store)
    claims = [claim for claim in found.claims.values() if claim.source_id == source_id]
    parts = pieces(source.text, claims, _links(found))
    return render(request, "article.html", user=user, source=source, pieces=parts, claims=len(claims))


ROUTES = [Route("/sources/{source_id:path}", article_page, methods=["GET"])]
