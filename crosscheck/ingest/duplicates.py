"""Settle source ids: a repeated id with the same text is merged, with a new text it gets -2, -3..."""

from __future__ import annotations

from crosscheck.ingest.draft import Draft
from crosscheck.ingest.textnorm import compose_text
from crosscheck.model import Source


def _same_text_key(draft: Draft) -> str:
    return " ".join(compose_text(draft.title, draft.body).split())


def settle_ids(drafts: list[Draft], warnings: list[str]) -> list[Source]:
    """Sources with unique ids, in input order; merges and renames are reported as warnings."""
    original_ids = {draft.id for draft in drafts}
    taken: dict[str, Draft] = {}
    texts: dict[str, dict[str, str]] = {}
    """id as given -> {text key: id it was stored under}."""
    sources: list[Source] = []
    for draft in drafts:
        key = _same_text_key(draft)
        family = texts.setdefault(draft.id, {})
        if key in family:
            first = taken[family[key]]
            warnings.append(
                f"{draft.where}: id {draft.id!r} repeats {first.where} with the same text; "
                "merged into one source"
            )
            continue
        source_id = draft.id
        if source_id in taken:
            suffix = 2
            while f"{draft.id}-{suffix}" in taken or f"{draft.id}-{suffix}" in original_ids:
                suffix += 1
            source_id = f"{draft.id}-{suffix}"
            warnings.append(
                f"{draft.where}: id {draft.id!r} is already used by {taken[draft.id].where} for a different "
                f"text; this one is {source_id!r}"
            )
        family[key] = source_id
        taken[source_id] = draft
        sources.append(draft.to_source(source_id))
    return sources
