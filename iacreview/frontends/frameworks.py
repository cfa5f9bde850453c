"""What SDK names mean in each program framework: Pulumi, AWS CDK v2 and CDKTF.

The program frontends (TypeScript, Python) call here to learn what an import binds, whether a
`new X(...)` / `X(...)` creates a resource, a stack output or a plain value, and (for CDK L2
constructs) what the construct's props mean in the shared model: `encryption: S3_MANAGED` is the
same `sseAlgorithm: AES256` a CloudFormation template writes, so rules need no framework cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from iacreview.model import Call, ListValue, Literal, MapValue, Span, Unknown, Value
from iacreview.model.values import Entry, snake_case

COMPONENT_BASES = frozenset(
    {
        "pulumi.ComponentResource",
        "pulumi.resource.ComponentResource",
        "cdk.Stack",
        "cdk.NestedStack",
        "cdk.Stage",
        "constructs.Construct",
        "cdktf.TerraformStack",
    }
)
CDK_DEFAULT_LOG_RETENTION_DAYS = 731  # logs.LogGroup without `retention` keeps logs two years
CDK_INFINITE_RETENTION = 9999


snake = snake_case  # the model's spelling of a name in snake case


# --- imports -----------------------------------------------------------------------------------
def ts_module_path(module: str) -> str | None:
    """The SDK path a TypeScript import binds: `aws-cdk-lib/aws-s3` -> `cdk.s3`."""
    if module in ("@pulumi/aws", "@pulumi/pulumi", "@pulumi/aws-native"):
        return {"@pulumi/aws": "aws", "@pulumi/pulumi": "pulumi", "@pulumi/aws-native": "aws-native"}[module]
    if module.startswith("@pulumi/aws/"):
        return "aws." + module.split("/", 2)[2].replace("/", ".")
    if module == "aws-cdk-lib":
        return "cdk"
    if module.startswith("aws-cdk-lib/aws-"):
        return "cdk." + module.split("/aws-", 1)[1].split("/")[0].replace("-", "")
    if module in ("constructs", "cdktf"):
        return module
    if module == "@cdktf/provider-aws":
        return "cdktf.aws"
    if module.startswith("@cdktf/provider-aws/lib/"):
        return "cdktf.aws." + module.rsplit("/", 1)[1].replace("-", "_")
    generated = _GENERATED_TS.search(module)
    if generated:  # bindings `cdktf get` generated into the project: `./.gen/providers/aws/s3-bucket`
        rest = generated.group(1).strip("/")
        return "cdktf.aws." + rest.rsplit("/", 1)[-1].replace("-", "_") if rest else "cdktf.aws"
    return None


_GENERATED_TS = re.compile(r"(?:^|/)\.gen/providers/aws((?:/lib)?(?:/[\w-]+)?)/?(?:index)?$")


def py_module_path(module: str) -> str | None:
    """The SDK path a Python import binds: `aws_cdk.aws_s3` -> `cdk.s3`."""
    head, _, rest = module.partition(".")
    if head in ("pulumi_aws", "pulumi", "pulumi_aws_native"):
        base = {"pulumi_aws": "aws", "pulumi": "pulumi", "pulumi_aws_native": "aws-native"}[head]
        return f"{base}.{rest}" if rest else base
    if head == "aws_cdk":
        return member_path("cdk", rest) if rest else "cdk"
    if head in ("constructs", "cdktf"):
        return module
    if head == "cdktf_cdktf_provider_aws":
        return f"cdktf.aws.{rest}" if rest else "cdktf.aws"
    if head == "imports" and (rest == "aws" or rest.startswith("aws.")):  # `cdktf get` bindings in Python
        return "cdktf." + rest
    return None


def member_path(path: str, name: str) -> str:
    """`cdk`+`aws_s3` -> `cdk.s3`; `cdktf.aws`+`s3Bucket` -> `cdktf.aws.s3_bucket`; `lambda_` -> `lambda`."""
    if path == "cdk" and name.startswith("aws_"):
        return "cdk." + name[4:].replace("_", "")
    if path == "cdktf.aws" and name[:1].islower():
        return f"cdktf.aws.{snake(name)}"
    if name.endswith("_") and name[:-1].islower():
        name = name[:-1]
    return f"{path}.{name}"


# --- constructors --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Construction:
    """What calling a constructor means: kind is resource, output, parameter, value (a plain object)
    or policy."""

    kind: str
    framework: str = ""
    native_type: str = ""
    name_at: int = 0  # positional index of the resource name / construct id
    props_at: int = 1  # positional index of the props object


@cache
def cdk_data() -> dict[str, object]:
    from iacreview.sdkdata import load_json

    return load_json("aws_cdk_lib.json")


def classify(path: str, positional: int) -> Construction | None:
    parts = path.split(".")
    if parts[:2] == ["cdktf", "aws"] and len(parts) == 3 and parts[2][:1].isupper():
        # a class imported from the package root (`import { S3Bucket } from "@cdktf/provider-aws"`):
        # its module is its name in snake case (`S3BucketVersioningA` is `s3_bucket_versioning`)
        module = snake(parts[2]).removesuffix("_a")
        parts = ["cdktf", "aws", module, parts[2]]
    if path == "aws.Provider":
        return Construction("resource", "pulumi", path)
    if len(parts) >= 3 and parts[0] in ("aws", "aws-native") and parts[-1][:1].isupper():
        if parts[-1].endswith(("Args", "ArgsDict")):
            return Construction("value")
        return Construction("resource", "pulumi", path)
    if path == "cdk.CfnOutput":
        return Construction("output", "cdk", path, 1, 2)
    if path == "cdktf.TerraformOutput":
        return Construction("output", "cdktf", path, 1, 2)
    if path in ("cdk.CfnParameter", "cdktf.TerraformVariable"):
        return Construction("parameter", parts[0], path, 1, 2)
    if parts[0] == "cdk" and len(parts) == 3:
        construct = cdk_data()["constructs"].get(f"{parts[1]}.{parts[2]}")  # type: ignore[attr-defined]
        if construct is None or positional < 2:
            return Construction("value", "cdk", f"{parts[1]}.{parts[2]}")
        native = construct.get("cfn_type") or f"{parts[1]}.{parts[2]}"
        return Construction("resource", "cdk", native, 1, 2)
    if parts[0] == "cdktf" and len(parts) == 4 and parts[1] == "aws":
        module = parts[2]
        if positional < 2:
            return Construction("value", "cdktf", module)
        # a module holds one resource class, named after it; a class of another name is its own
        # type: old bindings grouped classes by service (`vpc.Subnet`, `elb.Lb`), and
        # `rds_cluster.RdsClusterSubnetGroup` is not an `aws_rds_cluster`
        named = snake(parts[3]).removesuffix("_a")
        if named.replace("_", "") != module.replace("_", ""):
            module = named
        if module in ("provider", "aws_provider"):
            return Construction("resource", "cdktf", "aws.Provider", 1, 2)
        if module == "data_aws_iam_policy_document":
            return Construction("policy", "cdktf", module, 1, 2)
        if module.startswith("data_"):
            return Construction("value", "cdktf", module)
        return Construction("resource", "cdktf", f"aws_{module}", 1, 2)
    return None


# --- CDK values and L2 semantics -----------------------------------------------------------------
def cdk_value(cls: str, args: list[Value], props: MapValue, span: Span) -> Value:
    """Plain CDK objects the model understands: principals, policy statements and documents."""
    if cls in ("iam.ServicePrincipal", "iam.PrincipalWithConditions") and args:
        return _map(span, Service=args[0])
    if cls in ("iam.ArnPrincipal", "iam.AccountPrincipal") and args:
        return _map(span, AWS=args[0])
    if cls == "iam.AccountRootPrincipal":
        return _map(span, AWS=Unknown(span, "arn:aws:iam::${AWS::AccountId}:root"))
    if cls in ("iam.AnyPrincipal", "iam.StarPrincipal"):
        return Literal(span, "*")
    if cls in ("iam.FederatedPrincipal", "iam.WebIdentityPrincipal", "iam.OpenIdConnectPrincipal") and args:
        return _map(span, Federated=args[0])
    if cls == "iam.CompositePrincipal":
        return merge_principals(args, span)
    if cls == "iam.PolicyStatement":
        principals = props.get("principals")
        fields: dict[str, Value] = {"Effect": props.get("effect") or Literal(span, "Allow")}
        for key, source in (("Action", "actions"), ("Resource", "resources"), ("Condition", "conditions")):
            value = props.get(source)
            if value is not None:
                fields[key] = value
        if isinstance(principals, ListValue):
            fields["Principal"] = merge_principals(list(principals.items), span)
        return _map(span, **fields)
    if cls == "iam.PolicyDocument":
        return _map(span, Statement=props.get("statements") or ListValue(span, ()))
    if cls == "s3.BlockPublicAccess" and args and not props.entries:
        return args[0]  # `new BlockPublicAccess(BlockPublicAccess.BLOCK_ALL)`: a copy of the preset
    return props if props.entries else Unknown(span, cls)


def merge_principals(principals: list[Value], span: Span) -> Value:
    merged: dict[str, list[Value]] = {}
    for principal in principals:
        if isinstance(principal, Literal) and principal.value == "*":
            return principal
        if isinstance(principal, MapValue):
            for entry in principal.entries:
                items = entry.value.items if isinstance(entry.value, ListValue) else (entry.value,)
                merged.setdefault(entry.key, []).extend(items)
    return MapValue(span, tuple(Entry(k, span, ListValue(span, tuple(v))) for k, v in merged.items()))


def cdk_props(construct: str, props: MapValue, span: Span) -> tuple[MapValue, frozenset[str]]:
    """The CDK L2 props in the model's terms, added beside the props as written; and the keys added."""
    added: dict[str, Value] = {}
    if construct == "s3.Bucket":
        added.update(_bucket(props, span))
    elif construct == "iam.Role":
        principal = props.get("assumedBy")
        if principal is not None:
            statement = _map(
                span,
                Effect=Literal(span, "Allow"),
                Action=Literal(span, "sts:AssumeRole"),
                Principal=principal,
            )
            added["assumeRolePolicyDocument"] = _map(span, Statement=ListValue(span, (statement,)))
    elif construct == "logs.LogGroup":
        retention = props.get("retention")
        if retention is None:
            added["retentionInDays"] = Literal(span, CDK_DEFAULT_LOG_RETENTION_DAYS)
        elif isinstance(retention, Literal) and retention.value == CDK_INFINITE_RETENTION:
            added["retentionInDays"] = Literal(retention.span, 0)  # kept forever: no retention
        else:
            added["retentionInDays"] = retention
    elif construct.startswith("rds.Database") and props.get("storageEncrypted") is None:
        # a cluster is encrypted unless told not to; an instance when it is given a key
        key = props.get("storageEncryptionKey")
        if construct == "rds.DatabaseCluster" or (construct == "rds.DatabaseInstance" and key is not None):
            added["storageEncrypted"] = Literal(key.span if key is not None else span, True)
    elif construct == "ec2.NetworkAclEntry":
        added.update(_acl_entry(props))
    elif construct == "kms.Key" and props.get("policy") is None:
        pass  # CDK writes the default key policy: IAC105 judges it like any default policy
    if not added:
        return props, frozenset()
    written = [e for e in props.entries if e.key not in added]
    # a translated entry points where its source was written (`blockPublicAccess: ...`)
    entries = (*written, *(Entry(k, v.span, v) for k, v in added.items()))
    return MapValue(props.span, entries), frozenset(added)


