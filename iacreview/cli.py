"""The command line: `iacreview check|report|compare|rules|explain`.

Exit 0: nothing at or above --fail-on; 1: findings; 2: usage, configuration or internal error.
Only the report goes to stdout; messages and progress go to stderr.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the commands import what they need when they run (start-up time)
    from iacreview.engine.catalogue import Catalogue
    from iacreview.model.finding import Finding

from iacreview import __version__

FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")
SEVERITIES = ("critical", "high", "medium", "low")
GC_THRESHOLD = 50_000  # allocations between collections of the youngest generation (default 700)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iacreview", description="A static review linter for infrastructure-as-code."
    )
    parser.add_argument("--version", action="version", version=f"iacreview {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="report findings for files and folders")
    check.add_argument(
        "paths", nargs="*", default=["."], metavar="PATH", help="files, folders, or - for stdin"
    )
    selection(check)
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", type=Path, help="write the report to FILE instead of stdout")
    check.add_argument(
        "--baseline", type=Path, help="findings in this baseline do not fail the run and are not shown"
    )
    check.add_argument(
        "--write-baseline", type=Path, metavar="FILE", help="write the current findings as a baseline"
    )
    check.add_argument("--no-source", action="store_true", help="text format: do not show the source line")
    check.add_argument(
        "--statistics", action="store_true", help="count the findings per rule instead of listing them"
    )
    check.add_argument(
        "--verify-fixes",
        action="store_true",
        help="run the fixes in memory and mark fixable only the findings whose fix verifies (slower)",
    )
    check.add_argument(
        "--stdin-filename", metavar="PATH", help="the path the code read from stdin (`-`) has: its language"
    )
    check.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="colour (auto: on a terminal)"
    )

    report = sub.add_parser("report", help="write a failures report in Markdown")
    report.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    selection(report)
    report.add_argument(
        "--output", "-o", type=Path, help="write the report to FILE (FAILURES.md) instead of stdout"
    )

    compare = sub.add_parser("compare", help="report what a response gets wrong that a reference gets right")
    compare.add_argument("response", metavar="RESPONSE")
    compare.add_argument("reference", metavar="REFERENCE")
    selection(compare)
    compare.add_argument("--output", "-o", type=Path, help="write the report to FILE instead of stdout")

    fix = sub.add_parser("fix", help="apply safe fixes in place")
    fix.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    selection(fix)
    fix.add_argument(
        "--diff", action="store_true", help="print a unified diff and write nothing; exit 1 when there is one"
    )
    fix.add_argument("--show-fixes", action="store_true", help="list the fixed findings per file and rule")
    fix.add_argument("--unsafe", action="store_true", help="also apply fixes that change behaviour")

    init = sub.add_parser("init", help="write the reference compliant stack")
    init.add_argument(
        "--template", required=True, choices=("pulumi-ts", "pulumi-py", "cloudformation", "terraform")
    )
    init.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")

    sub.add_parser("server", help="run the Language Server on stdin/stdout (for editors)")
    rules = sub.add_parser("rules", help="list the rule catalogue")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    explain = sub.add_parser("explain", help="show a rule's documentation and examples")
    explain.add_argument("rule", metavar="ID_OR_NAME")
    return parser


def selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--select",
        type=_csv,
        action="extend",
        help="rule ids, prefixes (IAC1) or names to run, comma-separated or repeated; default all",
    )
    parser.add_argument("--ignore", type=_csv, action="extend", help="rule ids, prefixes or names to skip")
    parser.add_argument(
        "--fail-on",
        type=str.lower,
        choices=SEVERITIES,
        help="lowest severity that fails the run (default low)",
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even with findings (2 still means an error)"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="print the findings and errors only")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="also say which named files are skipped, and why"
    )
    parser.add_argument(
        "--config", type=Path, help="configuration file (default: found upward from the first PATH)"
    )
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument(
        "--jobs", "-j", type=_jobs, default=os.cpu_count() or 1, help="worker processes (default: cores)"
    )
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the result cache")
    parser.add_argument(
        "--no-respect-gitignore", action="store_true", help="also review files that git ignores"
    )


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _csv(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    # Frontends allocate hundreds of thousands of small acyclic objects per template; at the default
    # threshold (700) the cycle collector ran thousands of times and took a fifth of a scan. Cycles are
    # still collected, only in larger batches: peak memory on the whole corpus grew by under 3 %.
    gc.set_threshold(GC_THRESHOLD, 10, 10)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    cores = os.cpu_count() or 1
    if getattr(args, "jobs", 1) > cores:  # more processes than cores is slower and costs memory
        print(
            f"iacreview: warning: --jobs {args.jobs} is more than the {cores} cores; using {cores}",
            file=sys.stderr,
        )
        args.jobs = cores
    try:
        if args.command in ("check", "report", "compare"):
            return run(args)
        if args.command == "fix":
            return run_fix(args)
        if args.command == "init":
            from iacreview.reference import write_template

            return write_template(args.template, args.directory)
        if args.command == "server":
            from iacreview.server import serve

            return serve()
        if args.command == "rules":
            from iacreview.docs import print_rules

            return print_rules(args.format)
        from iacreview.docs import print_explain

        return print_explain(args.rule)
    except OutputError as exc:
        print(f"iacreview: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


def setup(args: argparse.Namespace, first_path: str) -> tuple[Any, Any] | None:
    """(catalogue, config), or None after printing a usage or configuration error."""
    from iacreview.engine.catalogue import Catalogue, CatalogueError
    from iacreview.engine.config import ConfigError, configs_near, find_config, load_config

    try:
        catalogue = Catalogue.load()
        for selector in [*(args.select or []), *(args.ignore or [])]:
            if not catalogue.resolve_selector(selector):
                print(f"iacreview: error: {selector!r} names no rule", file=sys.stderr)
                return None
        if args.config is not None and not args.config.is_file():
            print(f"iacreview: error: {args.config}: no such configuration file", file=sys.stderr)
            return None
        config_path = None if args.isolated else (args.config or find_config(Path(first_path)))
        if config_path is not None and args.config is None:
            others = [p.name for p in configs_near(Path(first_path))[1:]]
            if others:
                note(args, f"using {config_path}; {', '.join(others)} beside it is not read")
        return catalogue, load_config(config_path, catalogue)
    except (ConfigError, CatalogueError) as exc:
        print(f"iacreview: error: {exc}", file=sys.stderr)
        return None


def scan(args: argparse.Namespace, paths: list[str], catalogue: Any, config: Any) -> Any:
    import json
    from datetime import date

    from iacreview.engine.cache import Cache, default_dir, tool_fingerprint
    from iacreview.engine.catalogue import default_rules_dir
    from iacreview.engine.runner import Scanner

    models = args.command != "check" or args.format == "markdown"  # reports read the models
    cache = None
    if not args.no_cache and not models:
        settings = json.dumps([vars(config), args.select, args.ignore, date.today().isoformat()], default=str)
        cache = Cache(default_dir(), tool_fingerprint(default_rules_dir(), settings))
    scanner = Scanner(
        catalogue,
        config,
        select=args.select,
        ignore=args.ignore,
        keep_projects=models,
        jobs=args.jobs,
        cache=cache,
        respect_gitignore=not args.no_respect_gitignore,
    )
    stdin = _read_stdin(args) if STDIN in paths else None
    if sys.stderr.isatty() and not args.quiet:
        from iacreview.progress import bar

        with bar() as progress:
            return scanner.scan(paths, progress=progress, stdin=stdin)
    return scanner.scan(paths, stdin=stdin)


STDIN = "-"


def _read_stdin(args: argparse.Namespace) -> tuple[str, bytes]:
    """The code piped in for the path `-`, and the path it has (its language, its project)."""
    name = getattr(args, "stdin_filename", None)
    if not name:
        raise OutputError("reading `-` (stdin) needs --stdin-filename PATH: the file's type comes from it")
    return name, sys.stdin.buffer.read()


def run(args: argparse.Namespace) -> int:
    from iacreview.model.finding import severity_rank

    paths = [args.response, args.reference] if args.command == "compare" else args.paths
    check_output(args.output, paths)
    ready = setup(args, paths[0])
    if ready is None:
        return 2
    catalogue, config = ready
    if args.command == "compare":
        return run_compare(args, catalogue, config)
    result = scan(args, paths, catalogue, config)
    check_output(args.output, paths, result)
    findings = result.findings
    if args.command == "check":
        from iacreview.engine import baseline

        if args.verify_fixes and STDIN in paths:
            note(args, "--verify-fixes reads files, not stdin: fixability is not verified")
        elif args.verify_fixes:
            findings = verify_fixes(args, paths, catalogue, config, findings)

        try:
            if args.write_baseline:
                baseline.write(
                    args.write_baseline,
                    findings,
                    lambda f: f.variant in catalogue.by_id[f.rule_id].baseline_covers_file,
                )
                note(args, f"wrote {len(findings)} findings to {args.write_baseline}")
            if args.baseline:
                findings, known = baseline.split(findings, baseline.read(args.baseline))
                if known:
                    note(args, f"{len(known)} findings in the baseline are not shown")
        except baseline.BaselineError as exc:
            print(f"iacreview: error: {exc}", file=sys.stderr)
            return 2
        emit_check(args, findings, result, catalogue)
    else:
        findings = verify_shown_fixes(args, paths, catalogue, config, findings)
        emit(markdown_report(findings, result, paths, catalogue), args.output)
    print_errors(args, result)
    if result.internal_errors or result.input_errors:
        return 2
    fail_on = args.fail_on or config.fail_on
    failing = any(severity_rank(f.severity) <= severity_rank(fail_on) for f in findings)
    accepted = getattr(args, "write_baseline", None) is not None  # written down: they fail no run
    return 1 if failing and not args.exit_zero and not accepted else 0


def note(args: argparse.Namespace, text: str) -> None:
    """A message about the run on stderr, left out with --quiet."""
    if not args.quiet:
        print(f"iacreview: {text}", file=sys.stderr)


def print_errors(args: argparse.Namespace, result: Any) -> None:
    """Input and internal errors on stderr (JSON output carries them too); notes of IaC code that
    yielded no resource unless --quiet; a named file skipped as not IaC only with --verbose (the
    pre-commit hook names every YAML file)."""
    skipped = {id(e) for e in result.skipped}
    notes = {id(e) for e in result.notes}
    for error in result.errors:
        if (id(error) in skipped and not args.verbose) or (id(error) in notes and args.quiet):
            continue
        if getattr(args, "format", "") != "json" or args.command != "check":
            print(f"iacreview: {error['path']}: {error['message']}", file=sys.stderr)


def use_color(choice: str, stream: Any) -> bool:
    """--color always/never; auto: on a terminal, unless NO_COLOR is set (FORCE_COLOR forces it)."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or stream.isatty()


