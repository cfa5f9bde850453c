import pulumi_aws as aws

# A program that declares everything directly; a helper function groups nothing.
# expect: IAC601
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")


def subnet(name, cidr):
    return aws.ec2.Subnet(name, vpc_id=vpc.id, cidr_block=cidr)


subnet("a", "10.0.1.0/24")
subnet_b = aws.ec2.Subnet("b", vpc_id=vpc.id, cidr_block="10.0.2.0/24")
sg = aws.ec2.SecurityGroup("sg", vpc_id=vpc.id)
bucket = aws.s3.Bucket("data")
table = aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}])
queue = aws.sqs.Queue("q")
topic = aws.sns.Topic("events")
logs = aws.cloudwatch.LogGroup("logs", retention_in_days=30)
role = aws.iam.Role("role", assume_role_policy="{}")
