"""Claim extraction: from one :class:`Source` to its numeric and factual claims.

:func:`extract_claims` splits sentences, finds every quantity, reads what it counts (measure), who said
it (attribution), where (location) and when (time), links parts to their wholes (also the incidents a
roundup adds up to its total), adds the totals a sentence states as a sum ("nine children and 14 others")
and the factual claims: event verbs ("troops broke the siege"), and who carried an incident out and with
what (perpetrators, denials, weapons). Numeral floods, long runs of numerals with no word, are not read
(floods.py), nor are stretches with far more numbers, sentences or names of actors than prose holds
(dense.py). Every quantity becomes a claim; ``measure`` is None when the words around it name nothing
countable. The quote (``claim.start:claim.end``) is the figure plus its counted noun phrase ("at least 70
militants"), which is what a fact-checker reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.extract.budget import Budget
from crosscheck.extract.parts.consistency import find_inconsistencies

if TYPE_CHECKING:
    from crosscheck.model import Claim, Source

__all__ = ["extract_claims", "find_inconsistencies"]

LEAD_SENTENCES = 3
"""The title and the first sentences, where an article names its place."""


def extract_claims(source: Source, budget: Budget | None = None) -> list[Claim]:
    """Every numeric and factual claim of ``source``, sorted by (start, kind). Deterministic.

    With a ``budget`` whose time runs out, only the text before ``budget.stopped_at`` is read. The stretches
    too dense to be prose by ``budget.dense`` are read as blanks (:mod:`crosscheck.extract.dense`) and
    recorded in ``budget.too_dense``; the claims keep ``source``, its text whole."""
    from dataclasses import replace

    from crosscheck.extract.dense import dense_stretches
    from crosscheck.extract.sentences import split_sentences

    budget = budget or Budget(None)
    sentences = split_sentences(source.text)
    budget.too_dense = dense_stretches(source.text, sentences, budget.dense)
    if not budget.too_dense:
        return _read(source, sentences, budget)
    blanked = replace(source, text=budget.too_dense.blank(source.text))
    return [replace(claim, source=source) for claim in _read(blanked, split_sentences(blanked.text), budget)]


def _read(source: Source, sentences: list[tuple[int, int]], budget: Budget) -> list[Claim]:
    from crosscheck.extract.attribution.short_names import resolve_short_names
    from crosscheck.extract.factual.factual import find_factual_claims
    from crosscheck.extract.floods import numeral_floods
    from crosscheck.extract.numbers.quantities import sentence_quantities
    from crosscheck.extract.numeric import inherit_elided, numeric_claim
    from crosscheck.extract.parts.parts import link_parts
    from crosscheck.extract.parts.subtotals import link_subtotals
    from crosscheck.extract.parts.sums import add_sums

    text = source.text
    place = source.location or _article_place(text, sentences)
    floods = numeral_floods(text)
    numeric: list[Claim] = []
    read = len(sentences)
    for index, (s, e) in enumerate(sentences):
        if budget.spent(s):
            read = index
            break
        if floods.cover(s, e):
            continue
        sentence_claims: list[Claim] = []
        for match in sentence_quantities(text, s, e):
            if budget.spent(match.start):
                break
            if floods.cover(match.start, match.start + 1):
                continue
            claim = numeric_claim(source, sentences, index, match, place)
            sentence_claims.append(inherit_elided(claim, match, sentence_claims))
        numeric.extend(sentence_claims)
        if budget.stopped_at is not None:
            read = index
            break
    prose = [(s, e) for s, e in sentences[:read] if not floods.cover(s, e)]
    factual = find_factual_claims(source, prose)
    claims = [
        *link_subtotals(add_sums(link_parts(numeric))),
        *factual,
        *_incident_claims(source, prose, factual),
    ]
    return sorted(resolve_short_names(claims), key=lambda c: (c.start, c.kind, c.end))


def _incident_claims(source: Source, sentences: list[tuple[int, int]], factual: list[Claim]) -> list[Claim]:
    """Who did an incident and with what. A denial outranks an assertion read from the same words
    ("neither Russian nor Syrian air forces were carrying out"); an event claim keeps its id."""
    from crosscheck.extract.factual.denials import find_denial_claims
    from crosscheck.extract.factual.perpetrators import find_perpetrator_claims
    from crosscheck.extract.factual.weapons import find_weapon_claims

    taken = {claim.id for claim in factual}
    found: dict[str, Claim] = {}
    for claim in (
        *find_denial_claims(source, sentences),
        *find_perpetrator_claims(source, sentences),
        *find_weapon_claims(source, sentences),
    ):
        if claim.id not in taken and claim.id not in found:
            found[claim.id] = claim
    return list(found.values())


def _article_place(text: str, sentences: list[tuple[int, int]]) -> str | None:
    """Where the article is, when its metadata does not say: the first place its title or lead names,
    a town or province rather than a country."""
    from crosscheck.extract.places.place_relations import is_country
    from crosscheck.extract.places.places import find_location

    found = []
    for index, (start, _) in enumerate(sentences[:LEAD_SENTENCES]):
        place = find_location(text, sentences[: index + 1], index, start, None)
        if place:
            found.append(place)
    specific = [place for place in found if not is_country(place)]
    return (specific or found or [None])[0]
