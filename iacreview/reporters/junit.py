"""`--format junit`: one test suite per file, one failed test case per finding (CI test tabs read it)."""

from __future__ import annotations

from collections.abc import Mapping
from xml.etree import ElementTree as ET

from iacreview.model.finding import Finding
from iacreview.model.span import LineIndex
from iacreview.reporters.escape import printable


def render(findings: list[Finding], sources: Mapping[str, LineIndex], scanned: list[str]) -> str:
    by_file: dict[str, list[Finding]] = {path: [] for path in scanned}
    for f in findings:
        by_file.setdefault(f.path, []).append(f)
    # a clean file is one passing test case, a file with findings one failing case per finding
    tests = sum(max(len(items), 1) for items in by_file.values())
    root = ET.Element("testsuites", name="iacreview", tests=str(tests), failures=str(len(findings)))
    for path in sorted(by_file):
        items = by_file[path]
        shown = printable(path)  # XML 1.0 cannot hold most control characters, even escaped
        suite = ET.SubElement(
            root, "testsuite", name=shown, tests=str(max(len(items), 1)), failures=str(len(items))
        )
        if not items:
            ET.SubElement(suite, "testcase", name="no findings", classname=shown)
            continue
        for f in items:
            line, column = sources[path].position(f.span.start)
            case = ET.SubElement(
                suite, "testcase", name=f"{f.rule_id} {f.name} at {line}:{column}", classname=shown
            )
            message = printable(f.message)
            failure = ET.SubElement(case, "failure", message=message, type=f.severity)
            failure.text = f"{shown}:{line}:{column}: {f.rule_id} [{f.severity}] {message}"
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
