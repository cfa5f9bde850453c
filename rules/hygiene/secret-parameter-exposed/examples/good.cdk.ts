// iacreview: ignore-file[IAC501, IAC801] an example of secret-parameter-exposed alone; the other rules' examples show their settings
import * as cdk from "aws-cdk-lib";
import * as logs from "aws-cdk-lib/aws-logs";

new cdk.CfnParameter(this, "DbPassword", { type: "String", noEcho: true, minLength: 12 });

new cdk.CfnParameter(this, "ApiToken", { type: "String", noEcho: true });

new logs.LogGroup(this, "Logs", { retention: logs.RetentionDays.ONE_MONTH });
