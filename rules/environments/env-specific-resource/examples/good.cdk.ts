import * as sns from "aws-cdk-lib/aws-sns";

new sns.Topic(this, "Pager");
