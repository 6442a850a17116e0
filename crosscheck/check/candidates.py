"""The candidates index: for a new claim, the stored claims that may state the same quantity.

Never a scan of the store's claims. For each block of the new claims (:func:`block_key`: the same kind of
event and unit) the store is asked, in SQL, for the current incidents whose days come near the new claims'
times (``max_day_gap`` days of slack, and ``report_lag_days``, since a claim with no time of its own is
about the days up to its article's publication), then, through the index of incidents' claims, for those
incidents' current claims of the block's measures. Only those claims are built, with
their sentences' embeddings read from the store by key; each new claim then meets its ``NEIGHBOURS`` most
similar of them (a dot product of unit vectors, top-k) among those whose time meets its own and that are
similar enough ever to be linked (``min_cosine``). Places are left to the link rules
(:func:`crosscheck.cluster.constraints.link`), which keep apart figures whose own sentences name places
known to differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from crosscheck.cluster.blocking import block_key, event_time
from crosscheck.config import Settings
from crosscheck.model import Claim, Source
from crosscheck.store import Store
from crosscheck.store import rows as store_rows

if TYPE_CHECKING:
    import numpy as np

NEIGHBOURS = 40
"""How many of the most similar stored claims each new claim meets."""
_CHUNK = 400
_CURRENT_NUMERIC = "c.retired_run IS NULL AND c.kind = 'numeric'"


@dataclass
class Block:
    """The stored claims of one block in the new claims' time window, with their sentence vectors."""

    claims: list[Claim]
    vectors: np.ndarray
    spans: list[tuple[int, int]]
    """Each claim's first and last day number (open ends as far-away days)."""


@dataclass
class StoreIndex:
    store: Store
    model: str
    settings: Settings
    exclude_sources: frozenset[str] = frozenset()
    """Stored articles the check replaces (the checked articles' own ids): never candidates."""
    _rows: dict[tuple[date | None, date | None], list[store_rows.Row]] = field(default_factory=dict)
    _sources: dict[str, Source] = field(default_factory=dict)

    def block(self, key: str, claims: Sequence[Claim]) -> Block:
        """The stored claims of block ``key`` whose time may meet one of ``claims``."""
        import numpy as np

        from crosscheck.embed.cache import text_key

        window = _window([span_days(c, self.settings) for c in claims], self.settings)
        found = [
            claim for claim in self.claims_where(key, window) if claim.source_id not in self.exclude_sources
        ]
        vectors = self.store.embeddings(self.model, {text_key(c.sentence) for c in found})
        kept = [c for c in found if text_key(c.sentence) in vectors]
        matrix = (
            np.stack([vectors[text_key(c.sentence)] for c in kept]).astype(np.float32)
            if kept
            else np.zeros((0, 0), dtype=np.float32)
        )
        return Block(kept, matrix, [span_days(c, self.settings) for c in kept])

    def claims_where(self, key: str, window: tuple[date | None, date | None]) -> list[Claim]:
        """The current claims of block ``key`` in the incidents whose days meet ``window``."""
        if window not in self._rows:
            columns = ", ".join(f"c.{name}" for name in store_rows.CLAIM_COLUMNS)
            events = self.events_in(*window)
            found: list[store_rows.Row] = []
            for at in range(0, len(events), _CHUNK):
                chunk = events[at : at + _CHUNK]
                found += self.store.backend.query(
                    f"SELECT {columns} FROM event_claims e JOIN claims c ON c.id = e.claim_id "
                    f"WHERE e.event_id IN ({', '.join('?' for _ in chunk)}) AND {_CURRENT_NUMERIC}",
                    chunk,
                )
            self._rows[window] = sorted(set(found))
        measure, unit = _COLUMN.index("measure"), _COLUMN.index("unit")
        return self.build([row for row in self._rows[window] if _block_of(row[measure], row[unit]) == key])

    def events_in(self, first: date | None, last: date | None) -> list[str]:
        """The current incidents whose days come within ``report_lag_days`` of ``[first, last]`` (or that have
        no days): they hold every claim that may meet it. Incidents are few and their rows small: this is
        the index that keeps the claims' table from being scanned."""
        lag = timedelta(days=self.settings.report_lag_days)
        sql = "SELECT id FROM events WHERE retired_run IS NULL"
        params: list[str] = []
        if last is not None:
            sql += " AND (start_day IS NULL OR start_day <= ?)"
            params.append((last + lag).isoformat())
        if first is not None:
            sql += " AND (end_day IS NULL OR end_day >= ?)"
            params.append((first - lag).isoformat())
        return [event_id for (event_id,) in self.store.backend.query(sql + " ORDER BY id", params)]

    def claims_by_id(self, ids: Iterable[str]) -> list[Claim]:
        wanted = sorted(set(ids))
        columns = ", ".join(store_rows.CLAIM_COLUMNS)
        found: list[store_rows.Row] = []
        for at in range(0, len(wanted), _CHUNK):
            chunk = wanted[at : at + _CHUNK]
            sql = f"SELECT {columns} FROM claims WHERE id IN ({', '.join('?' for _ in chunk)})"
            found += self.store.backend.query(sql, chunk)
        return self.build(sorted(found))

    def build(self, found: list[store_rows.Row]) -> list[Claim]:
        """Claims from rows, their sources read once each."""
        missing = {row[1] for row in found} - set(self._sources)
        for source in self.store.sources(missing):
            self._sources[source.id] = source
        return [store_rows.claim_of(row, self._sources[row[1]]) for row in found]


