"""JSON: every finding with all it carries, the inputs not checked, and the counts."""

from __future__ import annotations

import json
from dataclasses import asdict

from crosscheck.check.report import Report

JSON_VERSION = 1


def render_json(report: Report) -> str:
    document = {
        "version": JSON_VERSION,
        "fail_on": report.fail_on,
        "checked": list(report.result.checked),
        "figures": report.result.figures,
        "counts": report.counts(),
        "baselined": report.baselined,
        "problems": [asdict(p) for p in report.problems],
        "findings": [asdict(f) for f in report.findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
