"""Fixes that would be wrong where they stand are not offered: a bucket a service delivers logs into
keeps its encryption (its key policy would need the service's grants)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.engine.catalogue import Catalogue
from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner

ACCESS_LOGS_CFN = """\
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  LogsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  DataBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
      LoggingConfiguration:
        DestinationBucketName: !Ref LogsBucket
"""
TRAIL_TS = """\
import * as aws from "@pulumi/aws";

const trailBucket = new aws.s3.Bucket("trail", {
    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
});
const data = new aws.s3.Bucket("data", {
    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
});
new aws.cloudtrail.Trail("trail", { s3BucketName: trailBucket.id });
export const names = [trailBucket.bucket, data.bucket];
"""


@pytest.mark.parametrize(
    ("name", "text", "log_bucket", "other", "sse_s3_required"),
    [
        ("t.yaml", ACCESS_LOGS_CFN, "LogsBucket", "DataBucket", True),
        ("index.ts", TRAIL_TS, "trail", "data", False),
    ],
    ids=["s3-access-logs", "cloudtrail"],
)
def test_a_log_delivery_bucket_gets_no_kms_fix(
    tmp_path: Path, name: str, text: str, log_bucket: str, other: str, sse_s3_required: bool
) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = Scanner(Catalogue.load(), Config(), select=["IAC101", "IAC103"]).scan([str(path)])
    fixable = {(f.rule_id, f.message.split("`")[1]): f.fixable for f in result.findings}
    # S3 access logs are delivered only into SSE-S3 buckets: AES256 there is right, not an IAC101;
    # a CloudTrail bucket may use a key that grants CloudTrail: reported, but not switched by a fix
    assert fixable.get(("IAC101", log_bucket)) is (None if sse_s3_required else False)
    assert fixable[("IAC103", log_bucket)] is False
    assert fixable[("IAC101", other)] is True  # the bucket that only holds data is still fixed


BUCKET_TS = 'import * as aws from "@pulumi/aws";\n\nexport const data = new aws.s3.Bucket("data", {});\n'
ROLE_TS = (
    'import * as aws from "@pulumi/aws";\n\nconst role = new aws.iam.Role("r", {assumeRolePolicy: "{}"});\n'
)


@pytest.mark.parametrize(
    ("files", "fixable"),
    [
        ({"Pulumi.yaml": "name: app\nruntime: nodejs\n", "index.ts": ROLE_TS}, True),
        ({"Pulumi.yaml": "name: app\nruntime: nodejs\nmain: bin/app.ts\n", "bin/app.ts": ROLE_TS}, True),
        (
            {
                "Pulumi.yaml": "name: app\nruntime: nodejs\nmain: bin/app.ts\n",
                "bin/app.ts": BUCKET_TS,
                "lib/role.ts": ROLE_TS,
            },
            False,
        ),
        (
            {"Pulumi.yaml": "name: app\nruntime: nodejs\n", "index.ts": BUCKET_TS, "lib/role.ts": ROLE_TS},
            False,
        ),
    ],
    ids=["index", "main", "outside-main", "outside-index"],
)
def test_outputs_are_added_only_where_pulumi_runs(
    tmp_path: Path, files: dict[str, str], fixable: bool
) -> None:
    """An `export` outside the file Pulumi runs is no stack output: no fix is offered there."""
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    result = Scanner(Catalogue.load(), Config(), select=["IAC501"]).scan([str(tmp_path)])
    role_file = next(name for name, text in files.items() if text == ROLE_TS)
    role = [f for f in result.findings if f.path.endswith(role_file)]
    assert len(role) == 1 and role[0].fixable is fixable


UNGATE = """import * as aws from "@pulumi/aws";
const stage = process.env.STAGE;
if (stage === "prod") {
    // the API's logs
    new aws.cloudwatch.LogGroup("api", { retentionInDays: 30 });
%s}%s
"""


@pytest.mark.parametrize(
    ("other", "tail", "if_stays"),
    [
        ("", "", False),  # the if guarded only the monitoring: its body takes its place
        ('    new aws.s3.Bucket("cache");\n', "", True),  # something else stays guarded
        ("", ' else {\n    new aws.s3.Bucket("cache");\n}', True),  # an else keeps the if
    ],
)
def test_ungating_removes_an_if_only_when_nothing_else_depends_on_it(
    tmp_path: Path, other: str, tail: str, if_stays: bool
) -> None:
    from iacreview.cli import main

    path = tmp_path / "index.ts"
    path.write_text(UNGATE % (other, tail))
    main(["fix", "--unsafe", "--isolated", "--select", "IAC301", str(path)])
    text = path.read_text()
    assert ('if (stage === "prod")' in text) is if_stays
    assert '// the API\'s logs\nnew aws.cloudwatch.LogGroup("api"' in text


BUCKET_MODULE = """import * as aws from "@pulumi/aws";
export const %s = new aws.s3.Bucket("%s", {
    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
});
"""


def test_a_program_gets_one_new_key_however_many_modules_hold_buckets(tmp_path: Path) -> None:
    """A key added in two modules of one program would be two `data-key` resources: a duplicate URN at
    deploy. The key goes into one module (the entry point's first, else the first file's)."""
    from iacreview.cli import main

    (tmp_path / "Pulumi.yaml").write_text("name: app\nruntime: nodejs\n")
    (tmp_path / "index.ts").write_text(
        'import { data } from "./storage";\nimport { logs } from "./logs";\n'
        "export const names = [data.bucket, logs.bucket];\n"
    )
    (tmp_path / "storage.ts").write_text(BUCKET_MODULE % ("data", "data"))
    (tmp_path / "logs.ts").write_text(BUCKET_MODULE % ("logs", "logs"))
    main(["fix", "--unsafe", "--isolated", "--select", "IAC101,IAC103", str(tmp_path)])
    keys = [p.name for p in sorted(tmp_path.glob("*.ts")) if 'new aws.kms.Key("data-key"' in p.read_text()]
    assert keys == ["logs.ts"]
    assert "kmsMasterKeyId: dataKey.arn" in (tmp_path / "logs.ts").read_text()
    assert "dataKey" not in (tmp_path / "storage.ts").read_text()


def test_a_key_declared_after_the_bucket_is_not_referenced_before_it(tmp_path: Path) -> None:
    """`const` is not hoisted: `kmsMasterKeyId: key.arn` above `const key = ...` fails at run time
    (and in tsc), so no fix refers to it there."""
    path = tmp_path / "index.ts"
    path.write_text(
        'import * as aws from "@pulumi/aws";\n'
        'export const bucket = new aws.s3.Bucket("data", {\n'
        '    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },\n'
        "});\n"
        'const key = new aws.kms.Key("key", { enableKeyRotation: true });\n'
        "export const keyArn = key.arn;\n"
    )
    result = Scanner(Catalogue.load(), Config(), select=["IAC101"]).scan([str(path)])
    assert [f.fix for f in result.findings] == [None]


def test_a_cdk_output_in_markdown_imports_its_class_in_its_own_block(tmp_path: Path) -> None:
    from iacreview.cli import main

    answer = tmp_path / "answer.md"
    answer.write_text(
        "The app:\n\n```typescript\nimport { App } from 'aws-cdk-lib';\nconst app = new App();\n```\n\n"
        "The stack:\n\n```typescript\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n\n"
        "export class Data extends Stack {\n  constructor(scope: Construct, id: string) {\n"
        "    super(scope, id);\n    new s3.Bucket(this, 'Data');\n  }\n}\n```\n"
    )
    main(["fix", "--isolated", "--select", "IAC501", str(answer)])
    first, second = answer.read_text().split("The stack:")
    assert "CfnOutput" not in first
    assert "import { CfnOutput } from 'aws-cdk-lib';\nimport * as s3" in second
    assert (
        "    const data = new s3.Bucket(this, 'Data');\n    new CfnOutput(this, 'DataArn', { value: data.bucketArn });\n"
        in second
    )


@pytest.mark.parametrize(
    ("name", "code", "declared"),
    [
        (
            "stack.ts",
            "import * as kms from 'aws-cdk-lib/aws-kms';\nnew kms.Key(this, 'Delete');\n",
            "const deleteKey = ",
        ),
        ("stack.py", "from aws_cdk import aws_kms as kms\nkms.Key(self, 'Lambda')\n", "lambda_key = "),
    ],
)
def test_a_construct_is_never_bound_to_a_reserved_word(
    tmp_path: Path, name: str, code: str, declared: str
) -> None:
    from iacreview.cli import main

    path = tmp_path / name
    path.write_text(code)
    main(["fix", "--isolated", "--select", "IAC501", str(path)])
    assert declared in path.read_text()


def test_no_output_class_import_beside_a_function_local_one(tmp_path: Path) -> None:
    """`from aws_cdk import CfnOutput` inside the stack's __init__ makes the name local to it: an output
    written above that line would raise UnboundLocalError, so there is no fix."""
    from iacreview.cli import main

    path = tmp_path / "stack.py"
    code = (
        "from aws_cdk import Stack\nfrom aws_cdk import aws_kms as kms\n\n\nclass Keys(Stack):\n"
        "    def __init__(self, scope, id):\n        super().__init__(scope, id)\n"
        "        key = kms.Key(self, 'Data')\n        from aws_cdk import CfnOutput\n\n"
        "        CfnOutput(self, 'Id', value=key.key_id)\n"
    )
    path.write_text(code.replace("value=key.key_id", "value='x'"))
    main(["fix", "--isolated", "--select", "IAC501", str(path)])
    assert path.read_text() == code.replace("value=key.key_id", "value='x'")


def test_a_new_key_never_lands_inside_a_multiline_string(tmp_path: Path) -> None:
    """User data written at column 0 inside a triple-quoted string looked like module-level code: the
    key went into the string and the bucket named an undefined `data_key`."""
    from iacreview.cli import main

    path = tmp_path / "__main__.py"
    path.write_text(
        "import pulumi\nimport pulumi_aws as aws\n\n\nclass Stack:\n    def __init__(self):\n"
        '        script = """#!/bin/bash\nyum install -y httpd\n"""\n'
        '        self.bucket = aws.s3.Bucket("data", server_side_encryption_configuration={"rule": {'
        '"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}})\n\n\nStack()\n'
    )
    main(["fix", "--unsafe", "--isolated", "--select", "IAC101,IAC103", str(path)])
    text = path.read_text()
    assert '"""#!/bin/bash\nyum install -y httpd\n"""' in text
    assert text.index("data_key = aws.kms.Key(") < text.index("class Stack:")
    compile(text, str(path), "exec")


