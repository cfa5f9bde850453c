// iacreview: ignore-file[IAC101, IAC103, IAC801, IAC802, IAC803, IAC804] an example of tests-missing alone; the other rules' examples show their settings
import { Construct } from 'constructs';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

export class StorageStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    const bucket = new S3Bucket(this, 'data', { bucketPrefix: 'data-' });
    new TerraformOutput(this, 'bucket_name', { value: bucket.bucket });
  }
}

const app = new App();
new StorageStack(app, 'storage');
app.synth();
