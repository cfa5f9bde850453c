"""Normalised resource kinds: one name for the same AWS thing in every framework.

Rules select resources by kind (`aws.s3.bucket`), never by a framework's type string.
Types not listed here get a derived kind (`aws.<service>.<snake_name>`), so every resource has one.
"""

from __future__ import annotations

import re

# kind -> native types that mean it, across frameworks
_KINDS: dict[str, tuple[str, ...]] = {
    "aws.s3.bucket": ("aws.s3.Bucket", "aws.s3.BucketV2", "AWS::S3::Bucket", "aws_s3_bucket"),
    "aws.s3.bucket_encryption": (
        "aws.s3.BucketServerSideEncryptionConfiguration",
        "aws.s3.BucketServerSideEncryptionConfigurationV2",
        "aws_s3_bucket_server_side_encryption_configuration",
    ),
    "aws.s3.bucket_versioning": (
        "aws.s3.BucketVersioning",
        "aws.s3.BucketVersioningV2",
        "aws_s3_bucket_versioning",
    ),
    "aws.s3.bucket_public_access_block": (
        "aws.s3.BucketPublicAccessBlock",
        "aws_s3_bucket_public_access_block",
    ),
    "aws.s3.bucket_policy": ("aws.s3.BucketPolicy", "AWS::S3::BucketPolicy", "aws_s3_bucket_policy"),
    "aws.kms.key": ("aws.kms.Key", "AWS::KMS::Key", "aws_kms_key"),
    "aws.kms.alias": ("aws.kms.Alias", "AWS::KMS::Alias", "aws_kms_alias"),
    "aws.kms.key_policy": ("aws.kms.KeyPolicy", "aws_kms_key_policy"),
    "aws.iam.role": ("aws.iam.Role", "AWS::IAM::Role", "aws_iam_role"),
    "aws.iam.instance_profile": (
        "aws.iam.InstanceProfile",
        "AWS::IAM::InstanceProfile",
        "aws_iam_instance_profile",
    ),
    "aws.iam.policy": ("aws.iam.Policy", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "aws_iam_policy"),
    "aws.iam.role_policy": ("aws.iam.RolePolicy", "aws_iam_role_policy"),
    "aws.lambda.function": (
        "aws.lambda.Function",
        "AWS::Lambda::Function",
        "AWS::Serverless::Function",
        "aws_lambda_function",
    ),
    "aws.logs.log_group": ("aws.cloudwatch.LogGroup", "AWS::Logs::LogGroup", "aws_cloudwatch_log_group"),
    "aws.logs.metric_filter": (
        "aws.cloudwatch.LogMetricFilter",
        "AWS::Logs::MetricFilter",
        "aws_cloudwatch_log_metric_filter",
    ),
    "aws.cloudwatch.alarm": (
        "aws.cloudwatch.MetricAlarm",
        "aws.cloudwatch.CompositeAlarm",
        "AWS::CloudWatch::Alarm",
        "AWS::CloudWatch::CompositeAlarm",
        "aws_cloudwatch_metric_alarm",
        "aws_cloudwatch_composite_alarm",
    ),
    "aws.cloudwatch.dashboard": (
        "aws.cloudwatch.Dashboard",
        "AWS::CloudWatch::Dashboard",
        "aws_cloudwatch_dashboard",
    ),
    "aws.cloudtrail.trail": ("aws.cloudtrail.Trail", "AWS::CloudTrail::Trail", "aws_cloudtrail"),
    "aws.ecs.task_definition": (
        "aws.ecs.TaskDefinition",
        "AWS::ECS::TaskDefinition",
        "aws_ecs_task_definition",
    ),
    "aws.ec2.launch_template": ("aws.ec2.LaunchTemplate", "AWS::EC2::LaunchTemplate", "aws_launch_template"),
    "aws.ec2.instance": ("aws.ec2.Instance", "AWS::EC2::Instance", "aws_instance"),
    "aws.ec2.flow_log": ("aws.ec2.FlowLog", "AWS::EC2::FlowLog", "aws_flow_log"),
    "aws.ec2.volume": ("aws.ebs.Volume", "AWS::EC2::Volume", "aws_ebs_volume"),
    "aws.sfn.state_machine": (
        "aws.sfn.StateMachine",
        "AWS::StepFunctions::StateMachine",
        "aws_sfn_state_machine",
    ),
    "aws.codebuild.project": ("aws.codebuild.Project", "AWS::CodeBuild::Project", "aws_codebuild_project"),
    "aws.codepipeline.pipeline": (
        "aws.codepipeline.Pipeline",
        "AWS::CodePipeline::Pipeline",
        "aws_codepipeline",
    ),
    "aws.glue.job": ("aws.glue.Job", "AWS::Glue::Job", "aws_glue_job"),
    "aws.rds.instance": ("aws.rds.Instance", "AWS::RDS::DBInstance", "aws_db_instance"),
    "aws.apigateway.account": (
        "aws.apigateway.Account",
        "AWS::ApiGateway::Account",
        "aws_api_gateway_account",
    ),
    "aws.firehose.delivery_stream": (
        "aws.kinesis.FirehoseDeliveryStream",
        "AWS::KinesisFirehose::DeliveryStream",
        "aws_kinesis_firehose_delivery_stream",
    ),
    "aws.events.target": ("aws.cloudwatch.EventTarget", "aws_cloudwatch_event_target"),
    "aws.events.rule": ("aws.cloudwatch.EventRule", "AWS::Events::Rule", "aws_cloudwatch_event_rule"),
    "aws.scheduler.schedule": (
        "aws.scheduler.Schedule",
        "AWS::Scheduler::Schedule",
        "aws_scheduler_schedule",
    ),
    "aws.sns.topic": ("aws.sns.Topic", "AWS::SNS::Topic", "aws_sns_topic"),
    "aws.sns.topic_policy": ("aws.sns.TopicPolicy", "AWS::SNS::TopicPolicy", "aws_sns_topic_policy"),
    "aws.sqs.queue_policy": ("aws.sqs.QueuePolicy", "AWS::SQS::QueuePolicy", "aws_sqs_queue_policy"),
    "aws.lambda.permission": ("aws.lambda.Permission", "AWS::Lambda::Permission", "aws_lambda_permission"),
    "aws.s3.bucket_notification": ("aws.s3.BucketNotification", "aws_s3_bucket_notification"),
    "aws.sns.topic_subscription": (
        "aws.sns.TopicSubscription",
        "AWS::SNS::Subscription",
        "aws_sns_topic_subscription",
    ),
    "aws.apigateway.method": ("aws.apigateway.Method", "AWS::ApiGateway::Method", "aws_api_gateway_method"),
    "aws.apigateway.integration": ("aws.apigateway.Integration", "aws_api_gateway_integration"),
    "aws.apigateway.stage": ("aws.apigateway.Stage", "AWS::ApiGateway::Stage", "aws_api_gateway_stage"),
    "aws.apigateway.deployment": (
        "aws.apigateway.Deployment",
        "AWS::ApiGateway::Deployment",
        "aws_api_gateway_deployment",
    ),
    "aws.apigateway.method_settings": ("aws.apigateway.MethodSettings", "aws_api_gateway_method_settings"),
    "aws.apigateway.authorizer": (
        "aws.apigateway.Authorizer",
        "AWS::ApiGateway::Authorizer",
        "aws_api_gateway_authorizer",
    ),
    "aws.apigateway.rest_api": (
        "aws.apigateway.RestApi",
        "AWS::ApiGateway::RestApi",
        "AWS::Serverless::Api",
        "aws_api_gateway_rest_api",
    ),
    "aws.apigatewayv2.api": (
        "aws.apigatewayv2.Api",
        "AWS::ApiGatewayV2::Api",
        "AWS::Serverless::HttpApi",
        "aws_apigatewayv2_api",
    ),
    "aws.apigatewayv2.integration": (
        "aws.apigatewayv2.Integration",
        "AWS::ApiGatewayV2::Integration",
        "aws_apigatewayv2_integration",
    ),
    "aws.apigatewayv2.authorizer": (
        "aws.apigatewayv2.Authorizer",
        "AWS::ApiGatewayV2::Authorizer",
        "aws_apigatewayv2_authorizer",
    ),
    "aws.logs.subscription_filter": (
        "aws.cloudwatch.LogSubscriptionFilter",
        "AWS::Logs::SubscriptionFilter",
        "aws_cloudwatch_log_subscription_filter",
    ),
    "aws.sqs.queue": ("aws.sqs.Queue", "AWS::SQS::Queue", "aws_sqs_queue"),
    "aws.dynamodb.table": ("aws.dynamodb.Table", "AWS::DynamoDB::Table", "aws_dynamodb_table"),
    "aws.s3.account_public_access_block": (
        "aws.s3.AccountPublicAccessBlock",
        "aws_s3_account_public_access_block",
    ),
    "aws.rds.cluster": ("aws.rds.Cluster", "AWS::RDS::DBCluster", "aws_rds_cluster"),
    "aws.rds.global_cluster": ("aws.rds.GlobalCluster", "AWS::RDS::GlobalCluster", "aws_rds_global_cluster"),
    "aws.elbv2.load_balancer": (
        "aws.lb.LoadBalancer",
        "aws.alb.LoadBalancer",
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "aws_lb",
        "aws_alb",
    ),
    "aws.elbv2.target_group": (
        "aws.lb.TargetGroup",
        "aws.alb.TargetGroup",
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        "aws_lb_target_group",
        "aws_alb_target_group",
    ),
    "aws.ec2.security_group": ("aws.ec2.SecurityGroup", "AWS::EC2::SecurityGroup", "aws_security_group"),
    "aws.ec2.vpc": ("aws.ec2.Vpc", "AWS::EC2::VPC", "aws_vpc"),
    "aws.ec2.subnet": ("aws.ec2.Subnet", "AWS::EC2::Subnet", "aws_subnet"),
    "aws.ec2.network_acl": ("aws.ec2.NetworkAcl", "AWS::EC2::NetworkAcl", "aws_network_acl"),
    "aws.ec2.network_acl_entry": (
        "aws.ec2.NetworkAclRule",
        "AWS::EC2::NetworkAclEntry",
        "aws_network_acl_rule",
    ),
    "aws.ec2.network_acl_association": (
        "aws.ec2.NetworkAclAssociation",
        "AWS::EC2::SubnetNetworkAclAssociation",
        "aws_network_acl_association",
    ),
    "aws.secretsmanager.secret": (
        "aws.secretsmanager.Secret",
        "AWS::SecretsManager::Secret",
        "aws_secretsmanager_secret",
    ),
    "aws.provider": ("aws.Provider",),
}

