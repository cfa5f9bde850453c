import { TerraformOutput } from "cdktf";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

const topic = new SnsTopic(this, "alerts", {});
// expect: IAC501
const errorsAlarm = new CloudwatchMetricAlarm(this, "errors", { comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 1, alarmActions: [topic.arn] });
new TerraformOutput(this, "errors_arn", { value: errorsAlarm.arn });
new TerraformOutput(this, "topic_arn", { value: topic.arn });
