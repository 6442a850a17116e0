"""Numerals that are not quantities: a rule family with named reasons.

Each rule looks at a numeral in context and returns a reason code, or None when the numeral may be a
quantity. Spans that whole patterns cover (dates, clock times, phone numbers, ids, page furniture) are
found first by :func:`blocked_spans`; numerals inside them are skipped.

=================  ==========================================================================
reason             examples
=================  ==========================================================================
date               "2017-08-25", "25/08/2017", "Aug. 25th, 2017", "on January 24", "24 March"
year               "in 2014", "March 2011", "since 2014", "the 1990s", "'90s", "2014-15 season"
clock_time         "10:30", "3 p.m.", "3pm", "10 o'clock"
ordinal            "the 22nd amendment", "2nd", "Fourth Division"
phone              "+44 20 7946 0000", "(555) 123-4567"
identifier         "TU22M3", "Su-35S", "F-16", "COVID-19", "Resolution 2254", "Section 427", "No. 5",
                   a radio frequency as a station's name ("98.4 FM")
page_furniture     "You have commented 339 times", "0 Comments", "12 shares", "1 News - 1 eMovies"
pronoun_one        "one of the", "the one who", "no one", "one another", "at one point"
score              "won 3-1", "a 2-0 lead" (a range whose low end is above its high end)
fragment           a whole number written with a leading zero: a code or a cut-off date ("... 016 Tags")
=================  ==========================================================================
"""

from __future__ import annotations

import re

