from collections.abc import Iterator

from iacreview.model import Literal, Resource
from iacreview.rulekit import Finding, RuleContext, title
from iacreview.rulekit.conditions import ENV_WORDS, words

# in a literal name, "stack" is just a word: only a reference to the stack's name makes names unique
NAME_ENV_WORDS = ENV_WORDS - {"stack"}

# the property that holds each kind's physical name, in every spelling the frameworks use
NAME_PROPERTIES = {
    "aws.s3.bucket": ("bucket", "bucketName"),
    "aws.lambda.function": ("name", "functionName"),
    "aws.iam.role": ("name", "roleName"),
    "aws.dynamodb.table": ("name", "tableName"),
    "aws.sqs.queue": ("name", "queueName"),
    "aws.sns.topic": ("name", "topicName"),
    "aws.logs.log_group": ("name", "logGroupName"),
}


def check(resource: Resource, ctx: RuleContext) -> Iterator[Finding]:
    for key in NAME_PROPERTIES.get(resource.kind, ()):
        value = resource.prop(key)
        if isinstance(value, Literal) and isinstance(value.value, str) and value.value:
            if not any(w in NAME_ENV_WORDS for w in words(value.value)):
                args = {"what": title(resource.kind), "resource": resource.name, "name": value.value}
                yield ctx.finding(value, args, resource=resource, path=key)
            return
