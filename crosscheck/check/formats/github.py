"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` annotation per finding,
errors first, escaped as the runner requires (``%``, CR and LF in a message; also ``:`` and ``,`` in a
property such as the file name or title).

GitHub shows at most ``SHOWN_PER_LEVEL`` annotations of each level per step. When a level has more,
:func:`step_summary` gives a Markdown table of every finding, for ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

from crosscheck.check.checker import InputProblem
from crosscheck.check.findings import RULE_BY_ID, CheckFinding
from crosscheck.check.report import Report, detail_lines, where

SHOWN_PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: CheckFinding) -> str:
    properties = [("file", finding.path)]
    if finding.line is not None:
        properties += [("line", str(finding.line)), ("endLine", str(finding.end_line))]
        if finding.end_line == finding.line:
            properties += [("col", str(finding.column)), ("endColumn", str(finding.end_column))]
    properties.append(("title", f"crosscheck {finding.rule}: {RULE_BY_ID[finding.rule].summary}"))
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    message = "\n".join([finding.message, *detail_lines(finding)])
    return f"::{finding.level} {joined}::{escape_data(message)}"


def too_many(report: Report) -> bool:
    return any(count > SHOWN_PER_LEVEL for count in report.counts().values())


def _problem_properties(problem: InputProblem) -> str:
    line = f",line={problem.line}" if problem.line is not None else ""
    return f"file={escape_property(problem.path)}{line}"


def render_github(report: Report) -> str:
    lines = [f"::error {_problem_properties(p)}::{escape_data(p.reason)}" for p in report.problems]
    lines += [annotation(finding) for finding in report.findings]
    if too_many(report):
        lines.append(
            f"More findings than GitHub shows per step ({SHOWN_PER_LEVEL} of each level): every one is in "
            "the step summary when $GITHUB_STEP_SUMMARY is set."
        )
    return "\n".join(lines) + ("\n" if lines else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def step_summary(report: Report) -> str:
    """Every finding as a Markdown table (errors first), for ``$GITHUB_STEP_SUMMARY``."""
    counts = report.counts()
    head = ", ".join(f"{n} {level}(s)" for level, n in counts.items())
    lines = [
        "## crosscheck check",
        "",
        f"{head}; {len(report.result.checked)} article(s) checked.",
        "",
        "| level | where | finding | established | incident |",
        "| --- | --- | --- | --- | --- |",
    ]
    for finding in report.findings:
        established = finding.established.figure if finding.established else ""
        incident = finding.incident.title if finding.incident else ""
        if finding.url:
            incident = f"[{_cell(incident or 'review')}]({finding.url})"
        lines.append(
            f"| {finding.level} | `{_cell(where(finding))}` | {_cell(finding.message)} "
            f"| {_cell(established)} | {incident} |"
        )
    return "\n".join(lines) + "\n"
