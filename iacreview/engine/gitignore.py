"""What git ignores, so a walk does not review generated or vendored code (`generated/main.tf`).

Inside a git repository (a folder with `.git` at or above the walked folder) the `.gitignore` files
of the repository root down to the walked folder, of each subfolder as the walk enters it, and
`.git/info/exclude` apply, each to the paths below its own folder; the deepest file that decides a
path wins, and `!pattern` re-includes, as in git. Outside a repository nothing is ignored, as git
itself ignores nothing there. Paths named on the command line are never filtered.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a .gitignore is read: the import costs every run ~30 ms otherwise
    import pathspec


class GitIgnore:
    def __init__(self, root: Path) -> None:
        root = root.resolve()
        self.repository = next((f for f in (root, *root.parents) if (f / ".git").exists()), None)
        self.specs: list[tuple[Path, pathspec.GitIgnoreSpec]] = []  # shallowest first
        self.seen: set[Path] = set()
        if self.repository is None:
            return
        self._load(self.repository, self.repository / ".git" / "info" / "exclude")
        for folder in reversed([root, *root.parents]):
            if folder == self.repository or self.repository in folder.parents:
                self.enter(folder)

    def enter(self, folder: Path) -> None:
        """Read `folder/.gitignore` (an absolute path), once, as the walk comes into the folder."""
        if self.repository is None or folder in self.seen:
            return
        self.seen.add(folder)
        self._load(folder, folder / ".gitignore")

    def _load(self, base: Path, file: Path) -> None:
        try:
            lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        import pathspec

        self.specs.append((base, pathspec.GitIgnoreSpec.from_lines(lines)))

    def ignores(self, path: Path, is_dir: bool) -> bool:
        """Whether git ignores `path` (absolute, below the walked folder)."""
        if not self.specs:
            return False
        decided = False
        for base, spec in self.specs:  # shallowest first: a deeper file overrides
            if base != path and base not in path.parents:
                continue
            relative = path.relative_to(base).as_posix() + ("/" if is_dir else "")
            include = spec.check_file(relative).include
            if include is not None:
                decided = include
        return decided