def emit_check(args: argparse.Namespace, findings: list[Any], result: Any, catalogue: Any) -> None:
    from iacreview.model.span import LineIndex

    sources = {path: LineIndex(data) for path, data in result.sources.items()}
    for path in {f.path for f in findings} - sources.keys():  # files too large to read have a finding
        sources[path] = LineIndex(b"")
    fmt = args.format
    if args.statistics:
        from iacreview.reporters import statistics

        emit(
            statistics.render_json(findings) if fmt == "json" else statistics.render_text(findings),
            args.output,
        )
    elif fmt == "json":
        from iacreview.reporters import json as json_reporter

        emit(json_reporter.render(findings, sources, result.files_scanned, result.errors), args.output)
    elif fmt == "sarif":
        from iacreview.reporters import sarif

        emit(sarif.render(findings, sources, catalogue, result.files_scanned), args.output)
    elif fmt == "junit":
        from iacreview.reporters import junit

        emit(junit.render(findings, sources, result.scanned), args.output)
    elif fmt == "github":
        from iacreview.reporters import github

        emit(github.render(findings, sources), args.output)
    elif fmt == "markdown":
        emit(markdown_report(findings, result, args.paths, catalogue), args.output)
    elif args.output is None and use_color(args.color, sys.stdout):
        from iacreview.reporters.text import render_rich

        render_rich(findings, sources, result.files_scanned, sys.stdout, not args.no_source, not args.quiet)
    else:
        from iacreview.reporters.text import render_plain

        text = render_plain(findings, sources, result.files_scanned, not args.no_source, not args.quiet)
        emit(text, args.output)


