"""Property values as a tree. Every node carries the span of its source text.

Property names compare case- and separator-insensitively through `norm_key`, so one
path serves Pulumi TS (`sseAlgorithm`), Python (`sse_algorithm`) and CloudFormation (`SSEAlgorithm`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from iacreview.model.span import Span

Scalar = str | int | float | bool | None


@lru_cache(maxsize=8192)  # a few hundred distinct property names, looked up millions of times
def norm_key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def snake_case(name: str) -> str:
    """`kmsMasterKeyId` -> `kms_master_key_id` (a name already in snake case stays as it is)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True, slots=True)
class Key:
    """A property or attribute name as a fix writes it. `camel` is the Pulumi TypeScript spelling,
    from which each frontend derives its own (`kms_master_key_id`, `KmsMasterKeyId`); `pascal` is
    CloudFormation's where it is not the camel name capitalised (`KMSMasterKeyID`)."""

    camel: str
    pascal: str = ""

    @property
    def snake_case(self) -> str:
        return snake_case(self.camel)

    @property
    def pascal_case(self) -> str:
        return self.pascal or self.camel[:1].upper() + self.camel[1:]


@dataclass(frozen=True, slots=True)
class Value:
    span: Span

    def children(self) -> tuple[Value, ...]:
        return ()

    def walk(self) -> Iterator[Value]:
        """This node and every node below it, depth first."""
        stack: list[Value] = [self]
        while stack:
            node = stack.pop()
            yield node
            if node.__class__ in _CONTAINERS:  # most nodes are leaves: no call for them
                stack.extend(reversed(node.children()))


@dataclass(frozen=True, slots=True)
class Literal(Value):
    value: Scalar


@dataclass(frozen=True, slots=True)
class Unknown(Value):
    """An expression the frontend does not evaluate; `text` is its source."""

    text: str


@dataclass(frozen=True, slots=True)
class Ref(Value):
    """A reference to a resource (`target` is its id) or one of its attributes."""

    target: str
    attr: str | None = None


@dataclass(frozen=True, slots=True)
class Template(Value):
    """A string built from parts: template literals, `!Sub`, `Fn::Join`, f-strings."""

    parts: tuple[Value, ...] = ()

    def children(self) -> tuple[Value, ...]:
        return self.parts

    @property
    def literal_text(self) -> str:
        return "".join(str(p.value) for p in self.parts if isinstance(p, Literal))


@dataclass(frozen=True, slots=True)
class ListValue(Value):
    items: tuple[Value, ...] = ()

    def children(self) -> tuple[Value, ...]:
        return self.items


class Entry(NamedTuple):
    """One `key: value` of a map. A named tuple, like Span: templates have hundreds of thousands."""

    key: str
    key_span: Span
    value: Value


# an entry from a (key, key_span, value) tuple, without NamedTuple's __new__ (see span_from)
entry_from: Callable[[tuple[str, Span, Value]], Entry] = partial(tuple.__new__, Entry)


@dataclass(frozen=True, slots=True)
class MapValue(Value):
    entries: tuple[Entry, ...] = ()
    _index: dict[str, Entry] = field(init=False, compare=False, repr=False)
    _values: tuple[Value, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        entries = self.entries
        # the first of two keys that normalise alike wins, as in a lookup by the written name
        object.__setattr__(self, "_index", {norm_key(e.key): e for e in reversed(entries)})
        object.__setattr__(self, "_values", tuple([e.value for e in entries]))

    def children(self) -> tuple[Value, ...]:
        return self._values

    def entry(self, key: str) -> Entry | None:
        return self._index.get(norm_key(key))

    def get(self, key: str) -> Value | None:
        entry = self._index.get(norm_key(key))
        return entry.value if entry else None


@dataclass(frozen=True, slots=True)
class Call(Value):
    """A call or intrinsic function the frontend keeps as such (`Fn::If`, `pulumi.all(...)`)."""

    func: str
    args: tuple[Value, ...] = ()

    def children(self) -> tuple[Value, ...]:
        return self.args


_CONTAINERS = frozenset({Template, ListValue, MapValue, Call})


def literal_str(value: Value | None) -> str | None:
    if isinstance(value, Literal) and isinstance(value.value, str):
        return value.value
    return None


def truthy(value: Value | None) -> bool | None:
    """True/False for a literal boolean (or "true"/"false"), None when not known."""
    if isinstance(value, Literal):
        if isinstance(value.value, bool):
            return value.value
        if isinstance(value.value, str) and value.value.lower() in ("true", "false"):
            return value.value.lower() == "true"
    return None
