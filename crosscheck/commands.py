"""One handler per CLI command: each calls one library function and renders its result."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.model import Skipped

if TYPE_CHECKING:
    from crosscheck.ingest import ColumnOptions


def demo_corpus_path() -> Path:
    """The demo corpus folder bundled in the package."""
    return Path(str(resources.files("crosscheck") / "data" / "demo"))


def _settings(args: argparse.Namespace) -> Settings:
    from crosscheck.embed.cache import default_cache_dir

    cache_dir = None if getattr(args, "no_cache", False) else str(args.cache_dir or default_cache_dir())
    values: dict[str, object] = {
        "embedder": args.embedder,
        "cache_dir": cache_dir,
        "progress": not args.quiet,
    }
    if getattr(args, "tolerance", None) is not None:
        values["rounding_tolerance"] = args.tolerance
    if getattr(args, "news_cycle_days", None) is not None:
        values["news_cycle_days"] = args.news_cycle_days
    if getattr(args, "article_seconds", None) is not None:
        values["article_seconds"] = args.article_seconds
    return Settings(**values).validate()  # type: ignore[arg-type]


def _columns(args: argparse.Namespace) -> ColumnOptions:
    from crosscheck.ingest import ColumnOptions

    return ColumnOptions(
        id_col=args.id_col,
        text_col=args.text_col,
        title_col=args.title_col,
        outlet_col=args.outlet_col,
        date_col=args.date_col,
        location_col=args.location_col,
        url_col=args.url_col,
    )


def _warn_inputs(skipped: Sequence[Skipped], warnings: Sequence[str], quiet: bool) -> None:
    for item in skipped:
        where = f"{item.path}:{item.line}" if item.line is not None else item.path
        print(f"crosscheck: skipped {where}: {item.reason}", file=sys.stderr)
    if not quiet:
        for warning in warnings:
            print(f"crosscheck: warning: {warning}", file=sys.stderr)


def _run(
    paths: list[str],
    args: argparse.Namespace,
    name: str | None,
    columns: ColumnOptions | None,
    relative_to: Path | None = None,
) -> int:
    from crosscheck.pipeline import run

    result = run(
        paths,
        settings=_settings(args),
        columns=columns,
        name=name,
        out_dir=args.out,
        claims_path=args.claims,
        relative_to=relative_to,
        db=getattr(args, "db", None),
    )
    context = result.context
    _warn_inputs(context.skipped, context.warnings, args.quiet)
    counts = ", ".join(f"{count} {verdict}" for verdict, count in context.summary.verdicts)
    print(
        f"{context.corpus_name}: {len(context.sources)} sources, {len(context.claims)} claims, "
        f"{len(context.clusters)} clusters ({counts}), {len(context.findings)} internal findings, "
        f"{len(context.skipped)} skipped"
    )
    for kind, path in result.written.items():
        print(f"  {kind}: {path}")
    if result.stored is not None:
        print(f"  store: {result.stored.where} ({result.stored.describe()})")
    return 0


def run_command(args: argparse.Namespace) -> int:
    return _run(args.paths, args, args.name, _columns(args))


def demo_command(args: argparse.Namespace) -> int:
    folder = demo_corpus_path()
    return _run([str(folder)], args, "demo", None, relative_to=folder.parent)


def extract_command(args: argparse.Namespace) -> int:
    from crosscheck.pipeline import extract_with, load
    from crosscheck.progress import Progress
    from crosscheck.report.json_report import claim_to_dict

    seconds = Settings().article_seconds if args.article_seconds is None else args.article_seconds
    settings = Settings(article_seconds=seconds, progress=False).validate()
    corpus = load(args.paths, _columns(args), args.name)
    extraction = extract_with(corpus, settings, Progress(enabled=False))
    _warn_inputs(extraction.corpus.skipped, extraction.corpus.warnings, quiet=False)
    out = sys.stdout
    if args.format == "jsonl":
        for claim in extraction.claims:
            out.write(json.dumps(claim_to_dict(claim), ensure_ascii=False, sort_keys=True) + "\n")
        return 0
    for claim in extraction.claims:
        interval = f"[{_num(claim.low)}, {_num(claim.high)}]" if claim.kind == "numeric" else ""
        fields = [
            claim.id,
            claim.kind,
            claim.qualifier or "",
            interval,
            claim.unit or "",
            claim.measure or "",
        ]
        fields += [claim.attribution or "", claim.quote.replace("\n", " ")]
        out.write("\t".join(fields) + "\n")
    return 0


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def eval_command(args: argparse.Namespace) -> int:
    if args.benchmark == "newsquant":
        from crosscheck.evaluate.newsquant import evaluate_newsquant, render_newsquant

        print(render_newsquant(evaluate_newsquant(args.path)))
        return 0
    if args.benchmark == "truth":
        from crosscheck.evaluate.truth import evaluate_truth, render_truth

        print(render_truth(*evaluate_truth(args.path)))
        return 0
    from crosscheck.evaluate.gold import evaluate_gold
    from crosscheck.evaluate.gold_report import render_gold

    corpus_path = (
        args.corpus or args.path.resolve().parent.parent / "corpora" / "fa-kes" / "FA-KES-Dataset.csv"
    )
    result = evaluate_gold(
        args.path,
        corpus_path,
        settings=_settings(args),
        baseline=not args.no_baseline,
        cross_validate=not args.no_cv,
    )
    print(render_gold(result))
    return 0


def users_command(args: argparse.Namespace) -> int:
    from crosscheck.review.cli_commands import users_command

    return users_command(args)


def serve_command(args: argparse.Namespace) -> int:
    from crosscheck.review.cli_commands import serve_command

    return serve_command(args)


def export_command(args: argparse.Namespace) -> int:
    from crosscheck.review.cli_commands import export_command

    return export_command(args)


def check_command(args: argparse.Namespace) -> int:
    from crosscheck.check.command import run_check

    return run_check(args, _settings(args), _columns(args))


HANDLERS = {
    "demo": demo_command,
    "run": run_command,
    "extract": extract_command,
    "eval": eval_command,
    "users": users_command,
    "serve": serve_command,
    "export": export_command,
    "check": check_command,
}


def dispatch(args: argparse.Namespace) -> int:
    handler = HANDLERS.get(args.command)
    if handler is None:
        raise ConfigError(f"unknown command {args.command!r}: use one of {', '.join(sorted(HANDLERS))}")
    return handler(args)
