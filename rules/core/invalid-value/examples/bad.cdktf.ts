// iacreview: ignore-file[IAC501, IAC701, IAC801] an example of invalid-value alone; the other rules' examples show their settings
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration";

new S3BucketLifecycleConfiguration(this, "logs-lifecycle", {
  bucket: "app-logs",
  rule: [
    {
      id: "expire-logs",
      status: "Enabled",
      filter: [{ prefix: "logs/" }],
      // expect: IAC011
      expiration: { days: 90 },
    },
  ],
});

new DynamodbTable(this, "orders", {
  name: "orders",
  billingMode: "PAY_PER_REQUEST",
  hashKey: "id",
  attribute: [{ name: "id", type: "S" }],
  // expect: IAC011
  serverSideEncryption: [{ enabled: true }],
});