def markdown_report(findings: list[Finding], result: Any, paths: list[str], catalogue: Any) -> str:
    from iacreview.reporters import markdown

    sources = {path: data for p in result.projects for path, data in p.sources.items()} | result.sources
    resources = sum(len(p.deployed) for p in result.projects)
    return markdown.report(
        findings, sources, catalogue, paths, result.files_scanned, resources, result.projects
    )


def run_compare(args: argparse.Namespace, catalogue: Any, config: Any) -> int:
    """Exit status: 2 when a side is missing, unreadable or neither holds IaC; 1 when the response
    has failures the reference does not; 0 otherwise."""
    from dataclasses import replace

    from iacreview.engine.compare import compare
    from iacreview.reporters import comparison

    response = scan(args, [args.response], catalogue, config)
    reference = scan(args, [args.reference], catalogue, config)
    for result in (response, reference):
        for error in result.errors:
            print(f"iacreview: {error['path']}: {error['message']}", file=sys.stderr)
    if response.input_errors or reference.input_errors:  # a comparison with a missing side says nothing
        return 2
    check_output(args.output, [], response)
    check_output(args.output, [], reference)
    verified = verify_shown_fixes(args, [args.response], catalogue, config, response.findings)
    response = replace(response, findings=verified)
    outcome = compare(response, reference)
    for text in [outcome.unusable] if outcome.unusable else outcome.notes:
        note(args, text)
    fail_on = args.fail_on or config.fail_on
    emit(comparison.report(outcome, catalogue, args.response, args.reference, fail_on), args.output)
    if outcome.unusable or response.internal_errors or reference.internal_errors:
        return 2
    return 1 if outcome.failures(fail_on) and not args.exit_zero else 0


