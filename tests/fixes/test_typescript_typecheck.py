"""The reference stack, the fixed reviewed stack and every rule's `fixed.pulumi.ts` type-check with
`tsc --strict` against the real `@pulumi/aws` v7 and `@pulumi/pulumi` typings.

The set-up installs the typings from npm once into a cache folder (IACREVIEW_NODE_CACHE, default
~/.cache/iacreview-tests); without npm on the machine the tests are skipped."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from iacreview.cli import main
from iacreview.reference import template_files

PACKAGES = ["typescript@5", "@pulumi/pulumi@3", "@pulumi/aws@7", "@types/node@20"]
RULES = Path(__file__).parent.parent.parent / "rules"
STACK = Path(__file__).parent.parent / "fixtures" / "reviewed-stack"
COMPILER_OPTIONS = {
    "strict": True,
    "target": "es2020",
    "module": "commonjs",
    "moduleResolution": "node",
    "esModuleInterop": True,
    "skipLibCheck": True,
    "noEmit": True,
    "types": ["node"],
}


def installed(folder: str, packages: list[str], package: str, major: str) -> Path:
    """`node_modules` with `packages` installed from npm once into the cache folder `folder` (skip the
    test without npm); `package` must be at version `major`."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed")
    root = Path(os.environ.get("IACREVIEW_NODE_CACHE", Path.home() / ".cache" / "iacreview-tests"))
    project = root / folder
    marker = project / "node_modules" / package / "package.json"
    if not marker.is_file():
        project.mkdir(parents=True, exist_ok=True)
        (project / "package.json").write_text('{"name": "typings", "private": true}\n')
        done = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--silent", *packages],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert done.returncode == 0, f"npm install failed: {done.stderr[-2000:]}"
    assert json.loads(marker.read_text())["version"].startswith(f"{major}.")
    return project / "node_modules"


@pytest.fixture(scope="session")
def node_modules() -> Path:
    return installed("pulumi-aws-v7", PACKAGES, "@pulumi/aws", "7")


def typecheck(files: dict[str, bytes], folder: Path, node_modules: Path) -> subprocess.CompletedProcess[str]:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    (folder / "node_modules").symlink_to(node_modules, target_is_directory=True)
    config = {"compilerOptions": COMPILER_OPTIONS, "files": sorted(files)}
    (folder / "tsconfig.json").write_text(json.dumps(config))
    tsc = node_modules / ".bin" / "tsc"
    return subprocess.run(
        [str(tsc), "-p", "tsconfig.json"], cwd=folder, capture_output=True, text=True, timeout=600
    )


def test_tsc_rejects_a_wrong_program(tmp_path: Path, node_modules: Path) -> None:
    """The control: the checker really reads the typings (an unknown property is an error)."""
    wrong = b'import * as aws from "@pulumi/aws";\nnew aws.s3.Bucket("b", { sseAlgorithmTypo: "aws:kms" });\n'
    done = typecheck({"wrong.ts": wrong}, tmp_path, node_modules)
    assert done.returncode != 0 and "sseAlgorithmTypo" in done.stdout


def test_reference_stack_and_fixed_typescript_typecheck(tmp_path: Path, node_modules: Path) -> None:
    files = {"reference/index.ts": template_files("pulumi-ts")["index.ts"].encode()}
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(STACK / "bad.pulumi.ts", work / "reviewed.ts")
    main(["fix", "--unsafe", "--isolated", str(work / "reviewed.ts")])
    files["reviewed/fixed.ts"] = (work / "reviewed.ts").read_bytes()
    for fixed in sorted(RULES.glob("*/*/examples/fixed.pulumi.ts")):
        files[f"rules/{fixed.parent.parent.name}.ts"] = fixed.read_bytes()
    assert len(files) > 8
    done = typecheck(files, tmp_path / "check", node_modules)
    assert done.returncode == 0, done.stdout[-4000:]
