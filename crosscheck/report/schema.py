"""The JSON Schema of report.json (shipped as package data) and a validator that explains itself."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from crosscheck.errors import CrosscheckError

MAX_LISTED = 20


class ReportValidationError(CrosscheckError):
    """A report does not follow schema.json."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_LISTED]
        more = f"\n  ... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
        super().__init__(
            f"report does not match crosscheck/report/schema.json ({len(problems)} problem(s)):\n  "
            + "\n  ".join(shown)
            + more
            + "\nregenerate it with this version of crosscheck, or fix the fields listed"
        )


@cache
def _schema_text() -> str:
    return resources.files("crosscheck.report").joinpath("schema.json").read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """A fresh copy of the schema (callers may modify it)."""
    return json.loads(_schema_text())


def validate_report(data: dict[str, Any]) -> None:
    """Raise :class:`ReportValidationError` listing every violation; return None when valid."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema())
    problems = []
    for error in sorted(
        validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)
    ):
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        problems.append(f"{where}: {error.message}")
    if problems:
        raise ReportValidationError(problems)
