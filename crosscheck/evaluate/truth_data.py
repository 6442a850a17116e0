"""The truth-discovery benchmarks (``../shared/benchmarks/truth-discovery``), read into claims and gold.

Population (Pasternack & Roth, COLING 2010): the conflicting set ``claims_conflicting_gtm.tsv`` (latin-1,
``object`` TAB ``source`` TAB ``value`` TAB ``year``) against ``gold_daz45.txt`` (``city, state, year,
population``); an item is a city-year ("cleveland, ohio_2000").

Flight (Li et al., VLDB 2013): ``claims/<day>.txt`` (``source, flight, scheduled departure, actual departure,
departure gate, scheduled arrival, actual arrival, arrival gate``) against ``gold/<day>.txt`` (the same
without the source); an item is a day's flight and an attribute ("20111201/AA-1007-TPA-MIA"), a value its
time in minutes from the midnight that begins the flight's day (:mod:`crosscheck.evaluate.flight_times`:
a stated date counts, so an overnight arrival is after midnight and another day's flight a day off); a bare
clock time, with no date, is moved by whole days to lie within half a day of the item's most frequent claimed
time. All of a day's flights are estimated, not only those with gold; only those are scored.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from crosscheck.errors import InputError
from crosscheck.evaluate.flight_times import flight_minutes, unwrap
from crosscheck.reliability import Claim

FLIGHT_ATTRIBUTES = {"actual departure": 3, "actual arrival": 6}  # column in a claims row


@dataclass(frozen=True)
class TruthTask:
    """One scored attribute: all its claims, the gold values, and how a hit is judged."""

    name: str
    claims: tuple[Claim, ...]
    gold: dict[str, float]
    near: str  # "1%" (relative) or "10 min" (absolute)
    classes: dict[str, str] = field(default_factory=dict)
    """A class per source where the data says what kind of source it is (Population: an editor who is an IP
    address, "contributor #0 (1.2.3.4)", is "anonymous"; a registered account "registered")."""

    def is_near(self, estimate: float, truth: float) -> bool:
        if self.near == "1%":
            return abs(estimate - truth) <= 0.01 * abs(truth)
        return abs(estimate - truth) <= 10


def load_truth_benchmark(path: Path) -> tuple[str, list[TruthTask]]:
    """The benchmark in ``path`` (a ``population`` or ``flight`` folder): its kind and its tasks."""
    if (path / "claims_conflicting_gtm.tsv").is_file():
        return "population", [population_task(path)]
    if (path / "claims").is_dir() and (path / "gold").is_dir():
        return "flight", _flight(path)
    raise InputError(
        str(path), "not a truth-discovery benchmark folder",
        hint="expected population/ (claims_conflicting_gtm.tsv, gold_daz45.txt) or flight/ (claims/, gold/)",
    )  # fmt: skip


def population_task(path: Path, claims_name: str = "claims_conflicting_gtm.tsv") -> TruthTask:
    """Population's claims from ``claims_name`` (the conflicting set, or ``claims_all_latest.tsv``, every
    city-year, on which Pasternack & Roth report their methods) against the gold rows of its items."""
    claims_path, gold_path = path / claims_name, path / "gold_daz45.txt"
    claims = []
    with claims_path.open(encoding="latin-1", newline="") as handle:
        for line_no, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row:
                continue
            try:
                claims.append(Claim.point(row[0], row[1], float(row[2])))
            except (IndexError, ValueError) as error:
                raise InputError(str(claims_path), f"malformed row: {error}", line=line_no) from error
    if not gold_path.is_file():
        raise InputError(str(gold_path), "missing gold file")
    gold = {}
    with gold_path.open(encoding="latin-1") as handle:
        for line_no, line in enumerate(handle, 1):
            parts = [part.strip() for part in line.rsplit(",", 2)]
            if len(parts) != 3 or not line.strip():
                continue
            try:
                gold[f"{parts[0]}_{parts[1]}".lower()] = float(parts[2])
            except ValueError as error:
                raise InputError(str(gold_path), f"malformed row: {error}", line=line_no) from error
    items = {claim.item for claim in claims}
    classes = {claim.source: _editor_class(claim.source) for claim in claims}
    return TruthTask(
        "population", tuple(claims), {k: v for k, v in gold.items() if k in items}, "1%", classes
    )


def _editor_class(source: str) -> str:
    """Wikipedia's anonymous editors are recorded as contributor #0 with their IP address."""
    return "anonymous" if source.startswith("contributor #0 (") else "registered"


def _flight(path: Path) -> list[TruthTask]:
    days = sorted(p.stem for p in (path / "claims").glob("*.txt"))
    if not days:
        raise InputError(str(path / "claims"), "no <day>.txt claims files")
    raw: dict[str, dict[str, list[tuple[str, int, bool]]]] = {
        name: defaultdict(list) for name in FLIGHT_ATTRIBUTES
    }
    gold_raw: dict[str, dict[str, tuple[int, bool]]] = {name: {} for name in FLIGHT_ATTRIBUTES}
    for day in days:
        flight_day = _day(day, path / "claims" / f"{day}.txt")
        for row in _tsv(path / "claims" / f"{day}.txt"):
            for name, column in FLIGHT_ATTRIBUTES.items():
                read = flight_minutes(row[column], flight_day) if len(row) > column else None
                if read is not None and len(row) > 1:
                    raw[name][f"{day}/{row[1]}"].append((row[0], *read))
        gold_path = path / "gold" / f"{day}.txt"
        if not gold_path.is_file():
            raise InputError(str(gold_path), "missing gold file for a claims day")
        for row in _tsv(gold_path):
            for name, column in FLIGHT_ATTRIBUTES.items():
                read = flight_minutes(row[column - 1], flight_day) if len(row) > column - 1 else None
                if read is not None:
                    gold_raw[name][f"{day}/{row[0]}"] = read
    tasks = []
    for name in FLIGHT_ATTRIBUTES:
        claims, gold = [], {}
        for item, values in sorted(raw[name].items()):
            counts = Counter(minutes for _, minutes, _ in values)
            reference = min(counts, key=lambda v: (-counts[v], v))
            claims += [Claim.point(item, source, _placed(m, dated, reference)) for source, m, dated in values]
            if item in gold_raw[name]:
                gold[item] = float(_placed(*gold_raw[name][item], reference))
        tasks.append(TruthTask(name, tuple(claims), gold, "10 min"))
    return tasks


def _placed(minutes: int, dated: bool, reference: int) -> int:
    """A dated time as it is; a bare clock time moved to within half a day of the item's commonest time."""
    return minutes if dated else unwrap(minutes, reference)


def _day(stem: str, path: Path) -> date:
    try:
        return datetime.strptime(stem, "%Y%m%d").date()
    except ValueError as error:
        raise InputError(str(path), "a claims file must be named by its day, <yyyymmdd>.txt") from error


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [
            [cell.strip() for cell in row]
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]