def _acl_entry(props: MapValue) -> dict[str, Value]:
    """A network ACL entry's `direction` and `traffic` (`AclTraffic.tcpPortRange(1024, 65535)`) as
    CloudFormation's `egress`, `protocol` and `portRange`; one the code wrote itself (not a CDK
    prop) is kept as written, for IAC010 to report."""
    added = _acl_traffic(props)
    return {key: value for key, value in added.items() if props.get(key) is None}


def _acl_traffic(props: MapValue) -> dict[str, Value]:
    added: dict[str, Value] = {}
    direction = props.get("direction")  # TrafficDirection.EGRESS is 0, INGRESS (the default) 1
    if isinstance(direction, Literal):
        added["egress"] = Literal(direction.span, direction.value == 0)
    elif direction is not None:
        added["egress"] = direction  # not known statically
    traffic = props.get("traffic")
    if not isinstance(traffic, Call):
        return added
    method, at, args = traffic.func.rsplit(".", 1)[-1].replace("_", "").lower(), traffic.span, traffic.args
    if method == "alltraffic":
        added["protocol"] = Literal(at, -1)
        return added
    added["protocol"] = Literal(at, 6 if method.startswith("tcp") else 17 if method.startswith("udp") else 1)
    ports = args[:2] if method.endswith("portrange") else args[:1] * 2 if method.endswith("port") else ()
    if len(ports) == 2:
        added["portRange"] = _map(at, **{"from": ports[0], "to": ports[1]})
    return added


