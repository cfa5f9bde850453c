"""What a check receives besides the resource: the project, its options, a finding factory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from iacreview.frontends import registry
from iacreview.model import Project, Resource, Span, Value
from iacreview.model.finding import Finding
from iacreview.model.fix import Fix, Safety


class RuleInfo(Protocol):
    """What a finding needs from a rule (engine.catalogue.Rule has it)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def messages(self) -> Mapping[str, str]: ...
    @property
    def fixable(self) -> bool: ...
    @property
    def fixed_frontends(self) -> tuple[str, ...]: ...


@dataclass
class RuleContext:
    rule: RuleInfo
    project: Project
    options: Mapping[str, Any] = field(default_factory=dict)
    severity: str | None = None
    today: date = field(default_factory=date.today)
    # results the findings of this rule in this project share (the key edit every bucket of a file
    # makes the same way), computed once: rules stay linear in the number of resources
    memo: dict[tuple[object, ...], Any] = field(default_factory=dict)

    def option(self, name: str) -> Any:
        return self.options.get(name)

    def finding(
        self,
        at: Span | Value | Resource,
        args: Mapping[str, object],
        resource: Resource | None = None,
        path: str = "",
        variant: str | None = None,
        fix: Fix | None = None,
        severity: str | None = None,
        blocks_deploy: bool = False,
    ) -> Finding:
        """A finding at `at`; the message is the rule's `message`, or its `messages[variant]`.
        `severity` is this instance's where it differs from the rule's (the configuration's wins);
        `blocks_deploy` when the stack as written cannot deploy because of it."""
        span = at if isinstance(at, Span) else (at.type_span if isinstance(at, Resource) else at.span)
        if isinstance(at, Resource) and resource is None:
            resource = at
        frontend = resource.frontend if resource is not None else self.frontend_at(span)
        # fixes are offered only where they are rendered and tested: a frontend the registry fixes
        # for every rule, or one this rule has a `fixed.*` example of (CDK, CDKTF, Terraform)
        known = registry.frontend(frontend)
        if known is None or not (known.fixes or frontend in self.rule.fixed_frontends):
            fix = None
        text_args = {k: str(v) for k, v in args.items()}
        logical = resource.logical_path if resource is not None else ""
        if path:
            logical = f"{logical}.{path}" if logical else path
        if variant:
            text_args["variant"] = variant
        return Finding(
            rule_id=self.rule.id,
            name=self.rule.name,
            severity=self.severity or severity or self.rule.severity,
            span=span,
            message=(self.rule.messages[variant] if variant else self.rule.message).format(**text_args),
            fixable=fix is not None and fix.safety is not Safety.DISPLAY_ONLY,
            logical_path=logical,
            args=tuple(sorted(text_args.items())),
            fix=fix,
            frontend=frontend,
            blocks_deploy=blocks_deploy,
        )

    def frontend_at(self, span: Span) -> str:
        """The frontend of code no resource stands for: that of a resource read from the same code."""
        language = self.project.language_at(span)
        for resource in self.project.resources:
            if resource.file == span.file and self.project.language_at(resource.span) == language:
                return resource.frontend
        return ""
