"""The iacreview reference compliant stack: a customer-managed KMS key, a secure S3 bucket, an IAM
role whose trust matches its users, monitoring in every environment, and outputs for everything."""

import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
tags = {"Environment": environment_suffix, "Project": "app"}


class KMSKey(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions | None = None):
        super().__init__("app:security:KMSKey", name, None, opts)
        account_id = aws.get_caller_identity().account_id
        self.key = aws.kms.Key(
            f"{name}-key",
            description="Application data key",
            enable_key_rotation=True,
            policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "AccountAdmin",
                            "Effect": "Allow",
                            "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"},
                            "Action": "kms:*",
                            "Resource": "*",
                        },
                        {
                            "Sid": "ServicesUse",
                            "Effect": "Allow",
                            "Principal": {"Service": ["s3.amazonaws.com", "logs.amazonaws.com"]},
                            "Action": ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"],
                            "Resource": "*",
                        },
                    ],
                }
            ),
            tags=tags,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.alias = aws.kms.Alias(
            f"{name}-alias",
            name=f"alias/app-data-{environment_suffix}",
            target_key_id=self.key.key_id,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"key_arn": self.key.arn})


class SecureS3Bucket(pulumi.ComponentResource):
    def __init__(self, name: str, kms_key: aws.kms.Key, opts: pulumi.ResourceOptions | None = None):
        super().__init__("app:storage:SecureS3Bucket", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.bucket = aws.s3.Bucket(f"{name}-{environment_suffix}", tags=tags, opts=child)
        aws.s3.BucketVersioning(
            f"{name}-versioning",
            bucket=self.bucket.id,
            versioning_configuration={"status": "Enabled"},
            opts=child,
        )
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-encryption",
            bucket=self.bucket.id,
            rules=[
                {
                    "apply_server_side_encryption_by_default": {
                        "sse_algorithm": "aws:kms",
                        "kms_master_key_id": kms_key.arn,
                    },
                    "bucket_key_enabled": True,
                }
            ],
            opts=child,
        )
        aws.s3.BucketPublicAccessBlock(
            f"{name}-pab",
            bucket=self.bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
            opts=child,
        )
        aws.s3.BucketPolicy(
            f"{name}-tls-only",
            bucket=self.bucket.id,
            policy=pulumi.Output.all(self.bucket.arn).apply(
                lambda args: json.dumps(
                    {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Sid": "DenyInsecureTransport",
                                "Effect": "Deny",
                                "Principal": "*",
                                "Action": "s3:*",
                                "Resource": [args[0], f"{args[0]}/*"],
                                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                            }
                        ],
                    }
                )
            ),
            opts=child,
        )
        self.register_outputs({"bucket_name": self.bucket.bucket})


class IAMRole(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions | None = None):
        super().__init__("app:security:IAMRole", name, None, opts)
        self.role = aws.iam.Role(
            f"{name}-{environment_suffix}",
            assume_role_policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Action": "sts:AssumeRole",
                            "Effect": "Allow",
                            "Principal": {"Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"]},
                        }
                    ],
                }
            ),
            tags=tags,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"role_arn": self.role.arn})


class CloudWatchMonitoring(pulumi.ComponentResource):
    def __init__(
        self, name: str, function_name, kms_key: aws.kms.Key, opts: pulumi.ResourceOptions | None = None
    ):
        super().__init__("app:monitoring:CloudWatchMonitoring", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.log_group = aws.cloudwatch.LogGroup(
            f"{name}-logs-{environment_suffix}",
            retention_in_days=365 if environment_suffix == "production" else 30,
            kms_key_id=kms_key.arn,
            tags=tags,
            opts=child,
        )
        self.error_alarm = aws.cloudwatch.MetricAlarm(
            f"{name}-errors-{environment_suffix}",
            comparison_operator="GreaterThanThreshold",
            evaluation_periods=1,
            metric_name="Errors",
            namespace="AWS/Lambda",
            period=300,
            statistic="Sum",
            threshold=1,
            dimensions={"FunctionName": function_name},
            tags=tags,
            opts=child,
        )
        self.register_outputs({"alarm_name": self.error_alarm.name})


kms = KMSKey("app-data")
storage = SecureS3Bucket("app-data", kms.key)
app_role = IAMRole("app-role")
processor = aws.lambda_.Function(
    f"processor-{environment_suffix}",
    runtime="python3.12",
    handler="index.handler",
    role=app_role.role.arn,
    code=pulumi.AssetArchive(
        {"index.py": pulumi.StringAsset("def handler(event, context):\n    return None\n")}
    ),
    tags=tags,
)
monitoring = CloudWatchMonitoring("app", processor.name, kms.key)

pulumi.export("bucket_name", storage.bucket.bucket)
pulumi.export("bucket_arn", storage.bucket.arn)
pulumi.export("kms_key_arn", kms.key.arn)
pulumi.export("kms_key_id", kms.key.key_id)
pulumi.export("iam_role_arn", app_role.role.arn)
pulumi.export("function_name", processor.name)
pulumi.export("log_group_name", monitoring.log_group.name)
pulumi.export("error_alarm_name", monitoring.error_alarm.name)