def verify_shown_fixes(
    args: argparse.Namespace, paths: list[str], catalogue: Any, config: Any, findings: list[Finding]
) -> list[Finding]:
    """The fixes a report shows are those `fix` would apply: verified in the files they edit (only
    those: verifying every fix of a large tree costs several scans). Code read from stdin is not
    on disk to verify against."""
    from iacreview.reporters.markdown import shown_fixes

    files = sorted({f.path for f in shown_fixes(findings, catalogue)})
    if not files or STDIN in paths:
        return findings
    return verify_fixes(args, files, catalogue, config, findings)


def verify_fixes(
    args: argparse.Namespace, paths: list[str], catalogue: Any, config: Any, findings: list[Finding]
) -> list[Finding]:
    """`check --verify-fixes`: fixable only where `fix` would apply the fix (verified, in memory)."""
    from iacreview.engine.runner import Scanner
    from iacreview.fixes.apply import verified

    scanner = Scanner(
        catalogue,
        config,
        select=args.select,
        ignore=args.ignore,
        respect_gitignore=not args.no_respect_gitignore,
        memo={},
    )
    return verified(findings, lambda overrides: scanner.scan(paths, overrides=overrides))


def run_fix(args: argparse.Namespace) -> int:
    from iacreview.engine.runner import Scanner
    from iacreview.fixes.apply import WriteError, unified_diff, write_fixed
    from iacreview.fixes.apply import run as apply_fixes
    from iacreview.model.finding import severity_rank
    from iacreview.model.fix import Safety

    ready = setup(args, args.paths[0])
    if ready is None:
        return 2
    catalogue, config = ready
    scanner = Scanner(
        catalogue,
        config,
        select=args.select,
        ignore=args.ignore,
        jobs=1,
        respect_gitignore=not args.no_respect_gitignore,
        memo={},  # each pass rescans only the projects it changed
    )
    outcome = apply_fixes(lambda overrides: scanner.scan(args.paths, overrides=overrides), args.unsafe)
    roots = [Path(p).resolve() for p in args.paths]
    failed_writes = 0
    for real in sorted(outcome.after):
        shown = outcome.shown[real]
        if args.diff:
            sys.stdout.write(unified_diff(shown, outcome.before[real], outcome.after[real]))
            continue
        try:
            write_fixed(real, outcome.before[real], outcome.after[real], roots)
        except WriteError as exc:
            failed_writes += 1
            print(f"iacreview: {shown}: {exc}", file=sys.stderr)
    if args.show_fixes:
        show_fixes(outcome.fixed, catalogue)
    for path in outcome.untouched:
        print(f"iacreview: {path}: not fixed: it does not parse", file=sys.stderr)
    for rejected in sorted(set(outcome.rejected)):
        print(f"iacreview: {rejected}: fix not applied: it did not verify", file=sys.stderr)
    for path in outcome.reverted:
        print(f"iacreview: {path}: some fixes were dropped: the result would not parse", file=sys.stderr)
    verb = "would fix" if args.diff else "fixed"
    unsafe = sum(1 for f in outcome.remaining if f.fix is not None and f.fix.safety is Safety.UNSAFE)
    hint = f" ({unsafe} more with --unsafe)" if unsafe and not args.unsafe else ""
    note(
        args,
        f"{verb} {len(outcome.after)} file(s), {outcome.applied} edit(s){hint}; "
        f"{len(outcome.remaining)} finding(s) remain",
    )
    for error in outcome.input_errors:
        print(f"iacreview: {error['path']}: {error['message']}", file=sys.stderr)
    if failed_writes or outcome.input_errors:
        return 2
    if args.exit_zero:
        return 0
    if args.diff:
        return 1 if outcome.after else 0
    fail_on = args.fail_on or config.fail_on
    return 1 if any(severity_rank(f.severity) <= severity_rank(fail_on) for f in outcome.remaining) else 0


