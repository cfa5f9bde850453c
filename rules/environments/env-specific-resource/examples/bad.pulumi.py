import pulumi
import pulumi_aws as aws

stage = pulumi.get_stack()
# expect: IAC702
replica = aws.rds.Instance("replica", instance_class="db.t4g.small", replicate_source_db="primary") if stage == "prod" else None
