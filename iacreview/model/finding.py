"""A finding: what reporters and fixers read. It names its frontend by id; it holds no frontend code."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from iacreview.model.fix import Fix
from iacreview.model.span import Span

SEVERITIES = ("critical", "high", "medium", "low")


def severity_rank(severity: str) -> int:
    """critical=0 ... low=3; lower is worse."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    name: str
    severity: str
    span: Span
    message: str
    fixable: bool = False
    logical_path: str = ""
    args: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    fix: Fix | None = field(default=None, compare=False)
    frontend: str = ""  # the registry id of the code's frontend (`pulumi-ts`), "" where none applies
    # the stack as written fails to compile, synthesise or deploy because of this (not in the fingerprint)
    blocks_deploy: bool = field(default=False, compare=False)

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        # worker processes send findings back pickled; through __init__ they load several times faster
        # than through the per-field state functions dataclasses give slotted classes
        return Finding, (
            self.rule_id,
            self.name,
            self.severity,
            self.span,
            self.message,
            self.fixable,
            self.logical_path,
            self.args,
            self.fix,
            self.frontend,
            self.blocks_deploy,
        )

    @property
    def path(self) -> str:
        return self.span.file

    @property
    def fingerprint(self) -> str:
        """Stable across edits elsewhere in the file: rule, file, logical path and args; never lines."""
        return self.fingerprint_as(self.path)

    def fingerprint_as(self, path: str) -> str:
        """The fingerprint with the file named `path` (a baseline names files relative to itself)."""
        raw = "\x1f".join([self.rule_id, path, self.logical_path, *(f"{k}={v}" for k, v in self.args)])
        return hashlib.sha256(raw.encode()).hexdigest()[:32]

    @property
    def variant(self) -> str:
        return dict(self.args).get("variant", "")

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.span.start, self.span.end, self.rule_id, self.message)