_FAR = 10**7
_COLUMN = store_rows.CLAIM_COLUMNS


@lru_cache(maxsize=4096)
def _block_of(measure: str | None, unit: str | None) -> str | None:
    return block_key(Claim(Source("", ""), "numeric", 0, 0, 0, 0, "", measure=measure, unit=unit))


def span_days(claim: Claim, settings: Settings) -> tuple[int, int]:
    """A claim's first and last day as day numbers; unknown ends far away (an undated claim meets all)."""
    span = event_time(claim, settings.report_lag_days)
    start = span.start.toordinal() if span and span.start else -_FAR
    end = span.end.toordinal() if span and span.end else _FAR
    return start, end


def meets(a: tuple[int, int], b: tuple[int, int], gap: int) -> bool:
    return a[0] <= b[1] + gap and b[0] <= a[1] + gap


def _window(spans: list[tuple[int, int]], settings: Settings) -> tuple[date | None, date | None]:
    """The days any stored claim must touch to meet one of the spans (None: unbounded)."""
    gap = settings.max_day_gap
    low, high = min(s[0] for s in spans) - gap, max(s[1] for s in spans) + gap
    first = date.fromordinal(low) if low > 0 else None
    last = date.fromordinal(high) if high < _FAR - gap else None
    return first, last


def nearest(
    vector: np.ndarray, span: tuple[int, int], block: Block, settings: Settings, k: int = NEIGHBOURS
) -> list[tuple[int, float]]:
    """The block's ``k`` claims most similar to ``vector`` among those whose time meets ``span``, with
    their cosine, most similar first."""
    import numpy as np

    if not block.claims:
        return []
    similarity = block.vectors @ vector
    starts = np.array([s[0] for s in block.spans])
    ends = np.array([s[1] for s in block.spans])
    gap = settings.max_day_gap
    usable = (starts <= span[1] + gap) & (span[0] <= ends + gap) & (similarity >= settings.min_cosine)
    similarity = np.where(usable, similarity, -np.inf)
    take = min(k, len(block.claims))
    best = np.argpartition(-similarity, take - 1)[:take]
    ranked = sorted(((int(i), float(similarity[i])) for i in best if usable[i]), key=lambda p: (-p[1], p[0]))
    return ranked
