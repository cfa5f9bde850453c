import aws_cdk as cdk

from storage.storage_stack import StorageStack

app = cdk.App()
StorageStack(app, "Storage")
app.synth()
