from __future__ import annotations

import pytest

from iacreview.frontends.manifests import versions_from
from iacreview.frontends.markdown import blocks, is_test
from tests.conftest import by_name, project_of


def test_later_block_with_the_same_name_replaces_the_earlier() -> None:
    doc = b"## lib/a.ts\n\n```ts\nconst v = 1;\n```\n\n## lib/a.ts\n\n```ts\nconst v = 2;\n```\n\n```ts\n// bin/b.ts\nx\n```\n"
    found = blocks("doc.md", doc)
    assert [(b.unit.name, b.unit.text) for b in found] == [
        ("lib/a.ts", b"const v = 2;\n"),
        ("bin/b.ts", b"// bin/b.ts\nx\n"),
    ]
    assert doc[found[0].unit.base :].startswith(b"const v = 2;")


@pytest.mark.parametrize(
    ("above", "name"),
    [
        ("### `lib/tap-stack.ts`", "lib/tap-stack.ts"),
        ("**File: lib/tap_stack.py**", "lib/tap_stack.py"),
        ("Here is the updated `TapStack.yml` template:", "TapStack.yml"),
        ("## Overview", ""),
    ],
)
def test_file_names_from_the_lines_above(above: str, name: str) -> None:
    doc = f"{above}\n\n```yaml\nkey: value\n```\n".encode()
    assert blocks("d.md", doc)[0].unit.name == name


def test_fence_closed_on_the_last_code_line_and_unclosed_fences() -> None:
    doc = b'```json\n{"a": 1}```\n\ntext\n\n```yaml\nunclosed: true\n\n```python\nx = 1\n```\n'
    found = blocks("d.md", doc)
    assert [(b.language, b.unit.text) for b in found] == [
        ("json", b'{"a": 1}'),
        ("yaml", b"unclosed: true\n\n"),
        ("python", b"x = 1\n"),
    ]


def test_positions_are_lines_of_the_markdown_file(tmp_path) -> None:
    doc = '# Title\n\nProse.\n\n```typescript\nimport * as aws from "@pulumi/aws";\nconst b = new aws.s3.Bucket("b", {});\n```\n'
    project = project_of(tmp_path, {"answer.md": doc})
    bucket = by_name(project, "b")
    data = doc.encode()
    assert data[: bucket.type_span.start].count(b"\n") + 1 == 7
    assert data[bucket.type_span.start : bucket.type_span.end] == b"aws.s3.Bucket"


def test_test_files_are_not_infrastructure() -> None:
    assert is_test("test/tap-stack.unit.test.ts") and is_test("tests/unit/test_tap_stack.py")
    assert not is_test("lib/tap-stack.ts") and not is_test("lib/tap_stack.py")


@pytest.mark.parametrize(
    ("name", "text", "version"),
    [
        ("package.json", '{"dependencies": {"@pulumi/aws": "^6.0.0"}}', "6.0.0"),
        ("requirements.txt", "pulumi>=3.0.0\npulumi-aws>=6.0.0,<7.0.0\n", "6.0.0"),
        ("pyproject.toml", '[project]\ndependencies = ["pulumi_aws==7.2.0"]\n', "7.2.0"),
        ("Pipfile", '[packages]\npulumi-aws = "~=6.5"\n', "6.5"),
    ],
)
def test_provider_versions_from_manifests(name: str, text: str, version: str) -> None:
    assert versions_from(name, text) == {"pulumi-aws": version}
