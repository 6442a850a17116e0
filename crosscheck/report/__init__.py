"""The report stage: one :class:`ReportContext`, rendered as JSON (the public contract), Markdown and HTML."""

from __future__ import annotations

from crosscheck.report.context import ReportContext, ReportSummary, build_report
from crosscheck.report.html import render_html
from crosscheck.report.json_report import SCHEMA_VERSION, claim_to_dict, render_json, to_json_dict
from crosscheck.report.markdown import render_markdown
from crosscheck.report.schema import ReportValidationError, load_schema, validate_report
from crosscheck.report.write import write_claims_jsonl, write_report

__all__ = [
    "SCHEMA_VERSION",
    "ReportContext",
    "ReportSummary",
    "ReportValidationError",
    "build_report",
    "claim_to_dict",
    "load_schema",
    "render_html",
    "render_json",
    "render_markdown",
    "to_json_dict",
    "validate_report",
    "write_claims_jsonl",
    "write_report",
]
