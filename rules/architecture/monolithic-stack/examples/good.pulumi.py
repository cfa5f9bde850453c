# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803, IAC804] an example of monolithic-stack alone; the other rules' examples show their settings
import pulumi
import pulumi_aws as aws


class Network(pulumi.ComponentResource):
    def __init__(self, name):
        super().__init__("tap:Network", name)
        opts = pulumi.ResourceOptions(parent=self)
        self.vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", opts=opts)
        aws.ec2.Subnet("a", vpc_id=self.vpc.id, cidr_block="10.0.1.0/24", opts=opts)
        aws.ec2.Subnet("b", vpc_id=self.vpc.id, cidr_block="10.0.2.0/24", opts=opts)
        aws.ec2.SecurityGroup("sg", vpc_id=self.vpc.id, opts=opts)


network = Network("network")
bucket = aws.s3.Bucket("data")
table = aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}])
queue = aws.sqs.Queue("q")
topic = aws.sns.Topic("events")
logs = aws.cloudwatch.LogGroup("logs", retention_in_days=30)
role = aws.iam.Role("role", assume_role_policy="{}")