def _bucket(props: MapValue, span: Span) -> dict[str, Value]:
    added: dict[str, Value] = {}
    encryption = props.get("encryption")
    key = props.get("encryptionKey")
    choice = str(encryption.value) if isinstance(encryption, Literal) else ""
    at = encryption.span if encryption is not None else span
    algorithm = {
        "S3_MANAGED": "AES256",
        "KMS": "aws:kms",
        "KMS_MANAGED": "aws:kms",
        "DSSE": "aws:kms:dsse",
    }.get(choice)
    if algorithm is None and key is not None:
        algorithm = "aws:kms"
    if algorithm is not None:
        default: dict[str, Value] = {"sseAlgorithm": Literal(at, algorithm)}
        if key is not None:
            default["kmsMasterKeyId"] = key
        elif choice == "KMS_MANAGED":
            default["kmsMasterKeyId"] = Literal(at, "alias/aws/s3")
        elif choice == "KMS":
            default["kmsMasterKeyId"] = Unknown(at, "a key CDK creates for the bucket")
        rule: dict[str, Value] = {"applyServerSideEncryptionByDefault": _map(at, **default)}
        if props.get("bucketKeyEnabled") is not None:
            rule["bucketKeyEnabled"] = props.get("bucketKeyEnabled")  # type: ignore[assignment]
        added["serverSideEncryptionConfiguration"] = _map(at, rule=_map(at, **rule))
    versioned = props.get("versioned")
    if versioned is not None:
        added["versioning"] = _map(versioned.span, enabled=versioned)
    block = props.get("blockPublicAccess")
    if block is not None:
        added["publicAccessBlockConfiguration"] = _public_access_block(block)
    enforce = props.get("enforceSSL")
    if isinstance(enforce, Literal) and enforce.value is True:
        span = enforce.span
        deny = _map(
            span,
            Effect=Literal(span, "Deny"),
            Principal=Literal(span, "*"),
            Action=Literal(span, "s3:*"),
            Condition=_map(span, Bool=_map(span, **{"aws:SecureTransport": Literal(span, "false")})),
        )
        added["policy"] = _map(span, Statement=ListValue(span, (deny,)))
    return added


