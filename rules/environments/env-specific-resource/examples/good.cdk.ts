// iacreview: ignore-file[IAC501, IAC801] an example of env-specific-resource alone; the other rules' examples show their settings
import * as sns from "aws-cdk-lib/aws-sns";

new sns.Topic(this, "Pager");