# AWS CDK L2 constructs (L1 `Cfn*` constructs carry their CloudFormation type and use the rows above)
_CDK_KINDS: dict[str, tuple[str, ...]] = {
    "aws.s3.bucket": ("s3.Bucket",),
    "aws.s3.bucket_policy": ("s3.BucketPolicy",),
    "aws.kms.key": ("kms.Key",),
    "aws.kms.alias": ("kms.Alias",),
    "aws.iam.role": ("iam.Role",),
    "aws.iam.instance_profile": ("iam.InstanceProfile",),
    "aws.iam.policy": ("iam.Policy", "iam.ManagedPolicy"),
    "aws.lambda.function": (
        "lambda.Function",
        "lambda.DockerImageFunction",
        "lambda.SingletonFunction",
        "lambdanodejs.NodejsFunction",
    ),
    "aws.logs.log_group": ("logs.LogGroup",),
    "aws.logs.metric_filter": ("logs.MetricFilter",),
    "aws.cloudwatch.alarm": ("cloudwatch.Alarm", "cloudwatch.CompositeAlarm"),
    "aws.cloudwatch.dashboard": ("cloudwatch.Dashboard",),
    "aws.cloudtrail.trail": ("cloudtrail.Trail",),
    "aws.ecs.task_definition": ("ecs.TaskDefinition", "ecs.FargateTaskDefinition", "ecs.Ec2TaskDefinition"),
    "aws.ec2.instance": ("ec2.Instance",),
    "aws.ec2.flow_log": ("ec2.FlowLog",),
    "aws.ec2.volume": ("ec2.Volume",),
    "aws.ec2.vpc": ("ec2.Vpc",),
    "aws.ec2.security_group": ("ec2.SecurityGroup",),
    "aws.ec2.network_acl": ("ec2.NetworkAcl",),
    "aws.apigateway.rest_api": ("apigateway.RestApi", "apigateway.LambdaRestApi", "apigateway.SpecRestApi"),
    "aws.apigatewayv2.api": ("apigatewayv2.HttpApi",),
    "aws.ec2.network_acl_entry": ("ec2.NetworkAclEntry",),
    "aws.ec2.network_acl_association": ("ec2.SubnetNetworkAclAssociation",),
    "aws.sfn.state_machine": ("stepfunctions.StateMachine",),
    "aws.codebuild.project": ("codebuild.Project", "codebuild.PipelineProject"),
    "aws.codepipeline.pipeline": ("codepipeline.Pipeline",),
    "aws.rds.instance": ("rds.DatabaseInstance",),
    "aws.rds.cluster": ("rds.DatabaseCluster",),
    "aws.elbv2.load_balancer": (
        "elasticloadbalancingv2.ApplicationLoadBalancer",
        "elasticloadbalancingv2.NetworkLoadBalancer",
    ),
    "aws.secretsmanager.secret": ("secretsmanager.Secret",),
    "aws.events.rule": ("events.Rule",),
    "aws.sns.topic": ("sns.Topic",),
    "aws.sqs.queue": ("sqs.Queue",),
    "aws.dynamodb.table": ("dynamodb.Table", "dynamodb.TableV2"),
}

