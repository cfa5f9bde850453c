from __future__ import annotations

import pytest

from iacreview.model import Call, ListValue, Literal, MapValue, Ref, Template
from tests.conftest import by_name, project_of


@pytest.mark.parametrize(
    ("imports", "expr", "native"),
    [
        ('import * as aws from "@pulumi/aws";', "aws.s3.Bucket", "aws.s3.Bucket"),
        ('import { s3 } from "@pulumi/aws";', "s3.BucketV2", "aws.s3.BucketV2"),
        ('import { s3 as storage } from "@pulumi/aws";', "storage.Bucket", "aws.s3.Bucket"),
        ('import { Bucket } from "@pulumi/aws/s3";', "Bucket", "aws.s3.Bucket"),
        ('import * as cloud from "@pulumi/aws";', "cloud.kms.Key", "aws.kms.Key"),
    ],
)
def test_import_forms(tmp_path, imports: str, expr: str, native: str) -> None:
    project = project_of(tmp_path, {"index.ts": f'{imports}\nconst r = new {expr}("r", {{}});\n'})
    assert [(r.native_type, r.name) for r in project.resources] == [(native, "r")]


def test_resources_in_components_functions_and_top_level(tmp_path) -> None:
    code = """
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
class Storage extends pulumi.ComponentResource {
    public readonly bucket: aws.s3.Bucket;
    constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
        super("app:Storage", name, {}, opts);
        this.bucket = new aws.s3.Bucket("inner", {}, { parent: this });
    }
}
function makeQueue() { return new aws.sqs.Queue("queue", {}); }
const storage = new Storage("s");
const queue = makeQueue();
const top = new aws.sns.Topic("topic", {});
"""
    project = project_of(tmp_path, {"index.ts": code})
    assert by_name(project, "inner").component == "Storage"
    assert by_name(project, "queue").component is None
    assert by_name(project, "topic").component is None
    assert [(c.name, c.instantiated_by) for c in project.components] == [("Storage", ("<program>",))]
    # the module-level name holding the instance, where it is written (not `queue`: not a component)
    [(name, at)] = project.components[0].instances
    assert name == "storage" and code.encode()[at.start : at.end] == b"storage"


def test_references_through_fields_methods_and_attributes(tmp_path) -> None:
    code = """
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
class Keys extends pulumi.ComponentResource {
    public readonly kmsKey: aws.kms.Key;
    constructor(name: string) {
        super("app:Keys", name);
        this.kmsKey = new aws.kms.Key("key", {});
    }
    arn() { return this.kmsKey.arn; }
}
const keys = new Keys("k");
const bucket = new aws.s3.Bucket("b", {});
new aws.s3.BucketServerSideEncryptionConfiguration("enc", {
    bucket: bucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: keys.kmsKey.keyArn } }],
});
export const keyArn = keys.arn();
"""
    project = project_of(tmp_path, {"index.ts": code})
    enc = by_name(project, "enc")
    assert enc.prop("bucket") == Ref(enc.prop("bucket").span, by_name(project, "b").id, "id")
    sse = enc.prop("rules").items[0].get("applyServerSideEncryptionByDefault")
    assert isinstance(sse.get("kms_master_key_id"), Ref)  # property names compare case- and separator-blind
    assert sse.get("kmsMasterKeyId").attr == "keyArn"
    assert project.output_targets() == {by_name(project, "key").id}


def test_exports_and_register_outputs(tmp_path) -> None:
    code = """
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
class C extends pulumi.ComponentResource {
    constructor(name: string) {
        super("app:C", name);
        const t = new aws.sns.Topic("t", {});
        this.registerOutputs({ topicArn: t.arn });
    }
}
new C("c");
const bucket = new aws.s3.Bucket("b", {});
const name = bucket.bucket;
export const arn = bucket.arn;
export { name, name as bucketName };
"""
    project = project_of(tmp_path, {"index.ts": code})
    assert [o.name for o in project.outputs] == ["arn", "name", "bucketName"]
    assert project.output_targets() == {by_name(project, "b").id}