def test_no_new_key_for_a_bucket_with_no_encryption_setting_to_point_at_it(tmp_path: Path) -> None:
    """A key nothing uses would only silence IAC103: the bucket would still be on SSE-S3."""
    path = tmp_path / "index.ts"
    path.write_text(
        'import * as aws from "@pulumi/aws";\nexport const bucket = new aws.s3.Bucket("data", {});\n'
    )
    result = Scanner(Catalogue.load(), Config(), select=["IAC103"]).scan([str(path)])
    assert [(f.rule_id, f.fix) for f in result.findings] == [("IAC103", None)]


TERRAFORM_BUCKET = """\
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data"%s
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
"""


def test_a_terraform_key_reuses_the_modules_caller_identity_and_skips_other_providers(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(TERRAFORM_BUCKET % "")
    (tmp_path / "data.tf").write_text('data "aws_caller_identity" "current" {}\n')
    result = Scanner(Catalogue.load(), Config(), select=["IAC103"]).scan([str(tmp_path)])
    (fix,) = [f.fix for f in result.findings]
    assert fix is not None
    (edit,) = [e for e in fix.edits if e.text.startswith("resource")]
    assert 'resource "aws_kms_key" "data" {' in edit.text and 'data "aws_caller_identity"' not in edit.text
    (tmp_path / "main.tf").write_text(TERRAFORM_BUCKET % "\n  provider      = aws.west")
    result = Scanner(Catalogue.load(), Config(), select=["IAC103"]).scan([str(tmp_path)])
    assert [f.fix for f in result.findings] == [None]  # the key would be in another region


CDK_STACK = """\
import { Stack } from 'aws-cdk-lib';
import { aws_s3 as s3 } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export class Storage extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The data bucket.
    const data = new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.S3_MANAGED });
    this.archive = new s3.Bucket(this, 'Archive', { versioned: true });
    register(new s3.Bucket(this, 'Passed', {}));
  }
}
"""


def test_a_cdk_key_is_created_once_in_the_buckets_scope_in_the_files_style(tmp_path: Path) -> None:
    from iacreview.cli import main

    path = tmp_path / "storage.ts"
    path.write_text(CDK_STACK)
    main(["fix", "--unsafe", "--isolated", "--select", "IAC101,IAC103", str(path)])
    fixed = path.read_text()
    assert fixed.count("new kms.Key(") == 1
    assert (
        "import { aws_kms as kms } from 'aws-cdk-lib';\nimport { aws_s3 as s3 } from 'aws-cdk-lib';\n"
        in fixed
    )
    assert (
        "    super(scope, id);\n"
        "    const dataKey = new kms.Key(this, 'DataKey', { enableKeyRotation: true });\n"
        "    // The data bucket.\n"
    ) in fixed
    assert "encryption: s3.BucketEncryption.KMS, encryptionKey: dataKey" in fixed
    assert "register(new s3.Bucket(this, 'Passed', {}));" in fixed  # an argument: no statement before it


def test_no_new_key_for_a_pulumi_bucket_with_its_own_provider(tmp_path: Path) -> None:
    """The key would be created with the default provider: in another region or account."""
    path = tmp_path / "index.ts"
    path.write_text(
        'import * as aws from "@pulumi/aws";\n'
        'const west = new aws.Provider("west", { region: "us-west-2" });\n'
        'export const bucket = new aws.s3.Bucket("data", {\n'
        '    serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },\n'
        "}, { provider: west });\n"
    )
    result = Scanner(Catalogue.load(), Config(), select=["IAC103"]).scan([str(path)])
    assert [(f.rule_id, f.fix) for f in result.findings] == [("IAC103", None)]


@pytest.mark.parametrize(
    ("imports", "fixed"),
    [
        ('import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";\n', True),
        ('import { S3Bucket } from "./.gen/providers/aws";\n', False),  # no module of its own to stand beside
    ],
)
def test_a_cdktf_key_is_imported_beside_the_buckets_own_module(
    tmp_path: Path, imports: str, fixed: bool
) -> None:
    path = tmp_path / "main.ts"
    path.write_text(
        imports
        + 'import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";\n'
        'const data = new S3Bucket(this, "data", { bucketPrefix: "data" });\n'
        'new S3BucketServerSideEncryptionConfigurationA(this, "sse", {\n'
        "  bucket: data.id,\n"
        '  rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],\n'
        "});\n"
    )
    (finding,) = Scanner(Catalogue.load(), Config(), select=["IAC103"]).scan([str(path)]).findings
    texts = [e.text for e in finding.fix.edits] if finding.fix else []
    assert bool(texts) == fixed
    if fixed:
        assert 'import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";\n' in texts