_BY_TYPE = {
    native: kind for table in (_KINDS, _CDK_KINDS) for kind, natives in table.items() for native in natives
}
KNOWN_KINDS = frozenset(_KINDS)

# Kinds whose resources observe the system rather than run it (IAC301).
MONITORING_KINDS = frozenset(
    {
        "aws.logs.log_group",
        "aws.logs.metric_filter",
        "aws.cloudwatch.alarm",
        "aws.cloudwatch.dashboard",
        "aws.cloudtrail.trail",
    }
)


def terraform_service(tf_type: str) -> str | None:
    """The AWS service of a Terraform type, from the generated table (Pulumi's module for it)."""
    from iacreview.sdkdata import terraform_aws

    service = terraform_aws().get("services", {}).get(tf_type)
    return str(service) if service else None


def _snake(name: str) -> str:
    name = re.sub(r"V\d+$", "", name) or name
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def kind_of(native_type: str) -> str:
    kind = _BY_TYPE.get(native_type)
    if kind:
        return kind
    if native_type.startswith("AWS::") or native_type.startswith("Alexa::"):
        parts = native_type.split("::")
        return f"aws.{parts[1].lower()}.{_snake(parts[-1])}"
    if native_type.startswith("aws_"):
        rest = native_type[4:]
        service = terraform_service(native_type)
        if service and not rest.startswith(service + "_"):
            return f"aws.{service}.{rest}"  # aws_internet_gateway -> aws.ec2.internet_gateway
        service, _, tail = rest.partition("_")
        return f"aws.{service}.{tail or service}"
    parts = native_type.split(".")
    if len(parts) >= 3:
        return f"{parts[0]}.{parts[-2].lower()}.{_snake(parts[-1])}"
    if len(parts) == 2:  # a CDK L2 construct: `apigateway.RestApi`
        return f"aws.{parts[0].lower()}.{_snake(parts[1])}"
    return native_type.lower()


def service_of(native_type: str) -> str:
    """The AWS service a type belongs to (`s3`, `iam`), for counting services in a stack."""
    return kind_of(native_type).split(".")[1] if "." in kind_of(native_type) else native_type
