"""Human words for kinds, used in messages: `aws.kms.key` -> "KMS key"."""

from __future__ import annotations

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
    "aws.apigateway.account": "API Gateway account",
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
}


def label(kind: str) -> str:
    return LABELS.get(kind) or kind.rsplit(".", 1)[-1].replace("_", " ")


def title(kind: str) -> str:
    """The label with a capital first letter, to start a message: "KMS key", "Bucket"."""
    text = label(kind)
    return text[:1].upper() + text[1:]
