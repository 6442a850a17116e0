"""Renderers of a check's findings: text, GitHub workflow commands, SARIF 2.1.0, JUnit XML, JSON."""

from __future__ import annotations

from collections.abc import Callable

from crosscheck.check.formats.github import render_github
from crosscheck.check.formats.json_format import render_json
from crosscheck.check.formats.junit import render_junit
from crosscheck.check.formats.sarif import render_sarif
from crosscheck.check.formats.text import render_text
from crosscheck.check.report import Report

FORMATS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "github": render_github,
    "sarif": render_sarif,
    "junit": render_junit,
    "json": render_json,
}

__all__ = ["FORMATS", "Report"]
