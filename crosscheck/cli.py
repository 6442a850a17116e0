"""The command line: parse, call one library function, render, map errors to exit codes.

Exit codes: 0 done; 1 findings (`check`); 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from crosscheck import __version__
from crosscheck.errors import CrosscheckError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _add_analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, help="report folder (default: reports/<corpus name>/)")
    parser.add_argument("--claims", type=Path, help="claims JSONL file (default: claims/<corpus name>.jsonl)")
    parser.add_argument(
        "--embedder",
        default="minilm",
        help='"minilm" (packaged all-MiniLM-L6-v2, default), "fake" (deterministic, no model), '
        "or the path of a sentence-transformers model folder",
    )
    parser.add_argument("--cache-dir", type=Path, help="embedding cache (default: ~/.cache/crosscheck)")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    parser.add_argument(
        "--tolerance",
        type=float,
        default=None,
        help="relative rounding tolerance under which two rounded figures agree (default 0.05)",
    )
    parser.add_argument(
        "--news-cycle-days",
        type=int,
        default=None,
        metavar="DAYS",
        help="claims from articles published more than DAYS apart are never clustered (default 2)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr")
    _add_budget_option(parser)


def _add_budget_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--article-seconds",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time budget per article; an article not read by then is reported as partly read, its claims "
        "so far kept (default 60)",
    )


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="folders, article files, or a CSV/JSONL corpus"
    )
    parser.add_argument("--name", help="corpus name (default: the input's file or folder name)")
    for column in ("id", "text", "title", "outlet", "date", "location", "url"):
        parser.add_argument(
            f"--{column}-col", metavar="COLUMN", help=f"the {column} column of a CSV/JSONL corpus"
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crosscheck",
        description="Cross-check the figures that news outlets report: where they agree, are compatible, "
        "update one another, or contradict.",
    )
    parser.add_argument("--version", action="version", version=f"crosscheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="run the bundled demo corpus (offline) and write its report")
    _add_analysis_options(demo)

    run = commands.add_parser("run", help="analyse a corpus and write report.json, report.md, report.html")
    _add_input_options(run)
    _add_analysis_options(run)
    run.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="also write the run (sources, claims, incidents, clusters, embeddings) to this store: an SQLite "
        "file, created if missing, or a postgresql:// URL; a later run adds to it",
    )

    extract = commands.add_parser("extract", help="print the claims found in the inputs")
    _add_input_options(extract)
    extract.add_argument("--format", choices=("jsonl", "table"), default="jsonl", help="output format")
    _add_budget_option(extract)

    evaluate = commands.add_parser("eval", help="measure crosscheck against a benchmark")
    benchmarks = evaluate.add_subparsers(dest="benchmark", required=True, metavar="BENCHMARK")
    newsquant = benchmarks.add_parser(
        "newsquant", help="quantity extraction on NewsQuant (value, value+unit)"
    )
    newsquant.add_argument("path", type=Path, help="NewsQuant.json")
    gold = benchmarks.add_parser("gold", help="clustering and verdicts against a gold JSONL of FA-KES slots")
    gold.add_argument("path", type=Path, help="gold JSONL (e.g. fa-kes-dev.jsonl)")
    gold.add_argument(
        "--corpus",
        type=Path,
        help="the FA-KES CSV (default: ../corpora/fa-kes/FA-KES-Dataset.csv beside the gold)",
    )
    gold.add_argument("--embedder", default="minilm", help="as for `run`")
    gold.add_argument("--cache-dir", type=Path, help="embedding cache (default: ~/.cache/crosscheck)")
    gold.add_argument("--no-baseline", action="store_true", help="skip the plain-embedding baseline")
    gold.add_argument(
        "--no-cv", action="store_true", help="skip the group k-fold cross-validation of the fitted models"
    )
    gold.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")
    truth = benchmarks.add_parser(
        "truth",
        help="truth discovery against majority vote, median and published fact-finders, side by side "
        "(Population or Flight benchmark)",
    )
    truth.add_argument("path", type=Path, help="the benchmark folder (truth-discovery/population or /flight)")
    _add_review_commands(commands)
    _add_check_command(commands)
    return parser


def _add_review_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db_help = "the store (an SQLite file or a postgresql:// URL) made by `crosscheck run CORPUS --db`"
    users = commands.add_parser("users", help="reviewers' accounts in a store")
    actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", help="add a user; the password is read from the terminal, or from stdin when piped"
    )
    add.add_argument("name", help="the user's login name")
    add.add_argument("--role", required=True, choices=("viewer", "reviewer", "admin"))
    add.add_argument("--db", required=True, metavar="PATH_OR_URL", help=db_help)

    serve = commands.add_parser("serve", help="the review web UI on a store")
    serve.add_argument("--db", required=True, metavar="PATH_OR_URL", help=db_help)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    export = commands.add_parser(
        "export", help="the reviewed figures of a store as ClaimReview JSON-LD, CSV or JSONL"
    )
    export.add_argument("--db", required=True, metavar="PATH_OR_URL", help=db_help)
    export.add_argument(
        "--format",
        required=True,
        choices=("claimreview", "csv", "jsonl"),
        help="ClaimReview JSON-LD (schema.org), CSV for spreadsheets, or JSON lines",
    )
    export.add_argument(
        "--status",
        action="append",
        choices=("unreviewed", "in progress", "reviewed", "published"),
        help="export the figures whose review has this status (repeatable; default: reviewed and published)",
    )
    export.add_argument("--output", "-o", type=Path, help="write to this file (default: standard output)")


def _add_check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="check new articles against a store: a CI gate (exit 1 on findings that reach --fail-on)",
        description="Check new articles against what a store establishes: each figure that contradicts a "
        "reviewed figure (error), contradicts what independent sources agree on (warning), or updates a "
        "figure or states one nobody else has (notice), on the line and column that states it. Exit codes: "
        "0 nothing reaches --fail-on, 1 something does, 2 an input could not be read (the rest is checked) "
        "or a usage or store error. The store is read-only unless --record.",
    )
    _add_input_options(check)
    check.add_argument(
        "--db", default="crosscheck.db", metavar="PATH_OR_URL",
        help="the store made by `crosscheck run CORPUS --db` (default crosscheck.db)",
    )  # fmt: skip
    check.add_argument(
        "--format", choices=("text", "github", "sarif", "junit", "json"), default="text",
        help="text (default), github (workflow command annotations), sarif (2.1.0), junit (XML), json",
    )  # fmt: skip
    check.add_argument("--output", type=Path, metavar="FILE", help="write the report here instead of stdout")
    check.add_argument(
        "--fail-on", choices=("error", "warning", "notice", "never"), default="error",
        help="the lowest level that makes the exit code 1 (default error)",
    )  # fmt: skip
    check.add_argument(
        "--baseline", type=Path, metavar="FILE", help="leave out the findings recorded in this file"
    )
    check.add_argument(
        "--update-baseline", action="store_true",
        help="write every current finding to the --baseline file (exit 0 unless an input is unreadable)",
    )  # fmt: skip
    check.add_argument(
        "--record", action="store_true",
        help="also add the checked articles to the store: each figure into the stored cluster it matched, "
        "every cluster and incident that changes judged again over all its members",
    )  # fmt: skip
    check.add_argument(
        "--ui-url", metavar="URL",
        help="the review UI's address (as `crosscheck serve` gives it): each finding links its cluster",
    )  # fmt: skip
    check.add_argument("--embedder", default="minilm", help="as for `run`; must be the store's embedder")
    check.add_argument("--cache-dir", type=Path, help="embedding cache (default: ~/.cache/crosscheck)")
    check.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    check.add_argument("--quiet", "-q", action="store_true", help="no warnings or notes on stderr")
    _add_budget_option(check)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from crosscheck import commands

    try:
        return commands.dispatch(args)
    except CrosscheckError as error:
        print(f"crosscheck: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
