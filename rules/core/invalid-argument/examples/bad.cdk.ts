// iacreview: ignore-file[IAC501, IAC801] an example of invalid-argument alone; the other rules' examples show their settings
import * as route53 from "aws-cdk-lib/aws-route53";

new route53.CfnHealthCheck(this, "Primary", {
  // expect: IAC010
  type: "HTTPS",
  // expect: IAC010
  fullyQualifiedDomainName: "api.example.com",
});