from crosscheck.extract.cues import CueGate, requires_digit

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?|\.)?|Sept\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_CURRENCY_CODES = r"(?:RM|PS|Rs|USD|EUR|GBP|INR|NIS|JPY|CNY|HKD|AUD|CAD|NZD|SGD|CHF|SYP)"
_ORD = r"(?:st|nd|rd|th)"
_LABELS = (
    r"Resolution|Section|Sections|Row|Article|Articles|Chapter|Page|Pages|Room|Route|Highway|Interstate|Flight"
    r"|No\.|Nos\.|Number|Model|Version|Level|Gate|Platform|Phase|Season|Episode|Vol\.|Volume|Paragraph|Clause"
    r"|Unit|Lot|Block|Apartment|Apt\.|Suite|Box|Exit|Pier|Terminal|Track|Act|Part|Item|Rule|Law|Decree"
    r"|Bill|Amendment|Order|Code|Case|Ward|District|Zone|Sector|Division|Brigade|Battalion|Regiment"
    r"|Squadron|Corps|Army|Fleet|Group|Team|Class|Grade|Category|Type|Mark|Mk\.?|Series|Windows|iPhone"
    r"|Galaxy|Formula|Apollo|Channel|Radio|Studio|Station|Camp|Base|Checkpoint|Hill|Street|St\.|Avenue|Ave\.|Road|Rd\."
)
_LABELS_ANY_CASE = (
    r"resolution|section|row|article|chapter|page|room|route|highway|flight|model|version|level|gate|platform"
    r"|phase|season|episode|volume|paragraph|clause|category|grade|division|brigade|battalion|regiment|squadron"
    r"|amendment|terminal|checkpoint|channel|game|round|stage|week|match|heat|lane|seed|number|point|no\."
)
BLOCK_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}(?:T[\d:.]+Z?)?\b|\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b")),
    ("date", re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}{_ORD}?\b(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+\d{{4}}\b)?"
        rf"(?!,\d{{3}}|\s*%|\.\d)", re.I)),
    ("date", re.compile(rf"\b\d{{1,2}}{_ORD}?\s+(?:of\s+)?{_MONTHS}\b(?:,?\s+\d{{4}}\b)?", re.I)),
    ("date", re.compile(rf"\b(?:{_MONTHS}|{_DAYS}|(?:early|mid|late)[\s-])\s*,?\s*\d{{4}}\b", re.I)),
    ("year", re.compile(r"\b(?:1[5-9]|20)\d0s\b|['’]\d0s\b|\b(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}\b"
        r"(?=\s+(?:season|campaign|fiscal|financial|school|academic|period|budget|term|war)\b)", re.I)),
    ("clock_time", re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b(?:\s*[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})"
        r"?\s*[ap]\.?m\.?(?!\w)|\b\d{1,2}\s+o['’]clock\b", re.I)),
    ("ordinal", re.compile(rf"\b\d+{_ORD}\b", re.I)),
    ("phone", re.compile(r"(?<!\w)\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}\b|\(\d{3}\)"
        r"\s?\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b")),
    ("identifier", re.compile(rf"\b(?!{_CURRENCY_CODES}\d)(?<![$])[A-Za-z]+\d+[A-Za-z]*\d*[A-Za-z]*\b|"
        rf"\b[A-Z][A-Za-z]*-\d+\w*|\b\d+[A-Z]{{1,2}}\d+\w*\b")),
    ("identifier", re.compile(r"\b(?:S\s?&?\s?P(?:/TSX)?|FTSE|Stoxx|ASX|Nikkei|DAX|CAC|TA|Russell|Fortune|"
        r"Big|Nasdaq|Dow|Sensex|Nifty|Euro\s?Stoxx|Hang\s+Seng|KOSPI|TSX|MSCI|G)[\s-]?\d+\b", re.I)),
    ("address", re.compile(r"\b\d+(?:-\d+)?[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:St|Street|Road|Rd|Ave|"
        r"Avenue|Way|Blvd|Boulevard|Lane|Ln|Drive|Dr|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent)\b\.?")),
    ("identifier", re.compile(rf"(?<![\w.])(?:{_LABELS}|(?i:(?:{_LABELS_ANY_CASE})s?))\s+(?:No\.\s*)"
        rf"?\d+[A-Za-z]?\b(?![.,]\d)(?:\s*(?:and|,|&)\s*\d+\b)*")),
    ("identifier", re.compile(r"\b[A-Z][a-z]+\s+\(\d{1,3}\)")),
    ("clock_time", re.compile(r"\b\d{4}\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT)\b")),
    ("identifier", re.compile(r"#\s?\d+\b")),
    ("fragment", re.compile(r"(?<![\w.,])0\d+\b(?![.,]\d)")),
    ("identifier", re.compile(r"\b\d{2,3}(?:\.\d)?\s?(?:FM|AM|MHz|kHz)\b")),
    ("page_furniture", re.compile(r"(?m)(?:^|\s[-|•]\s)[ \t]*\d{1,3}[ \t]+(?:[A-Z]|[a-z][A-Z])[\w&]*"
        r"(?:[ \t]+[A-Z][\w&]*)?(?=[ \t]*(?:[-|•]|$))")),
    ("page_furniture", re.compile(r"\b(?:commented|viewed|shared|liked)\s+\d[\d,]*\s+times\b|\b\d[\d,]*\s+"
        r"(?:Comments?|Shares?|Likes?|Views?|Replies|Retweets|Followers)\b|\b(?:Comments?|Shares?|Likes?)\s*:?\s*\d[\d,]*\b")),
)  # fmt: skip
_NAME_BEFORE = re.compile(r"\b([A-Z][\w&]*)\s+$")
_NOT_NAMES = frozenset(
    [
        "About",
        "Around",
        "Some",
        "Nearly",
        "Almost",
        "Over",
        "Under",
        "More",
        "Less",
        "Fewer",
        "At",
        "Up",
        "To",
        "By",
        "In",
        "On",
        "Of",
        "From",
        "Between",
        "And",
        "Or",
        "The",
        "A",
        "An",
        "Only",
        "Just",
        "Roughly",
        "Approximately",
        "Exactly",
        "Another",
        "Every",
        "Each",
        "All",
        "With",
        "Without",
        "Top",
        "Bottom",
        "Last",
        "First",
        "Next",
        "Total",
        "Estimated",
        "Killed",
        "Wounded",
        "Injured",
        "Dead",
        "Over",
        "Below",
        "Above",
        "Minus",
        "Plus",
    ]
)
_CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*)(?:[ \t]+([A-Za-z][\w-]*))?(?:[ \t]+([A-Za-z]+))?")
_MONTH_WORD = re.compile(_MONTHS)
_YEAR_RE = re.compile(r"(?:1[6-9]|20)\d{2}|21[0-4]\d")
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|during|before|after|year|early|late|mid|between|through|circa|A\.D\.|AD|"
    r"spring|summer|autumn|fall|winter|season|on)|[(–-])\s*$",
    re.I,
)
_PRONOUN_ONE_BEFORE = re.compile(
    r"\b(?:the|this|that|which|each|every|any|no|some|someone|another|only|last|one|any|every|little|big|same|"
    r"right|wrong|new|old|first|latest|such|no\s+other|at|like|fastest|best|worst|biggest|largest)\s+$",
    re.I,
)
_PRONOUN_ONE_AFTER = re.compile(
    r"\s*(?:of\b|another\b|anothers?\b|who\b|that\b|which\b|'s\b|’s\b|thing\b|day\b|way\b|point\b|time\b|"
    r"by\s+one\b|or\s+(?:the\s+)?other\b|[.,;:!?)\"”]|$)",
    re.I,
)


