"""Reading a gold JSONL of cross-outlet slots (see shared/gold/README.md for the format)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crosscheck.errors import InputError


@dataclass(frozen=True)
class GoldMention:
    slot_id: str
    unit_id: str
    outlet: str
    quote: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str


@dataclass(frozen=True)
class GoldSlot:
    slot_id: str
    measure: str
    verdict: str
    mentions: tuple[GoldMention, ...]
    group_id: str = ""
    event_id: str = ""
    """The incident; the same id across groups when two groups report one incident."""
    event_overlaps: tuple[str, ...] = ()
    """Events that are parts or wholes of this one ("24 hours of bombardment on Aleppo" holds one strike)."""


def load_gold(path: str | Path) -> list[GoldSlot]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read the gold file: {error.strerror}") from error
    slots: list[GoldSlot] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            group = json.loads(line)
            for slot in group["slots"]:
                mentions = tuple(
                    GoldMention(
                        slot_id=slot["slot_id"],
                        unit_id=str(mention["unit_id"]),
                        outlet=mention.get("source") or "",
                        quote=mention["quote"],
                        value=mention.get("value"),
                        low=mention.get("low"),
                        high=mention.get("high"),
                        qualifier=mention.get("qualifier") or "exact",
                    )
                    for mention in slot["mentions"]
                )
                slots.append(
                    GoldSlot(
                        slot["slot_id"],
                        slot.get("measure", ""),
                        slot["verdict"],
                        mentions,
                        group_id=str(group["group_id"]),
                        event_id=str(slot.get("event_id") or slot["slot_id"]),
                        event_overlaps=tuple(str(e) for e in slot.get("event_overlaps") or ()),
                    )
                )
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise InputError(
                str(path),
                f"not a gold group line ({error!r})",
                line=number,
                hint="each line must be a JSON object with group_id and slots, as in shared/gold/README.md",
            ) from error
    return slots
