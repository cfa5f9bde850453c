"""The command line: `iacreview check|rules|explain`. Exit 0 clean, 1 findings, 2 usage or internal error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iacreview import __version__

FORMATS = ("text", "json")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iacreview", description="A static review linter for infrastructure-as-code."
    )
    parser.add_argument("--version", action="version", version=f"iacreview {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="report findings for files and folders")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--select", type=_csv, help="rule ids, prefixes (IAC1) or names to run; default all")
    check.add_argument("--ignore", type=_csv, help="rule ids, prefixes or names to skip")
    check.add_argument(
        "--fail-on",
        choices=("critical", "high", "medium", "low"),
        help="lowest severity that fails the run (default low)",
    )
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", type=Path, help="write the report to FILE instead of stdout")
    check.add_argument(
        "--config", type=Path, help="configuration file (default: found upward from the first PATH)"
    )
    check.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    check.add_argument("--no-source", action="store_true", help="text format: do not show the source line")

    sub.add_parser("rules", help="list the rule catalogue")
    explain = sub.add_parser("explain", help="show a rule's documentation and examples")
    explain.add_argument("rule", metavar="ID_OR_NAME")
    return parser


def _csv(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "check":
            return run_check(args)
        if args.command == "rules":
            from iacreview.docs import print_rules

            return print_rules()
        if args.command == "explain":
            from iacreview.docs import print_explain

            return print_explain(args.rule)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    return 2


def run_check(args: argparse.Namespace) -> int:
    from iacreview.engine.catalogue import Catalogue, CatalogueError
    from iacreview.engine.config import ConfigError, find_config, load_config
    from iacreview.engine.finding import severity_rank
    from iacreview.engine.runner import Scanner
    from iacreview.model.span import LineIndex

    try:
        catalogue = Catalogue.load()
        for selector in [*(args.select or []), *(args.ignore or [])]:
            if not catalogue.resolve_selector(selector):
                print(f"iacreview: error: {selector!r} names no rule", file=sys.stderr)
                return 2
        config_path = None if args.isolated else (args.config or find_config(Path(args.paths[0])))
        if args.config is not None and not args.config.is_file():
            print(f"iacreview: error: {args.config}: no such configuration file", file=sys.stderr)
            return 2
        config = load_config(config_path, catalogue)
    except (ConfigError, CatalogueError) as exc:
        print(f"iacreview: error: {exc}", file=sys.stderr)
        return 2

    scanner = Scanner(catalogue, config, select=args.select, ignore=args.ignore)
    result = scanner.scan(args.paths)
    sources = {path: LineIndex(data) for path, data in result.sources.items()}
    for finding in result.findings:  # files too large to read still have a finding
        sources.setdefault(finding.path, LineIndex(b""))
    fail_on = args.fail_on or config.fail_on

    if args.format == "json":
        from iacreview.reporters import json as json_reporter

        text = json_reporter.render(result.findings, sources, result.files_scanned, result.errors)
        _emit(text, args.output)
    elif args.output is None and sys.stdout.isatty():
        from iacreview.reporters.text import render_rich

        render_rich(result.findings, sources, result.files_scanned, sys.stdout)
    else:
        from iacreview.reporters.text import render_plain

        _emit(render_plain(result.findings, sources, result.files_scanned, not args.no_source), args.output)
    if args.format != "json":
        for error in result.errors:
            print(f"iacreview: {error['path']}: {error['message']}", file=sys.stderr)
    if result.internal_errors:
        return 2
    failing = [f for f in result.findings if severity_rank(f.severity) <= severity_rank(fail_on)]
    return 1 if failing else 0


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
