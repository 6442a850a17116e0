"""Pipeline parameters: stored as given, validated in one place (scikit-learn style)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from crosscheck.errors import ConfigError

EMBEDDERS = ("minilm", "fake")
LINKAGES = ("average", "complete", "single")
_NOT_ANALYSIS = frozenset(
    {"cache_dir", "progress", "article_seconds", "dense_numbers", "dense_sentences", "dense_actors"}
)


@dataclass(frozen=True)
class Settings:
    """Every tunable of a run. Call :meth:`validate` before use; the pipeline does."""

    embedder: str = "minilm"
    """"minilm" (the packaged all-MiniLM-L6-v2), "fake" (deterministic, for tests), or a model path."""
    cache_dir: str | None = None
    """Where embeddings are cached by content hash; None disables the cache."""
    rounding_tolerance: float = 0.05
    """Two figures 'agree' when they differ by at most this fraction of the larger one."""
    about_tolerance: float = 0.1
    """"about N" and "nearly N" allow N within this fraction (about: either side; nearly: below)."""
    absolute_tolerance: float = 1.0
    """...or by at most this many units (so 7 and 8 agree when the tolerance allows)."""
    min_cosine: float = 0.35
    """Claims whose sentences are less similar than this are never clustered, whatever else they share."""
    link_threshold: float = 0.42
    """Minimum probability that two claims state one quantity (crosscheck.cluster.similarity) to be
    clustered together."""
    max_day_gap: int = 2
    """Claims whose times are further apart than this many days are different events."""
    news_cycle_days: int = 2
    """Claims from articles published more than this many days apart are kept apart: a figure repeated
    in a later news cycle ("IS also claimed the October 2 attack that killed 17") is clustered with its
    own cycle's reports, not with the first ones."""
    report_lag_days: int = 3
    """A figure with no time of its own is taken to be about the days up to this many before publication."""
    merge_link: float = 0.93
    """Two groups are joined when one pair across them is at least this likely to state one quantity."""
    update_link: float = 0.5
    """...or, when one of the pair is a later, higher figure for a rising toll, at least this likely."""
    linkage: str = "average"
    """How clusters grow inside a block (scikit-learn's agglomerative linkage). A pair a rule keeps apart
    can never share a cluster, whatever the linkage."""
    article_seconds: float | None = 60.0
    """How long one article may be read; past it, the article is reported as partly read (a warning says
    where reading stopped), its claims so far are kept, and the run goes on. None: no limit. A machine's
    speed, like the cache's place, is no part of the analysis a report records."""
    dense_numbers: int | None = 270
    """The most numbers read within any 8,000 characters of an article: a denser stretch is no prose (a
    flattened table, a corrupted feed, hostile input) and is not read, and a warning says where
    (:mod:`crosscheck.extract.dense`). None: no limit. Like the time budget, a limit on reading, not part
    of the analysis a report records: its warning says when it changed what was read."""
    dense_sentences: int | None = 220
    """The most sentences read within any 8,000 characters, as ``dense_numbers``."""
    dense_actors: int | None = 330
    """The most names of actors ("IS", "the regime") read within any 8,000 characters, as
    ``dense_numbers``."""
    progress: bool = True

    def validate(self) -> Settings:
        problems: list[str] = []
        if self.embedder not in EMBEDDERS and not Path(self.embedder).exists():
            problems.append(
                f"embedder={self.embedder!r}: use one of {', '.join(EMBEDDERS)} "
                "or the path of a sentence-transformers model folder"
            )
        for name in (
            "rounding_tolerance",
            "about_tolerance",
            "link_threshold",
            "min_cosine",
            "merge_link",
            "update_link",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                problems.append(f"{name}={value!r}: must be between 0 and 1")
        if self.absolute_tolerance < 0:
            problems.append(f"absolute_tolerance={self.absolute_tolerance!r}: must be >= 0")
        for name in ("max_day_gap", "news_cycle_days", "report_lag_days"):
            if getattr(self, name) < 0:
                problems.append(f"{name}={getattr(self, name)!r}: must be >= 0")
        if self.article_seconds is not None and not self.article_seconds > 0:
            problems.append(f"article_seconds={self.article_seconds!r}: must be a number of seconds > 0")
        for name in ("dense_numbers", "dense_sentences", "dense_actors"):
            limit = getattr(self, name)
            if limit is not None and (not isinstance(limit, int) or limit < 1):
                problems.append(f"{name}={limit!r}: must be a whole number >= 1, or None for no limit")
        if self.linkage not in LINKAGES:
            problems.append(f"linkage={self.linkage!r}: use one of {', '.join(LINKAGES)}")
        if problems:
            raise ConfigError("invalid settings: " + "; ".join(problems))
        return self

    def as_dict(self) -> dict[str, object]:
        """The parameters that shape the analysis, as a report records them: not where the cache lives or
        whether progress is shown, so that a report does not depend on the machine that made it."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_ANALYSIS}
