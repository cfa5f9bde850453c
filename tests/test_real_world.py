"""Patterns of public IaC that were misread, each as a small fixture in the style of the code where
it was seen (written here, not copied): the finding that was wrong must not come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from iacreview.engine.config import Config
from iacreview.engine.runner import Scanner

CASES: dict[str, tuple[str, str, str]] = {
    # (file name, rule, code)
    "regional service principal": (
        "template.yaml",
        "IAC401",
        """AWSTemplateFormatVersion: '2010-09-09'
Resources:
  MachineRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: states.us-west-2.amazonaws.com}
            Action: sts:AssumeRole
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt MachineRole.Arn
      DefinitionString: "{}"
""",
    ),
    "CDK BlockPublicAccess constructor": (
        "stack.ts",
        "IAC802",
        """import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
export class Site extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new s3.Bucket(this, 'Assets', { blockPublicAccess: new s3.BlockPublicAccess(s3.BlockPublicAccess.BLOCK_ALL) });
  }
}
""",
    ),
    "CDK Python Tags.of with keywords": (
        "app.py",
        "IAC801",
        """import aws_cdk as cdk
from aws_cdk import aws_sqs as sqs
from constructs import Construct

class Queues(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        sqs.Queue(self, "Jobs")
        cdk.Tags.of(self).add(key="Owner", value="platform")
""",
    ),
    "Terraform provider default_tags": (
        "main.tf",
        "IAC801",
        """provider "aws" {
  default_tags {
    tags = { Owner = "platform" }
  }
}
resource "aws_sqs_queue" "jobs" {
  name = "jobs-${var.environment}"
}
""",
    ),
    "VPC endpoint policy with Principal *": (
        "endpoint.yaml",
        "IAC403",
        """AWSTemplateFormatVersion: '2010-09-09'
Resources:
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-1
      ServiceName: com.amazonaws.us-east-1.s3
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: "*"
""",
    ),
    "a cluster type is not an environment": (
        "cluster.yaml",
        "IAC301",
        """AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  EnvType: {Type: String, AllowedValues: [Provisioned, Serverless]}
Conditions:
  IsProvisioned: !Equals [!Ref EnvType, Provisioned]
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Condition: IsProvisioned
    Properties: {RetentionInDays: 30}
""",
    ),
    "an emulator switch is not an environment": (
        "emulator.yaml",
        "IAC301",
        """AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  UseLocalStack: {Type: String, Default: "false"}
Conditions:
  IsNotLocalStack: !Equals [!Ref UseLocalStack, "false"]
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Condition: IsNotLocalStack
    Properties: {IsLogging: true, S3BucketName: logs}
""",
    ),
    "input validation is not an environment gate": (
        "index.ts",
        "IAC301",
        """import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const config = new pulumi.Config();
const environment = config.require("environment");
if (!["dev", "staging", "prod"].includes(environment)) {
  throw new Error(`unknown environment ${environment}`);
}
export const logs = new aws.cloudwatch.LogGroup("logs", { retentionInDays: 30 });
""",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_pattern_is_not_misread(tmp_path: Path, catalogue, case: str) -> None:
    name, rule, code = CASES[case]
    path = tmp_path / name
    path.write_text(code)
    result = Scanner(catalogue, Config(), select=[rule, "IAC000"]).scan([str(path)])
    assert result.scanned, "the file is read as IaC"
    assert [f.message for f in result.findings] == []


def test_an_early_return_on_the_environment_still_gates(tmp_path: Path, catalogue) -> None:
    # the counterpart of input validation: code after `if (env !== "prod") return;` is production only
    path = tmp_path / "index.ts"
    path.write_text(
        'import * as aws from "@pulumi/aws";\nexport function monitoring(env: string) {\n'
        '  if (env !== "prod") { return; }\n  new aws.cloudwatch.LogGroup("logs", { retentionInDays: 30 });\n}\n'
        'monitoring("dev");\n'
    )
    result = Scanner(catalogue, Config(), select=["IAC301"]).scan([str(path)])
    assert [f.rule_id for f in result.findings] == ["IAC301"]


NOT_TEMPLATES = {
    "appspec.yaml": "version: 0.0\nResources:\n  - handler:\n      Type: AWS::Lambda::Function\n      Properties: {Name: f}\n",
    "serverless.yml": "service: api\nprovider: {name: aws}\nresources:\n  Resources:\n    Table:\n      Type: AWS::DynamoDB::Table\n",
    "skeleton.yaml": "AWSTemplateFormatVersion: '2010-09-09'\nDescription: to be filled in\n",
    "event.json": '{"detail-type": "x", "resources": ["arn:aws:s3:::b"], "Resources": "AWS::S3::Bucket"}',
}


@pytest.mark.parametrize("name", sorted(NOT_TEMPLATES))
def test_files_that_are_not_templates_are_skipped_not_iac000(tmp_path: Path, catalogue, name: str) -> None:
    path = tmp_path / name
    path.write_text(NOT_TEMPLATES[name])
    result = Scanner(catalogue, Config()).scan([str(path)])
    assert result.findings == []
    assert result.skipped and "not a CloudFormation template" in result.skipped[0]["message"]


def test_a_yaml_fragment_in_a_readme_is_not_a_parse_error(tmp_path: Path, catalogue) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Stack\n\nSet the parameter:\n\n```yaml\nParameters:\n  Env: {Type: String}\n# AWS::S3::Bucket below\n```\n"
    )
    result = Scanner(catalogue, Config()).scan([str(readme)])
    assert result.findings == [] and result.skipped == []


@pytest.mark.parametrize(
    "program",
    [
        'export = async () => {\n  const b = new aws.s3.Bucket("b");\n  return { bucketName: b.bucket };\n};\n',
        'export default async function () {\n  const b = new aws.s3.Bucket("b");\n  return { bucketName: b.bucket };\n}\n',
        'const main = async () => {\n  const b = new aws.s3.Bucket("b");\n  return { bucketName: b.bucket };\n};\nexport default main;\n',
    ],
)
def test_a_program_exported_as_a_function_is_read_with_its_outputs(
    tmp_path: Path, catalogue, program: str
) -> None:
    path = tmp_path / "index.ts"
    path.write_text('import * as aws from "@pulumi/aws";\n' + program)
    result = Scanner(catalogue, Config(), keep_projects=True).scan([str(path)])
    [project] = result.projects
    assert [r.kind for r in project.resources] == ["aws.s3.bucket"]
    assert [o.name for o in project.outputs] == ["bucketName"]
    assert not [f for f in result.findings if f.rule_id == "IAC501"]


def test_a_provider_block_is_no_resource_of_the_stack(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "main.tf"
    path.write_text(
        'provider "aws" {\n  region = "us-east-1"\n}\nresource "aws_sqs_queue" "jobs" {\n  name = "jobs"\n}\n'
    )
    result = Scanner(catalogue, Config(), select=["IAC501", "IAC601"]).scan([str(path)])
    [finding] = result.findings
    assert finding.message == "The stack declares 1 resources but exports no outputs"
    assert path.read_text()[finding.span.start :].startswith('"aws_sqs_queue"')  # not line 1's provider


def test_a_provider_alone_is_an_empty_stack(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "main.tf"
    path.write_text('provider "aws" {\n  region = "us-east-1"\n}\n')
    result = Scanner(catalogue, Config(), select=["IAC501"]).scan([str(path)])
    assert [f.message for f in result.findings] == [
        "The stack configures a provider but declares no resources and exports no outputs"
    ]


@pytest.mark.parametrize("name", ["README.md", "docs/usage.md"])
def test_snippets_in_documentation_get_no_stack_level_findings(tmp_path: Path, catalogue, name: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        '# Usage\n\n```typescript\nimport * as aws from "@pulumi/aws";\nconst b = new aws.s3.Bucket("b");\n```\n'
    )
    result = Scanner(catalogue, Config(), select=["IAC501", "IAC601", "IAC901", "IAC802"]).scan([str(path)])
    assert [f.rule_id for f in result.findings] == ["IAC802"]  # the bucket is still reviewed


def test_a_shell_block_near_a_python_file_name_is_not_python(tmp_path: Path, catalogue) -> None:
    answer = tmp_path / "answer.md"
    answer.write_text(
        "Deploy with main.py:\n\n```bash\npip install -r requirements.txt\npython main.py\n```\n\n"
        '## main.py\n\n```python\nimport pulumi_aws as aws\nbucket = aws.s3.Bucket("b")\n```\n'
    )
    result = Scanner(catalogue, Config(), select=["IAC000", "IAC802"]).scan([str(answer)])
    assert [f.rule_id for f in result.findings] == ["IAC802"]  # the bash block is no syntax error


def test_drafts_in_the_reasoning_are_not_the_answer(tmp_path: Path, catalogue) -> None:
    answer = tmp_path / "MODEL_RESPONSE.md"
    answer.write_text(
        '### Reasoning Trace\n---\nA first draft:\n\n```typescript\nimport * as aws from "@pulumi/aws";\n'
        'const draft = new aws.s3.Bucket("draft");\n```\n\n### Answer\n---\n\n```typescript\n'
        'import * as aws from "@pulumi/aws";\nconst final = new aws.s3.Bucket("final");\n```\n'
    )
    result = Scanner(catalogue, Config(), keep_projects=True).scan([str(answer)])
    assert [r.name for r in result.projects[0].resources] == ["final"]


def test_a_program_that_yields_no_resources_says_so(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "index.ts"
    path.write_text(
        'import * as aws from "@pulumi/aws";\nexport function make(name: string) { return name; }\n'
    )
    result = Scanner(catalogue, Config()).scan([str(path)])
    assert result.findings == []
    assert ["no resources found" in n["message"] for n in result.notes] == [True]


def _findings_for(catalogue, paths: list[Path], target: Path) -> list[tuple[str, int, int]]:
    result = Scanner(catalogue, Config()).scan([str(p) for p in paths])
    return sorted(
        (f.rule_id, f.span.start, f.span.end)
        for f in result.findings
        if Path(f.path).resolve() == target.resolve()
    )


def test_a_terraform_file_has_the_same_findings_alone_with_its_folder_and_from_the_hook(
    tmp_path: Path, catalogue
) -> None:
    (tmp_path / ".git").mkdir()
    module = tmp_path / "infra"
    module.mkdir()
    main = module / "main.tf"
    main.write_text(
        'resource "aws_sqs_queue" "jobs" {\n  name = "jobs-${var.env}"\n}\nresource "aws_s3_bucket" "data" {}\n'
    )
    (module / "outputs.tf").write_text('output "jobs" {\n  value = aws_sqs_queue.jobs.arn\n}\n')
    (module / "variables.tf").write_text('variable "env" {}\n')
    alone = _findings_for(catalogue, [main], main)
    assert (
        alone
        == _findings_for(catalogue, [module], main)
        == _findings_for(catalogue, [main, module / "variables.tf"], main)
    )
    messages = [f.message for f in Scanner(catalogue, Config(), select=["IAC501"]).scan([str(main)]).findings]
    assert messages == ["Bucket `data` is not exported by any stack output"]  # outputs.tf was read


def test_a_program_file_has_the_same_findings_alone_and_with_its_project(tmp_path: Path, catalogue) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "package.json").write_text('{"name": "app", "main": "index.ts"}')
    (tmp_path / "Pulumi.yaml").write_text("name: app\nruntime: nodejs\n")
    (tmp_path / "lib").mkdir()
    stack = tmp_path / "lib" / "stack.ts"
    stack.write_text('import * as aws from "@pulumi/aws";\nexport const key = new aws.kms.Key("key");\n')
    index = tmp_path / "index.ts"
    index.write_text(
        'import * as aws from "@pulumi/aws";\nimport { key } from "./lib/stack";\n'
        'export const bucket = new aws.s3.Bucket("b", { serverSideEncryptionConfiguration: { rule: {\n'
        '  applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } } } });\n'
    )
    alone = _findings_for(catalogue, [index], index)
    assert alone == _findings_for(catalogue, [tmp_path], index)
    assert "IAC103" not in {rule for rule, _, _ in alone}  # the key in lib/stack.ts was read


def test_a_subfolder_scan_reports_nothing_outside_it(tmp_path: Path, catalogue) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "package.json").write_text('{"name": "app"}')
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "index.ts").write_text(
        'import * as aws from "@pulumi/aws";\nexport const b = new aws.s3.Bucket("b");\n'
    )
    result = Scanner(catalogue, Config()).scan([str(tmp_path / "src")])
    assert result.findings and all(
        Path(f.path).parent.name == "src" for f in result.findings
    )  # no IAC901 on package.json


def test_a_pyproject_with_only_tool_settings_is_no_program_root(tmp_path: Path, catalogue) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.iacreview]\nfail-on = 'high'\n")
    (tmp_path / "__main__.py").write_text('import pulumi_aws as aws\nbucket = aws.s3.Bucket("b")\n')
    result = Scanner(catalogue, Config()).scan([str(tmp_path)])
    assert "IAC901" not in {f.rule_id for f in result.findings} and result.findings


@pytest.mark.parametrize(
    ("name", "code"),
    [
        (
            "gen.ts",
            'import { S3Bucket } from "./.gen/providers/aws/s3-bucket";\nnew S3Bucket(this, "data", {});\n',
        ),
        (
            "gen-lib.ts",
            'import { S3Bucket } from "../.gen/providers/aws/lib/s3-bucket";\nnew S3Bucket(this, "data", {});\n',
        ),
        ("root.ts", 'import { S3Bucket } from "@cdktf/provider-aws";\nnew S3Bucket(this, "data", {});\n'),
        (
            "namespace.ts",
            'import { s3Bucket } from "@cdktf/provider-aws";\nnew s3Bucket.S3Bucket(this, "data", {});\n',
        ),
        (
            "star.ts",
            'import * as aws from "@cdktf/provider-aws";\nnew aws.s3Bucket.S3Bucket(this, "data", {});\n',
        ),
        ("gen.py", 'from imports.aws.s3_bucket import S3Bucket\nS3Bucket(self, "data")\n'),
        ("gen_module.py", 'from imports.aws import s3_bucket\ns3_bucket.S3Bucket(self, "data")\n'),
    ],
)
def test_cdktf_bindings_in_every_import_form_are_read(
    tmp_path: Path, catalogue, name: str, code: str
) -> None:
    path = tmp_path / name
    path.write_text(code)
    result = Scanner(catalogue, Config(), keep_projects=True).scan([str(path)])
    assert [(r.kind, r.framework) for p in result.projects for r in p.resources] == [
        ("aws.s3.bucket", "cdktf")
    ]


def test_a_remote_terraform_module_is_said_to_be_not_analysed(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "main.tf"
    path.write_text(
        'module "bucket" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  bucket = "logs"\n}\n'
        'module "local" {\n  source = "./modules/network"\n}\n'
    )
    result = Scanner(catalogue, Config()).scan([str(path)])
    assert [n["message"] for n in result.notes] == [
        "line 1: module `bucket` (terraform-aws-modules/s3-bucket/aws) is not analysed: "
        "the resources it creates are not reviewed"
    ]


@pytest.mark.parametrize(
    ("action", "resourceless"),
    [
        ("rekognition:DetectText", True),  # no resource-level permissions: "*" is the only way
        ("cloudwatch:PutMetricData", True),
        ("transcribe:StartTranscriptionJob", True),
        ("s3:PutObject", False),  # could name its bucket
    ],
)
def test_actions_without_resource_level_permissions(
    tmp_path: Path, catalogue, action: str, resourceless: bool
) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n"
        f"    Properties:\n      PolicyDocument:\n        Statement:\n          - {{Effect: Allow, Action: '{action}', Resource: '*'}}\n"
    )
    [finding] = Scanner(catalogue, Config(), select=["IAC404"]).scan([str(path)]).findings
    assert ("which is the only resource it accepts" in finding.message) is resourceless
    accepting = Config(rule_options={"IAC404": {"allow-resourceless": True}})
    left = Scanner(catalogue, accepting, select=["IAC404"]).scan([str(path)]).findings
    assert bool(left) is not resourceless  # accepted by the option, the others still reported


def test_a_bucket_receiving_access_logs_stays_on_sse_s3_without_a_finding(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "main.tf"
    aes = 'rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }'
    path.write_text(
        'resource "aws_s3_bucket" "alb_logs" {}\n'
        f'resource "aws_s3_bucket_server_side_encryption_configuration" "alb_logs" {{\n  bucket = aws_s3_bucket.alb_logs.id\n  {aes}\n}}\n'
        'resource "aws_lb" "web" {\n  access_logs {\n    bucket  = aws_s3_bucket.alb_logs.id\n    enabled = true\n  }\n}\n'
        'resource "aws_s3_bucket" "data" {}\n'
        f'resource "aws_s3_bucket_server_side_encryption_configuration" "data" {{\n  bucket = aws_s3_bucket.data.id\n  {aes}\n}}\n'
    )
    result = Scanner(catalogue, Config(), select=["IAC101"]).scan([str(path)])
    assert [f.message for f in result.findings] == [
        "Bucket `data` uses SSE-S3 (`AES256`) default encryption instead of `aws:kms` with a customer-managed key"
    ]


CDKTF_STACK = """import { Construct } from 'constructs';
import { Fn, TerraformOutput, TerraformStack } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
export class Data extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const bucket = new S3Bucket(this, 'data', {});
    %s
  }
}
"""


@pytest.mark.parametrize(
    ("name", "code"),
    [
        (
            "override.ts",
            CDKTF_STACK % "this.addOverride('output.bucket_arn', { value: `\\${${bucket.fqn}.arn}` });",
        ),
        ("override-value.ts", CDKTF_STACK % "this.addOverride('output.bucket_arn.value', bucket.arn);"),
        (
            "fn.ts",
            CDKTF_STACK % "new TerraformOutput(this, 'bucket_arn', { value: Fn.tostring(bucket.arn) });",
        ),
        (
            "override.py",
            "from cdktf import TerraformStack\nfrom imports.aws.s3_bucket import S3Bucket\n"
            "class Data(TerraformStack):\n    def __init__(self, scope, id):\n"
            "        super().__init__(scope, id)\n        bucket = S3Bucket(self, 'data')\n"
            "        self.add_override('output.bucket_arn', {'value': bucket.arn})\n",
        ),
        (
            "cdk.ts",
            "import { CfnOutput, Fn, Stack } from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n"
            "export class Data extends Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n"
            "    const bucket = new s3.Bucket(this, 'data');\n"
            "    const cfn = bucket.node.defaultChild as s3.CfnBucket;\n"
            "    new CfnOutput(this, 'BucketArn', { value: Fn.getAtt(cfn.logicalId, 'Arn').toString() });\n"
            "  }\n}\n",
        ),
    ],
)
def test_outputs_written_through_escape_hatches_export_their_resource(
    tmp_path: Path, catalogue, name: str, code: str
) -> None:
    path = tmp_path / name
    path.write_text(code)
    result = Scanner(catalogue, Config(), keep_projects=True).scan([str(path)])
    [project] = result.projects
    [bucket] = [r for r in project.resources if r.kind == "aws.s3.bucket"]
    assert len(project.outputs) == 1
    assert bucket.id in project.output_targets()
    assert not [f for f in result.findings if f.rule_id == "IAC501"]


def test_an_override_of_anything_but_an_output_is_no_output(tmp_path: Path, catalogue) -> None:
    path = tmp_path / "main.ts"
    path.write_text(CDKTF_STACK % "bucket.addOverride('lifecycle.prevent_destroy', true);")
    [project] = Scanner(catalogue, Config(), keep_projects=True).scan([str(path)]).projects
    assert project.outputs == []


CDK_POLICIES = """import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Jobs extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const queue = new sqs.Queue(this, 'Jobs');
    queue.addToResourcePolicy(new iam.PolicyStatement({
      principals: [new iam.AnyPrincipal()],
      actions: ['sqs:SendMessage'],
      resources: [queue.queueArn],
    }));
    const role = new iam.Role(this, 'Worker', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    const fn = new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'), role,
    });
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }));
    const lone = new lambda.Function(this, 'Lone', {
      runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'),
    });
    lone.addToRolePolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
  }
}
"""


def test_cdk_policies_added_by_method_are_named_for_their_owner(tmp_path: Path, catalogue) -> None:
    """CDK synthesises `<role>/DefaultPolicy` (a function's statements go to the role it was given,
    or to its own `<function>/ServiceRole`) and `<queue>/Policy`: findings name those, not a bare
    `DefaultPolicy` that could be any role's; a queue's resource policy is checked for `*`."""
    path = tmp_path / "stack.ts"
    path.write_text(CDK_POLICIES)
    result = Scanner(catalogue, Config(), select=["IAC403", "IAC404"]).scan([str(path)])
    assert sorted(f.message for f in result.findings) == [
        "Policy `Lone/ServiceRole/DefaultPolicy` allows `sqs:*` on `*`",
        "Policy `Worker/DefaultPolicy` allows `dynamodb:*` on `*`",
        "Policy `Worker/DefaultPolicy` allows `s3:*` on `*`",
        "Queue policy `Jobs/Policy` allows any principal (`*`) without a condition",
    ]


@pytest.mark.parametrize(
    ("fence", "first", "second"),
    [
        (
            "typescript",
            "import { App } from 'aws-cdk-lib';\nconst app = new App();\n",
            "import { Stack } from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n"
            "export class Data extends Stack {\n  constructor(scope: any, id: string) {\n"
            "    super(scope, id);\n    new s3.Bucket(this, 'Data');\n  }\n}\n",
        ),
        (
            "python",
            "import aws_cdk as cdk\napp = cdk.App()\n",
            "from aws_cdk import Stack\nfrom aws_cdk import aws_s3 as s3\n\nclass Data(Stack):\n"
            "    def __init__(self, scope, id):\n        super().__init__(scope, id)\n"
            "        s3.Bucket(self, 'Data')\n",
        ),
    ],
)
def test_every_unnamed_block_of_an_answer_is_read(
    tmp_path: Path, catalogue, fence: str, first: str, second: str
) -> None:
    """Unnamed blocks all bear the answer's path: the second one was dropped as if it were the first
    again, so an answer showing the app, then the stack, read as empty."""
    path = tmp_path / "answer.md"
    path.write_text(f"The app:\n\n```{fence}\n{first}```\n\nThe stack:\n\n```{fence}\n{second}```\n")
    [project] = Scanner(catalogue, Config(), keep_projects=True).scan([str(path)]).projects
    assert [r.kind for r in project.resources] == ["aws.s3.bucket"]


def test_a_file_an_answer_shows_twice_is_read_once(tmp_path: Path, catalogue) -> None:
    block = "import * as aws from '@pulumi/aws';\nexport const data = new aws.s3.Bucket('data');\n"
    path = tmp_path / "answer.md"
    path.write_text(
        f"`index.ts`:\n\n```typescript\n{block}```\n\nAgain, `index.ts`:\n\n```typescript\n{block}```\n"
    )
    [project] = Scanner(catalogue, Config(), keep_projects=True).scan([str(path)]).projects
    assert [r.kind for r in project.resources] == ["aws.s3.bucket"]
