// iacreview: ignore-file[IAC501, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as iam from "aws-cdk-lib/aws-iam";
import * as route53 from "aws-cdk-lib/aws-route53";
import * as s3 from "aws-cdk-lib/aws-s3";

new route53.CfnHealthCheck(this, "Primary", {
  healthCheckConfig: {
    type: "HTTPS",
    fullyQualifiedDomainName: "api.example.com",
    resourcePath: "/health",
  },
});

// the period belongs to the metric; an L2 construct's props include those of the structs it extends
new cloudwatch.Alarm(this, "Errors", {
  metric: new cloudwatch.Metric({
    namespace: "AWS/Lambda",
    metricName: "Errors",
    period: cdk.Duration.minutes(5),
  }),
  threshold: 1,
  evaluationPeriods: 1,
  treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
});

// what iacreview reads these props as (a KMS encryption configuration, a bucket policy) is not
// written here, and is not judged as written
const bucket = new s3.Bucket(this, "Logs", {
  encryption: s3.BucketEncryption.KMS,
  bucketKeyEnabled: true,
  versioned: true,
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  lifecycleRules: [{ enabled: true, expiration: cdk.Duration.days(90) }],
});

const reader = new iam.Role(this, "Reader", {
  assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
});
reader.addToPolicy(
  new iam.PolicyStatement({ actions: ["s3:GetObject"], resources: [bucket.arnForObjects("*")] }),
);
