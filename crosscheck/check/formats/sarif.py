"""SARIF 2.1.0 (the OASIS schema, validated in tests/check): one rule per kind of finding with its help
text, one result per finding, located by line and column (Unicode code points, ``columnKind``), with a
``partialFingerprints`` entry that does not depend on the line (rule, quote, measure, incident), so code
scanning follows a finding when lines move. Inputs not checked are tool execution notifications."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from crosscheck import __version__
from crosscheck.check.findings import RULES, CheckFinding
from crosscheck.check.report import Report, detail_lines

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT = "crosscheckFinding/v1"
_LEVELS = {"error": "error", "warning": "warning", "notice": "note"}


def artifact_uri(path: str) -> str:
    given = Path(path)
    if given.is_absolute():
        return given.as_uri()
    return quote(given.as_posix(), safe="/-._~")


def _rule(index: int) -> dict[str, Any]:
    rule = RULES[index]
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.help},
        "help": {"text": rule.help, "markdown": f"**{rule.summary}**\n\n{rule.help}"},
        "defaultConfiguration": {"level": _LEVELS[rule.level]},
    }


def _result(finding: CheckFinding) -> dict[str, Any]:
    index = next(i for i, rule in enumerate(RULES) if rule.id == finding.rule)
    location: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(finding.path)}}
    if finding.line is not None:
        location["region"] = {
            "startLine": finding.line,
            "startColumn": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
            "snippet": {"text": finding.quote},
        }
    properties: dict[str, Any] = {"claimId": finding.claim_id, "figure": finding.figure}
    if finding.measure:
        properties["measure"] = finding.measure
    if finding.established is not None:
        properties["established"] = {
            "figure": finding.established.figure,
            "basis": finding.established.basis,
            "independentSources": finding.established.independent_sources,
            "sources": [
                {"outlet": r.outlet, "claimant": r.claimant, "date": r.date, "quote": r.quote}
                for r in finding.established.sources
            ],
        }
    if finding.incident is not None:
        properties["incident"] = {"id": finding.incident.id, "title": finding.incident.title}
    if finding.cluster_id:
        properties["clusterId"] = finding.cluster_id
    if finding.url:
        properties["reviewUrl"] = finding.url
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": _LEVELS[finding.level],
        "message": {"text": "\n".join([finding.message, *detail_lines(finding)])},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {FINGERPRINT: finding.fingerprint},
        "properties": properties,
    }


def render_sarif(report: Report) -> str:
    notifications = [
        {
            "level": "error",
            "message": {"text": problem.reason},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(problem.path)}}}],
        }
        for problem in report.problems
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": __version__,
                        "rules": [_rule(i) for i in range(len(RULES))],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {
                        "executionSuccessful": not report.problems,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "results": [_result(finding) for finding in report.findings],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
