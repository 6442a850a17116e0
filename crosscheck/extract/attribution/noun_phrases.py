"""Claimant-like noun phrases read token by token before or after a speech verb.

:func:`read_np_before` / :func:`read_np_after` accept capitalised words, a closed list of lower-case
claimant words ("activists", "local sources", "state media") and linking words inside names
("Observatory for Human Rights", "head of the council"); linking words at either edge are dropped and
the phrase must hold a name or head word.
"""

from __future__ import annotations

import re

from crosscheck.extract.attribution.claimants import words

HEADS = words(
    """
    activist activists source sources resident residents witness witnesses official officials
    monitor monitors observatory group media television tv agency spokesman spokeswoman spokesperson
    commander commanders medic medics doctor doctors rescuer rescuers worker workers correspondent
    reporter journalist journalists army military ministry police government regime coalition
    opposition rebels forces authorities authority council committee governor hospital director
    chief head observers statement report reports network defence defense helmets agencies outlets
    websites website page channel office command unit people organization organisation watchdog
    inhabitants locals paramedics member members militia militiaman fighters fighter troops soldiers
    militants jihadists insurgents warplanes jets aircraft planes allies sides parties brigade
    brigades battalion division regiment faction factions groups
    """
)
MODIFIERS = words(
    """
    local state state-run official medical military security government pro-government opposition
    rebel activist monitoring war rights human news civil syrian-based informed preliminary senior
    top independent regional provincial interior defence defense foreign health kurdish
    opposition-run regime-run pro-regime run owned linked backed based affiliated allied coordination
    intelligence province governorate city town village countryside district neighbourhood neighborhood
    """
)
LINKS = frozenset(
    {"of", "for", "in", "at", "on", "to", "and", "de", "al", "el", "bin", "ibn", "du", "van", "von"}
)
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "syria's", "russia's"})
NOT_NAMES = words(
    """
    meanwhile however but and also separately later earlier yesterday today on in at last this that
    monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december it he she they we i there here according while
    when after before as so if though although since until despite instead overall now then
    related his her their its our my your
    """
)

_TOKEN = re.compile(r"[A-Za-z0-9][\w.'’&-]*|[^\s\w]")


def accept(tok: str) -> str | None:
    """Classify one token of a claimant phrase: name, head, mod, link, det or None (stop)."""
    low = tok.lower().rstrip(".")
    if low in NOT_NAMES and tok[:1].isupper() and low not in DETERMINERS:
        return None
    if low in DETERMINERS:
        return "det"
    if low in LINKS:
        return "link"
    if tok[:1].isupper() or (tok[:1].isdigit() is False and any(c.isupper() for c in tok) and "-" in tok):
        return None if low.rsplit("-", 1)[-1] in NOT_NAMES else "name"
    if low in HEADS or low.rstrip("'s") in HEADS:
        return "head"
    if low in MODIFIERS or low.endswith(("-based", "-backed", "-linked", "-run", "-affiliated")):
        return "mod"
    return None


def tokens(s: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _TOKEN.finditer(s)]


def _trim(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop linking words at either edge and require a name or head word at the end."""
    while toks and accept(toks[0][0]) == "link":
        toks = toks[1:]
    while toks and accept(toks[-1][0]) in ("link", "det", "mod"):
        toks = toks[:-1]
    if not toks or not any(accept(t) in ("name", "head") for t, _, _ in toks):
        return []
    return toks


def read_np_before(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The claimant-like noun phrase ending at ``end`` (reading backwards, not before ``floor``).

    The tokens are read from a window before ``end`` that starts after a space (no token spans one, so
    its tokens are those of the whole span), widened while the reading gets near its start: a speech verb
    late in a long sentence costs the phrase's length, not the sentence's."""
    width = _WINDOW
    while True:
        space = text.rfind(" ", floor, max(floor, end - width))
        start = space + 1 if space >= 0 else floor
        taken, lowest = _read_back(tokens(text[start:end], start), at_floor=start == floor)
        if start == floor or lowest > 2:
            return _span(_trim(taken))
        width *= 4


_WINDOW = 120


def _read_back(toks: list[tuple[str, int, int]], at_floor: bool) -> tuple[list[tuple[str, int, int]], int]:
    """The tokens of a phrase read backwards from the end of ``toks``, and the lowest index looked at (the
    reading looks up to two tokens before the one it takes; ``at_floor``: ``toks`` begin at the floor)."""
    taken: list[tuple[str, int, int]] = []
    lowest = len(toks)
    for i in range(len(toks) - 1, -1, -1):
        lowest = i
        tok, s, e = toks[i]
        kind = accept(tok)
        if kind is None:
            break
        if kind == "name" and i == 0 and at_floor and tok.lower().endswith(("ing", "ly", "ed")) and taken:
            break
        if kind == "link" and not taken:
            break
        if (
            kind == "link"
            and tok.lower() in ("in", "at", "on", "to")
            and i > 0
            and accept(toks[i - 1][0]) != "head"
        ):
            break
        taken.insert(0, (tok, s, e))
        if kind == "det" and not (i > 1 and accept(toks[i - 1][0]) == "link" and accept(toks[i - 2][0])):
            break
    return taken, lowest


def _span(toks: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    if not toks:
        return None
    last, end = toks[-1][0], toks[-1][2]
    if last.endswith(".") and not _ABBREVIATION.match(last):
        end -= 1
    return toks[0][1], end


_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.){2,}$|^(?:Gen|Col|Maj|Lt|Dr|Mr|Mrs|Ms|Capt|Brig|St)\.$")


def read_np_after(text: str, start: int, ceiling: int) -> tuple[int, int] | None:
    """The claimant-like noun phrase starting at ``start`` (reading forwards, not past ``ceiling``)."""
    taken: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text, start, ceiling):  # read lazily: the phrase ends long before the sentence
        tok, s, e = m.group(), m.start(), m.end()
        kind = accept(tok)
        if kind is None or (kind == "det" and taken and accept(taken[-1][0]) != "link"):
            break
        if kind in ("name", "head") and taken and accept(taken[-1][0]) == "head" and kind == "name":
            break
        taken.append((tok, s, e))
    return _span(_trim(taken))
