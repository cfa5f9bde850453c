// iacreview: ignore-file[IAC501, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as route53 from "aws-cdk-lib/aws-route53";
import * as s3 from "aws-cdk-lib/aws-s3";

new route53.CfnHealthCheck(this, "Primary", {
  // expect: IAC010
  type: "HTTPS",
  // expect: IAC010
  fullyQualifiedDomainName: "api.example.com",
});

// L2 constructs: their props structs, with the structs they extend
new cloudwatch.Alarm(this, "Errors", {
  metric: new cloudwatch.Metric({ namespace: "AWS/Lambda", metricName: "Errors" }),
  threshold: 1,
  evaluationPeriods: 1,
  // expect: IAC010
  period: 300,
});

new s3.Bucket(this, "Logs", {
  encryption: s3.BucketEncryption.KMS,
  bucketKeyEnabled: true,
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  // expect: IAC010
  versioning: { status: "Enabled" },
  // expect: IAC010
  lifecycleRules: [{ enabled: true, expiration: 90, status: "Enabled" }],
});
