"""The project model: one shape for every input language. Rules read only this."""

from iacreview.model.project import (
    Component,
    Condition,
    Output,
    Parameter,
    Project,
    ProjectLayout,
    Resource,
    Suppression,
)
from iacreview.model.span import Span
from iacreview.model.values import (
    Call,
    Key,
    ListValue,
    Literal,
    MapValue,
    Ref,
    Template,
    Unknown,
    Value,
    norm_key,
)

__all__ = [
    "Call",
    "Component",
    "Condition",
    "Key",
    "ListValue",
    "Literal",
    "MapValue",
    "Output",
    "Parameter",
    "Project",
    "ProjectLayout",
    "Ref",
    "Resource",
    "Span",
    "Suppression",
    "Template",
    "Unknown",
    "Value",
    "norm_key",
]
