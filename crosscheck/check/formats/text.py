"""Plain text, one finding a block: ``path:line:column: level: message [rule]``, then its details."""

from __future__ import annotations

from crosscheck.check.report import Report, detail_lines, where


def render_text(report: Report) -> str:
    out: list[str] = []
    for problem in report.problems:
        out.append(f"{problem}: not checked")
    for finding in report.findings:
        out.append(f"{where(finding)}: {finding.level}: {finding.message} [{finding.rule}]")
        out += [f"    {line}" for line in detail_lines(finding)]
    counts = report.counts()
    summary = ", ".join(f"{n} {level}{'s' if n != 1 else ''}" for level, n in counts.items())
    checked = len(report.result.checked)
    tail = f"{checked} article(s), {report.result.figures} figure(s) checked: {summary}"
    if report.baselined:
        tail += f" ({report.baselined} more in the baseline)"
    if report.problems:
        tail += f"; {len(report.problems)} input(s) not checked"
    out.append(tail)
    return "\n".join(out) + "\n"
