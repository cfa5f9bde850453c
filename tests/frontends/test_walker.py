"""The walk the TypeScript and Python frontends share: the same program in both languages gives the
same model (conditions, fallbacks, string templates, SDK methods)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import by_name, project_of

TS_HEAD = 'import * as pulumi from "@pulumi/pulumi";\nimport * as aws from "@pulumi/aws";\n'
PY_HEAD = "import pulumi\nimport pulumi_aws as aws\n"

# (TypeScript, Python) of one program each
EARLY_RETURN = (
    TS_HEAD + 'const env = "dev";\nfunction monitoring() {\n  if (env !== "prod") {\n    return;\n  }\n'
    '  new aws.cloudwatch.LogGroup("logs", {});\n}\nmonitoring();\n',
    PY_HEAD + 'env = "dev"\ndef monitoring():\n    if env != "prod":\n        return\n'
    '    aws.cloudwatch.LogGroup("logs")\nmonitoring()\n',
)
TERNARY = (
    TS_HEAD
    + 'const env = "dev";\nconst logs = env === "prod" ? new aws.cloudwatch.LogGroup("logs", {}) : undefined;\n',
    PY_HEAD + 'env = "dev"\nlogs = aws.cloudwatch.LogGroup("logs") if env == "prod" else None\n',
)
AND = (
    TS_HEAD + 'const env = "dev";\nconst logs = env === "prod" && new aws.cloudwatch.LogGroup("logs", {});\n',
    PY_HEAD + 'env = "dev"\nlogs = env == "prod" and aws.cloudwatch.LogGroup("logs")\n',
)
FALLBACK = (
    TS_HEAD + "declare const given: aws.kms.Key | undefined;\n"
    'const key = given ?? new aws.kms.Key("key", {});\nexport const keyArn = key.arn;\n',
    PY_HEAD + 'given = None\nkey = given or aws.kms.Key("key")\npulumi.export("key_arn", key.arn)\n',
)
TEMPLATE = (
    TS_HEAD + "const env = pulumi.getStack();\nconst prefix = `app-${env}`;\n"
    'new aws.s3.Bucket("b", { bucket: prefix + "-data" });\n',
    PY_HEAD
    + 'env = pulumi.get_stack()\nprefix = f"app-{env}"\naws.s3.Bucket("b", bucket=prefix + "-data")\n',
)
APPLY = (
    TS_HEAD + 'const role = new aws.iam.Role("r", { assumeRolePolicy: aws.getCallerIdentityOutput()'
    ".accountId.apply((id) => JSON.stringify({ Statement: [] })) });\n",
    PY_HEAD + 'role = aws.iam.Role("r", assume_role_policy=aws.get_caller_identity_output()'
    '.account_id.apply(lambda id: "{}"))\n',
)
LANGUAGES = [("ts", "index.ts", 0), ("py", "__main__.py", 1)]


@pytest.mark.parametrize(("language", "name", "at"), LANGUAGES, ids=[lang for lang, _, _ in LANGUAGES])
@pytest.mark.parametrize(
    ("program", "expected"),
    [
        (EARLY_RETURN, [('env !== "prod"', True), ('env != "prod"', True)]),
        (TERNARY, [('env === "prod"', False), ('env == "prod"', False)]),
        (AND, [('env === "prod"', False), ('env == "prod"', False)]),
    ],
    ids=["early-return", "ternary", "and"],
)
def test_conditions_guard_what_they_guard(
    tmp_path: Path,
    language: str,
    name: str,
    at: int,
    program: tuple[str, str],
    expected: list[tuple[str, bool]],
) -> None:
    logs = by_name(project_of(tmp_path, {name: program[at]}), "logs")
    assert [(c.text, c.negated) for c in logs.conditions] == [expected[at]]


@pytest.mark.parametrize(("language", "name", "at"), LANGUAGES, ids=[lang for lang, _, _ in LANGUAGES])
def test_a_fallback_to_a_new_resource_is_that_resource(
    tmp_path: Path, language: str, name: str, at: int
) -> None:
    project = project_of(tmp_path, {name: FALLBACK[at]})
    assert by_name(project, "key").id in project.output_targets()


@pytest.mark.parametrize(("language", "name", "at"), LANGUAGES, ids=[lang for lang, _, _ in LANGUAGES])
def test_plus_on_a_template_is_a_template(tmp_path: Path, language: str, name: str, at: int) -> None:
    bucket = by_name(project_of(tmp_path, {name: TEMPLATE[at]}), "b")
    value = bucket.prop("bucket")
    assert type(value).__name__ == "Template"
    assert value.literal_text == "app--data"  # type: ignore[union-attr]


@pytest.mark.parametrize(("language", "name", "at"), LANGUAGES, ids=[lang for lang, _, _ in LANGUAGES])
def test_apply_is_kept_as_a_call(tmp_path: Path, language: str, name: str, at: int) -> None:
    role = by_name(project_of(tmp_path, {name: APPLY[at]}), "r")
    policy = role.prop("assumeRolePolicy")
    assert type(policy).__name__ == "Call" and policy.func == "apply"  # type: ignore[union-attr]
