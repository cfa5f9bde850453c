"""Human words for kinds, used in messages: `aws.kms.key` -> "KMS key"."""

from __future__ import annotations

from collections.abc import Callable

from iacreview.model import Resource

LABELS = {
    "aws.s3.bucket": "bucket",
    "aws.kms.key": "KMS key",
    "aws.iam.role": "role",
    "aws.cloudwatch.alarm": "alarm",
    "aws.logs.log_group": "log group",
    "aws.logs.metric_filter": "metric filter",
    "aws.cloudwatch.dashboard": "dashboard",
    "aws.cloudtrail.trail": "trail",
    "aws.lambda.function": "Lambda function",
    "aws.iam.instance_profile": "instance profile",
    "aws.ecs.task_definition": "ECS task definition",
    "aws.sfn.state_machine": "state machine",
    "aws.codebuild.project": "CodeBuild project",
    "aws.codepipeline.pipeline": "pipeline",
    "aws.glue.job": "Glue job",
    "aws.ec2.flow_log": "flow log",
    "aws.rds.instance": "RDS instance",
    "aws.rds.cluster": "RDS cluster",
    "aws.rds.global_cluster": "RDS global cluster",
    "aws.ec2.volume": "EBS volume",
    "aws.ec2.launch_template": "launch template",
    "aws.ec2.instance": "instance",
    "aws.apigateway.account": "API Gateway account",
    "aws.apigateway.rest_api": "REST API",
    "aws.apigatewayv2.api": "HTTP API",
    "aws.firehose.delivery_stream": "Firehose delivery stream",
    "aws.events.target": "EventBridge target",
    "aws.events.rule": "EventBridge rule",
    "aws.scheduler.schedule": "schedule",
    "aws.iam.policy": "policy",
    "aws.iam.role_policy": "role policy",
    "aws.s3.bucket_policy": "bucket policy",
    "aws.sns.topic": "topic",
    "aws.sns.topic_policy": "topic policy",
    "aws.sqs.queue": "queue",
    "aws.sqs.queue_policy": "queue policy",
    "aws.lambda.permission": "Lambda permission",
    "aws.dynamodb.table": "table",
    "aws.s3.bucket_notification": "bucket notification",
    "aws.sns.topic_subscription": "SNS subscription",
    "aws.apigateway.method": "API Gateway method",
    "aws.apigateway.stage": "API Gateway stage",
    "aws.apigateway.deployment": "API Gateway deployment",
    "aws.apigateway.method_settings": "API Gateway method settings",
    "aws.apigateway.integration": "API Gateway integration",
    "aws.apigateway.authorizer": "API Gateway authorizer",
    "aws.apigatewayv2.integration": "API Gateway integration",
    "aws.apigatewayv2.authorizer": "API Gateway authorizer",
    "aws.logs.subscription_filter": "log subscription filter",
}


def label(kind: str) -> str:
    return LABELS.get(kind) or kind.rsplit(".", 1)[-1].replace("_", " ")


def title(kind: str) -> str:
    """The label with a capital first letter, to start a message: "KMS key", "Bucket"."""
    text = label(kind)
    return text[:1].upper() + text[1:]


def named(resources: list[Resource], name: Callable[[str], str] = label, most: int = 4) -> str:
    """`bucket `logs`, alarm `errors` and 3 more`: the first few resources by kind and name."""
    shown = ", ".join(f"{name(r.kind)} `{r.name}`" for r in resources[:most])
    return shown + (f" and {len(resources) - most} more" if len(resources) > most else "")
