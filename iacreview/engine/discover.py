"""From the paths on the command line to projects: which files are IaC, and which belong together.

A Markdown document is one project; a CloudFormation template is one stack; program files
(TypeScript, Python) group under their project root (the nearest folder with Pulumi.yaml,
package.json, pyproject.toml, ...).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iacreview.engine.gitignore import GitIgnore
from iacreview.frontends import registry
from iacreview.frontends.manifests import MANIFEST_NAMES

SKIP_DIRS = {"node_modules", "cdk.out", "__pycache__", "dist", "build", "venv", "coverage", "site-packages"}
ROOT_MARKERS = (
    "Pulumi.yaml",
    "Pulumi.yml",
    "package.json",
    "cdk.json",
    "cdktf.json",
    "pyproject.toml",
    "requirements.txt",
    "Pipfile",
    "setup.py",
)
MAX_FILE_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 256 * 1024  # what is read of a file too large to review, to tell whether it is IaC


@dataclass
class SourceFile:
    path: str  # as shown in findings
    real: Path
    language: str  # a registry Language id, or "markdown"
    data: bytes = b""


@dataclass
class ProjectSpec:
    root: str
    origin: str  # file | markdown | directory
    files: list[SourceFile] = field(default_factory=list)
    manifests: list[Path] = field(default_factory=list)
    walked: bool = False  # some file came from walking a folder (project-level rules apply)


@dataclass
class Discovery:
    projects: list[ProjectSpec] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)  # a path that can't be read: exit 2
    skipped: list[dict[str, str]] = field(default_factory=list)  # a named file that is not IaC
    unreadable: list[tuple[SourceFile, str]] = field(default_factory=list)


def display(path: Path, given: str, base: Path) -> str:
    shown = os.path.normpath(os.path.join(given, os.path.relpath(path, base))) if given else str(path)
    return shown[2:] if shown.startswith("./") else shown


def walk(root: Path, excluded: Callable[[str], bool], respect_gitignore: bool = True) -> list[Path]:
    """The files below `root`, in order; hidden and build folders, configured excludes and (unless
    told otherwise) what git ignores are left out."""
    absolute = root.resolve()
    ignored = GitIgnore(absolute) if respect_gitignore else None
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        here = Path(folder)
        where = absolute / here.relative_to(root)  # for git's rules, without resolving each path
        if ignored is not None:
            ignored.enter(where)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIP_DIRS
            and not (ignored is not None and ignored.ignores(where / d, is_dir=True))
        )
        for name in sorted(files):
            path = here / name
            if excluded(str(path)) or excluded(str(path.relative_to(root))):
                continue
            if ignored is not None and ignored.ignores(where / name, is_dir=False):
                continue
            found.append(path)
    return found


def classify(path: Path, data: bytes, explicit: bool, rel: str = "") -> tuple[str | None, str]:
    """(language id, reason when skipped), as the registry's languages claim and detect the file.
    `rel` is the path below the folder being walked."""
    if registry.is_markdown(path.name):
        return "markdown", ""
    if path.name.endswith(".d.ts"):
        return None, "a type declaration file"
    reason = ""
    for language in registry.claiming(path.name):
        skipped = language.skip(rel or path.name)
        if skipped:
            reason = reason or skipped
            continue
        if language.detect(data) or (explicit and b"\x00" in data[:8192]):  # a binary file: IAC000
            return language.id, ""
        reason = reason or language.not_iac
    return None, reason or "not a file type iacreview reads"


def project_root(path: Path) -> Path:
    folder = path.parent
    for candidate in (folder, *list(folder.parents)[:8]):
        if any((candidate / marker).exists() for marker in ROOT_MARKERS):
            return candidate
    return folder


STDIN = "-"


def discover(
    paths: list[str],
    excluded: Callable[[str], bool] = lambda _: False,
    overrides: dict[Path, bytes] | None = None,
    stdin: tuple[str, bytes] | None = None,
    respect_gitignore: bool = True,
) -> Discovery:
    """The projects of `paths`. `stdin` is (the path the code has, its text) for a path `-`."""
    result = Discovery()
    seen: set[Path] = set()
    programs: dict[Path, ProjectSpec] = {}
    for given in paths:
        if given == STDIN:
            name, data = stdin if stdin is not None else ("-", b"")
            real = Path(name).resolve()
            _place(result, programs, name, real, with_line_feeds(data), True, Path(name).name)
            continue
        base = Path(given)
        if not base.exists() and not base.is_symlink():
            result.errors.append({"path": given, "message": "no such file or directory"})
            continue
        explicit = not base.is_dir()
        candidates = [base] if explicit else walk(base, excluded, respect_gitignore)
        for path in candidates:
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError) as exc:  # a dangling or looping link
                problem = {"path": str(path), "message": f"cannot resolve: {exc}"}
                (result.errors if explicit else result.skipped).append(problem)
                continue
            if real in seen:
                continue
            seen.add(real)
            shown = given if explicit else display(path, given, base)
            shown = shown[2:] if shown.startswith("./") else shown
            try:
                size = real.stat().st_size
                if not real.is_file():  # a FIFO, socket or device: reading it could block
                    if explicit:
                        result.errors.append({"path": shown, "message": "not a regular file"})
                    continue
                data = real.read_bytes() if size <= MAX_FILE_BYTES else _head(real)
                if overrides and real in overrides:
                    data, size = overrides[real], len(overrides[real])
                data = with_line_feeds(data)
            except OSError as exc:
                result.errors.append({"path": shown, "message": f"cannot read: {exc.strerror or exc}"})
                continue
            rel = path.name if explicit else str(path.relative_to(base))
            if size > MAX_FILE_BYTES:  # judged by its head, as a file that would be read is
                language, _ = classify(real, data, explicit, rel)
                if language is not None or explicit:
                    source = SourceFile(shown, real, language or "unknown")
                    result.unreadable.append(
                        (
                            source,
                            f"file too large ({size >> 20} MiB; the limit is {MAX_FILE_BYTES >> 20} MiB)",
                        )
                    )
                continue
            _place(result, programs, shown, real, data, explicit, rel)
    for spec in result.projects:
        if spec.origin == "directory" and len(spec.files) == 1 and not spec.manifests:
            spec.origin = "file"
    return result


def _place(
    result: Discovery,
    programs: dict[Path, ProjectSpec],
    shown: str,
    real: Path,
    data: bytes,
    explicit: bool,
    rel: str,
) -> None:
    """Put a file read as IaC into its project (a note when a named file is not IaC)."""
    language, reason = classify(real, data, explicit, rel)
    if language is None:
        if explicit:
            result.skipped.append({"path": shown, "message": f"skipped: {reason}"})
        return
    source = SourceFile(shown, real, language, data)
    grouping = registry.language(language).projects if language != "markdown" else "file"
    if grouping == "module":  # a module is the files of one folder; a named file is itself
        key = real if explicit else real.parent
        spec = programs.get(key)
        if spec is None:
            spec = programs[key] = ProjectSpec(str(real.parent), "directory" if not explicit else "file")
            lock = real.parent / ".terraform.lock.hcl"
            spec.manifests = [lock] if lock.is_file() else []
            result.projects.append(spec)
    elif grouping == "program":
        root = project_root(real)
        spec = programs.get(root)
        if spec is None:
            spec = programs[root] = ProjectSpec(str(root), "directory")
            spec.manifests = [root / m for m in MANIFEST_NAMES if (root / m).is_file()]
            result.projects.append(spec)
    else:
        origin = "markdown" if language == "markdown" else "file"
        result.projects.append(ProjectSpec(shown, origin, [source]))
        return
    spec.files.append(source)
    spec.walked = spec.walked or not explicit


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def with_line_feeds(data: bytes) -> bytes:
    """A file whose lines end in a bare CR (classic Mac OS) read as LF lines: same length, so every
    offset still points into the file as it is on disk (`fix` writes CR back)."""
    if b"\r" in data and b"\n" not in data:
        return data.replace(b"\r", b"\n")
    return data
