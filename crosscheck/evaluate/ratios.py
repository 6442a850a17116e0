"""The ratios every gold scorer reports, over counts its dataclass holds under these names."""

from __future__ import annotations


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


class MentionRatios:
    """Mention recall, pair recall and contradiction precision and recall, for a frozen dataclass with the
    fields ``mentions``, ``mentions_found``, ``pairs``, ``pairs_together``, ``contradictions_predicted``,
    ``contradictions_right`` and ``contradictions_gold``."""

    mentions: int
    mentions_found: int
    pairs: int
    pairs_together: int
    contradictions_predicted: int
    contradictions_right: int
    contradictions_gold: int

    @property
    def mention_recall(self) -> float:
        return ratio(self.mentions_found, self.mentions)

    @property
    def pair_recall(self) -> float:
        return ratio(self.pairs_together, self.pairs)

    @property
    def contradiction_precision(self) -> float:
        return ratio(self.contradictions_right, self.contradictions_predicted)

    @property
    def contradiction_recall(self) -> float:
        return ratio(self.contradictions_right, self.contradictions_gold)
