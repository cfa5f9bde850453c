import aws_cdk as cdk
from aws_cdk.assertions import Template

from storage.storage_stack import StorageStack


def test_the_stack_creates_its_bucket():
    template = Template.from_stack(StorageStack(cdk.App(), "Test"))
    template.resource_count_is("AWS::S3::Bucket", 1)
