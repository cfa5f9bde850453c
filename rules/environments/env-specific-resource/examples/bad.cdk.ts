import * as sns from "aws-cdk-lib/aws-sns";

const stage = this.node.tryGetContext("stage");
// expect: IAC702
if (stage === "prod") {
  new sns.Topic(this, "Pager");
}