def show_fixes(fixed: list[Finding], catalogue: Catalogue) -> None:
    """`Fixed 4 findings:` then per file `  3 × IAC102 (s3-bucket-key-disabled)`, as ruff lists them."""
    from collections import Counter

    print(f"Fixed {len(fixed)} finding{'s' if len(fixed) != 1 else ''}:", file=sys.stderr)
    for path in sorted({f.path for f in fixed}):
        print(f"- {path}:", file=sys.stderr)
        counts = Counter(f.rule_id for f in fixed if f.path == path)
        for rule_id, count in sorted(counts.items()):
            print(f"    {count} × {rule_id} ({catalogue.by_id[rule_id].name})", file=sys.stderr)


class OutputError(Exception):
    """The report cannot be written where asked: a usage error (exit 2), said in one line."""


def check_output(output: Path | None, inputs: list[str], scanned: Any = None) -> None:
    """Refuse an output path: a missing folder, a folder, or a file being reviewed (named, or read as
    IaC while walking a folder: writing the report there would overwrite the code)."""
    if output is None:
        return
    if output.is_dir():
        raise OutputError(f"{output}: is a folder, not a file")
    if not output.parent.is_dir():
        raise OutputError(f"{output}: no such folder {str(output.parent)!r}")
    target = output.resolve()
    reviewed = {Path(given).resolve() for given in inputs}
    if scanned is not None:
        reviewed.update(scanned.real_paths.values())
    if target in reviewed:
        raise OutputError(f"{output}: is one of the files being reviewed")


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{output}: cannot write: {exc.strerror or exc}") from exc
