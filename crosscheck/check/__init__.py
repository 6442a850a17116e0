"""`crosscheck check`: new articles against what a store establishes, as a CI gate (see checker.py)."""

from __future__ import annotations

from crosscheck.check.checker import CheckOptions, CheckResult, InputProblem, check

__all__ = ["CheckOptions", "CheckResult", "InputProblem", "check"]
