"""Line rules for page furniture: each is patterns (any may match) plus a validate step on the line.

Rules look at one line at a time; the ones that need neighbours live in boilerplate.py.
A long line with a verb and a full stop is almost always content, so every rule caps the
line's length, and most require that it is not a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from crosscheck.ingest.dates import parse_date

WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s*$")


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS = _vocabulary(
    """
    a an the of on in to for and or by with from at this that our your you us all is are be it
    """
)
FURNITURE_WORDS = _vocabulary(
    """
    comment comments commented reply replies feedback feedbacks notify guest report flag share shares
    shared tweet retweet email e-mail print facebook twitter whatsapp linkedin pinterest reddit telegram
    messenger copy link links url save bookmark bookmarks like likes follow followers subscribe
    subscribed subscription unsubscribe newsletter newsletters sign signup login logout log register
    menu search home skip content navigation close next previous prev back top more load view
    advertisement advert ads ad sponsored promoted cookie cookies accept settings preferences bold
    italic underline strike strikethrough bullet blockquote quote photo photos foto image images video
    videos gallery caption captions edit embed
    """
)


def word_list(line: str) -> list[str]:
    return WORD.findall(line)


def is_sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line))


def is_title_like(line: str, max_words: int = 20) -> bool:
    """A short line without sentence punctuation at its end: a heading or a link text."""
    words = word_list(line)
    return 0 < len(words) <= max_words and not is_sentence(line)


Validate = Callable[[str], bool]


def at_most(words: int) -> Validate:
    return lambda line: len(word_list(line)) <= words


def short_non_sentence(words: int) -> Validate:
    return lambda line: len(word_list(line)) <= words and not is_sentence(line)


READER = re.compile(r"\b(?:you|your|yours|we|us|our)\b", re.IGNORECASE)
REPORTED = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|according to)\b", re.IGNORECASE)


def speaks_to_reader(max_words: int) -> Validate:
    """Furniture addresses the reader (or is a short label) and is not reported speech."""

    def validate(line: str) -> bool:
        words = len(word_list(line))
        if words > max_words or REPORTED.search(line):
            return False
        if READER.search(line):
            return True
        return words <= 10 and not is_sentence(line) and not any(c.isdigit() for c in line)

    return validate


def _fragment(line: str) -> bool:
    """Nothing but punctuation, digits and at most two little words ("In ,", "00:00", "|")."""
    words = [w for w in word_list(line) if any(c.isalpha() for c in w)]
    if not words:
        return True
    punctuation = any(not (c.isalnum() or c.isspace()) for c in line)
    return punctuation and len(words) <= 2 and all(w.lower() in STOPWORDS for w in words)


def _furniture_words(line: str) -> bool:
    """Most words are interface vocabulary (buttons, toolbars, counters)."""
    words = word_list(line)
    if not words or len(words) > 15 or is_sentence(line):
        return False
    content = [w.lower() for w in words if w.lower() not in STOPWORDS and not w.isdigit()]
    if not content:
        return False
    return sum(w in FURNITURE_WORDS for w in content) / len(content) >= 0.75


_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:last\s+)?updated|published|posted|first published)(?:\s+on)?\s*:?\s*", re.I
)


def _dateline(line: str) -> bool:
    return parse_date(_DATE_PREFIX.sub("", line)) is not None


@dataclass(frozen=True)
class LineRule:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    validate: Validate

    def matches(self, line: str) -> bool:
        return any(p.search(line) for p in self.patterns) and self.validate(line)


def _rule(name: str, patterns: tuple[str, ...], validate: Validate) -> LineRule:
    return LineRule(name, tuple(re.compile(p, re.IGNORECASE) for p in patterns), validate)


_ANY = (r"\S",)

LINE_RULES: tuple[LineRule, ...] = (
    _rule("dateline", (r"\d",), _dateline),
    _rule("fragment", _ANY, _fragment),
    _rule(
        "comment_box",
        (
            r"\byou have commented\b",
            r"^\W*\d+\s+(?:comments?|replies|responses)\W*$",
            r"\bcomments? (?:are|have been|is) (?:now )?closed\b",
            r"\b(?:leave|post|add|write) a (?:reply|comment)\b",
            r"\b(?:view|show|load|read|see) (?:all )?(?:the )?(?:\d+ )?(?:comments|replies)\b",
            r"\bcommenting (?:forum|section|system|policy|guidelines|rules)\b",
            r"\bbe the first to (?:comment|reply)\b",
            r"\bjoin\b.{0,40}\bconversations?\b",
            r"^\W*(?:comments?|notify of|what do you think|have your say)\W*$",
        ),
        at_most(25),
    ),
    _rule(
        "login_notice",
        (
            r"\brefresh (?:the|this|your) (?:page|browser)\b",
            r"\b(?:log|sign) (?:in|up) (?:to|with)\b",
            r"\bto be (?:automatically )?logged in\b",
            r"^\W*(?:log ?in|sign ?in|log ?out|sign ?out|register)\W*$",
            r"\bthank you for registering\b",
            r"\b(?:create|have) an account\b",
        ),
        speaks_to_reader(40),
    ),
    _rule(
        "appeal",
        (
            r"\bdonat(?:e|es|ed|ion|ions|ing)\b",
            r"\byour (?:support|contribution|generosity)\b",
            r"\bsupport (?:us|our work|(?:our|independent|quality) (?:journalism|reporting|news))\b",
            r"\bpaywalls?\b",
            r"\bbecome an? (?:member|subscriber|supporter|patron)\b",
            r"\bsend us your (?:ideas|tips|stories|pitches|thoughts)\b",
            r"\bwe are always looking for\b",
            r"\bhelp us (?:to )?(?:keep|continue|tell|fund|report)\b",
        ),
        speaks_to_reader(80),
    ),
    _rule(
        "newsletter",
        (
            r"\b(?:our|free|daily|weekly|morning|evening|email) newsletters?\b",
            r"\bnewsletters? sign-?up\b",
            r"\bsign up (?:for|to|now)\b",
            r"^\W*subscribe\b",
            r"\bstay up to date\b",
            r"\bnotifications? (?:from|settings|preferences)\b",
            r"\bstraight to your inbox\b",
        ),
        speaks_to_reader(30),
    ),
    _rule(
        "share_bar",
        (
            r"\bshare (?:this|on|via)\b|\bshare the (?:article|story|page)\b",
            r"^\W*(?:share|tweet|email|print|whatsapp|pin it)\W*$",
            r"\bfollow us (?:on|at)\b",
        ),
        short_non_sentence(10),
    ),
    _rule(
        "cookie_notice",
        (r"\bcookies?\b.{0,80}\b(?:use|accept|consent|policy|settings|browser|experience)\b",),
        speaks_to_reader(50),
    ),
    _rule(
        "disclaimer",
        (
            r"\b(?:views|opinions|statements)\b.{0,60}\bexpressed\b.{0,80}\b(?:author|writer|contributor)s?\b",
            r"\bdo(?:es)? not (?:necessarily )?(?:reflect|represent) (?:the |those of )?"
            r"(?:views|opinions|position|policy|this site|the site)\b",
            r"\bnot (?:intended as|to be (?:construed|taken) as)\b.{0,40}\badvice\b",
        ),
        at_most(80),
    ),
    _rule(
        "site_notice",
        (
            r"\bin (?:your |the )?browser (?:preferences|settings)\b",
            r"\bnotifications can be (?:managed|turned off|disabled)\b",
            r"\b(?:enable|turn on) javascript\b",
        ),
        at_most(30),
    ),
    _rule("copyright", (r"^\W*(?:©|\(c\)|copyright\b)", r"\ball rights reserved\b"), at_most(30)),
    _rule(
        "advertisement",
        (
            r"^\W*(?:advertisements?|advert|ad|sponsored(?: content)?|promoted|paid (?:content|post))\W*$",
            r"^\W*story continues below\b",
        ),
        at_most(6),
    ),
    _rule(
        "byline",
        (
            r"^\W*(?:posted|written|published|filed|reported) (?:by|on)\b",
            r"^\W*by\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3}\s*(?:[,|].*)?$",
        ),
        short_non_sentence(10),
    ),
    _rule(
        "credit",
        (
            r"^\W*(?:additional )?(?:reporting|writing|editing|research) by\b",
            r"^\W*(?:compiled|edited|translated|produced) by\b",
        ),
        at_most(15),
    ),
    _rule(
        "form_field",
        (
            r"^\W*(?:your )?(?:full )?(?:name|e-?mail(?: address)?|website|password|username|"
            r"comment|message)\s*(?:\((?:optional|required)\)|\*)?\s*:?\s*$",
            r"\((?:optional|required)\)\s*:?\s*$",
        ),
        at_most(6),
    ),
    _rule(
        "caption",
        (
            r"\((?:reuters|afp|ap|epa|getty|sana|anadolu|[^()]{0,40}\b(?:photo|images?|pictures?|file))\)\s*$",
            r",\s*(?:pictured|above|below|left|right|centre|center)\s*,",
            r"\((?:pictured|above|below|left|right)\)",
            r"^\W*(?:photo|picture|image|video)s?(?: credit)?\s*:\s*\S",
        ),
        lambda line: not is_sentence(line) and len(word_list(line)) <= 40,
    ),
    _rule("nav_bar", (r"\s[|\u2022\u00b7/\u2013\u2014-]\s|\u00bb",), lambda line: _nav_bar(line)),
    _rule("category_tag", (r"^\s*[A-Z][^\W_]*(?:\s?[-/>|]\s?[A-Z][^\W_]*){2,}\s*$",), at_most(6)),
    _rule("furniture_words", _ANY, _furniture_words),
)

_NAV_SPLIT = re.compile(r"\s[|\u2022\u00b7/\u2013\u2014-]\s|\u00bb")


def _nav_bar(line: str) -> bool:
    """Three or more short items separated by bars or dashes ("Home | World | Sport")."""
    items = [item for item in _NAV_SPLIT.split(line) if item.strip()]
    return len(items) >= 3 and not is_sentence(line) and all(len(word_list(i)) <= 3 for i in items)


def line_rule(line: str) -> str | None:
    """The name of the first line rule that calls this line boilerplate, or None."""
    if not line.strip():
        return None
    for rule in LINE_RULES:
        if rule.matches(line):
            return rule.name
    return None
