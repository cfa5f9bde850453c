// iacreview: ignore-file[IAC801] an example of stack-outputs-missing alone; the other rules' examples show their settings
import { TerraformOutput } from "cdktf";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic";

const topic = new SnsTopic(this, "alerts", {});
const alarm = new CloudwatchMetricAlarm(this, "errors", { comparisonOperator: "GreaterThanThreshold", evaluationPeriods: 1, alarmActions: [topic.arn] });
new TerraformOutput(this, "topic_arn", { value: topic.arn });
new TerraformOutput(this, "alarm_name", { value: alarm.alarmName });
