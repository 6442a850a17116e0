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
    short: str, names: Iterable[str], text: str = "", lower_words: frozenset[str] | None = None
) -> str | None:
    """The one longer name among ``names`` that ends with the words of ``short`` and that ``text`` writes as
    it is (not a name put together from the words around a figure), or None. A short name in capitals only
    ("DAESH") or one that ``text`` also writes in lower case ("Activists" / "activists": a common noun that
    began a sentence) is not read as a name. ``lower_words``: the words of ``text`` in lower case, when
    the caller has them."""
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
    if len(words) == 1 and lower_words is not None:
        common = short.lower() in lower_words
    else:
        common = re.search(rf"(?<!\w){re.escape(short.lower())}(?!\w)", text) is not None
    return None if common else longer.pop()


def resolve_short_names(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` of one article, each attributed to the full name where its claimant is a short one."""
    names = sorted({claim.attribution for claim in claims if claim.attribution})
    by_last_word: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_last_word[name.split()[-1]].append(name)
    text = claims[0].source.text if claims else ""
    shared = {name for name in names if len(by_last_word[name.split()[-1]]) > 1}
    lower_words = frozenset(re.findall(r"\w+", text)) if shared else frozenset()
    full = {
        name: found
        for name in sorted(shared)
        if (found := full_name(name, by_last_word[name.split()[-1]], text, lower_words))
    }
    if not full:
        return list(claims)
    return [
        replace(claim, attribution=full[claim.attribution]) if claim.attribution in full else claim
        for claim in claims
    ]
