"""The `check` command behind the CLI: check, leave out the baseline, render, choose the exit code.

Exit codes, as linters have them (Vale, markdownlint-cli2): 0 when no finding reaches ``--fail-on``; 1 when
one does; 2 when an input could not be read (each is reported on stderr and the rest is checked; 2 wins
over 1, since the gate did not see everything), or for a usage error or a store that cannot be used.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.check.baseline import read_baseline, split, write_baseline
from crosscheck.check.checker import CheckOptions, check
from crosscheck.check.findings import at_least
from crosscheck.check.report import Report
from crosscheck.config import Settings
from crosscheck.errors import ConfigError

if TYPE_CHECKING:
    from crosscheck.ingest import ColumnOptions

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def run_check(args: argparse.Namespace, settings: Settings, columns: ColumnOptions) -> int:
    from crosscheck.check.formats import FORMATS
    from crosscheck.check.formats.github import step_summary, too_many
    from crosscheck.report.write import write_atomic

    if args.update_baseline and args.baseline is None:
        raise ConfigError("--update-baseline needs --baseline FILE: the file to write")
    accepted = read_baseline(args.baseline) if args.baseline and not args.update_baseline else None
    options = CheckOptions(settings, args.ui_url, args.record, columns, args.name)
    result = check(args.paths, args.db, options)
    for problem in result.problems:
        print(f"crosscheck: not checked: {problem}", file=sys.stderr)
    if not args.quiet:
        for warning in result.warnings:
            print(f"crosscheck: warning: {warning}", file=sys.stderr)
        if result.recorded:
            print(f"crosscheck: recorded in {args.db}: {result.recorded}", file=sys.stderr)
    if args.update_baseline:
        write_baseline(args.baseline, result.findings)
        if not args.quiet:
            print(f"crosscheck: wrote {len(result.findings)} finding(s) to {args.baseline}", file=sys.stderr)
        return EXIT_INPUT if result.problems else EXIT_OK
    findings, baselined = split(result.findings, accepted) if accepted is not None else (result.findings, 0)
    report = Report(result, findings, baselined, args.fail_on)
    rendered = FORMATS[args.format](report)
    if args.output:
        write_atomic(Path(args.output), rendered)
    else:
        sys.stdout.write(rendered)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if args.format == "github" and summary and too_many(report):
        with open(summary, "a", encoding="utf-8") as stream:
            stream.write(step_summary(report))
    if result.problems:
        return EXIT_INPUT
    return EXIT_FINDINGS if any(at_least(f.level, args.fail_on) for f in findings) else EXIT_OK
