"""Provider versions from package manifests: package.json, requirements.txt, pyproject.toml, Pipfile."""

from __future__ import annotations

import json
import re

# every spelling of a provider package -> one key
PROVIDER_PACKAGES = {
    "@pulumi/aws": "pulumi-aws",
    "pulumi-aws": "pulumi-aws",
    "pulumi_aws": "pulumi-aws",
    "aws-cdk-lib": "aws-cdk-lib",
    "aws_cdk_lib": "aws-cdk-lib",
    "@cdktf/provider-aws": "cdktf-provider-aws",
    "cdktf-cdktf-provider-aws": "cdktf-provider-aws",
}
MANIFEST_NAMES = ("package.json", "requirements.txt", "pyproject.toml", "Pipfile")
_VERSION = re.compile(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?")
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9_.@/-]+)\s*(?:\[[^\]]*\])?\s*([<>=!~^]*\s*[\d][^,;\s]*)?")


def first_version(spec: str) -> str | None:
    """The version a requirement pins or starts from: `^6.0.0` -> 6.0.0, `>=6,<7` -> 6."""
    match = _VERSION.search(spec)
    return match.group(0) if match else None


def versions_from(name: str, text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        if name == ".terraform.lock.hcl":
            match = re.search(
                r'provider "registry\.terraform\.io/hashicorp/aws"\s*\{[^}]*?version\s*=\s*"([^"]+)"', text
            )
            if match:
                found["terraform-aws"] = match.group(1)
        elif name == "package.json":
            data = json.loads(text)
            for section in ("dependencies", "devDependencies", "peerDependencies"):
                for pkg, spec in (data.get(section) or {}).items():
                    _add(found, pkg, str(spec))
        elif name in ("pyproject.toml", "Pipfile"):
            import tomllib

            data = tomllib.loads(text)
            for req in data.get("project", {}).get("dependencies", []) or []:
                _add_requirement(found, str(req))
            tables = [
                data.get("packages", {}),
                data.get("tool", {}).get("poetry", {}).get("dependencies", {}),
            ]
            for table in tables:
                for pkg, spec in (table or {}).items():
                    _add(found, pkg, spec if isinstance(spec, str) else str(spec.get("version", "")))
        else:
            for line in text.splitlines():
                _add_requirement(found, line.split("#", 1)[0])
    except (ValueError, AttributeError, TypeError):
        return {}
    return found


def _add_requirement(found: dict[str, str], line: str) -> None:
    match = _REQUIREMENT.match(line)
    if match and match.group(2):
        _add(found, match.group(1), match.group(2))


def _add(found: dict[str, str], package: str, spec: str) -> None:
    key = PROVIDER_PACKAGES.get(package.lower().replace("_", "-") if not package.startswith("@") else package)
    key = key or PROVIDER_PACKAGES.get(package)
    version = first_version(spec)
    if key and version:
        found[key] = version


def major(version: str | None) -> int | None:
    if not version:
        return None
    match = _VERSION.search(version)
    return int(match.group(1)) if match else None
