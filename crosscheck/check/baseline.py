"""A baseline of accepted findings: ``--baseline FILE`` leaves out the findings it records,
``--update-baseline`` writes every current finding to it.

A finding is recorded by its file and fingerprint (rule, quote, measure and incident; never a line or an
offset), so inserting or removing lines above a quote keeps it accepted. Each entry accepts one finding:
a second, identical quote in the same file is new. The file is JSON, sorted, so that it diffs well.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from crosscheck.check.findings import CheckFinding
from crosscheck.errors import InputError

BASELINE_VERSION = 1


def read_baseline(path: Path) -> Counter[tuple[str, str]]:
    """(file, fingerprint) -> how many findings the baseline accepts; an absent file accepts none."""
    if not path.exists():
        return Counter()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        entries = document["findings"]
        return Counter((str(entry["path"]), str(entry["fingerprint"])) for entry in entries)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(
            str(path), f"not a crosscheck baseline ({error})", hint="write one with --update-baseline"
        ) from error


def split(
    findings: Sequence[CheckFinding], accepted: Counter[tuple[str, str]]
) -> tuple[tuple[CheckFinding, ...], int]:
    """The findings the baseline does not accept, and how many it did."""
    left = Counter(accepted)
    new: list[CheckFinding] = []
    for finding in findings:
        key = (finding.path, finding.fingerprint)
        if left[key] > 0:
            left[key] -= 1
        else:
            new.append(finding)
    return tuple(new), len(findings) - len(new)


def baseline_text(findings: Sequence[CheckFinding]) -> str:
    entries = sorted(
        ({"path": f.path, "fingerprint": f.fingerprint, "rule": f.rule, "quote": f.quote} for f in findings),
        key=lambda e: (e["path"], e["rule"], e["quote"], e["fingerprint"]),
    )
    return json.dumps({"version": BASELINE_VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: Path, findings: Sequence[CheckFinding]) -> None:
    from crosscheck.report.write import write_atomic

    write_atomic(path, baseline_text(findings))
