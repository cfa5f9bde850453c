// iacreview: ignore-file[IAC501, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
import * as route53 from "aws-cdk-lib/aws-route53";

new route53.CfnHealthCheck(this, "Primary", {
  healthCheckConfig: {
    type: "HTTPS",
    fullyQualifiedDomainName: "api.example.com",
    resourcePath: "/health",
  },
});