_S_WORDS = frozenset(
    [
        "was",
        "is",
        "has",
        "does",
        "its",
        "this",
        "his",
        "hers",
        "ours",
        "yours",
        "theirs",
        "us",
        "as",
        "plus",
        "thus",
        "less",
        "across",
        "always",
        "perhaps",
        "whereas",
        "says",
        "gets",
        "makes",
        "goes",
        "takes",
        "comes",
        "sees",
        "means",
        "seems",
        "remains",
        "becomes",
        "includes",
        "minus",
        "bonus",
        "versus",
        "status",
        "news",
        "series",
    ]
)


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_LINE_OPENS = re.compile(r"[.!?\n\"“]\s*$")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z]\w*\s+$")


def plural_noun(word: str) -> bool:
    """A rough test for a lower-case plural noun ("soldiers", "people"), the kind a count is followed by."""
    w = word.lower()
    if w in ("people", "children", "men", "women", "police", "personnel", "troops", "staff", "cattle"):
        return True
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # "TDs", "MPs"
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _S_WORDS


_BLOCK_GATE = CueGate([pattern for _, pattern in BLOCK_PATTERNS])
_ALL_NEED_A_DIGIT = all(requires_digit(pattern) for _, pattern in BLOCK_PATTERNS)
_DIGIT = re.compile(r"\d")


def blocked_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Spans that whole not-a-quantity patterns cover, with their reason, sorted by start."""
    if _ALL_NEED_A_DIGIT and not _DIGIT.search(text, start, end):
        return []  # a sentence of number words only: every pattern needs a digit
    spans: list[tuple[int, int, str]] = []
    for (reason, pattern), possible in zip(
        BLOCK_PATTERNS, _BLOCK_GATE.possible(text, start, end), strict=True
    ):
        if not possible:
            continue
        for m in pattern.finditer(text, start, end):
            spans.append((m.start(), m.end(), reason))
    spans.sort()
    return spans


def reason_for(text: str, start: int, end: int, kind: str, has_unit: bool, has_qualifier: bool) -> str | None:
    """Why the numeral ``text[start:end]`` is not a quantity, or None when it may be one."""
    surface = text[start:end]
    if kind == "digits" and _YEAR_RE.fullmatch(surface) and not has_unit and not has_qualifier:
        before = text[max(0, start - 25) : start]
        after = _WORD_AFTER.match(text[end : end + 30])
        if _YEAR_CONTEXT_BEFORE.search(before):
            return "year"
        # "2014 election" and "In 2014," are years; "2000 soldiers" is a count
        if not after or not after.group(1).islower() or not plural_noun(after.group(1)):
            return "year"
    if not has_unit and not has_qualifier and kind in ("digits", "mixed"):
        name = _NAME_BEFORE.search(text[max(0, start - 30) : start])
        after = _LOWER_WORD_AFTER.match(text[end : end + 30])
        if name and name.group(1) not in _NOT_NAMES and not (after and plural_noun(after.group(1))):
            line_start = start - len(name.group(0))
            head = text[max(0, line_start - 3) : line_start]
            if line_start > 0 and not _LINE_OPENS.search(head):
                return "identifier"  # "Game 6", "Apple Watch 5", "Lang 20": a name with a number
    bare = not has_unit and not has_qualifier
    if bare and kind == "digits" and surface.isdigit() and len(surface) <= 4:
        # "787 Dreamliner", "11 Pro Max" name a model; "12 Syrians", "40 Kurdish fighters" are counts
        m = _CAPITALISED_AFTER.match(text, end)
        named = m is not None and not any(w and plural_noun(w) for w in m.groups())
        if named and m.group(1) not in _NOT_NAMES and not _MONTH_WORD.fullmatch(m.group(1)):
            return "identifier"
    if surface.lower() == "one" and not has_unit and not has_qualifier:
        before = text[max(0, start - 25) : start]
        after = text[end : end + 20]
        if _PRONOUN_ONE_BEFORE.search(before) or _PRONOUN_ONE_AFTER.match(after):
            return "pronoun_one"
        if surface == "One" and start > 0 and _CAPITAL_WORD_BEFORE.search(text[max(0, start - 20) : start]):
            return "identifier"  # "BBC One", "Air Force One"
    return None


def is_score(low: float, high: float) -> bool:
    """ "3-1", "2-0": a dash pair whose first number is the bigger is a score, not a range."""
    return low > high
