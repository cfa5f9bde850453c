import pulumi_aws as aws

# expect: IAC801
table = aws.dynamodb.Table("orders", hash_key="id", attributes=[{"name": "id", "type": "S"}])
