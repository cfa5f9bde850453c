// iacreview: ignore-file[IAC501, IAC701, IAC801] an example of lambda-permission-missing alone; the other rules' examples show their settings
import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription";

const handler = new LambdaFunction(this, "handler", {
  functionName: "alerts",
  role: "arn:aws:iam::123456789012:role/alerts",
  runtime: "nodejs22.x",
  handler: "index.handler",
  filename: "handler.zip",
});
const alerts = new SnsTopic(this, "alerts", { name: "alerts" });
new SnsTopicSubscription(this, "alerts-handler", {
  topicArn: alerts.arn,
  protocol: "lambda",
  // expect: IAC405
  endpoint: handler.arn,
});
