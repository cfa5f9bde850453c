"""`iacreview rules` and `iacreview explain`: the catalogue as tables and rule pages."""

from __future__ import annotations

import sys
from pathlib import Path

from iacreview.engine.catalogue import Catalogue, Rule
from iacreview.frontends import registry

SECTIONS = (
    ("what", "What it does"),
    ("why", "Why is this bad?"),
    ("fix", "How to fix it"),
    ("known_problems", "Known problems"),
)


def examples(rule: Rule) -> list[Path]:
    folder = rule.folder / "examples"
    return sorted(
        p
        for p in folder.glob("*.*")
        if p.name.startswith(("bad.", "good.")) and not p.name.endswith((".expect", ".snap"))
    )


def example_files(example: Path) -> list[Path]:
    """An example is a file, or a folder holding a small project (for project-level rules)."""
    if example.is_dir():
        return sorted(p for p in example.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return [example]


def rule_markdown(rule: Rule) -> str:
    """A rule's page in the fixed order: title, facts, sections, examples, references."""
    out = [f"# {rule.name} ({rule.id})", ""]
    fix = f"{rule.fix_title} ({rule.fix})" if rule.fixable else "none"
    if rule.fixable:
        fixed = [
            f.id
            for f in registry.FRONTENDS
            if f.id in rule.frontends and (f.fixes or f.id in rule.fixed_frontends)
        ]
        fix += f" in {', '.join(fixed)}"
    out.append(
        f"Status: **{rule.status}** · Severity: **{rule.severity}** · Fix: {fix} · "
        f"Frontends: {', '.join(rule.frontends)}"
    )
    out += ["", rule.summary, ""]
    for key, title in SECTIONS:
        if rule.docs.get(key):
            out += [f"## {title}", "", str(rule.docs[key]).strip(), ""]
    if rule.fixable:
        out += ["## Fix safety", "", rule.fix_safety, ""]
    if rule.options:
        out += ["## Options", ""]
        out += [
            f"- `{o.name}` ({o.type}, default `{o.default}`): {o.description}" for o in rule.options.values()
        ]
        out.append("")
    for kind, title in (("bad.", "Example"), ("good.", "Use instead")):
        files = [p for p in examples(rule) if p.name.startswith(kind)]
        if files:
            out += [f"## {title}", ""]
            for example in files:
                for path in example_files(example):
                    lang = registry.dialect_of(path.name)
                    body = path.read_text(encoding="utf-8", errors="replace").rstrip("\n")
                    fence = "````" if "```" in body else "```"
                    shown = path.relative_to(example.parent)
                    out += [f"`{shown}`:", "", f"{fence}{lang}", body, fence, ""]
    refs = rule.docs.get("references") or []
    if refs:
        out += ["## References", ""] + [f"- {r}" for r in refs] + [""]
    return "\n".join(out)


DOCS_URL = "https://github.com/iacreview/iacreview/blob/main/docs/rules/"  # pyproject [project.urls]


def rule_url(rule: Rule) -> str:
    """The rule's generated documentation page (docs/rules/<name>.md in the repository)."""
    return f"{DOCS_URL}{rule.name}.md"


def print_rules(fmt: str = "text") -> int:
    catalogue = Catalogue.load()
    if fmt == "json":
        import json

        entries = [
            {
                "code": r.id,
                "name": r.name,
                "severity": r.severity,
                "status": r.status,
                "summary": r.summary,
                "frontends": list(r.frontends),
                "fixable": r.fixable,
            }
            for r in catalogue.rules
        ]
        sys.stdout.write(json.dumps(entries, indent=2) + "\n")
        return 0
    rows = [
        (r.id, r.name, r.severity, r.status, ", ".join(r.frontends), "yes" if r.fixable else "no")
        for r in catalogue.rules
    ]
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table("id", "name", "severity", "status", "frontends", "fixable")
        for row in rows:
            table.add_row(*row)
        Console().print(table)
    else:
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        for row in rows:
            print("  ".join(cell.ljust(widths[i]) if i < 5 else cell for i, cell in enumerate(row)).rstrip())
    return 0


def print_explain(key: str) -> int:
    catalogue = Catalogue.load()
    rule = catalogue.get(key)
    if rule is None:
        print(f"iacreview: error: no rule {key!r} (see `iacreview rules`)", file=sys.stderr)
        return 2
    text = rule_markdown(rule)
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        console = Console()
        if len(text.splitlines()) > console.height:  # a long page goes through $PAGER, as `git help`
            with console.pager(styles=True):
                console.print(Markdown(text))
        else:
            console.print(Markdown(text))
    else:
        sys.stdout.write(text)
    return 0


def sync(folder: Path, files: dict[str, str], check: bool) -> list[str]:
    """Bring generated `files` (name -> text) up to date in `folder`, or only say which are stale
    (`check`); the names that differed."""
    stale = []
    for name, text in files.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return stale
