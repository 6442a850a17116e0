"""JUnit XML: a test suite per checked article, a test case per finding (a failure when it reaches
``--fail-on``, else a passing case that says what it found), a passing case for an article with no
finding, an error case for an input that could not be read."""

from __future__ import annotations

from collections import defaultdict
from xml.etree import ElementTree as ET

from crosscheck.check.findings import CheckFinding
from crosscheck.check.report import Report, detail_lines, where


def _case(suite: ET.Element, name: str, classname: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", {"name": name, "classname": classname, "time": "0"})


def _finding_case(suite: ET.Element, finding: CheckFinding, report: Report) -> bool:
    case = _case(suite, f"{finding.rule} at {where(finding)}: '{finding.quote}'", finding.path)
    text = "\n".join([finding.message, *detail_lines(finding)])
    if report.fails(finding):
        failure = ET.SubElement(case, "failure", {"message": finding.message, "type": finding.level})
        failure.text = text
        return True
    ET.SubElement(case, "system-out").text = f"{finding.level}: {text}"
    return False


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", {"name": "crosscheck check"})
    by_path: dict[str, list[CheckFinding]] = defaultdict(list)
    for finding in report.findings:
        by_path[finding.path].append(finding)
    paths = sorted(set(report.result.checked) | set(by_path))
    for path in paths:
        suite = ET.SubElement(root, "testsuite", {"name": path})
        findings = by_path.get(path, [])
        failures = sum(_finding_case(suite, finding, report) for finding in findings)
        if not findings:
            _case(suite, "no findings", path)
        suite.attrib.update(tests=str(max(1, len(findings))), failures=str(failures), errors="0", skipped="0")
    for problem in report.problems:
        suite = ET.SubElement(root, "testsuite", {"name": problem.path, "tests": "1", "failures": "0"})
        suite.attrib.update(errors="1", skipped="0")
        error = ET.SubElement(_case(suite, "read", problem.path), "error", {"message": problem.reason})
        error.text = str(problem)
    suites = list(root)
    for name in ("tests", "failures", "errors"):
        root.set(name, str(sum(int(s.get(name, "0")) for s in suites)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
