"""`--format sarif`: SARIF 2.1.0, as GitHub code scanning and other CI tools read it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import quote

from iacreview import __version__
from iacreview.engine.catalogue import Catalogue, Rule
from iacreview.model.finding import Finding
from iacreview.model.span import LineIndex

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
# GitHub ranks code-scanning alerts by this number (0-10)
SECURITY_SEVERITY = {"critical": "9.0", "high": "7.0", "medium": "5.0", "low": "3.0"}


def rule_descriptor(rule: Rule) -> dict[str, object]:
    """The rule as code scanning shows it: short help (how to fix), the full page one click away."""
    from iacreview.docs import rule_url

    fix = " ".join(str(rule.docs["fix"]).split())
    url = rule_url(rule)
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": " ".join(str(rule.docs["what"]).split())},
        "help": {"text": fix, "markdown": f"**{rule.summary}**\n\n{fix}\n\n[{rule.id} {rule.name}]({url})"},
        "helpUri": url,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": ["security", "infrastructure-as-code", rule.area],
            "security-severity": SECURITY_SEVERITY[rule.severity],
            "problem.severity": rule.severity,
            "status": rule.status,
            **({"fix": rule.fix_title, "fixSafety": rule.fix_safety} if rule.fixable else {}),
        },
    }


SRCROOT = "%SRCROOT%"  # the folder iacreview ran in: code scanning maps it to the checkout


def artifact(path: str) -> dict[str, str]:
    """A file as a URI relative to %SRCROOT% (where GitHub maps results onto the repository's files);
    a file outside it as an absolute file URI."""
    absolute = Path(path).absolute()
    try:
        relative = absolute.relative_to(Path.cwd())
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}


def render(
    findings: list[Finding], sources: Mapping[str, LineIndex], catalogue: Catalogue, files_scanned: int
) -> str:
    index = {rule.id: i for i, rule in enumerate(catalogue.rules)}
    results = []
    for f in findings:
        lines = sources[f.path]
        line, column = lines.position(f.span.start)
        end_line, end_column = lines.position(max(f.span.end, f.span.start))
        if (end_line, end_column) <= (line, column):
            end_line, end_column = line, column + 1
        results.append(
            {
                "ruleId": f.rule_id,
                "ruleIndex": index[f.rule_id],
                "level": LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": artifact(f.path),
                            "region": {
                                "startLine": line,
                                "startColumn": column,
                                "endLine": end_line,
                                "endColumn": end_column,
                            },
                        },
                        "logicalLocations": [{"fullyQualifiedName": f.logical_path}]
                        if f.logical_path
                        else [],
                    }
                ],
                "partialFingerprints": {"iacreview/v1": f.fingerprint},
                "properties": {"severity": f.severity, "frontend": f.frontend},
            }
        )
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "iacreview",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [rule_descriptor(rule) for rule in catalogue.rules],
                    }
                },
                "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {"filesScanned": files_scanned},
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
