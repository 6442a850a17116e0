"""Truth discovery: from many sources' conflicting figures, each item's likely value and each source's
reliability (with an interval), bias, and copy groups. Pure functions over a table of claims."""

from crosscheck.reliability.baselines import majority_vote, median_value
from crosscheck.reliability.copies import CopySettings
from crosscheck.reliability.discover import Settings, discover
from crosscheck.reliability.numeric import NumericLoss
from crosscheck.reliability.table import Tolerance
from crosscheck.reliability.types import Claim, Estimate, SourceReliability, TruthResult
from crosscheck.reliability.weights import WeightSettings

__all__ = [
    "Claim", "CopySettings", "Estimate", "NumericLoss", "Settings", "SourceReliability", "Tolerance",
    "TruthResult", "WeightSettings", "discover", "majority_vote", "median_value",
]  # fmt: skip