def _public_access_block(block: Value) -> Value:
    if isinstance(block, MapValue):
        return block
    text = block.text if isinstance(block, Unknown) else str(getattr(block, "value", ""))
    span = block.span
    settings = ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")
    if text.endswith("BLOCK_ALL"):
        on = set(settings)
    elif text.endswith("BLOCK_ACLS") or text.endswith("BLOCK_ACLS_ONLY"):
        on = {"blockPublicAcls", "ignorePublicAcls"}
    else:
        return block
    return _map(span, **{s: Literal(span, s in on) for s in settings})


def _map(span: Span, **fields: Value) -> MapValue:
    return MapValue(span, tuple(Entry(k, span, v) for k, v in fields.items()))


def policy_document(props: MapValue, span: Span) -> Value:
    """A Terraform-style policy-document data source (`DataAwsIamPolicyDocument`) as a value."""
    return Call(span, "aws.iam.getPolicyDocument", (props,))


def assume_role_policy(principal: Value, span: Span) -> MapValue:
    """What `aws.iam.assumeRolePolicyForPrincipal(p)` builds, as a policy document value."""

    def entry(key: str, value: Value) -> Entry:
        return Entry(key, span, value)

    statement = MapValue(
        span,
        (
            entry("Effect", Literal(span, "Allow")),
            entry("Principal", principal),
            entry("Action", Literal(span, "sts:AssumeRole")),
        ),
    )
    return MapValue(
        span,
        (entry("Version", Literal(span, "2012-10-17")), entry("Statement", ListValue(span, (statement,)))),
    )
