"""A claimant named again by a shorter name: "Bassem Aziz, a spokesman, said ..." then "Aziz said ...".

News style gives a person's full name once and the surname after it. Read alone, "Aziz" would be a second
claimant of the article, counted as another independent source. Rule: within one article, a claimant
name of capitalised words that are the last words of exactly one longer claimant name of the same article
is that claimant. Two longer names ending in the same words ("Bassem Aziz", "Omar Aziz") leave it as it
is; so do names in lower case ("the ministry"), in capitals only, or written in lower case elsewhere in the
article (a common noun that began a sentence), which this rule does not read as names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from crosscheck.model import Claim


def full_name(
    short: str, names: Iterable[str], text: str, lower_words: frozenset[str] | None = None
) -> str | None:
    """The one longer name among ``names`` that ends with the words of ``short`` and that ``text`` writes as
    it is (not a name put together from the words around a figure), or None. A short name in capitals only
    ("DAESH") or one that ``text`` also writes in lower case ("Activists" / "activists": a common noun that
    began a sentence) is not read as a name. ``lower_words``: the words of ``text`` (:func:`words_of`),
    when the caller has them."""
    words = short.split()
    if not words or not all(word[:1].isupper() and not word.isupper() for word in words):
        return None
    longer = {
        name
        for name in names
        if len(name.split()) > len(words) and name.split()[-len(words) :] == words and name in text
    }
    if len(longer) != 1:
        return None
    lower_words = words_of(text) if lower_words is None else lower_words
    if all(word.lower() in lower_words for word in words) and re.search(
        rf"(?<!\w){re.escape(short.lower())}(?!\w)", text
    ):
        return None  # written in lower case too: a common noun
    return longer.pop()


def words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


def resolve_short_names(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` of one article, each attributed to the full name where its claimant is a short one."""
    names = sorted({claim.attribution for claim in claims if claim.attribution})
    by_last_word: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_last_word[name.split()[-1]].append(name)
    sharing = [group for group in by_last_word.values() if len(group) > 1]
    if not sharing:
        return list(claims)
    text = claims[0].source.text
    lower_words = words_of(text)
    full = {
        name: found
        for group in sharing
        for name in group
        if (found := full_name(name, group, text, lower_words))
    }
    return [
        replace(claim, attribution=full[claim.attribution]) if claim.attribution in full else claim
        for claim in claims
    ]
