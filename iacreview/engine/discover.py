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
# what marks the root of an IaC program: Pulumi's project file, CDK's and CDKTF's app files, and
# for TypeScript/JavaScript the package.json (a pyproject.toml or requirements.txt marks any Python
# project, IaC or not, so it is no root; it is still read as a manifest)
ROOT_MARKERS = ("Pulumi.yaml", "Pulumi.yml", "cdk.json", "cdktf.json")
NODE_ROOT_MARKERS = (*ROOT_MARKERS, "package.json")
MAX_CLIMB = 8  # folders climbed for a root outside a repository
# the files of Terraform's standard module layout: a folder with one of them is a module, whose
# other files are read with any of its files passed alone
MODULE_LAYOUT = (
    "main.tf",
    "variables.tf",
    "outputs.tf",
    "versions.tf",
    "providers.tf",
    "provider.tf",
    "locals.tf",
    "backend.tf",
    ".terraform.lock.hcl",
)
MAX_FILE_BYTES = 20 * 1024 * 1024
HEAD_BYTES = 256 * 1024  # what is read of a file too large to review, to tell whether it is IaC


@dataclass
class SourceFile:
    path: str  # as shown in findings
    real: Path
    language: str  # a registry Language id, or "markdown"
    data: bytes = b""
    reported: bool = True  # False: read for cross-file facts only (a file of the project not passed)


@dataclass
class ProjectSpec:
    root: str
    origin: str  # file | markdown | directory
    files: list[SourceFile] = field(default_factory=list)
    manifests: list[Path] = field(default_factory=list)
    walked: bool = False  # the root itself is inside a folder passed (project-level rules apply)


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


def project_root(path: Path, language: str) -> Path | None:
    """The root of the program holding `path`: the nearest folder with a root marker, not above the
    repository's root (the nearest `.git`); None for a file that belongs to no program (it is a
    project of its own, whatever else its folder holds)."""
    markers = NODE_ROOT_MARKERS if language == "typescript" else ROOT_MARKERS
    folder = path.parent
    for depth, candidate in enumerate((folder, *folder.parents)):
        if any((candidate / marker).is_file() for marker in markers):
            return candidate
        if (candidate / ".git").exists() or depth >= MAX_CLIMB:
            return None
    return None


STDIN = "-"


def discover(
    paths: list[str],
    excluded: Callable[[str], bool] = lambda _: False,
    overrides: dict[Path, bytes] | None = None,
    stdin: tuple[str, bytes] | None = None,
    respect_gitignore: bool = True,
    context: bool = True,
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
    folders = [Path(given).resolve() for given in paths if given != STDIN and Path(given).is_dir()]
    for spec in result.projects:
        if spec.origin != "directory":
            continue
        root = Path(spec.root)
        spec.walked = any(root == folder or folder in root.parents for folder in folders)
        if context and not spec.walked:  # a file or subfolder passed: the rest of the project is context
            _add_context(spec, excluded, respect_gitignore)
        if len(spec.files) == 1 and not spec.manifests:
            spec.origin = "file"
    return result


def _add_context(spec: ProjectSpec, excluded: Callable[[str], bool], respect_gitignore: bool) -> None:
    """The project's other files, read for cross-file facts (outputs.tf beside the main.tf passed, the
    module a passed file imports) and never reported: a file's findings do not depend on how it was
    passed (alone, with its folder, or by the pre-commit hook)."""
    root = Path(spec.root)
    grouping = registry.language(spec.files[0].language).projects
    if grouping == "module" and not is_module(root):
        return  # loose .tf files side by side (examples, alternatives), not the files of one module
    have = {s.real for s in spec.files}
    candidates = (
        sorted(root.glob("*.tf")) if grouping == "module" else walk(root, excluded, respect_gitignore)
    )
    for path in candidates:
        try:
            real = path.resolve(strict=True)
            if real in have or not real.is_file() or real.stat().st_size > MAX_FILE_BYTES:
                continue
            data = with_line_feeds(real.read_bytes())
        except (OSError, RuntimeError):
            continue  # context is best effort: what cannot be read is simply not there
        language, _ = classify(real, data, False, str(path.relative_to(root)))
        if language is None or language == "markdown" or registry.language(language).projects != grouping:
            continue
        if grouping == "program" and project_root(real, language) != root:
            continue  # a nested program of its own
        spec.files.append(SourceFile(_shown(real), real, language, data, reported=False))
        have.add(real)


def is_module(folder: Path) -> bool:
    """Whether a folder is laid out as a Terraform module (one of its standard files is there)."""
    return any((folder / name).is_file() for name in MODULE_LAYOUT)


def _shown(path: Path) -> str:
    """A context file's path as findings would show it: relative to the working folder when below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


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
    if grouping == "module":  # a module is a folder; a .tf file named among loose ones is itself
        root = real.parent if not explicit or is_module(real.parent) else None
    else:
        root = project_root(real, language) if grouping == "program" else None
    if root is not None:  # a Terraform module is its folder; a program, the tree under its root
        spec = programs.get(root)
        if spec is None:
            spec = programs[root] = ProjectSpec(str(root), "directory")
            names = (".terraform.lock.hcl",) if grouping == "module" else MANIFEST_NAMES
            spec.manifests = [root / m for m in names if (root / m).is_file()]
            result.projects.append(spec)
    else:
        origin = "markdown" if language == "markdown" else "file"
        result.projects.append(ProjectSpec(shown, origin, [source]))
        return
    spec.files.append(source)


def _head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


def with_line_feeds(data: bytes) -> bytes:
    """A file whose lines end in a bare CR (classic Mac OS) read as LF lines: same length, so every
    offset still points into the file as it is on disk (`fix` writes CR back)."""
    if b"\r" in data and b"\n" not in data:
        return data.replace(b"\r", b"\n")
    return data
