from __future__ import annotations

import pytest

from iacreview.model import Literal, MapValue, Ref
from tests.conftest import by_name, project_of


@pytest.mark.parametrize(
    ("imports", "expr", "native"),
    [
        ("import pulumi_aws as aws", "aws.s3.Bucket", "aws.s3.Bucket"),
        ("from pulumi_aws import s3", "s3.BucketV2", "aws.s3.BucketV2"),
        ("from pulumi_aws.s3 import Bucket", "Bucket", "aws.s3.Bucket"),
        ("import pulumi_aws", "pulumi_aws.kms.Key", "aws.kms.Key"),
        ("import pulumi_aws as aws", "aws.lambda_.Function", "aws.lambda.Function"),
    ],
)
def test_import_forms(tmp_path, imports: str, expr: str, native: str) -> None:
    project = project_of(tmp_path, {"__main__.py": f'import pulumi\n{imports}\nr = {expr}("r")\n'})
    assert [(r.native_type, r.name) for r in project.resources] == [(native, "r")]


def test_keyword_args_args_classes_and_dicts_are_one_shape(tmp_path) -> None:
    code = """
import pulumi
import pulumi_aws as aws
a = aws.s3.BucketServerSideEncryptionConfiguration("a", bucket="x", rules=[
    aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
        apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(sse_algorithm="aws:kms"))])
b = aws.s3.BucketServerSideEncryptionConfiguration("b", aws.s3.BucketServerSideEncryptionConfigurationArgs(bucket="x", rules=[
    {"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}}]))
"""
    project = project_of(tmp_path, {"__main__.py": code})
    for name in ("a", "b"):
        rule = by_name(project, name).prop("rules").items[0]
        assert isinstance(rule, MapValue)
        assert rule.get("applyServerSideEncryptionByDefault").get("sseAlgorithm").value == "aws:kms"


def test_components_exports_and_json_dumps(tmp_path) -> None:
    code = """
import json
import pulumi
import pulumi_aws as aws

class Storage(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:Storage", name, None, opts)
        self.bucket = aws.s3.Bucket(f"{name}-bucket", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({"bucket": self.bucket.id})

storage = Storage("data")
role = aws.iam.Role("role", assume_role_policy=json.dumps({"Statement": [{"Principal": {"Service": "ec2.amazonaws.com"}}]}))
pulumi.export("bucket_name", storage.bucket.bucket)
"""
    project = project_of(tmp_path, {"__main__.py": code})
    bucket = by_name(project, "bucket")  # a computed name shows as the variable it is bound to
    assert bucket.component == "Storage"
    [(name, at)] = project.component("Storage").instances  # the module-level name holding it
    assert name == "storage" and code.encode()[at.start : at.end] == b"storage"
    assert [o.name for o in project.outputs] == ["bucket_name"]
    assert project.output_targets() == {bucket.id}
    statement = by_name(project, "role").prop("assume_role_policy").get("Statement").items[0]
    assert statement.get("Principal").get("Service") == Literal(
        statement.get("Principal").get("Service").span, "ec2.amazonaws.com"
    )


def test_conditions_if_ternary_and_early_return(tmp_path) -> None:
    code = """
import pulumi
import pulumi_aws as aws
stage = pulumi.get_stack()
if stage == "prod":
    aws.sns.Topic("a")
else:
    aws.sns.Topic("b")
c = aws.sns.Topic("c") if stage == "dev" else None
def setup():
    if stage != "prod":
        return
    aws.sns.Topic("d")
setup()
"""
    project = project_of(tmp_path, {"__main__.py": code})
    shown = {r.name: [c.display for c in r.conditions] for r in project.resources}
    assert shown == {
        "a": ['stage == "prod"'],
        "b": ['not (stage == "prod")'],
        "c": ['stage == "dev"'],
        "d": ['not (stage != "prod")'],
    }


