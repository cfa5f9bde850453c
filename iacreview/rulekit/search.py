"""Finding things in value trees and across resources, framework-independently."""

from __future__ import annotations

from collections.abc import Iterator

from iacreview.model import Literal, MapValue, Project, Ref, Resource, Template, Value, norm_key
from iacreview.model.values import Entry


def find_entries(value: Value | None, *keys: str) -> Iterator[Entry]:
    """Every map entry below `value` whose key is one of `keys` (case- and separator-insensitive)."""
    if value is None:
        return
    wanted = {norm_key(k) for k in keys}
    for node in value.walk():
        if isinstance(node, MapValue):
            for entry in node.entries:
                if norm_key(entry.key) in wanted:
                    yield entry


def find_values(value: Value | None, *keys: str) -> list[Value]:
    return [e.value for e in find_entries(value, *keys)]


def literal_strings(value: Value | None) -> Iterator[tuple[str, Value]]:
    """Each string a value may take: a literal, each item of a list, each literal part of a template."""
    if value is None:
        return
    for node in value.walk():
        if isinstance(node, Literal) and isinstance(node.value, str):
            yield node.value, node


def is_dynamic(value: Value | None) -> bool:
    """True when the value is computed (references, unknown parts), not a fixed literal."""
    if value is None or isinstance(value, Literal):
        return False
    if isinstance(value, Template):
        return any(not isinstance(p, Literal) for p in value.parts)
    return True


def has_any(resource: Resource, *keys: str) -> bool:
    """Whether any of these property names occurs anywhere in the resource (no walk needed)."""
    return any(norm_key(k) in resource.keys for k in keys)


def attached(project: Project, resource: Resource, *kinds: str) -> list[Resource]:
    """Resources of `kinds` whose properties reference `resource` (a bucket's encryption, versioning...)."""
    found: dict[str, Resource] = {}
    for other, _ in project.referrers(resource):
        if other.kind in kinds:
            found.setdefault(other.id, other)
    return list(found.values())


def references(value: Value | None, resource: Resource) -> bool:
    if value is None:
        return False
    return any(isinstance(n, Ref) and n.target == resource.id for n in value.walk())