def test_values_json_interpolate_apply_and_templates(tmp_path) -> None:
    code = """
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
const env = "dev";
const bucket = new aws.s3.Bucket(`data-${env}`, {});
const policy = new aws.s3.BucketPolicy("p", {
    bucket: bucket.id,
    policy: pulumi.all([bucket.arn]).apply(([arn]) => JSON.stringify({ Statement: [{ Effect: "Deny", Resource: `${arn}/*` }] })),
});
const role = new aws.iam.Role("r", { name: pulumi.interpolate`role-${bucket.id}`, assumeRolePolicy: JSON.stringify({ Version: "2012-10-17" }) });
"""
    project = project_of(tmp_path, {"index.ts": code})
    assert by_name(project, "data-dev").native_type == "aws.s3.Bucket"  # literal parts fold into the name
    applied = by_name(project, "p").prop("policy")
    assert isinstance(applied, Call) and applied.func == "apply"
    statement = applied.args[1].get("Statement").items[0]
    assert statement.get("Effect") == Literal(statement.get("Effect").span, "Deny")
    assert isinstance(by_name(project, "r").prop("name"), Template)
    assert isinstance(by_name(project, "r").prop("assumeRolePolicy"), MapValue)


def test_conditions_if_else_ternary_and_and_early_return(tmp_path) -> None:
    code = """
import * as aws from "@pulumi/aws";
const env = process.env.STAGE;
if (env === "prod") { new aws.sns.Topic("a", {}); } else { new aws.sns.Topic("b", {}); }
const c = env === "dev" ? new aws.sns.Topic("c", {}) : undefined;
env && new aws.sns.Topic("d", {});
function setup() {
    if (env !== "prod") return;
    new aws.sns.Topic("e", {});
}
setup();
new aws.sns.Topic("f", {});
"""
    project = project_of(tmp_path, {"index.ts": code})
    shown = {r.name: [c.display for c in r.conditions] for r in project.resources}
    assert shown == {
        "a": ['env === "prod"'],
        "b": ['not (env === "prod")'],
        "c": ['env === "dev"'],
        "d": ["env"],
        "e": ['not (env !== "prod")'],
        "f": [],
    }


def test_helper_called_from_two_contexts_keeps_only_its_own_conditions(tmp_path) -> None:
    code = """
import * as aws from "@pulumi/aws";
const prod = process.env.ENV === "prod";
function alarm() { return new aws.cloudwatch.MetricAlarm("x", {}); }
if (prod) { alarm(); }
alarm();
"""
    project = project_of(tmp_path, {"index.ts": code})
    assert by_name(project, "x").conditions == ()


def test_sdk_enum_constants_become_literals(tmp_path) -> None:
    code = 'import * as aws from "@pulumi/aws";\nnew aws.lambda.Function("f", { runtime: aws.lambda.Runtime.NodeJS18dX });\n'
    runtime = by_name(project_of(tmp_path, {"index.ts": code}), "f").prop("runtime")
    assert runtime == Literal(runtime.span, "nodejs18.x")


def test_spans_are_utf8_byte_offsets(tmp_path, catalogue) -> None:
    code = 'import * as aws from "@pulumi/aws";\nconst note = "é€😀"; const b = new aws.s3.Bucket("b", {});\n'
    project = project_of(tmp_path, {"index.ts": code})
    bucket = by_name(project, "b")
    data = code.encode()
    assert data[bucket.type_span.start : bucket.type_span.end] == b"aws.s3.Bucket"


