"""What the formats render: the findings left after the baseline, and how the gate ends."""

from __future__ import annotations

from dataclasses import dataclass

from crosscheck.check.checker import CheckResult, InputProblem
from crosscheck.check.findings import CheckFinding, Established, at_least


@dataclass(frozen=True)
class Report:
    result: CheckResult
    findings: tuple[CheckFinding, ...]
    """The findings not in the baseline, errors first."""
    baselined: int = 0
    """Findings the baseline accepted."""
    fail_on: str = "error"

    @property
    def problems(self) -> tuple[InputProblem, ...]:
        return self.result.problems

    def fails(self, finding: CheckFinding) -> bool:
        return at_least(finding.level, self.fail_on)

    def counts(self) -> dict[str, int]:
        found = {"error": 0, "warning": 0, "notice": 0}
        for finding in self.findings:
            found[finding.level] += 1
        return found


def established_lines(established: Established | None) -> list[str]:
    """The figure a finding is held against and who gives it, one line each."""
    if established is None:
        return []
    basis = "established by review" if established.basis == "reviewed" else "stated by the sources"
    head = f"figure {established.figure} ({basis}"
    if established.figure_source:
        head += f"; source: {established.figure_source}"
    lines = [head + f"; {established.independent_sources} independent source(s))"]
    for ref in established.sources:
        who = f", per {ref.claimant}" if ref.claimant else ""
        lines.append(f"- {ref.outlet}, {ref.date or 'undated'}{who}: '{ref.quote}'")
    return lines


def detail_lines(finding: CheckFinding) -> list[str]:
    lines = established_lines(finding.established)
    if finding.incident is not None:
        lines.append(f"incident: {finding.incident.title or finding.incident.id} ({finding.incident.id})")
    if finding.url:
        lines.append(f"review: {finding.url}")
    return lines


def where(finding: CheckFinding) -> str:
    if finding.line is None:
        return finding.path
    return f"{finding.path}:{finding.line}:{finding.column}"
