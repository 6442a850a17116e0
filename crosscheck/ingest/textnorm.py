"""Text clean-up that keeps the text intact, and the title + body composition of Source.text."""

from __future__ import annotations

import re
import unicodedata

from crosscheck.ingest.dates import LEADING_DATE

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_NON_WORD = re.compile(r"[\W_]+")
_TITLE_TAIL = re.compile(r"\s+[|\u2013\u2014-]\s+")
MAX_PREFIX_WORDS = 4
MIN_TITLE_WORDS = 4


def normalize_text(text: str) -> str:
    """Newlines to \\n, control characters (but \\n and \\t) removed, NFC."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean_field(value: object) -> str | None:
    """A metadata cell as a one-line string, or None when empty."""
    if value is None:
        return None
    text = " ".join(normalize_text(str(value)).split())
    return text or None


def comparable(text: str) -> str:
    """Casefolded words only: for 'is this the same title / text' comparisons."""
    text = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(_NON_WORD.sub(" ", text).split())


def starts_with_title(body: str, title: str) -> bool:
    """Whether the body already opens with the title, allowing a few words before it (a date, an
    "Outlet:" label, "Posted on ... by ...") and a " - Section - Site" tail on the title."""
    head_words = comparable(LEADING_DATE.sub("", body.lstrip()[: len(title) * 2 + 200], count=1)).split()
    for candidate in _title_variants(title):
        want = candidate.split()
        if not want:
            return True
        for offset in range(min(MAX_PREFIX_WORDS, len(head_words)) + 1):
            if head_words[offset : offset + len(want)] == want:
                return True
    return False


def _title_variants(title: str) -> list[str]:
    variants = [comparable(title)]
    first = _TITLE_TAIL.split(title)[0]
    if first != title and len(first.split()) >= MIN_TITLE_WORDS:
        variants.append(comparable(first))
    return variants


def compose_text(title: str | None, body: str) -> str:
    """Source.text: title, blank line, body, unless the body already starts with the title."""
    body = body.strip("\n")
    if not title or starts_with_title(body, title):
        return body
    return f"{title}\n\n{body}" if body else title


def title_case(value: str | None) -> str | None:
    """Capitalise each word's first letter, leaving the rest as given ("deir ezzor" -> "Deir Ezzor")."""
    if not value:
        return None
    return " ".join(word[:1].upper() + word[1:] for word in value.split())
