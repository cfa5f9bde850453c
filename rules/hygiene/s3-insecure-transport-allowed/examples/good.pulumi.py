# iacreview: ignore-file[IAC101, IAC103, IAC501, IAC801, IAC802, IAC803] an example of s3-insecure-transport-allowed alone; the other rules' examples show their settings
import json

import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
aws.s3.BucketPolicy(
    "data-tls-only",
    bucket=bucket.id,
    policy=bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": [arn, f"{arn}/*"],
            "Condition": {"Bool": {"aws:SecureTransport": False}},
        }],
    })),
)