def test_spread_arrays_and_shorthand_properties(tmp_path) -> None:
    code = """
import * as aws from "@pulumi/aws";
const base = { Team: "core" };
const tags = { ...base, Env: "dev" };
const names = ["a", "b"];
new aws.sns.Topic("t", { tags, deliveryPolicy: [...names, "c"] as any });
"""
    topic = by_name(project_of(tmp_path, {"index.ts": code}), "t")
    assert [e.key for e in topic.prop("tags").entries] == ["Team", "Env"]
    assert (
        isinstance(topic.prop("deliveryPolicy"), ListValue) and len(topic.prop("deliveryPolicy").items) == 3
    )


def test_cdk_database_constructs_read_with_their_encryption_defaults(tmp_path) -> None:
    """A CDK cluster is encrypted unless told not to, an instance when given a key: the model says
    `storageEncrypted` as the rules read it in every other framework."""
    code = (
        'import * as rds from "aws-cdk-lib/aws-rds";\n'
        "declare const engine: rds.IClusterEngine;\ndeclare const key: any;\n"
        'new rds.DatabaseCluster(this, "Cluster", { engine });\n'
        'new rds.DatabaseCluster(this, "Plain", { engine, storageEncrypted: false });\n'
        'new rds.DatabaseInstance(this, "Keyed", { engine, storageEncryptionKey: key });\n'
        'new rds.DatabaseInstance(this, "Bare", { engine });\n'
    )
    project = project_of(tmp_path, {"index.ts": code})
    encrypted = {r.name: getattr(r.prop("storageEncrypted"), "value", None) for r in project.resources}
    assert encrypted == {"Cluster": True, "Plain": False, "Keyed": True, "Bare": None}


def test_cdk_network_acl_entries_read_as_cloudformation_entries(tmp_path) -> None:
    """A `NetworkAclEntry`'s (and `acl.addEntry`'s) `direction` and `traffic` are read as
    CloudFormation's `egress`, `protocol` and `portRange`, derived, not written."""
    from tests.conftest import project_of

    text = (
        'import * as ec2 from "aws-cdk-lib/aws-ec2";\n'
        'const acl = new ec2.NetworkAcl(this, "Acl", { vpc });\n'
        'acl.addEntry("Out", { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(),\n'
        "  traffic: ec2.AclTraffic.tcpPortRange(1024, 65535), direction: ec2.TrafficDirection.EGRESS });\n"
        'new ec2.NetworkAclEntry(this, "In", { networkAcl: acl, ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(),\n'
        "  traffic: ec2.AclTraffic.tcpPort(443) });\n"
        'new ec2.NetworkAclEntry(this, "All", { networkAcl: acl, ruleNumber: 200, cidr: ec2.AclCidr.anyIpv4(),\n'
        "  traffic: ec2.AclTraffic.allTraffic(), direction: ec2.TrafficDirection.INGRESS });\n"
        'new ec2.NetworkAclEntry(this, "Written", { networkAcl: acl, ruleNumber: 300, cidr: ec2.AclCidr.anyIpv4(),\n'
        '  traffic: ec2.AclTraffic.tcpPort(22), protocol: "17" });\n'
    )
    project = project_of(tmp_path, {"stack.ts": text})
    entries = {r.name: r for r in project.resources if r.native_type == "ec2.NetworkAclEntry"}

    def read(name: str) -> tuple[object, ...]:
        entry = entries[name]
        ports = entry.prop("portRange")
        low, high = (ports.get("from"), ports.get("to")) if ports is not None else (None, None)  # type: ignore[union-attr]
        values = (entry.prop("egress"), entry.prop("protocol"), low, high)
        return tuple(getattr(v, "value", None) for v in values)

    assert read("Acl/Out") == (True, 6, 1024, 65535)
    assert read("In") == (None, 6, 443, 443)  # no direction: CDK's default, inbound
    assert read("All") == (False, -1, None, None)
    assert entries["Acl/Out"].derived == {"networkAcl", "egress", "protocol", "portRange"}
    assert entries["In"].derived == {"protocol", "portRange"}
    # a prop CDK does not have, written anyway, stays as written (IAC010 reports it)
    assert read("Written") == (None, "17", 22, 22) and "protocol" not in entries["Written"].derived