def test_cross_file_imports_resolve(tmp_path) -> None:
    files = {
        "lib/storage.py": "import pulumi_aws as aws\n\ndef make():\n    return aws.s3.Bucket('data')\n",
        "__main__.py": "import pulumi\nfrom lib.storage import make\nbucket = make()\npulumi.export('name', bucket.bucket)\n",
        "Pulumi.yaml": "name: app\nruntime: python\n",
    }
    project = project_of(tmp_path, files)
    bucket = by_name(project, "data")
    assert isinstance(project.outputs[0].value, Ref) and project.outputs[0].value.target == bucket.id


def test_syntax_error_is_a_finding_not_a_crash(tmp_path, catalogue) -> None:
    from tests.conftest import scan

    (tmp_path / "__main__.py").write_text("import pulumi\nx = (\n")
    assert [(rule) for _, rule, _ in scan([tmp_path / "__main__.py"], catalogue)] == ["IAC000"]


def test_a_component_instance_created_under_a_condition_is_not_a_module_level_instance(tmp_path) -> None:
    code = """
import pulumi
import pulumi_aws as aws

class Storage(pulumi.ComponentResource):
    def __init__(self, name):
        super().__init__("app:Storage", name)
        self.bucket = aws.s3.Bucket(f"{name}-bucket", opts=pulumi.ResourceOptions(parent=self))

if __name__ == "__main__":
    storage = Storage("data")
"""
    project = project_of(tmp_path, {"__main__.py": code})
    assert project.component("Storage").instances == ()


@pytest.mark.parametrize(
    ("expr", "native"),
    [
        ("rds_cluster.RdsCluster", "aws_rds_cluster"),
        ("s3_bucket_versioning.S3BucketVersioningA", "aws_s3_bucket_versioning"),
        # a module holds one resource class: a longer name is another type, not the module's
        ("rds_cluster.RdsClusterSubnetGroup", "aws_rds_cluster_subnet_group"),
        # old bindings grouped classes by service
        ("vpc.Subnet", "aws_subnet"),
        ("elb.LbListener", "aws_lb_listener"),
        ("s3control_access_point.S3ControlAccessPoint", "aws_s3control_access_point"),
    ],
)
def test_cdktf_classes_are_typed_by_module_and_name(tmp_path, expr: str, native: str) -> None:
    module = expr.split(".")[0]
    code = (
        "from cdktf import TerraformStack\n"
        f"from cdktf_cdktf_provider_aws import {module}\n\n"
        "class Stack(TerraformStack):\n"
        "    def __init__(self, scope, id):\n"
        "        super().__init__(scope, id)\n"
        f'        {expr}(self, "r")\n'
    )
    project = project_of(tmp_path, {"main.py": code})
    assert [(r.native_type, r.name) for r in project.resources] == [(native, "r")]


def test_a_method_named_like_a_cdk_one_on_another_object_runs_its_own_code(tmp_path) -> None:
    """`add_entry` and `grant_pass_role` are followed as CDK's only on a network ACL or a role: a
    class of the program with a method of that name is interpreted as written."""
    from tests.conftest import project_of

    text = (
        "from aws_cdk import aws_ec2 as ec2, aws_s3 as s3\n"
        "class Registry:\n"
        "    def add_entry(self, name, versioned=False):\n"
        "        return s3.Bucket(self, name, versioned=versioned)\n"
        "    def grant_pass_role(self, name):\n"
        "        return s3.Bucket(self, name)\n"
        "registry = Registry()\n"
        'registry.add_entry("Logs", versioned=True)\n'
        'registry.grant_pass_role("Audit")\n'
        'acl = ec2.NetworkAcl(self, "Acl", vpc=vpc)\n'
        'acl.add_entry("In", rule_number=100, traffic=ec2.AclTraffic.tcp_port(443))\n'
    )
    project = project_of(tmp_path, {"stack.py": text})
    buckets = [r for r in project.resources if r.native_type == "s3.Bucket"]
    assert len(buckets) == 2 and {"Acl", "Acl/In"} <= {r.name for r in project.resources}
    entry = next(r for r in project.resources if r.name == "Acl/In")
    assert entry.derived == {"networkAcl", "protocol", "portRange"} and entry.prop("ruleNumber") is not None
